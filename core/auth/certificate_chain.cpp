#include "core/auth/certificate_chain.h"

#include <algorithm>
#include <cctype>

#include <botan/base64.h>
#include <botan/pem.h>
#include <fmt/format.h>

#include "core/auth/file_io.h"
#include "core/auth/tlv.h"

namespace rescue::auth {

std::string_view chainFileFormatName(ChainFileFormat format) {
    switch (format) {
        case ChainFileFormat::StBase64:
            return "base64 certificate chain (.b64)";
        case ChainFileFormat::PemArmoured:
            return "PEM ADAC CERTIFICATE CHAIN";
        case ChainFileFormat::BareCertificate:
            return "bare certificate (.cert)";
    }
    return "certificate file";
}

namespace {

bool looksLikeBareCertificate(ByteView b) {
    if (b.size() < kCertificateBaseSize || b[0] != 1)
        return false;
    return b.size() == kCertificateBaseSize + roundToWord(readLe32(b, cert_offset::extensionsBytes));
}

}  // namespace

Result<CertificateChain> parseChainBytes(ByteView bytes) {
    CertificateChain chain;
    if (bytes.empty())
        return makeError("da.chain.empty", "The certificate file holds no certificate.",
                         "Pick a chain file such as cert_leaf_chain.b64.");
    if (looksLikeBareCertificate(bytes)) {
        auto c = parseCertificate(bytes);
        if (!c)
            return std::move(c).error();
        chain.certificates.push_back(std::move(*c));
        return chain;
    }
    std::vector<std::size_t> offsets;
    auto records = parseTlvList(bytes, TlvPadding::Padded, &offsets);
    if (!records) {
        Error e = std::move(records).error();
        e.message = "The certificate file is not a list of ADAC certificate records: " + e.message;
        return e;
    }
    for (std::size_t i = 0; i < records->size(); ++i) {
        const Tlv& r = (*records)[i];
        if (r.type != static_cast<std::uint16_t>(TlvType::PsaBinaryCertificate))
            return makeError("da.chain.not-a-certificate",
                             fmt::format("Record {} of the chain is {}, not a certificate (0x0201).", i + 1,
                                         tlvTypeName(r.type)))
                .with("offset", std::to_string(offsets[i]));
        auto c = parseCertificate(r.value);
        if (!c) {
            Error e = std::move(c).error();
            e.message = fmt::format("Certificate {} of the chain: {}", i + 1, e.message);
            e.with("certificate", std::to_string(i + 1));
            return e;
        }
        chain.certificates.push_back(std::move(*c));
    }
    if (chain.certificates.empty())
        return makeError("da.chain.empty", "The certificate file holds no certificate.");
    return chain;
}

Result<LoadedChain> parseChainText(std::string_view text) {
    LoadedChain loaded;
    Bytes decoded;
    try {
        const std::string s(text);
        if (s.find("-----BEGIN") != std::string::npos) {
            std::string label;
            const auto der = Botan::PEM_Code::decode(s, label);
            if (label != kChainPemLabel)
                return makeError(
                    "da.chain.pem-label",
                    fmt::format("The file is a PEM \"{}\", not an \"{}\".", label, kChainPemLabel),
                    "Pick the certificate chain, not a key file.");
            decoded.assign(der.begin(), der.end());
            loaded.format = ChainFileFormat::PemArmoured;
        } else {
            std::string compact;
            std::copy_if(s.begin(), s.end(), std::back_inserter(compact),
                         [](char c) { return !std::isspace(static_cast<unsigned char>(c)); });
            const auto raw = Botan::base64_decode(compact, false);
            decoded.assign(raw.begin(), raw.end());
            loaded.format = ChainFileFormat::StBase64;
        }
    } catch (const std::exception& e) {
        return makeError(
                   "da.chain.base64", "The certificate file is not valid base64 or PEM text.",
                   "ST's chain files (.b64) are one line of base64; check that the file is not damaged.")
            .with("decoder", parserMessage(e));
    }
    auto chain = parseChainBytes(decoded);
    if (!chain)
        return std::move(chain).error();
    if (loaded.format == ChainFileFormat::StBase64 && chain->certificates.size() == 1 &&
        looksLikeBareCertificate(decoded))
        loaded.format = ChainFileFormat::BareCertificate;
    loaded.chain = std::move(*chain);
    return loaded;
}

Result<LoadedChain> loadChainFile(const std::filesystem::path& path) {
    auto bytes = readCredentialFile(path);
    if (!bytes)
        return std::move(bytes).error();
    auto chain =
        parseChainText(std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size()));
    if (!chain) {
        Error e = std::move(chain).error();
        e.with("file", path.string());
        return e;
    }
    return chain;
}

Bytes chainToBytes(const CertificateChain& chain) {
    Bytes out;
    for (const auto& c : chain.certificates) {
        const Bytes tlv = certificateTlv(c);
        out.insert(out.end(), tlv.begin(), tlv.end());
    }
    return out;
}

std::string chainToBase64(const CertificateChain& chain) {
    return Botan::base64_encode(chainToBytes(chain));
}

std::string chainToPem(const CertificateChain& chain) {
    return Botan::PEM_Code::encode(chainToBytes(chain), std::string(kChainPemLabel), 64);
}

std::string certificateToBareBase64(const Certificate& certificate) {
    return Botan::base64_encode(serializeCertificate(certificate));
}

}  // namespace rescue::auth
