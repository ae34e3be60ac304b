#pragma once
// The secrets scan shared by the core and the CLI suites (test_secret_scan, test_cli_secrets):
// every form a secret could leak in, searched in every byte a run writes or prints. Written
// independently of core/engine/secret_forms on purpose: the scan checks the redactor, it must
// not share its blind spots.
//
// For each secret: the raw bytes; hex in either case, plain or with ' ', ':', '-', ',', ", ",
// "\x" or "0x" between bytes; base64 (standard and URL alphabets) at each of the three bit
// offsets it can sit at inside a longer base64 text (a PEM body); and the 32-bit little-endian
// words it travels in through the DA mailbox, the last one padded with zeros, each both as a
// number ("0x64636261" for "abcd"), in memory order ("61626364") and in decimal. A PEM private key adds
// its body lines, its DER bytes and the private scalar. A finding names the output, the form
// and the offset, never the secret itself.

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rescue::testsupport {

class SecretScan {
public:
    // A secret as bytes; `name` says which ("password", "leaf key scalar").
    void addSecret(const std::string& name, std::string_view bytes) {
        if (bytes.empty())
            return;
        add(name + " raw", std::string(bytes), false);
        static constexpr std::string_view kSeparators[] = {"",   " ",   ":",   "-",   ",",
                                                           ", ", "\\x", " 0x", ", 0x"};
        for (std::string_view sep : kSeparators)
            if (bytes.size() > 1 || sep.empty())
                add(name + " hex '" + std::string(sep) + "'", hex(bytes, sep), true);
        for (std::size_t lead = 0; lead < 3; ++lead) {
            std::string shifted(lead, '\0');
            shifted.append(bytes);
            const std::string text = base64(shifted);
            const std::size_t first = (8 * lead + 5) / 6;
            const std::size_t end = (8 * (lead + bytes.size())) / 6;
            if (end <= first || end - first < 8)
                continue;
            const std::string core = text.substr(first, end - first);
            add(name + " base64@" + std::to_string(lead), core, false);
            add(name + " base64url@" + std::to_string(lead), urlAlphabet(core), false);
        }
        if (bytes.size() >= 4) {
            for (std::size_t at = 0; at < bytes.size(); at += 4) {
                std::string chunk(bytes.substr(at, 4));
                const bool padded = chunk.size() < 4;
                chunk.resize(4, '\0');
                std::string value(chunk.rbegin(), chunk.rend());
                const std::string word = name + " mailbox word " + std::to_string(at / 4);
                if (padded) {
                    // Fewer secret bits ("00000074" for a last "t"): only as a number of its own,
                    // not inside a longer hex run where it would match by chance.
                    add(word + " (value)", hex(value, ""), true, Boundary::HexDigit);
                    continue;
                }
                add(word + " (value)", hex(value, ""), true);
                add(word + " (memory order)", hex(chunk, ""), true);
                // As a decimal number too (an error that prints a length field read from the
                // wrong file); a whole number only, so "12" does not match inside "1234".
                std::uint32_t le = 0;
                for (int i = 3; i >= 0; --i)
                    le = (le << 8) | static_cast<std::uint8_t>(chunk[static_cast<std::size_t>(i)]);
                if (le >= 100000)
                    add(word + " (decimal)", std::to_string(le), false, Boundary::Digit);
            }
        }
    }

    // A PEM private key (PKCS#8 or SEC1, unencrypted): its body lines, DER and the scalar.
    void addPemPrivateKey(const std::string& name, std::string_view pem) {
        std::string body;
        std::size_t pos = 0;
        while (pos < pem.size()) {
            std::size_t nl = pem.find('\n', pos);
            if (nl == std::string_view::npos)
                nl = pem.size();
            std::string_view line = pem.substr(pos, nl - pos);
            pos = nl + 1;
            while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
                line.remove_suffix(1);
            if (line.empty() || line.starts_with("-----") || line.find(':') != std::string_view::npos)
                continue;
            if (line.size() >= 16)
                add(name + " PEM line", std::string(line), false);
            body.append(line);
        }
        const std::string der = unbase64(body);
        addSecret(name + " DER", der);
        if (auto s = scalarOf(der))
            addSecret(name + " scalar", *s);
    }

    // The private scalar inside a key's DER (ECPrivateKey: 02 01 01 04 20 <32 bytes>).
    static std::optional<std::string> scalarOf(std::string_view der) {
        static constexpr char kMarker[] = {0x02, 0x01, 0x01, 0x04, 0x20};
        const auto at = der.find(std::string_view(kMarker, sizeof kMarker));
        if (at == std::string_view::npos || at + sizeof kMarker + 32 > der.size())
            return std::nullopt;
        return std::string(der.substr(at + sizeof kMarker, 32));
    }

    std::size_t formCount() const { return m_needles.size(); }

    // Every form found in `data`, as "<output>: <form> at byte N".
    std::vector<std::string> findIn(const std::string& output, std::string_view data) const {
        std::vector<std::string> found;
        std::string lower(data);
        for (char& c : lower)
            c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        for (const auto& n : m_needles) {
            const std::string_view haystack = n.anyCase ? std::string_view(lower) : data;
            for (auto at = haystack.find(n.text); at != std::string_view::npos;
                 at = haystack.find(n.text, at + 1)) {
                const auto touches = [&](std::size_t i) {
                    if (i >= haystack.size())
                        return false;
                    const auto c = static_cast<unsigned char>(haystack[i]);
                    return n.boundary == Boundary::Digit ? std::isdigit(c) != 0 : std::isxdigit(c) != 0;
                };
                if (n.boundary != Boundary::None &&
                    ((at > 0 && touches(at - 1)) || touches(at + n.text.size())))
                    continue;
                found.push_back(output + ": " + n.label + " at byte " + std::to_string(at));
                break;
            }
        }
        return found;
    }

    // Every regular file under `root` (or `root` itself), each named by its relative path.
    std::vector<std::string> findInTree(const std::filesystem::path& root) const {
        std::vector<std::string> found;
        auto scanFile = [&](const std::filesystem::path& file, const std::string& label) {
            std::ifstream in(file, std::ios::binary);
            const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            for (auto& f : findIn(label, data))
                found.push_back(std::move(f));
        };
        std::error_code ec;
        if (std::filesystem::is_regular_file(root, ec)) {
            scanFile(root, root.filename().string());
            return found;
        }
        for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file())
                scanFile(it->path(), std::filesystem::relative(it->path(), root).string());
        return found;
    }

    static std::string hex(std::string_view bytes, std::string_view separator) {
        static constexpr char kDigits[] = "0123456789abcdef";
        std::string out;
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            const bool prefixStyle = separator == "\\x" || separator.ends_with("0x");
            if (i > 0 || (prefixStyle && separator == "\\x"))
                out.append(separator);
            const auto b = static_cast<std::uint8_t>(bytes[i]);
            out.push_back(kDigits[b >> 4]);
            out.push_back(kDigits[b & 15]);
        }
        return out;
    }

    static std::string base64(std::string_view bytes) {
        static constexpr char kAlphabet[] =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        std::string out;
        std::size_t i = 0;
        for (; i + 2 < bytes.size(); i += 3) {
            const std::uint32_t v = std::uint32_t(std::uint8_t(bytes[i])) << 16 |
                                    std::uint32_t(std::uint8_t(bytes[i + 1])) << 8 |
                                    std::uint8_t(bytes[i + 2]);
            for (int s = 18; s >= 0; s -= 6)
                out.push_back(kAlphabet[(v >> s) & 63]);
        }
        if (i < bytes.size()) {
            std::uint32_t v = std::uint32_t(std::uint8_t(bytes[i])) << 16;
            if (i + 1 < bytes.size())
                v |= std::uint32_t(std::uint8_t(bytes[i + 1])) << 8;
            out.push_back(kAlphabet[(v >> 18) & 63]);
            out.push_back(kAlphabet[(v >> 12) & 63]);
            out.push_back(i + 1 < bytes.size() ? kAlphabet[(v >> 6) & 63] : '=');
            out.push_back('=');
        }
        return out;
    }

    static std::string unbase64(std::string_view text) {
        std::string out;
        std::uint32_t acc = 0;
        int bits = 0;
        for (char c : text) {
            int v = -1;
            if (c >= 'A' && c <= 'Z')
                v = c - 'A';
            else if (c >= 'a' && c <= 'z')
                v = c - 'a' + 26;
            else if (c >= '0' && c <= '9')
                v = c - '0' + 52;
            else if (c == '+')
                v = 62;
            else if (c == '/')
                v = 63;
            if (v < 0)
                continue;
            acc = (acc << 6) | std::uint32_t(v);
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.push_back(char((acc >> bits) & 0xFF));
            }
        }
        return out;
    }

private:
    // What a match must not touch: a number's digits go on, so it is another number.
    enum class Boundary { None, Digit, HexDigit };

    struct Needle {
        std::string label;
        std::string text;
        bool anyCase = false;  // stored lower case, matched against the lower-cased output
        Boundary boundary = Boundary::None;
    };

    void add(std::string label, std::string text, bool anyCase, Boundary boundary = Boundary::None) {
        if (text.empty())
            return;
        for (const auto& n : m_needles)
            if (n.text == text && n.anyCase == anyCase)
                return;
        m_needles.push_back({std::move(label), std::move(text), anyCase, boundary});
    }

    static std::string urlAlphabet(std::string text) {
        for (char& c : text)
            c = c == '+' ? '-' : c == '/' ? '_' : c;
        return text;
    }

    std::vector<Needle> m_needles;
};

}  // namespace rescue::testsupport
