// The simulated boot ROM's ADAC service (core/sim/adac_device) driven by a host that speaks
// only packets: ST's sample credentials (and a generated set) authenticate and get Full
// Regression; every refusal of adac-protocol.md sections 11.2 and 16 is a row: chain order,
// wrong root, narrowed mask, stale challenge, token before challenge, wrong password, and
// "a terminal failure ends the session until the next reset".

#include <QTest>

#include "auth_test_support.h"
#include "core/auth/certificate_chain.h"
#include "core/auth/credential_generator.h"
#include "core/auth/discovery_text.h"
#include "core/auth/obk_file.h"
#include "core/auth/password.h"
#include "core/auth/st_permissions.h"
#include "core/auth/tlv.h"
#include "core/auth/token.h"
#include "core/sim/adac_device.h"

using namespace rescue;
using namespace rescue::auth;
using namespace rescue::sim;
using authtest::hex;
using authtest::qs;
namespace fs = std::filesystem;

namespace {

constexpr std::uint16_t kNoReply = 0xFFFF;  // the ROM stayed silent

// A host that knows nothing but packets.
struct Host {
    AdacDevice& device;

    AdacResponse send(std::uint16_t command, ByteView data = {}) {
        const Bytes reply =
            device.handleRequest(encodeRequest(AdacRequest{command, Bytes(data.begin(), data.end())}));
        if (reply.empty())
            return AdacResponse{kNoReply, {}};
        auto decoded = decodeResponse(reply);
        return decoded ? *decoded : AdacResponse{0xFFFE, {}};
    }
    AdacResponse send(AdacCommand c, ByteView data = {}) { return send(static_cast<std::uint16_t>(c), data); }
    std::optional<ChallengeVector> authStart() {
        const AdacResponse r = send(AdacCommand::AuthStart);
        if (!r.is(AdacStatus::Success))
            return std::nullopt;
        auto c = decodeChallenge(r.data);
        return c ? std::optional(c->vector) : std::nullopt;
    }
    AdacResponse respond(ByteView tlv) { return send(AdacCommand::AuthResponse, tlv); }
    // Sends each certificate; returns the status of the last one.
    AdacResponse chain(const CertificateChain& chain) {
        AdacResponse last{kNoReply, {}};
        for (const auto& c : chain.certificates) {
            last = respond(certificateTlv(c));
            if (!last.is(AdacStatus::NeedMoreData))
                break;
        }
        return last;
    }
};

struct Credentials {
    CertificateChain chain;
    std::optional<PrivateKey> leaf;
    std::optional<PrivateKey> intermediate;
    Sha256Digest rootHash{};
    PermissionMask obkMask;
};

std::optional<Credentials> credentialsFrom(const QString& source) {
    Credentials c;
    if (source == "generated") {
        CredentialRequest request;
        request.family = DaFamily::Stm32H7rs;
        request.certificateMask = PermissionMask::parse("0x80000000000000000000000000005007").value();
        request.obkMask = PermissionMask::parse("0x80000000000000000000000000004007").value();
        auto random = makeSeededRandom(2024);
        auto set = generateCredentials(request, *random);
        if (!set)
            return std::nullopt;
        c.chain = set->chain;
        c.rootHash = set->rootKey().fingerprint();
        c.obkMask = request.obkMask;
        c.intermediate.emplace(std::move(set->keys[1]));
        c.leaf.emplace(std::move(set->keys[2]));
        return c;
    }
    const fs::path dir = authtest::testdata() / source.toStdString();
    auto chain = loadChainFile(dir / "Certificates/cert_leaf_chain.b64");
    auto leaf = PrivateKey::loadFile(dir / "Keys/key_3_leaf.pem");
    auto intermediate = PrivateKey::loadFile(dir / "Keys/key_2_intermediate.pem");
    auto obk = loadObkFile(dir / "Binary/DA_Config.obk");
    if (!chain || !leaf || !intermediate || !obk)
        return std::nullopt;
    auto provisioning = AdacProvisioning::fromObk(*obk, AdacMethod::Certificate);
    if (!provisioning)
        return std::nullopt;
    c.chain = chain->chain;
    c.leaf.emplace(std::move(*leaf));
    c.intermediate.emplace(std::move(*intermediate));
    c.rootHash = provisioning->rootKeyHash;
    c.obkMask = provisioning->permissionMask;
    return c;
}

DiscoveryInfo h7rsDiscovery() {
    DiscoveryInfo d;
    d.authVersion = {{1, 0}};
    d.vendorId = {{0x20, 0x00}};
    d.socClass = 0x485;
    d.psaLifecycle = stLifecycleBytes(0x72);
    d.sdaId = {{1, 0, 0, 0}};
    d.tokenFormats = std::vector<std::uint16_t>{0x0200};
    d.certFormats = std::vector<std::uint16_t>{0x0201};
    d.cryptosystems = std::vector<std::uint8_t>{0x01};
    d.stIntegrity = kStIntegrityProvisioned;
    return d;
}

AdacDeviceConfig certificateDevice(const Sha256Digest& rootHash, const PermissionMask& obkMask) {
    AdacDeviceConfig config;
    config.provisioning = AdacProvisioning::certificate(rootHash, obkMask);
    config.discovery = h7rsDiscovery();
    config.options.passwordGrant = PermissionMask::fromBits({14});
    return config;
}

AdacDeviceConfig passwordDevice(const Sha256Digest& passwordHash) {
    AdacDeviceConfig config;
    config.provisioning = AdacProvisioning::password(passwordHash);
    config.discovery = h7rsDiscovery();
    config.discovery.cryptosystems = std::vector<std::uint8_t>{0x80};
    config.options.passwordGrant = PermissionMask::fromBits({14});
    return config;
}

const PermissionMask kFullRegression = PermissionMask::fromBits({14});

}  // namespace

