#pragma once
// Known secret material for the secrets scans (test_secret_scan, test_cli_secrets): a seeded
// H5 credential set (root, intermediate, leaf), the leaf key also encrypted under a
// passphrase, a 14-byte password (its last mailbox word padded) and a wrong one, and lab
// scenarios whose boards are provisioned with them (an H563 for certificates, an H503 for the
// password). `scan` is loaded with every secret.

#include <filesystem>
#include <fstream>
#include <iterator>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "core/auth/credential_generator.h"
#include "core/auth/random_source.h"
#include "secret_scan.h"

namespace rescue::testsupport {

struct SecretMaterial {
    std::filesystem::path dir;
    std::filesystem::path leafKey, encryptedLeafKey, chain, rootPub;
    std::filesystem::path passwordFile, wrongPasswordFile, passphraseFile, wrongPassphraseFile;
    std::filesystem::path certificateScenario, passwordScenario;
    std::string leafPem, passphrase, wrongPassphrase, password, wrongPassword;
    SecretScan scan;

    static std::string readAll(const std::filesystem::path& file) {
        std::ifstream in(file, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    static void writeAll(const std::filesystem::path& file, std::string_view text) {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
    }
    static ByteView view(const std::string& s) {
        return ByteView(reinterpret_cast<const std::uint8_t*>(s.data()), s.size());
    }

    // Everything under `directory` (credentials in `directory`/creds). False when the
    // generator fails.
    bool generate(const std::filesystem::path& directory, std::uint64_t seed = 0x5EC2E75) {
        namespace fs = std::filesystem;
        dir = directory;
        auto random = auth::makeSeededRandom(seed);
        auth::CredentialRequest request;
        request.family = auth::DaFamily::Stm32H5;
        request.certificateMask = auth::PermissionMask::fromU32(0x00005077);
        request.obkMask = request.certificateMask;
        auto set = auth::generateCredentials(request, *random);
        if (!set || !auth::writeCredentialSet(*set, dir / "creds"))
            return false;
        leafKey = dir / "creds/Keys/key_3_leaf.pem";
        rootPub = dir / "creds/Keys/key_1_root_pub.pem";
        chain = dir / "creds/Certificates/cert_leaf_chain.b64";
        leafPem = readAll(leafKey);

        passphrase = printable(*random, 20);
        wrongPassphrase = passphrase.substr(0, 10) + "-not-it";
        fs::create_directories(dir / "secrets");
        passphraseFile = dir / "secrets/passphrase.txt";
        writeAll(passphraseFile, passphrase + "\n");
        wrongPassphraseFile = dir / "secrets/wrong_passphrase.txt";
        writeAll(wrongPassphraseFile, wrongPassphrase + "\n");
        encryptedLeafKey = dir / "secrets/key_3_leaf_encrypted.pem";
        writeAll(encryptedLeafKey, set->leafKey().toEncryptedPkcs8Pem(view(passphrase), 2048));

        password = printable(*random, 14);
        wrongPassword = printable(*random, 14);
        passwordFile = dir / "secrets/user_password.bin";
        writeAll(passwordFile, password);
        wrongPasswordFile = dir / "secrets/wrong_password.bin";
        writeAll(wrongPasswordFile, wrongPassword);
        for (const auto& f : {leafKey, passphraseFile, wrongPassphraseFile, passwordFile, wrongPasswordFile})
            fs::permissions(f, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);

        certificateScenario = writeScenario("secrets-certificate", {{"method", "certificate"},
                                                                    {"root_public_key", rootPub.string()},
                                                                    {"permissions", "0x00005077"}});
        passwordScenario =
            writeScenario("secrets-password",
                          {{"method", "password"}, {"password_file", passwordFile.string()}}, "STM32H503RB");

        scan.addPemPrivateKey("leaf key", leafPem);
        for (std::size_t i = 0; i + 1 < set->keys.size(); ++i) {
            const auth::SecretBytes pem = set->keys[i].toPkcs8Pem();
            scan.addPemPrivateKey("key " + std::to_string(i + 1),
                                  std::string(reinterpret_cast<const char*>(pem.view().data()), pem.size()));
        }
        scan.addSecret("passphrase", passphrase);
        scan.addSecret("wrong passphrase", wrongPassphrase);
        scan.addSecret("password", password);
        scan.addSecret("wrong password", wrongPassword);
        return true;
    }

    // A board Closed, NRST wired, provisioned with `da`: an H563 with TrustZone (certificates)
    // or an H503 (the password method, its hash in OTP).
    std::filesystem::path writeScenario(const std::string& name, const nlohmann::json& da,
                                        const std::string& chip = "STM32H563ZI") const {
        nlohmann::json json = {
            {"name", name},          {"description", "secrets scan board"},
            {"chip", chip},          {"probe", {{"model", "STLINK-V3E"}, {"nrst_wired", true}}},
            {"lifecycle", "closed"}, {"da", da}};
        if (chip == "STM32H563ZI")
            json["option_bytes"] = {{"TZEN", "0xB4"}};
        const auto file = dir / (name + ".json");
        writeAll(file, json.dump(2));
        return file;
    }

private:
    // Printable, so a password or passphrase can sit in a text file like a person's would.
    static std::string printable(auth::RandomSource& random, std::size_t size) {
        static constexpr char kChars[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*+=?@";
        std::string out;
        while (out.size() < size) {
            std::uint8_t b = 0;
            random.fill(std::span<std::uint8_t>(&b, 1));
            out.push_back(kChars[b % (sizeof kChars - 1)]);
        }
        return out;
    }
};

}  // namespace rescue::testsupport
