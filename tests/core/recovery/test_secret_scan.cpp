// The secrets scan (issue 8, "Secrets"): full wizard recoveries of lab boards with Debug
// Authentication, with key, passphrase and password material this suite generates, and every
// byte the run leaves behind searched for it (tests/secret_scan.h): the engine's journal and
// events, the wizard's report (text and JSON), a support bundle, the errors of the failing
// paths (wrong passphrase, rejected password) and the lab's side: the ST-LINK server's trace
// (the recovery runs through a ServerDispatcher), the board's saved state and its snapshot.
//
// The material is known: a seeded credential set for an H5 board (root, intermediate, leaf;
// the leaf key also stored encrypted under a passphrase) and a 14-byte password (its last
// mailbox word padded). Before scanning, the suite checks the scan finds each of them in the
// files that hold them, so an empty result means something.

#include <algorithm>
#include <fstream>
#include <iterator>
#include <mutex>

#include <QTemporaryDir>
#include <QtTest>

#include "core/auth/certificate_chain.h"
#include "core/auth/credential_generator.h"
#include "core/auth/password.h"
#include "core/device/catalog.h"
#include "core/engine/engine.h"
#include "core/engine/event.h"
#include "core/probe/stlink/stlink_probe.h"
#include "core/probe/stlink/stlink_tcp_protocol.h"
#include "core/recovery/support_bundle.h"
#include "core/recovery/wizard.h"
#include "core/sim/lab/lab_bench_probe.h"
#include "core/sim/lab/lab_instance.h"
#include "core/sim/lab/lab_snapshot.h"
#include "core/sim/lab/simulated_operator.h"
#include "core/sim/stlink/server_dispatcher.h"
#include "secret_material.h"
#include "secret_scan.h"

using namespace rescue;
namespace fs = std::filesystem;

namespace {

// The driver's ST-LINK commands through the lab's ST-LINK server dispatcher (in process, as
// SEND_USB_CMD requests), so the server's trace sees the whole recovery as it would over TCP.
class DispatcherLink final : public probe::stlink::StlinkLink {
public:
    DispatcherLink(sim::stlink::ServerDispatcher& server, std::uint32_t connectId)
        : m_server(server), m_connectId(connectId) {}

    Result<Bytes> transact(const probe::stlink::Request& request, std::chrono::milliseconds) override {
        namespace tcp = probe::stlink::tcp;
        ++m_roundTrips;
        const bool write = request.phase() == probe::stlink::DataPhase::Out;
        const std::size_t size = write ? request.dataOut.size() : request.replyLength;
        Bytes wire{tcp::cmd::kSendUsbCmd, 0, 0, 0};
        appendLe32(wire, m_connectId);
        wire.insert(wire.end(), request.block.begin(), request.block.end());
        wire.push_back(static_cast<std::uint8_t>(write ? tcp::Direction::Write : tcp::Direction::Read));
        wire.insert(wire.end(), {0, 0, 0});
        appendLe32(wire, static_cast<std::uint32_t>(size));
        if (write)
            wire.insert(wire.end(), request.dataOut.begin(), request.dataOut.end());
        const Bytes reply = m_server.handle(kClient, wire);
        if (reply.size() < 4 || readLe32(reply, 0) != tcp::status::kOk)
            return makeError("probe.transport", "The lab's ST-LINK server did not answer OK.");
        return Bytes(reply.begin() + 4, reply.end());
    }
    std::uint64_t roundTrips() const override { return m_roundTrips; }

    static constexpr sim::stlink::ServerDispatcher::ClientId kClient = 1;

private:
    sim::stlink::ServerDispatcher& m_server;
    std::uint32_t m_connectId;
    std::uint64_t m_roundTrips = 0;
};

// One lab board behind the dispatcher, the driver on top, the RESET button within reach.
struct ServedBoard {
    std::shared_ptr<VirtualClock> clock = std::make_shared<VirtualClock>();
    std::unique_ptr<sim::lab::LabInstance> lab;
    sim::stlink::ServerDispatcher server;
    std::mutex traceMutex;
    std::string trace;
    std::unique_ptr<probe::DebugProbe> probe;