class TestAdacDevice : public QObject {
    Q_OBJECT

private slots:
    void certificateMethod_data() {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("status");         // of the last exchange
        QTest::addColumn<QString>("granted");    // effective mask, empty = nothing granted
        QTest::addColumn<bool>("listening");     // after the last exchange
        QTest::addColumn<QString>("rejection");  // the device's reason
        const struct {
            const char* script;
            int status;
            const char* granted;
            bool listening;
            const char* rejection;
        } rows[] = {
            {"full regression (per=a)", 0, "0x4000", false, ""},
            {"every offered permission", 0, "0x80000000000000000000000000004007", false, ""},
            {"chain order swapped", 1, "", false, "da.chain.order"},
            {"wrong root", 1, "", false, "da.cert.root-hash-mismatch"},
            {"narrowed mask", 1, "", false, "da.permission.empty"},
            {"stale challenge", 1, "", false, "da.token.signature"},
            {"token before challenge", 1, "", true, "sim.adac.token-out-of-order"},
            {"token before challenge, then the real exchange", 0, "0x4000", false, ""},
            {"certificate before AUTH_START", 1, "", false, "sim.adac.no-challenge"},
            {"token after the intermediate", 1, "", true, "sim.adac.token-out-of-order"},
            {"token signed by the intermediate key", 1, "", false, "da.token.signature"},
            {"leaf changed after signing", 1, "", false, "da.cert.signature"},
            {"password to a certificate device", 1, "", false, "sim.adac.method-not-provisioned"},
            {"failure ends the session", kNoReply, "", false, "da.cert.root-hash-mismatch"},
        };
        for (const char* source : {"generated", "st-da-h7rs"})
            for (const auto& r : rows)
                QTest::newRow(
                    qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(source), QLatin1String(r.script))))
                    << QString::fromLatin1(source) << QString::fromLatin1(r.script) << r.status
                    << QString::fromLatin1(r.granted) << r.listening << QString::fromLatin1(r.rejection);
    }
    void certificateMethod() {
        QFETCH(QString, source);
        QFETCH(QString, script);
        QFETCH(int, status);
        QFETCH(QString, granted);
        QFETCH(bool, listening);
        QFETCH(QString, rejection);
        if (source != "generated")
            AUTH_REQUIRE_SET(source.toStdString());
        const auto creds = credentialsFrom(source);
        QVERIFY(creds.has_value());

        Sha256Digest rootHash = creds->rootHash;
        PermissionMask obkMask = creds->obkMask;
        if (script == "wrong root" || script == "failure ends the session")
            rootHash[0] ^= 0x01;
        if (script == "narrowed mask")
            obkMask = PermissionMask::fromBits({0, 1, 2});  // debug only: Full Regression is outside
        AdacDevice device(certificateDevice(rootHash, obkMask), makeSeededRandom(1));
        Host host{device};

        const CertificateChain& chain = creds->chain;
        const PrivateKey& leaf = *creds->leaf;
        PermissionMask request = kFullRegression;
        if (script == "every offered permission")
            request = PermissionMask::all();
        AdacResponse last{kNoReply, {}};

        QCOMPARE(int(host.send(AdacCommand::Discovery).status), 0);
        if (script == "certificate before AUTH_START") {
            last = host.respond(certificateTlv(chain.certificates[0]));
        } else if (script.startsWith("token before challenge")) {
            last = host.respond(tokenTlv(buildToken(request, ChallengeVector{}, leaf)));
            if (script.endsWith("real exchange")) {
                QCOMPARE(int(last.status), 1);
                const auto c = host.authStart();
                QVERIFY(c.has_value());
                QCOMPARE(int(host.chain(chain).status), int(AdacStatus::NeedMoreData));
                last = host.respond(tokenTlv(buildToken(request, *c, leaf)));
            }
        } else if (script == "password to a certificate device") {
            QVERIFY(host.authStart().has_value());
            const std::string pw = "0123456789012345";
            last = host.respond(
                passwordTlv(ByteView(reinterpret_cast<const std::uint8_t*>(pw.data()), pw.size())).view());
        } else {
            const auto first = host.authStart();
            QVERIFY(first.has_value());
            if (script == "chain order swapped") {
                last = host.chain(
                    CertificateChain{{chain.certificates[1], chain.certificates[0], chain.certificates[2]}});
            } else if (script == "token after the intermediate") {
                QCOMPARE(
                    int(host.chain(CertificateChain{{chain.certificates[0], chain.certificates[1]}}).status),
                    int(AdacStatus::NeedMoreData));
                last = host.respond(tokenTlv(buildToken(request, *first, *creds->intermediate)));
            } else if (script == "leaf changed after signing") {
                CertificateChain tampered = chain;
                tampered.certificates[2].permissions.set(12, !tampered.certificates[2].permissions.test(12));
                last = host.chain(tampered);
            } else {
                last = host.chain(chain);
                if (last.is(AdacStatus::NeedMoreData)) {
                    ChallengeVector signedOver = *first;
                    if (script == "stale challenge") {
                        const auto second = host.authStart();
                        QVERIFY(second.has_value());
                        QVERIFY(*second != *first);
                        QCOMPARE(int(host.chain(chain).status), int(AdacStatus::NeedMoreData));
                    }
                    const PrivateKey& signer =
                        script == "token signed by the intermediate key" ? *creds->intermediate : leaf;
                    last = host.respond(tokenTlv(buildToken(request, signedOver, signer)));
                }
            }
        }
        if (script == "failure ends the session") {
            QCOMPARE(int(last.status), int(AdacStatus::Failure));
            // The ROM has left its loop: nothing answers, not even DISCOVERY, until a reset.
            last = host.send(AdacCommand::Discovery);
            QCOMPARE(int(host.send(AdacCommand::AuthStart).status), int(kNoReply));
        }

        QCOMPARE(int(last.status), status);
        QCOMPARE(device.listening(), listening);
        QCOMPARE(device.lastRejection() ? qs(device.lastRejection()->code) : QString(), rejection);
        if (granted.isEmpty()) {
            QVERIFY(!device.grant().has_value());
        } else {
            QVERIFY(device.grant().has_value());
            QCOMPARE(qs(device.grant()->effective.toShortHex()), granted);
            QVERIFY(device.grant()->method == AdacMethod::Certificate);
            QVERIFY(interpretPermissions(DaFamily::Stm32H7rs, device.grant()->effective).fullRegression);
            QVERIFY(device.state() == AdacState::Success);
        }
        if (script == "failure ends the session") {
            device.reopen();
            QCOMPARE(int(host.send(AdacCommand::Discovery).status), 0);
            QVERIFY(device.listening());
        }
    }

    void passwordMethod_data() {
        QTest::addColumn<QString>("set");
        QTest::addColumn<QString>("provisioned");  // where the device's hash comes from
        QTest::addColumn<QString>("sent");         // the file the host sends
        QTest::addColumn<bool>("corrupt");         // flip one password byte
        QTest::newRow("st-da-h503: board hash, da_password.bin") << "st-da-h503"
                                                                 << "board_password.bin"
                                                                 << "da_password.bin" << false;
        QTest::newRow("st-da-h503: raw user_password.bin, wrapped") << "st-da-h503"
                                                                    << "board_password.bin"
                                                                    << "user_password.bin" << false;
        QTest::newRow("st-da-h503: wrong password") << "st-da-h503"
                                                    << "board_password.bin"
                                                    << "da_password.bin" << true;
        QTest::newRow("st-da-h5: DA_ConfigWithPassword.obk, password.bin")
            << "st-da-h5"
            << "Binary/DA_ConfigWithPassword.obk"
            << "Binary/password.bin" << false;
        QTest::newRow("st-da-h7rs: DA_ConfigWithPassword.obk, password.bin")
            << "st-da-h7rs"
            << "Binary/DA_ConfigWithPassword.obk"
            << "Binary/password.bin" << false;
        QTest::newRow("st-da-h5: wrong password") << "st-da-h5"
                                                  << "Binary/DA_ConfigWithPassword.obk"
                                                  << "Binary/password.bin" << true;
    }
    void passwordMethod() {
        QFETCH(QString, set);
        QFETCH(QString, provisioned);
        QFETCH(QString, sent);
        QFETCH(bool, corrupt);
        AUTH_REQUIRE_SET(set.toStdString());
        const fs::path dir = authtest::testdata() / set.toStdString();
        Sha256Digest hash{};
        if (provisioned.endsWith(".obk")) {
            auto p = AdacProvisioning::fromObk(loadObkFile(dir / provisioned.toStdString()).value(),
                                               AdacMethod::Password);
            QVERIFY(p.ok());
            hash = p->passwordHash;
        } else {
            const Bytes otp = authtest::readOrEmpty(dir / provisioned.toStdString());
            QCOMPARE(int(otp.size()), 32);
            std::copy(otp.begin(), otp.end(), hash.begin());
        }
        auto pw = loadPasswordFile(dir / sent.toStdString());
        QVERIFY(pw.ok());
        Bytes password(pw->password.view().begin(), pw->password.view().end());
        if (corrupt)
            password[0] ^= 0x01;

        AdacDevice device(passwordDevice(hash), makeSeededRandom(2));
        Host host{device};
        auto discovery = parseDiscovery(host.send(AdacCommand::Discovery).data);
        QVERIFY(discovery.ok());
        QCOMPARE(int(discovery->info.stIntegrity.value()), int(kStIntegrityProvisioned));
        QVERIFY(host.authStart().has_value());
        const AdacResponse r = host.respond(passwordTlv(password).view());
        std::fill(password.begin(), password.end(), 0);
        QVERIFY(r.data.empty());
        if (corrupt) {
            QCOMPARE(int(r.status), int(AdacStatus::Failure));
            QCOMPARE(qs(device.lastRejection()->code), QStringLiteral("sim.adac.wrong-password"));
            QVERIFY(!device.grant().has_value());
            QCOMPARE(int(host.send(AdacCommand::Discovery).status), int(kNoReply));
        } else {
            QCOMPARE(int(r.status), int(AdacStatus::Success));
            QVERIFY(device.grant().has_value());
            QVERIFY(device.grant()->method == AdacMethod::Password);
            QCOMPARE(device.grant()->effective.bits(), std::vector<int>{14});  // only full regression
        }
    }

    void passwordNeedsAuthStartFirst() {
        const Bytes pw{'a', 'b', 'c', 'd'};
        AdacDevice device(passwordDevice(passwordHash(pw)), makeSeededRandom(3));
        Host host{device};
        QCOMPARE(int(host.respond(passwordTlv(pw).view()).status), int(AdacStatus::Failure));
        QVERIFY(device.listening());  // not terminal, as a token in the wrong state
        QVERIFY(host.authStart().has_value());
        QCOMPARE(int(host.respond(passwordTlv(pw).view()).status), int(AdacStatus::Success));
    }

    // A 13-byte password: whether the ROM hashes 13 or 16 bytes is not public (an option).
    void passwordLengthNotAMultipleOfFour_data() {
        QTest::addColumn<bool>("deviceHashesPadded");
        QTest::addColumn<int>("status");
        QTest::newRow("device hashes the announced length") << false << 0;
        QTest::newRow("device hashes the padded value") << true << 1;
    }
    void passwordLengthNotAMultipleOfFour() {
        QFETCH(bool, deviceHashesPadded);
        QFETCH(int, status);
        const Bytes pw{'1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'a', 'b', 'c'};
        AdacDeviceConfig config = passwordDevice(passwordHash(pw));
        if (deviceHashesPadded)
            config.options.passwordHashInput = PasswordHashInput::WordPadded;
        AdacDevice device(config, makeSeededRandom(4));
        Host host{device};
        QVERIFY(host.authStart().has_value());
        QCOMPARE(int(host.respond(passwordTlv(pw).view()).status), status);
    }

    void discoveryTellsWhatWouldBeGranted_data() {
        QTest::addColumn<bool>("padded");
        QTest::newRow("padded") << true;
        QTest::newRow("unpadded (N6 style)") << false;
    }
    void discoveryTellsWhatWouldBeGranted() {
        QFETCH(bool, padded);
        AdacDeviceConfig config = certificateDevice(
            Sha256Digest{}, PermissionMask::parse("0x80000000000000000000000000004007").value());
        config.options.discoveryPadding = padded ? TlvPadding::Padded : TlvPadding::Unpadded;
        AdacDevice device(config, makeSeededRandom(5));
        Host host{device};
        const AdacResponse r = host.send(AdacCommand::Discovery);
        QCOMPARE(int(r.status), 0);
        auto parsed = parseDiscovery(r.data);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->layout == TlvPadding::Padded, padded);
        QStringList permissions;
        for (const auto& line : describeDiscovery(parsed->info))
            if (line.label == "permission if authorized")
                permissions << qs(line.value);
        QCOMPARE(permissions,
                 (QStringList{"Full Regression", "Level 3 Intrusive Debug", "Level 2 Intrusive Debug",
                              "Level 1 Intrusive Debug", "Forced Download"}));
        // Discovery answers in every state and changes none.
        QVERIFY(host.authStart().has_value());
        QCOMPARE(int(host.send(AdacCommand::Discovery).status), 0);
        QVERIFY(device.state() == AdacState::Challenge);
    }

    void challengesAreFreshAndReproducible() {
        AdacDeviceConfig config = certificateDevice(Sha256Digest{}, kFullRegression);
        AdacDevice a(config, makeSeededRandom(77));
        AdacDevice b(config, makeSeededRandom(77));
        AdacDevice c(config, makeSeededRandom(78));
        Host ha{a}, hb{b}, hc{c};
        const auto a1 = ha.authStart(), a2 = ha.authStart();
        const auto b1 = hb.authStart(), b2 = hb.authStart();
        const auto c1 = hc.authStart();
        QVERIFY(a1 && a2 && b1 && b2 && c1);
        QVERIFY(*a1 != *a2);
        QCOMPARE(hex(*a1), hex(*b1));
        QCOMPARE(hex(*a2), hex(*b2));
        QVERIFY(*a1 != *c1);
        QVERIFY(*a1 != ChallengeVector{});
    }

    void commandsAndFraming_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("listening");
        QTest::newRow("unknown command") << "unknown" << 0x7FFF << true;
        QTest::newRow("RESUME_BOOT without psa-adac extras") << "resume" << 0x7FFF << true;
        QTest::newRow("RESUME_BOOT with psa-adac extras") << "resume-extras" << 0 << false;
        QTest::newRow("LCS_CHANGE with psa-adac extras") << "lcs-extras" << 3 << true;
        QTest::newRow("empty AUTH_RESPONSE") << "empty" << 1 << false;
        QTest::newRow("TLV longer than the packet") << "undersized" << 1 << false;
        QTest::newRow("TLV neither certificate nor token") << "other-tlv" << 1 << true;
        QTest::newRow("data_count disagrees with the bytes") << "framing" << 1 << false;
    }
    void commandsAndFraming() {
        QFETCH(QString, what);
        QFETCH(int, status);
        QFETCH(bool, listening);
        AdacDeviceConfig config = certificateDevice(Sha256Digest{}, kFullRegression);
        config.options.psaAdacExtraCommands = what.endsWith("extras");
        AdacDevice device(config, makeSeededRandom(6));
        Host host{device};
        QVERIFY(host.authStart().has_value());
        AdacResponse r{kNoReply, {}};
        if (what == "unknown")
            r = host.send(0x0042);
        else if (what.startsWith("resume"))
            r = host.send(AdacCommand::ResumeBoot);
        else if (what.startsWith("lcs"))
            r = host.send(AdacCommand::LcsChange, Bytes(4, 0));
        else if (what == "empty")
            r = host.send(AdacCommand::AuthResponse);
        else if (what == "undersized")
            r = host.respond(Bytes{0, 0, 0x01, 0x02, 0xD4, 0, 0, 0, 1, 0, 1, 1});
        else if (what == "other-tlv")
            r = host.respond(encodeTlv(0x0202, Bytes(8, 0)));
        else if (what == "framing") {
            Bytes packet = encodeRequest(makeRequest(AdacCommand::AuthResponse, Bytes(8, 0)));
            packet.resize(packet.size() - 4);
            const Bytes reply = device.handleRequest(packet);
            r = decodeResponse(reply).value();
        }
        QCOMPARE(int(r.status), status);
        QCOMPARE(device.listening(), listening);
        // Reply headers keep their reserved half-word zero (ACS).
        const Bytes reply = encodeResponse(r);
        QCOMPARE(int(readLe16(reply, 0)), 0);
    }

    void maskAcrossAuthStart_data() {
        QTest::addColumn<bool>("keep");
        QTest::addColumn<int>("status");
        QTest::newRow("reset to all-ones (spec)") << false << 0;
        QTest::newRow("kept (psa-adac)") << true << 1;
    }
    void maskAcrossAuthStart() {
        QFETCH(bool, keep);
        QFETCH(int, status);
        auto random = makeSeededRandom(12);
        const PrivateKey root = PrivateKey::generate(*random);
        const PrivateKey leaf = PrivateKey::generate(*random);
        const Certificate debugOnlyRoot = issueCertificate(
            CertificateRole::Root, PermissionMask::fromBits({0, 1, 2}), root.publicKey(), root);
        const Certificate fullRoot =
            issueCertificate(CertificateRole::Root, PermissionMask::all(), root.publicKey(), root);
        const Certificate fullLeaf =
            issueCertificate(CertificateRole::Leaf, PermissionMask::all(), leaf.publicKey(), root);
        AdacDeviceConfig config = certificateDevice(root.fingerprint(), PermissionMask::all());
        config.options.keepMaskAcrossAuthStart = keep;
        AdacDevice device(config, makeSeededRandom(13));
        Host host{device};
        QVERIFY(host.authStart().has_value());
        QCOMPARE(int(host.respond(certificateTlv(debugOnlyRoot)).status), int(AdacStatus::NeedMoreData));
        const auto c = host.authStart();
        QVERIFY(c.has_value());
        QCOMPARE(int(host.chain(CertificateChain{{fullRoot, fullLeaf}}).status),
                 int(AdacStatus::NeedMoreData));
        QCOMPARE(int(host.respond(tokenTlv(buildToken(kFullRegression, *c, leaf))).status), status);
    }

    void grantPolicies_data() {
        QTest::addColumn<quint32>("requested");
        QTest::addColumn<bool>("emptyIsFailure");
        QTest::addColumn<bool>("refuseOutside");
        QTest::addColumn<int>("status");
        QTest::addColumn<quint32>("effective");
        QTest::newRow("inside the list") << 0x4000u << true << true << 0 << 0x4000u;
        QTest::newRow("partly outside, intersection applied") << 0x5000u << true << false << 0 << 0x4000u;
        QTest::newRow("partly outside, refused") << 0x5000u << true << true << 1 << 0u;
        QTest::newRow("entirely outside, AN6008") << 0x1000u << true << false << 1 << 0u;
        QTest::newRow("entirely outside, psa-adac") << 0x1000u << false << false << 0 << 0u;
    }
    void grantPolicies() {
        QFETCH(quint32, requested);
        QFETCH(bool, emptyIsFailure);
        QFETCH(bool, refuseOutside);
        QFETCH(int, status);
        QFETCH(quint32, effective);
        auto random = makeSeededRandom(14);
        const PrivateKey root = PrivateKey::generate(*random);
        const Certificate selfRoot =
            issueCertificate(CertificateRole::Root, PermissionMask::all(), root.publicKey(), root);
        AdacDeviceConfig config = certificateDevice(root.fingerprint(), PermissionMask::fromU32(0x4007));
        config.options.emptyGrantIsFailure = emptyIsFailure;
        config.options.refuseRequestOutsideGrant = refuseOutside;
        AdacDevice device(config, makeSeededRandom(15));
        Host host{device};
        const auto c = host.authStart();
        QVERIFY(c.has_value());
        // A chain of just the root: the token is then signed with the root key.
        QCOMPARE(int(host.respond(certificateTlv(selfRoot)).status), int(AdacStatus::NeedMoreData));
        QCOMPARE(int(host.respond(tokenTlv(buildToken(PermissionMask::fromU32(requested), *c, root))).status),
                 status);
        QCOMPARE(device.grant() ? device.grant()->effective.low32() : 0u, effective);
        QCOMPARE(device.grant().has_value(), status == 0);
    }

    void platformScope_data() {
        QTest::addColumn<bool>("check");
        QTest::addColumn<int>("status");
        QTest::newRow("scoped to another SoC class, checked") << true << 1;
        QTest::newRow("scoped to another SoC class, not checked") << false << 2;
    }
    void platformScope() {
        QFETCH(bool, check);
        QFETCH(int, status);
        auto random = makeSeededRandom(16);
        const PrivateKey root = PrivateKey::generate(*random);
        Certificate c;
        c.role = 1;
        c.socClass = 0x484;
        c.permissions = PermissionMask::all();
        c.publicKey = root.publicKey().raw();
        signCertificate(c, root);
        AdacDeviceConfig config = certificateDevice(root.fingerprint(), PermissionMask::all());
        config.platform.socClass = 0x485;
        config.options.checkPlatformScope = check;
        AdacDevice device(config, makeSeededRandom(17));
        Host host{device};
        QVERIFY(host.authStart().has_value());
        QCOMPARE(int(host.respond(certificateTlv(c)).status), status);
        if (check)
            QCOMPARE(qs(device.lastRejection()->code), QStringLiteral("da.cert.scope-soc-class"));
    }

    // The same exchange, one mailbox word at a time.
    void wordLevelExchange() {
        const auto creds = credentialsFrom("generated");
        QVERIFY(creds.has_value());
        AdacDevice device(certificateDevice(creds->rootHash, creds->obkMask), makeSeededRandom(18));
        int earlyReplies = 0;
        auto exchange = [&](const AdacRequest& request) {
            std::vector<std::uint32_t> reply;
            for (auto w : toWords(encodeRequest(request))) {
                earlyReplies += reply.empty() ? 0 : 1;  // answered before the request was complete
                reply = device.receiveWord(w);
            }
            return decodeResponse(fromWords(reply));
        };
        auto started = exchange(makeRequest(AdacCommand::AuthStart));
        QVERIFY(started.ok());
        const ChallengeVector challenge = decodeChallenge(started->data).value().vector;
        for (const auto& c : creds->chain.certificates)
            QCOMPARE(int(exchange(makeRequest(AdacCommand::AuthResponse, certificateTlv(c)))->status),
                     int(AdacStatus::NeedMoreData));
        auto done = exchange(makeRequest(AdacCommand::AuthResponse,
                                         tokenTlv(buildToken(kFullRegression, challenge, *creds->leaf))));
        QVERIFY(done.ok());
        QCOMPARE(int(done->status), 0);
        QVERIFY(device.grant().has_value());
        QCOMPARE(earlyReplies, 0);
        QVERIFY(device.receiveWord(0x00010000).empty());  // the loop has ended
    }
};

QTEST_GUILESS_MAIN(TestAdacDevice)
#include "test_adac_device.moc"
