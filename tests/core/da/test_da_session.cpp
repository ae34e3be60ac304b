// The host's DA session (core/auth/da_session.h) against lab boards through the ordinary
// ST-LINK driver: one reset for discovery and authentication, Closed -> Open with
// certificates and with a password, debug re-open, "NRST not effective" on the first field
// report's board, and every negative row naming its step and cause.

#include <QtTest>

#include <fstream>

#include "core/auth/da_session.h"
#include "core/auth/password.h"
#include "core/device/catalog.h"
#include "core/sim/lab/da_boot_rom.h"
#include "support/lab_probe_rig.h"

using namespace rescue;
namespace fs = std::filesystem;

namespace {

const fs::path kCredentials = fs::path(RESCUE_SOURCE_DIR) / "resources/credentials";

std::string describe(const Error& e) {
    return e.describe();
}

std::string evidence(const Error& e, std::string_view name) {
    for (const auto& ev : e.evidence)
        if (ev.name == name)
            return ev.value;
    return {};
}

std::shared_ptr<const device::Catalog> catalog() {
    return device::sharedCatalog().value();
}

sim::Scenario scenario(const QString& name, bool forceNrstWired) {
    auto sc = sim::loadScenarioByNameOrPath(name.toStdString()).value();
    sc.seed = 7;
    if (forceNrstWired)
        sc.probe.nrstWired = true;
    return sc;
}

auth::CertificateCredentials certificates(const std::string& set, const std::string& keySet = {}) {
    auth::CertificateCredentials c;
    c.chain = auth::loadChainFile(kCredentials / set / "Certificates/cert_leaf_chain.b64").value().chain;
    c.leafKey = std::make_shared<auth::PrivateKey>(
        auth::PrivateKey::loadFile(kCredentials / (keySet.empty() ? set : keySet) / "Keys/key_3_leaf.pem")
            .value());
    return c;
}

auth::PasswordCredentials password(const std::string& file) {
    return {auth::loadPasswordFile(kCredentials / file).value().password};
}

// The driver with a tap on the mailbox: corrupts one word the chip sends once armed.
class TappedProbe final : public probe::DebugProbe {
public:
    explicit TappedProbe(probe::DebugProbe& inner) : m_inner(inner) {}
    std::uint32_t deviceAddress = 0;
    int corruptAfter = -1;  // reads of DBG_AUTH_DEVICE still to pass before the corrupted one
    std::uint32_t corruptWith = 0x7FFFFFF0;

    const probe::ProbeInfo& info() const override { return m_inner.info(); }
    probe::ProbeCapabilities capabilities() const override { return m_inner.capabilities(); }
    Clock& clock() override { return m_inner.clock(); }
    Result<std::uint32_t> attach() override { return m_inner.attach(); }
    Status detach() override { return m_inner.detach(); }
    Result<double> targetVoltage() override { return m_inner.targetVoltage(); }
    Result<std::uint32_t> setSwdFrequency(std::uint32_t k) override { return m_inner.setSwdFrequency(k); }
    Status driveNrst(probe::NrstDrive d) override { return m_inner.driveNrst(d); }
    Result<std::uint32_t> readDp(std::uint16_t a) override { return m_inner.readDp(a); }
    Status writeDp(std::uint16_t a, std::uint32_t v) override { return m_inner.writeDp(a, v); }
    Result<std::uint32_t> readAp(std::uint8_t ap, std::uint16_t a) override { return m_inner.readAp(ap, a); }
    Status writeAp(std::uint8_t ap, std::uint16_t a, std::uint32_t v) override {
        return m_inner.writeAp(ap, a, v);
    }
    Result<Bytes> readMemory(std::uint8_t ap, std::uint32_t address, std::size_t length,
                             probe::AccessWidth width) override {
        auto r = m_inner.readMemory(ap, address, length, width);
        if (r && ap == 0 && address == deviceAddress && length == 4 && corruptAfter >= 0 &&
            corruptAfter-- == 0) {
            Bytes b;
            appendLe32(b, corruptWith);
            return b;
        }
        return r;
    }
    Status writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data,
                       probe::AccessWidth width) override {
        return m_inner.writeMemory(ap, address, data, width);
    }
    probe::ProbeCounters counters() const override { return m_inner.counters(); }

private:
    probe::DebugProbe& m_inner;
};

}  // namespace