    Status open(const sim::Scenario& scenario) {
        auto created = sim::lab::LabInstance::create(scenario, clock);
        if (!created)
            return std::move(created).error();
        lab = std::move(*created);
        server.setTraceSink([this](const std::string& line) {
            std::lock_guard lock(traceMutex);
            trace += line + '\n';
        });
        if (Status s = server.addProbe(lab->probe()); !s)
            return s;
        namespace tcp = probe::stlink::tcp;
        Bytes openDev{tcp::cmd::kOpenDev, 0, 0, 0};
        appendLe32(openDev, 0x1234);  // the dispatcher's first device id
        const Bytes opened = server.handle(DispatcherLink::kClient, openDev);
        if (opened.size() < 8 || readLe32(opened, 0) != tcp::status::kOk)
            return makeError("test.open-dev", "OPEN_DEV failed.");
        probe::ProbeInfo info;
        info.uri = "lab:" + scenario.name;
        info.transport = "lab";
        info.model = scenario.probe.model;
        info.serial = lab->probeSerial();
        auto driver = probe::stlink::StlinkProbe::open(
            std::make_unique<DispatcherLink>(server, readLe32(opened, 4)), info, clock);
        if (!driver)
            return std::move(driver).error();
        probe = sim::lab::withLabBench(std::move(*driver), lab->board());
        return {};
    }
};

}  // namespace

