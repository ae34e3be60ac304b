#include "app/cli/passphrase_prompt.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <string>

#include <fmt/format.h>

#include "core/auth/file_io.h"

namespace rescue::cli {
namespace {

constexpr std::size_t kMaxPassphrase = 1024;

// The first line of the file, without its line ending (as `openssl -passin file:` reads it).
std::optional<auth::SecretBytes> fromFile(const std::filesystem::path& path) {
    auto bytes = auth::readCredentialFile(path, 64 * 1024);
    if (!bytes)
        return std::nullopt;
    std::size_t end = 0;
    while (end < bytes->size() && (*bytes)[end] != '\n' && (*bytes)[end] != '\r')
        ++end;
    auth::SecretBytes secret(ByteView(bytes->data(), end));
    std::fill(bytes->begin(), bytes->end(), 0);
    return secret;
}

// On the controlling terminal, echo off, restored whatever happens.
std::optional<auth::SecretBytes> fromTerminal(const std::string& what) {
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    const int fd = open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    termios saved{};
    const bool haveTermios = tcgetattr(fd, &saved) == 0;
    if (haveTermios) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    const std::string prompt = fmt::format("Passphrase for {}: ", what);
    (void)!write(fd, prompt.data(), prompt.size());
    std::string line;
    line.reserve(kMaxPassphrase);
    char c = 0;
    bool gotLine = false;
    while (line.size() < kMaxPassphrase && read(fd, &c, 1) == 1) {
        if (c == '\n' || c == '\r') {
            gotLine = true;
            break;
        }
        line.push_back(c);
    }
    if (haveTermios)
        tcsetattr(fd, TCSAFLUSH, &saved);
    (void)!write(fd, "\n", 1);
    close(fd);
    std::optional<auth::SecretBytes> out;
    if (gotLine)
        out = auth::SecretBytes(ByteView(reinterpret_cast<const std::uint8_t*>(line.data()), line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return out;
}

}  // namespace

auth::PassphraseProvider passphraseProvider(const std::optional<std::filesystem::path>& passphraseFile) {
    if (passphraseFile)
        return [file = *passphraseFile](const std::string&) { return fromFile(file); };
    return [](const std::string& what) { return fromTerminal(what); };
}

}  // namespace rescue::cli
