#pragma once
// ST's password method (adac-protocol.md section 11.3-11.4). A password file is either the
// AUTH_RESPONSE TLV itself (`password.bin`, `da_password.bin`: {00 00 00 80, u32 length,
// bytes}) or the raw password (`user_password.bin`). The device compares SHA-256 of the raw
// bytes with the hash it stores (DA_ConfigWithPassword.obk, or the H503's OTP written from
// `board_password.bin`). Password bytes stay in SecretBytes and never reach a log.

#include <filesystem>

#include "core/auth/secret_bytes.h"
#include "core/auth/sha256.h"
#include "core/common/result.h"

namespace rescue::auth {

constexpr std::size_t kMaxPasswordSize = 256;

enum class PasswordFileKind { Tlv, Raw };

struct LoadedPassword {
    SecretBytes password;
    PasswordFileKind kind = PasswordFileKind::Raw;
};

// TLV when the file starts with a TLV header (its type must then be 0x8000 and its length
// must match the file), raw bytes otherwise.
Result<LoadedPassword> parsePasswordFile(ByteView fileBytes);
Result<LoadedPassword> loadPasswordFile(const std::filesystem::path& path);

// Whether a device hashes the announced length or the word-padded value is not public for
// lengths that are not a multiple of 4; ST's own passwords avoid the question.
enum class PasswordHashInput { ExactLength, WordPadded };
Sha256Digest passwordHash(ByteView password, PasswordHashInput input = PasswordHashInput::ExactLength);

// The 0x8000 TLV, padded to a word, ready for AUTH_RESPONSE.
SecretBytes passwordTlv(ByteView password);
// The `password.bin` file content (unpadded, as ST writes it).
SecretBytes passwordFileBytes(ByteView password);

}  // namespace rescue::auth