class TestSecretScan : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    testsupport::SecretMaterial m;
    testsupport::SecretScan& m_scan = m.scan;

    static std::string readAll(const fs::path& file) { return testsupport::SecretMaterial::readAll(file); }
    static ByteView view(const std::string& s) { return testsupport::SecretMaterial::view(s); }

    // Every output of one wizard run (and of the lab under it), each with its name.
    struct RunOutputs {
        std::vector<std::pair<std::string, std::string>> texts;
        std::vector<fs::path> trees;
        std::optional<recovery::WizardOutcome> outcome;
        std::optional<Error> error;
    };

    RunOutputs runWizard(const sim::Scenario& sc, const recovery::WizardOptions& baseOptions,
                         const std::vector<std::string>& secretFiles, const std::string& tag) {
        RunOutputs out;
        ServedBoard board;
        if (Status s = board.open(sc); !s) {
            out.error = s.error();
            return out;
        }
        const fs::path root = m.dir / ("run-" + tag);
        engine::EngineOptions eo;
        eo.clock = board.clock;
        eo.journalDir = root / "journals";
        engine::Engine engine(eo);
        std::mutex eventsMutex;
        std::string events;
        const int listener = engine.addListener([&](const engine::Event& e) {
            std::lock_guard lock(eventsMutex);
            events += engine::toJsonLine(e) + '\n';
        });
        // Answers the wizard's confirmations as a person at the bench would.
        sim::lab::SimulatedOperator person(engine, *board.probe->labBench(), *board.clock, 7);
        recovery::WizardOptions options = baseOptions;
        options.memoryFile = root / "memory.json";
        const auto session = engine.openSession("wizard");
        auto outcome =
            recovery::runWizardJob(engine, session, *board.probe, device::sharedCatalog().value(), options);
        engine.removeListener(listener);
        if (outcome) {
            out.outcome = *outcome;
            out.texts.emplace_back("report.txt", recovery::reportText(*outcome));
            out.texts.emplace_back("wizard.json", recovery::toJson(*outcome).dump(2));
            recovery::SupportBundleInput in;
            in.outcome = &*outcome;
            in.journalFile = engine.journalPath();
            for (const auto& f : secretFiles)
                in.secretFiles.push_back(f);
            if (auto written = recovery::writeSupportBundle(in, root / "bundle"); !written)
                out.texts.emplace_back("bundle error", written.error().describe());
        } else {
            out.error = outcome.error();
            out.texts.emplace_back("wizard error", outcome.error().describe());
        }
        {
            std::lock_guard lock(eventsMutex);
            out.texts.emplace_back("events", events);
        }
        {
            std::lock_guard lock(board.traceMutex);
            out.texts.emplace_back("ST-LINK server trace", board.trace);
        }
        out.texts.emplace_back("lab board state", board.lab->boardState().dump(2));
        out.texts.emplace_back("lab snapshot", sim::lab::labSnapshot(*board.lab).dump(2));
        out.trees.push_back(root);
        return out;
    }

    QStringList findings(const RunOutputs& run) {
        QStringList out;
        for (const auto& [name, text] : run.texts)
            for (const auto& f : m_scan.findIn(name, text))
                out << QString::fromStdString(f);
        for (const auto& tree : run.trees)
            for (const auto& f : m_scan.findInTree(tree))
                out << QString::fromStdString(f);
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m.generate(m_dir.path().toStdString()));
        QVERIFY(m.leafPem.find("PRIVATE KEY") != std::string::npos);
    }

    // The scan finds every secret where it is known to be: an empty finding list later means
    // the secret is absent, not that the scan is blind.
    void scanFindsTheMaterial_data() {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QByteArray>("text");
        const auto scalar = testsupport::SecretScan::scalarOf(
            testsupport::SecretScan::unbase64(QByteArray::fromStdString(m.leafPem)
                                                  .replace("-----BEGIN PRIVATE KEY-----", "")
                                                  .replace("-----END PRIVATE KEY-----", "")
                                                  .toStdString()));
        QVERIFY(scalar);
        const QByteArray pw = QByteArray::fromStdString(m.password);
        QTest::newRow("key file") << "leaf key PEM line" << QByteArray::fromStdString(m.leafPem);
        QTest::newRow("scalar hex, upper, ':'")
            << "leaf key scalar hex ':'"
            << QByteArray::fromStdString(testsupport::SecretScan::hex(*scalar, ":")).toUpper();
        QTest::newRow("scalar in base64 at offset 1")
            << "leaf key scalar base64@1" << ("x" + QByteArray::fromStdString(*scalar)).toBase64();
        QTest::newRow("password raw") << "password raw" << QByteArray("pwd=" + pw);
        QTest::newRow("password hex with spaces") << "password hex ' '" << pw.toHex(' ');
        QTest::newRow("password base64") << "password base64@0" << pw.toBase64();
        const quint32 word1 = quint32(quint8(pw[4])) | quint32(quint8(pw[5])) << 8 |
                              quint32(quint8(pw[6])) << 16 | quint32(quint8(pw[7])) << 24;
        QTest::newRow("password mailbox word as a number")
            << "password mailbox word 1 (value)"
            << QByteArray("write DBG_AUTH_HOST = 0x") + QByteArray::number(word1, 16).rightJustified(8, '0');
        QTest::newRow("password last word, zero padded")
            << "password mailbox word 3 (value)"
            << QByteArray("0x0000") + pw.mid(12, 2).toHex().right(2) + pw.mid(12, 1).toHex();
        QTest::newRow("passphrase file")
            << "passphrase raw" << QByteArray::fromStdString(readAll(m.passphraseFile));
    }
    void scanFindsTheMaterial() {
        QFETCH(QString, form);
        QFETCH(QByteArray, text);
        const auto found = m_scan.findIn("planted", text.toStdString());
        QStringList labels;
        for (const auto& f : found)
            labels << QString::fromStdString(f);
        QVERIFY2(labels.join('\n').contains(form), qPrintable(labels.join('\n')));
    }

    // Full recoveries: each ends Open and erasable, and nothing it wrote holds a secret.
    void recoveryLeavesNoSecret_data() {
        QTest::addColumn<QString>("route");
        QTest::newRow("certificate, plain PKCS#8 key") << "certificate";
        QTest::newRow("certificate, encrypted key and passphrase") << "encrypted";
        QTest::newRow("password (14 bytes, last mailbox word padded)") << "password";
    }
    void recoveryLeavesNoSecret() {
        QFETCH(QString, route);
        recovery::WizardOptions options;
        std::vector<std::string> secretFiles;
        sim::Scenario sc;
        if (route == "password") {
            sc = sim::loadScenarioFile(m.passwordScenario).value();
            options.password =
                auth::PasswordCredentials{auth::loadPasswordFile(m.passwordFile).value().password};
            secretFiles = {m.passwordFile.string()};
        } else {
            sc = sim::loadScenarioFile(m.certificateScenario).value();
            const fs::path keyFile = route == "encrypted" ? m.encryptedLeafKey : m.leafKey;
            auth::PassphraseProvider provider;
            if (route == "encrypted")
                provider = [this](const std::string&) {
                    return std::optional<auth::SecretBytes>(auth::SecretBytes(view(m.passphrase)));
                };
            auto key = auth::PrivateKey::loadFile(keyFile, provider);
            QVERIFY2(key, key ? "" : key.error().describe().c_str());
            options.certificate =
                auth::CertificateCredentials{auth::loadChainFile(m.chain).value().chain,
                                             std::make_shared<auth::PrivateKey>(std::move(*key))};
            secretFiles = {keyFile.string(), m.chain.string()};
        }
        const RunOutputs run = runWizard(sc, options, secretFiles, route.toStdString());
        QVERIFY2(run.outcome, run.error ? run.error->describe().c_str() : "no outcome");
        QVERIFY2(run.outcome->openAndErasable, recovery::reportText(*run.outcome).c_str());
        // The run did what it says: DA happened (the trace saw the mailbox) and was journalled.
        const auto trace = std::find_if(run.texts.begin(), run.texts.end(),
                                        [](const auto& t) { return t.first == "ST-LINK server trace"; });
        QVERIFY(trace != run.texts.end() && trace->second.size() > 1000);
        QVERIFY(fs::exists(m.dir / ("run-" + route.toStdString()) / "bundle/journal.jsonl"));
        const QStringList leaks = findings(run);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
    }

    // A password in SecretBytes is overwritten before its memory is released, also after a
    // copy and through the loader's LoadedPassword.
    void secretBytesAreWipedWhenDropped() {
        static std::vector<std::vector<std::uint8_t>> seen;
        seen.clear();
        auth::setSecretWipeObserver(
            [](const std::uint8_t* data, std::size_t size) { seen.emplace_back(data, data + size); });
        {
            auth::SecretBytes secret(view(m.password));
            const auth::SecretBytes copy = secret;
            QVERIFY(copy.equals(view(m.password)));
            auto loaded = auth::loadPasswordFile(m.passwordFile);
            QVERIFY(loaded);
        }
        auth::setSecretWipeObserver(nullptr);
        // The original, its copy and the loaded one held the password (empty ones may go too).
        const auto holders = std::count_if(seen.begin(), seen.end(), [this](const auto& buffer) {
            return buffer.size() == m.password.size();
        });
        QVERIFY2(holders >= 3, qPrintable(QString::number(holders)));
        for (const auto& buffer : seen)
            QVERIFY(std::all_of(buffer.begin(), buffer.end(), [](std::uint8_t b) { return b == 0; }));
    }

    // The failing paths: their errors (message, evidence, hint) and everything the run wrote.
    void wrongPassphraseErrorHoldsNoSecret() {
        auto key = auth::PrivateKey::loadFile(m.encryptedLeafKey, [&](const std::string&) {
            return std::optional<auth::SecretBytes>(auth::SecretBytes(view(m.wrongPassphrase)));
        });
        QVERIFY(!key);
        QCOMPARE(QString::fromStdString(key.error().code), QStringLiteral("da.key.passphrase"));
        const auto leaks = m_scan.findIn("wrong passphrase error", key.error().describe());
        QVERIFY2(leaks.empty(), leaks.empty() ? "" : leaks.front().c_str());
    }

    void rejectedPasswordLeavesNoSecret() {
        const auto sc = sim::loadScenarioFile(m.passwordScenario).value();
        recovery::WizardOptions options;
        options.password =
            auth::PasswordCredentials{auth::loadPasswordFile(m.wrongPasswordFile).value().password};
        const RunOutputs run = runWizard(sc, options, {m.wrongPasswordFile.string()}, "rejected");
        // The board stays closed: the wizard says so (an outcome that is not a recovery, or an error).
        QVERIFY(!run.outcome || !run.outcome->openAndErasable);
        const QStringList leaks = findings(run);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "test_secret_scan.moc"
