#pragma once
// Certificate chains and the files they come in (adac-protocol.md section 8): ST's `.b64`
// (one line of base64 over concatenated TLVs, root first), adac-rs's PEM-armoured
// "ADAC CERTIFICATE CHAIN", and a bare `.cert` (base64 of one 212-byte value, no TLV header).

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/auth/certificate.h"

namespace rescue::auth {

struct CertificateChain {
    std::vector<Certificate> certificates;  // root first
    bool operator==(const CertificateChain&) const = default;
};

enum class ChainFileFormat { StBase64, PemArmoured, BareCertificate };
std::string_view chainFileFormatName(ChainFileFormat format);

struct LoadedChain {
    CertificateChain chain;
    ChainFileFormat format = ChainFileFormat::StBase64;
};

inline constexpr std::string_view kChainPemLabel = "ADAC CERTIFICATE CHAIN";

// Text of any of the three file kinds; whitespace is ignored, invalid base64 is refused.
Result<LoadedChain> parseChainText(std::string_view text);
// Decoded bytes: concatenated 0x0201 TLVs (padded walk), or one bare certificate value.
Result<CertificateChain> parseChainBytes(ByteView bytes);
Result<LoadedChain> loadChainFile(const std::filesystem::path& path);

Bytes chainToBytes(const CertificateChain& chain);         // concatenated TLVs
std::string chainToBase64(const CertificateChain& chain);  // ST `.b64`: one line, no newline
std::string chainToPem(const CertificateChain& chain);     // adac-rs form: 64 columns, final newline
std::string certificateToBareBase64(const Certificate& certificate);  // `.cert`

}  // namespace rescue::auth
