#include "core/auth/password.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "core/auth/file_io.h"
#include "core/auth/tlv.h"

namespace rescue::auth {

namespace {

// Files people pick by mistake in a password chooser, by their first bytes. A raw password
// file may hold any bytes, so only formats no password starts with are refused.
std::optional<std::string_view> otherFileKind(ByteView b) {
    const auto startsWith = [b](std::string_view magic) {
        return b.size() >= magic.size() &&
               std::equal(magic.begin(), magic.end(), b.begin(),
                          [](char m, std::uint8_t c) { return std::uint8_t(m) == c; });
    };
    if (startsWith("-----BEGIN "))
        return "a PEM file (a key or a certificate)";
    if (startsWith("\x89PNG\r\n\x1a\n"))
        return "a PNG image";
    if (startsWith("\xff\xd8\xff"))
        return "a JPEG image";
    if (startsWith("%PDF-"))
        return "a PDF document";
    if (startsWith("PK\x03\x04"))
        return "a ZIP archive";
    if (startsWith("\x7f"
                   "ELF"))
        return "a program (ELF)";
    return std::nullopt;
}

}  // namespace

Result<LoadedPassword> parsePasswordFile(ByteView b) {
    LoadedPassword out;
    if (auto kind = otherFileKind(b))
        return makeError("da.password.wrong-file",
                         fmt::format("The password file is {}, not a password.", *kind),
                         "Pick password.bin (ST's TLV) or the raw password file (user_password.bin).");
    const bool tlvShaped = b.size() >= kTlvHeaderSize && b[0] == 0 && b[1] == 0 &&
                           (readLe16(b, 2) == static_cast<std::uint16_t>(TlvType::StPassword) ||
                            readLe32(b, 4) == b.size() - kTlvHeaderSize);
    if (tlvShaped) {
        const std::uint16_t type = readLe16(b, 2);
        const std::uint32_t length = readLe32(b, 4);
        if (type != static_cast<std::uint16_t>(TlvType::StPassword))
            return makeError(
                "da.password.tlv-type",
                fmt::format("The password file is a TLV of type 0x{:04X}; a password TLV has type "
                            "0x8000.",
                            type),
                "Pick password.bin (or a raw password file).");
        const std::size_t available = b.size() - kTlvHeaderSize;
        if (length > available || roundToWord(length) < available)
            return makeError(
                "da.password.tlv-length",
                fmt::format("The password TLV announces {} bytes but the file holds {}.", length, available),
                "The file is damaged; regenerate it.");
        out.password = SecretBytes(b.subspan(kTlvHeaderSize, length));
        out.kind = PasswordFileKind::Tlv;
    } else {
        out.password = SecretBytes(b);
        out.kind = PasswordFileKind::Raw;
    }
    if (out.password.empty())
        return makeError("da.password.empty", "The password file holds an empty password.");
    if (out.password.size() > kMaxPasswordSize)
        return makeError("da.password.too-long",
                         fmt::format("The password is {} bytes; ST passwords are at most 16 characters.",
                                     out.password.size()),
                         "Check that you picked the password file.");
    return out;
}

Result<LoadedPassword> loadPasswordFile(const std::filesystem::path& path) {
    auto bytes = readCredentialFile(path, 4096);
    if (!bytes)
        return std::move(bytes).error();
    auto pw = parsePasswordFile(*bytes);
    std::fill(bytes->begin(), bytes->end(), 0);
    if (!pw) {
        Error e = std::move(pw).error();
        e.with("file", path.string());
        return e;
    }
    return pw;
}

Sha256Digest passwordHash(ByteView password, PasswordHashInput input) {
    if (input == PasswordHashInput::ExactLength || password.size() % 4 == 0)
        return sha256(password);
    const Bytes zeros(roundToWord(password.size()) - password.size(), 0);
    return sha256(password, zeros);
}

SecretBytes passwordTlv(ByteView password) {
    Bytes tlv = encodeTlv(static_cast<std::uint16_t>(TlvType::StPassword), password, TlvPadding::Padded);
    SecretBytes out(tlv);
    std::fill(tlv.begin(), tlv.end(), 0);
    return out;
}

SecretBytes passwordFileBytes(ByteView password) {
    Bytes tlv = encodeTlv(static_cast<std::uint16_t>(TlvType::StPassword), password, TlvPadding::Unpadded);
    SecretBytes out(tlv);
    std::fill(tlv.begin(), tlv.end(), 0);
    return out;
}

}  // namespace rescue::auth