class TestDaSession : public QObject {
    Q_OBJECT

private slots:
    // Closed -> Open (or re-opened debug) in ONE reset: open, discovery, authentication.
    void oneResetFromClosed_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("credentials");  // cert:<set> | password:<file>
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("stateAfter");
        QTest::newRow("H563 certificate, full regression") << "h563-closed-da"
                                                           << "cert:h5"
                                                           << "full-regression"
                                                           << "open";
        QTest::newRow("H563 certificate, debug re-open NS level 3") << "h563-closed-da"
                                                                    << "cert:h5"
                                                                    << "debug-ns-l3"
                                                                    << "closed";
        // Partial regression passes through the transient NS-Regression and settles in TZ-Closed.
        QTest::newRow("H563 certificate, partial regression") << "h563-closed-da"
                                                              << "cert:h5"
                                                              << "partial-regression"
                                                              << "tz-closed";
        QTest::newRow("H563 certificate, permission as a bit number") << "h563-closed-da"
                                                                      << "cert:h5"
                                                                      << "14"
                                                                      << "open";
        QTest::newRow("H7S7 certificate (NRST wired), full regression") << "h7s78-closed-nrst-unwired"
                                                                        << "cert:h7rs"
                                                                        << "full-regression"
                                                                        << "open";
        QTest::newRow("H503 password, ST's TLV file") << "h503-closed-password"
                                                      << "password:h503/da_password.bin"
                                                      << "full-regression"
                                                      << "open";
        QTest::newRow("H503 password, raw file") << "h503-closed-password"
                                                 << "password:h503/user_password.bin"
                                                 << "full-regression"
                                                 << "open";
    }
    void oneResetFromClosed() {
        QFETCH(QString, scenario);
        QFETCH(QString, credentials);
        QFETCH(QString, permission);
        QFETCH(QString, stateAfter);
        auto rig = testsupport::LabProbeRig::create(::scenario(scenario, true));
        QVERIFY2(rig.ok(), rig.ok() ? "" : describe(rig.error()).c_str());
        auto& r = **rig;
        std::vector<std::string> steps;
        auth::DaSessionOptions options;
        options.observer = [&](const auth::DaProgress& p) {
            if (p.phase == auth::DaProgress::Phase::Done)
                steps.emplace_back(auth::stepId(p.step));
        };
        auth::DaSession session(*r.probe, catalog(), options);
        const Status opened = session.open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : describe(opened.error()).c_str());
        auto discovery = session.discover();
        QVERIFY2(discovery.ok(), discovery.ok() ? "" : describe(discovery.error()).c_str());
        // As CubeProgrammer prints it.
        bool closedShown = false;
        for (const auto& line : discovery->lines)
            closedShown =
                closedShown || (line.label == "PSA lifecycle" && line.value == "ST_LIFECYCLE_CLOSED");
        QVERIFY(closedShown);
        QVERIFY(!discovery->raw.empty());
        // A password chip (H503) may list no permission; a certificate chip lists its mask.
        if (credentials.startsWith("cert:"))
            QVERIFY(!discovery->offered.empty());

        auto requested = session.permissionFromText(permission.toStdString());
        QVERIFY2(requested.ok(), requested.ok() ? "" : describe(requested.error()).c_str());
        auth::DaCredentials creds;
        const std::string c = credentials.toStdString();
        if (c.starts_with("cert:"))
            creds = certificates(c.substr(5));
        else
            creds = password(c.substr(9));
        auto outcome = session.authenticate(creds, *requested);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : describe(outcome.error()).c_str());
        QCOMPARE(QString::fromStdString(outcome->stateAfter), stateAfter);
        QVERIFY(outcome->ap1Open);
        QCOMPARE(QString::fromStdString(r.state()), stateAfter);
        // One reset: the ROM served one session for discovery and authentication.
        auto* rom = dynamic_cast<sim::lab::DaBootRom*>(r.board().chip().bootRomService());
        QVERIFY(rom);
        QCOMPARE(rom->sessions(), 1u);
        // The observer saw the steps in order.
        const std::vector<std::string> head{"assert-reset",  "connect",           "find-mailbox",
                                            "write-request", "release-reset",     "await-opening",
                                            "discovery",     "check-credentials", "auth-start"};
        QVERIFY(steps.size() > head.size());
        QCOMPARE(std::vector<std::string>(steps.begin(), steps.begin() + long(head.size())), head);
        QCOMPARE(steps.back(), std::string("verify-state"));
        QVERIFY(session.roundTrips() > 0);
    }

    // The first field report's board: the probe's NRST reaches nothing.
    // After a full regression the chip is Open with its DA configuration erased: a second
    // authentication is refused, and the session says the chip is Open (a user who lost the
    // first session's answer to a pulled cable otherwise reads "wrong root" and hunts for keys).
    void aRegressedChipIsSaidOpenNotWrongRoot() {
        auto rig = testsupport::LabProbeRig::create(::scenario("h563-closed-da", true));
        QVERIFY2(rig.ok(), rig.ok() ? "" : describe(rig.error()).c_str());
        auto& r = **rig;
        {
            auth::DaSession first(*r.probe, catalog());
            QVERIFY(first.open().ok());
            auto mask = first.permissionFromText("full-regression");
            QVERIFY(mask.ok());
            auto outcome = first.authenticate(certificates("h5"), *mask);
            QVERIFY2(outcome.ok(), outcome.ok() ? "" : describe(outcome.error()).c_str());
            QCOMPARE(QString::fromStdString(r.state()), QStringLiteral("open"));
        }
        auth::DaSession again(*r.probe, catalog());
        const Status opened = again.open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : describe(opened.error()).c_str());
        auto mask = again.permissionFromText("full-regression");
        QVERIFY(mask.ok());
        auto outcome = again.authenticate(certificates("h5"), *mask);
        QVERIFY(!outcome.ok());
        QCOMPARE(QString::fromStdString(outcome.error().code), QStringLiteral("da.chip-open"));
        QVERIFY2(outcome.error().message.find("Open") != std::string::npos, outcome.error().message.c_str());
    }

    // Cancel stops a session before the next step that sends something, never after the
    // credentials: stopped before the challenge, the chip is still Closed and a new session
    // regresses it as if nothing had happened.
    void cancelStopsBeforeTheCredentialsAreSent_data() {
        QTest::addColumn<int>("stopAtAsk");  // the n-th stop point answers "stop"
        QTest::addColumn<QString>("stepTitle");
        QTest::newRow("before connecting") << 1 << "Connecting to the debug port";
        QTest::newRow("before discovery") << 2 << "Discovery";
        QTest::newRow("before the challenge") << 3 << "Requesting a challenge";
        QTest::newRow("before the first certificate") << 4 << "Sending a certificate";
    }
    void cancelStopsBeforeTheCredentialsAreSent() {
        QFETCH(int, stopAtAsk);
        QFETCH(QString, stepTitle);
        auto rig = testsupport::LabProbeRig::create(::scenario("h563-closed-da", true));
        QVERIFY(rig.ok());
        auto& r = **rig;
        int asked = 0;
        auth::DaSessionOptions options;
        options.stopRequested = [&] { return ++asked >= stopAtAsk; };
        auth::DaSession session(*r.probe, catalog(), options);
        auto run = [&]() -> Status {
            if (Status s = session.open(); !s)
                return s;
            auto mask = session.permissionFromText("full-regression");
            if (!mask)
                return mask.error();
            auto outcome = session.authenticate(certificates("h5"), *mask);
            return outcome ? Status{} : Status{outcome.error()};
        };
        const Status s = run();
        QVERIFY(!s.ok());
        QCOMPARE(QString::fromStdString(s.error().code), QStringLiteral("da.cancelled"));
        QCOMPARE(QString::fromStdString(evidence(s.error(), "step")), stepTitle);
        QCOMPARE(QString::fromStdString(r.state()), QStringLiteral("closed"));

        auth::DaSession again(*r.probe, catalog());
        QVERIFY(again.open().ok());
        auto mask = again.permissionFromText("full-regression");
        QVERIFY(mask.ok());
        auto outcome = again.authenticate(certificates("h5"), *mask);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : describe(outcome.error()).c_str());
        QCOMPARE(QString::fromStdString(r.state()), QStringLiteral("open"));
    }

    void nrstNotEffectiveIsSaidQuickly() {
        auto rig = testsupport::LabProbeRig::create(scenario("h7s78-closed-nrst-unwired", false));
        QVERIFY(rig.ok());
        auth::DaSession session(*(*rig)->probe, catalog());
        const auto start = (*rig)->clock->now();
        const Status opened = session.open();
        QVERIFY(!opened.ok());
        QCOMPARE(QString::fromStdString(opened.error().code), QStringLiteral("da.nrst-not-effective"));
        QVERIFY(opened.error().message.find("NRST not effective") != std::string::npos);
        QCOMPARE(QString::fromStdString(evidence(opened.error(), "step")),
                 QStringLiteral("Waiting for the chip's answer"));
        // Within the catalog's reply budget (1 s), not a hang or a retry loop.
        QVERIFY(toMilliseconds((*rig)->clock->now() - start) < 1500);
        QVERIFY(!opened.error().hint.empty());
    }

    // The wizard's manual path: the person holds RESET, the request goes in, RESET released.
    void manualResetPieces() {
        auto rig = testsupport::LabProbeRig::create(scenario("h7s78-closed-nrst-unwired", false));
        QVERIFY(rig.ok());
        auto& r = **rig;
        auth::DaSession session(*r.probe, catalog());
        r.board().pressResetButton();
        QVERIFY(session.connect(false).ok());
        QVERIFY(session.writeRequest().ok());
        r.board().releaseResetButton();
        const Status opened = session.awaitOpening(std::chrono::seconds(5));
        QVERIFY2(opened.ok(), opened.ok() ? "" : describe(opened.error()).c_str());
        QVERIFY(session.discover().ok());
        QCOMPARE(session.family()->id, std::string("stm32h7rs"));
    }

    void failuresNameStepAndCause_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("step");
        QTest::newRow("wrong key") << "h563-closed-da"
                                   << "wrong-key"
                                   << "full-regression"
                                   << "da.key-mismatch"
                                   << "Checking the credentials";
        QTest::newRow("chain order swapped") << "h563-closed-da"
                                             << "swapped"
                                             << "full-regression"
                                             << "da.chain-order"
                                             << "Checking the credentials";
        QTest::newRow("truncated chain") << "h563-closed-da"
                                         << "truncated"
                                         << "full-regression"
                                         << "da.chain-truncated"
                                         << "Checking the credentials";
        QTest::newRow("wrong root (another set's chain)") << "h7s78-closed-nrst-unwired"
                                                          << "foreign-root"
                                                          << "full-regression"
                                                          << "da.root-mismatch"
                                                          << "Sending a certificate";
        // Bit 12 is in the lab's H7RS certificates but not in the chip's provisioned mask.
        QTest::newRow("permission outside the mask") << "h7s78-closed-nrst-unwired"
                                                     << "h7rs"
                                                     << "12"
                                                     << "da.permission-not-offered"
                                                     << "Checking the credentials";
        QTest::newRow("wrong password") << "h503-closed-password"
                                        << "wrong-password"
                                        << "full-regression"
                                        << "da.password-refused"
                                        << "Sending the password";
        QTest::newRow("corrupted TLVs from the chip") << "h563-closed-da"
                                                      << "corrupt"
                                                      << "full-regression"
                                                      << "da.corrupt-reply"
                                                      << "Discovery";
        QTest::newRow("chip silent mid-session") << "h563-closed-da"
                                                 << "silent"
                                                 << "full-regression"
                                                 << "da.chip-silent"
                                                 << "Sending a certificate";
    }
    void failuresNameStepAndCause() {
        QFETCH(QString, scenario);
        QFETCH(QString, variant);
        QFETCH(QString, permission);
        QFETCH(QString, code);
        QFETCH(QString, step);
        auto rig = testsupport::LabProbeRig::create(::scenario(scenario, true));
        QVERIFY(rig.ok());
        auto& r = **rig;
        TappedProbe tap(*r.probe);
        auth::DaSessionOptions options;
        int certificatesSeen = 0;
        options.observer = [&](const auth::DaProgress& p) {
            if (variant == "corrupt" && p.step == auth::DaStep::Discovery &&
                p.phase == auth::DaProgress::Phase::Started)
                tap.corruptAfter = 3;  // header (2 words), then the first TLV's header, then its length
            if (variant == "silent" && p.step == auth::DaStep::Certificate &&
                p.phase == auth::DaProgress::Phase::Started && ++certificatesSeen == 2)
                r.board().pressResetButton();  // the board is reset in the middle of the exchange
        };
        auth::DaSession session(tap, catalog(), options);
        QVERIFY(session.open().ok());
        tap.deviceAddress = 0;
        if (const auto* f = session.family())
            tap.deviceAddress = f->dbgmcu.address("DBG_AUTH_DEVICE", device::DbgmcuMap::Side::Ap0).value();
        auth::DaCredentials creds;
        if (scenario == "h503-closed-password") {
            const std::string wrong = "not-the-password";
            creds = auth::PasswordCredentials{auth::SecretBytes(
                ByteView(reinterpret_cast<const std::uint8_t*>(wrong.data()), wrong.size()))};
        } else if (scenario == "h563-closed-da") {
            auto c = certificates("h5", variant == "wrong-key" ? "h7rs" : "");
            if (variant == "swapped")
                std::swap(c.chain.certificates.front(), c.chain.certificates.back());
            if (variant == "truncated")
                c.chain.certificates.pop_back();
            creds = c;
        } else {
            creds = certificates(variant == "foreign-root" ? "h5" : "h7rs");
        }
        Error error;
        auto discovery = session.discover();
        if (!discovery) {
            error = discovery.error();
        } else {
            auto requested = session.permissionFromText(permission.toStdString());
            QVERIFY(requested.ok());
            auto outcome = session.authenticate(creds, *requested);
            QVERIFY(!outcome.ok());
            error = outcome.error();
        }
        QVERIFY2(error.code == code.toStdString(), describe(error).c_str());
        QCOMPARE(QString::fromStdString(evidence(error, "step")), step);
        QVERIFY(!error.hint.empty());
        QVERIFY(error.message.ends_with("."));
        QCOMPARE(QString::fromStdString(r.state()), QStringLiteral("closed"));
    }

    // A token signed over the previous AUTH_START's challenge, and one sent after the chip
    // stopped waiting.
    void staleAndExpiredChallenges_data() {
        QTest::addColumn<bool>("expired");
        QTest::addColumn<QString>("code");
        QTest::newRow("stale challenge") << false << "da.stale-challenge";
        QTest::newRow("expired challenge") << true << "da.challenge-expired";
    }
    void staleAndExpiredChallenges() {
        QFETCH(bool, expired);
        QFETCH(QString, code);
        auto rig = testsupport::LabProbeRig::create(scenario("h563-closed-da", true));
        QVERIFY(rig.ok());
        auto& r = **rig;
        auth::DaSession session(*r.probe, catalog());
        QVERIFY(session.open().ok());
        QVERIFY(session.discover().ok());
        const auto creds = certificates("h5");
        auto first = session.authStart();
        QVERIFY(first.ok());
        auto current = first;
        if (!expired) {
            current = session.authStart();
            QVERIFY(current.ok());
            QVERIFY(current->vector != first->vector);  // every AUTH_START is fresh
        } else {
            r.clock->advance(std::chrono::seconds(3));  // longer than the ROM's idle-host timeout
        }
        const auto& certs = creds.chain.certificates;
        Status s;
        for (std::size_t i = 0; i < certs.size() && s.ok(); ++i)
            s = session.sendCertificate(certs[i], i, certs.size());
        if (s.ok()) {
            const auto token =
                auth::buildToken(auth::PermissionMask::fromBits({14}), first->vector, *creds.leafKey);
            s = session.sendToken(token, first->vector);
        }
        QVERIFY(!s.ok());
        QVERIFY2(s.error().code == code.toStdString(), describe(s.error()).c_str());
        QCOMPARE(QString::fromStdString(r.state()), QStringLiteral("closed"));
    }

    // Discovery alone: the chip is left to boot on its own.
    void discoveryAlone() {
        auto rig = testsupport::LabProbeRig::create(scenario("h563-closed-da", false));
        QVERIFY(rig.ok());
        auth::DaSession session(*(*rig)->probe, catalog());
        QVERIFY(session.open().ok());
        auto d = session.discover();
        QVERIFY(d.ok());
        QCOMPARE(d->parsed.info.socClass.value_or(0), 0x484u);
        QCOMPARE(d->parsed.info.stIntegrity.value_or(0), auth::kStIntegrityProvisioned);
        QCOMPARE(QString::fromStdString(d->offered.front().id), QStringLiteral("full-regression"));
    }
};

QTEST_GUILESS_MAIN(TestDaSession)
#include "test_da_session.moc"
