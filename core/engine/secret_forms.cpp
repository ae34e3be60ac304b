#include "core/engine/secret_forms.h"

#include <string_view>

#include <botan/base64.h>
#include <botan/bigint.h>
#include <botan/data_src.h>
#include <botan/ecc_key.h>
#include <botan/hex.h>
#include <botan/pkcs8.h>

namespace rescue::engine::detail {
namespace {

using SecureText = Botan::secure_vector<char>;
using SecureBytes = Botan::secure_vector<std::uint8_t>;

// Parts of a base64 text shorter than this would match ordinary words by chance.
constexpr std::size_t kMinEmbeddedBase64 = 8;
// PEM body lines shorter than this (the last line of a body) are covered by the DER forms.
constexpr std::size_t kMinPemLine = 16;

void addForm(std::vector<SecretForm>& forms, SecureText text, bool anyCase = false) {
    if (text.empty())
        return;
    for (const auto& f : forms)
        if (f.anyCase == anyCase && f.text == text)
            return;
    forms.push_back({std::move(text), anyCase});
}

SecureText lowerHex(const std::uint8_t* data, std::size_t size, char separator = 0) {
    SecureText pair(2);
    SecureText out;
    out.reserve(size * 3);
    for (std::size_t i = 0; i < size; ++i) {
        if (separator && i > 0)
            out.push_back(separator);
        Botan::hex_encode(pair.data(), data + i, 1, false);
        out.insert(out.end(), pair.begin(), pair.end());
    }
    return out;
}

SecureText base64(const std::uint8_t* data, std::size_t size) {
    SecureText out(Botan::base64_encode_max_output(size));
    std::size_t consumed = 0;
    out.resize(Botan::base64_encode(out.data(), data, size, consumed, true));
    return out;
}

SecureText toUrlAlphabet(SecureText text) {
    while (!text.empty() && text.back() == '=')
        text.pop_back();
    for (char& c : text)
        c = c == '+' ? '-' : c == '/' ? '_' : c;
    return text;
}

// Inside a longer base64 text the secret starts at one of three bit offsets; for each,
// keep only the characters that depend on the secret's bits alone.
void addEmbeddedBase64(std::vector<SecretForm>& forms, const std::uint8_t* data, std::size_t size) {
    for (std::size_t lead = 0; lead < 3; ++lead) {
        SecureBytes shifted(lead + size);
        std::copy(data, data + size, shifted.begin() + std::ptrdiff_t(lead));
        SecureText text = base64(shifted.data(), shifted.size());
        std::size_t first = (8 * lead + 5) / 6;
        std::size_t end = (8 * (lead + size)) / 6;
        if (end <= first || end - first < kMinEmbeddedBase64)
            continue;
        SecureText core(text.begin() + std::ptrdiff_t(first), text.begin() + std::ptrdiff_t(end));
        addForm(forms, toUrlAlphabet(core));
        addForm(forms, std::move(core));
    }
}

void addByteForms(std::vector<SecretForm>& forms, const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return;
    addForm(forms, SecureText(data, data + size));
    addForm(forms, lowerHex(data, size), true);
    if (size > 1) {
        addForm(forms, lowerHex(data, size, ' '), true);
        addForm(forms, lowerHex(data, size, ':'), true);
    }
    SecureText b64 = base64(data, size);
    addForm(forms, toUrlAlphabet(b64));
    addForm(forms, std::move(b64));
    addEmbeddedBase64(forms, data, size);
    // The DA mailbox carries a password as 32-bit words, little-endian, the last one padded
    // with zeros; logs print each word as a number ("0x64636261" for "abcd").
    for (std::size_t at = 0; at < size; at += 4) {
        std::uint8_t word[4] = {0, 0, 0, 0};
        for (std::size_t i = 0; i < 4 && at + i < size; ++i)
            word[3 - i] = data[at + i];
        addForm(forms, lowerHex(word, 4), true);
        Botan::secure_scrub_memory(word, sizeof word);
    }
}

// The base64 body of "-----BEGIN X-----" ... "-----END X-----", one line per entry;
// empty when the text is not PEM.
std::vector<SecureText> pemBodyLines(std::string_view text) {
    std::vector<SecureText> lines;
    auto begin = text.find("-----BEGIN ");
    if (begin == std::string_view::npos)
        return lines;
    auto bodyStart = text.find('\n', begin);
    auto end = text.find("-----END ", begin);
    if (bodyStart == std::string_view::npos || end == std::string_view::npos || end < bodyStart)
        return lines;
    std::string_view body = text.substr(bodyStart + 1, end - bodyStart - 1);
    while (!body.empty()) {
        auto nl = body.find('\n');
        std::string_view line = body.substr(0, nl);
        body = nl == std::string_view::npos ? std::string_view() : body.substr(nl + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        if (!line.empty() && line.find(':') == std::string_view::npos)  // "Proc-Type: ..." headers
            lines.emplace_back(line.begin(), line.end());
    }
    return lines;
}

void addPemForms(std::vector<SecretForm>& forms, const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto lines = pemBodyLines(text);
    if (lines.empty())
        return;
    SecureText body;
    for (auto& line : lines) {
        if (line.size() >= kMinPemLine)
            addForm(forms, line);
        body.insert(body.end(), line.begin(), line.end());
    }
    try {
        SecureBytes der(Botan::base64_decode_max_output(body.size()));
        der.resize(Botan::base64_decode(der.data(), body.data(), body.size(), true));
        addByteForms(forms, der.data(), der.size());
        if (text.find("PRIVATE KEY-----") == std::string_view::npos)
            return;
        Botan::DataSource_Memory source(der);
        auto key = Botan::PKCS8::load_key(source);
        if (auto* ec = dynamic_cast<const Botan::EC_PrivateKey*>(key.get())) {
            auto scalar = Botan::BigInt::encode_1363(ec->private_value(), ec->domain().get_order().bytes());
            addByteForms(forms, scalar.data(), scalar.size());
        }
    } catch (const std::exception&) {
        // Not base64, encrypted, or a key type without a scalar we know: the text forms
        // registered above still apply.
    }
}

}  // namespace

std::vector<SecretForm> secretForms(const std::uint8_t* secret, std::size_t size) {
    std::vector<SecretForm> forms;
    addByteForms(forms, secret, size);
    addPemForms(forms, secret, size);
    return forms;
}

}  // namespace rescue::engine::detail
