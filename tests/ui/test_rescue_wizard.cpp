// The stuck-board wizard's GUI (ui/wizard) against lab boards, driven as a person drives it:
// choose the probe and credentials, read the checks and the verdict, run the plan, hold the
// lab board's RESET button with the mouse when asked, read the result. Lab boards run in real
// time (SteadyClock), as in the workbench; each test starts from the scenarios.
//
// RESCUE_WIZARD_SCREENSHOTS=DIR saves every page (PNG) while the tests run (under Xvfb for the
// real rendering).

#include <filesystem>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include "core/sim/lab/lab_store.h"
#include "ui/app_identity.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/probe_list_model.h"
#include "ui/wizard/checks_page.h"
#include "ui/wizard/manual_reset_panel.h"
#include "ui/wizard/plan_page.h"
#include "ui/wizard/rescue_wizard.h"
#include "ui/wizard/result_page.h"
#include "ui/wizard/steps_page.h"
#include "ui/wizard/verdict_page.h"
#include "ui/wizard/welcome_page.h"

using namespace rescue;

namespace {

constexpr int kListTimeoutMs = 30000;
constexpr int kRunTimeoutMs = 120000;

const QString kCreds = QStringLiteral(RESCUE_SOURCE_DIR "/resources/credentials/");

ui::DaCredentialFiles credentials(const QString& spec) {
    ui::DaCredentialFiles files;
    if (spec.startsWith(QLatin1String("cert:"))) {
        const QString dir = kCreds + spec.mid(5);
        files.method = ui::DaCredentialFiles::Method::Certificate;
        files.keyFile = (dir + QStringLiteral("/Keys/key_3_leaf.pem")).toStdString();
        files.chainFile = (dir + QStringLiteral("/Certificates/cert_leaf_chain.b64")).toStdString();
    } else if (spec.startsWith(QLatin1String("password:"))) {
        files.method = ui::DaCredentialFiles::Method::Password;
        files.passwordFile = (kCreds + spec.mid(9)).toStdString();
    }
    return files;
}

void screenshot(QWidget& w, const QString& name) {
    const QString dir = qEnvironmentVariable("RESCUE_WIZARD_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(150);  // let the layout settle
    w.grab().save(QDir(dir).filePath(QStringLiteral("wizgui-%1.png").arg(name)));
}

// The workbench's pieces for one board: the device panel (its probe list, session and
// workspace) and the wizard on top.
struct Bench {
    ui::EngineBridge bridge{[] {
        engine::EngineOptions o;
        o.journalDir =
            std::filesystem::path(qEnvironmentVariable("XDG_DATA_HOME").toStdString()) / "journals";
        return o;
    }()};
    ui::DevicePanel devices{bridge};
    std::unique_ptr<ui::RescueWizard> wizard;

    bool open(const QString& uri) {
        if (!QTest::qWaitFor([&] { return devices.probes()->rowOfUri(uri) >= 0; }, kListTimeoutMs))
            return false;
        if (!devices.selectUri(uri))
            return false;
        wizard = std::make_unique<ui::RescueWizard>(bridge, devices);
        wizard->show();
        return QTest::qWaitForWindowExposed(wizard.get()) && wizard->welcomePage()->probeUri() == uri;
    }

    // Next, once the page allows it.
    bool next(int expectPage, int timeoutMs = kRunTimeoutMs) {
        auto* page = wizard->currentPage();
        if (!QTest::qWaitFor([&] { return page->isComplete(); }, timeoutMs))
            return false;
        wizard->next();
        return wizard->currentId() == expectPage;
    }

    // Answers the steps' questions as a person at a lab board: confirm, hold the lab RESET
    // button with the mouse when asked to press, let go when asked to release.
    void playSteps(QStringList& seen, const QString& shotPrefix = {}) {
        auto* steps = wizard->stepsPage();
        auto* lab = steps->manualReset()->labButton();
        QDeadlineTimer deadline(kRunTimeoutMs);
        while (!wizard->ended() && !deadline.hasExpired()) {
            QTest::qWait(20);
            const auto prompt = steps->currentPrompt();
            if (!prompt)
                continue;
            const QString kind = QString::fromStdString(prompt->kind);
            const QString stage = steps->manualReset()->stage();
            seen << kind + (kind == QLatin1String("manual-reset") ? QLatin1Char(':') + stage : QString());
            if (kind == QLatin1String("confirm")) {
                if (!shotPrefix.isEmpty())
                    screenshot(*wizard, shotPrefix + QStringLiteral("confirm"));
                QTest::mouseClick(steps->confirmButton(), Qt::LeftButton);
            } else if (kind == QLatin1String("manual-reset") && stage == QLatin1String("press")) {
                if (!shotPrefix.isEmpty())
                    screenshot(*wizard, shotPrefix + QStringLiteral("manual-reset-press"));
                QVERIFY(lab->isVisible());
                QTest::mousePress(lab, Qt::LeftButton);
            } else if (kind == QLatin1String("manual-reset") && stage == QLatin1String("release")) {
                if (!shotPrefix.isEmpty())
                    screenshot(*wizard, shotPrefix + QStringLiteral("manual-reset-release"));
                QTest::mouseRelease(lab, Qt::LeftButton);
                QTest::qWait(100);
                if (!shotPrefix.isEmpty())
                    screenshot(*wizard, shotPrefix + QStringLiteral("manual-reset-listening"));
            } else {
                QFAIL(qPrintable(QStringLiteral("unexpected prompt %1").arg(kind)));
            }
            // Each prompt once: wait until it is gone before looking again.
            const auto id = prompt->id;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return !steps->currentPrompt() || steps->currentPrompt()->id != id || wizard->ended();
                },
                kRunTimeoutMs));
        }
    }
};

}  // namespace

class TestRescueWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY2(!qgetenv("XDG_DATA_HOME").isEmpty(), "CTest sets XDG_DATA_HOME to a scratch folder");
        QVERIFY2(!qgetenv("XDG_CONFIG_HOME").isEmpty(), "CTest sets XDG_CONFIG_HOME to a scratch folder");
    }

    // Every board starts from its scenario (what `rescue lab reset` does), with no recent files.
    void init() {
        std::error_code ignored;
        std::filesystem::remove_all(sim::lab::LabStore::defaultDirectory(), ignored);
        std::filesystem::remove(std::filesystem::path(qEnvironmentVariable("XDG_DATA_HOME").toStdString()) /
                                    "rescue-workbench/reset-strategies.json",
                                ignored);
        QSettings(QString::fromLatin1(ui::kOrganisationName), QString::fromLatin1(ui::kApplicationName))
            .clear();
    }

    // From the welcome page to the result, as a person goes through it.
    void runsToTheResult_data() {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("credentials");
        QTest::addColumn<bool>("simulated");
        QTest::addColumn<QString>("verdict");  // the first, from the checks
        QTest::addColumn<QString>("learned");  // a later one, from what the steps learned (or empty)
        QTest::addColumn<bool>("open");
        QTest::addColumn<int>("manualResets");
        QTest::newRow("field report 1: H7S7 Closed, NRST unwired, RESET held by the person")
            << "h7s78-closed-nrst-unwired"
            << "cert:h7rs" << false << "Debug closed"
            << "Closed, DA provisioned, NRST not wired" << true << 1;
        QTest::newRow("field report 1, the simulated operator at the button")
            << "h7s78-closed-nrst-unwired"
            << "cert:h7rs" << true << "Debug closed"
            << "Closed, DA provisioned, NRST not wired" << true << 1;
        QTest::newRow("field report 2: H533 TZ-Closed without DA")
            << "h533-tzclosed-no-da"
            << "" << false << "TZ-Closed"
            << "TZ-Closed, no DA provisioned" << false << 0;
        QTest::newRow("healthy H563") << "h563-open-healthy"
                                      << "" << false << "Open, healthy"
                                      << "" << true << 0;
    }

    void runsToTheResult() {
        QFETCH(QString, scenario);
        QFETCH(QString, credentials);
        QFETCH(bool, simulated);
        QFETCH(QString, verdict);
        QFETCH(QString, learned);
        QFETCH(bool, open);
        QFETCH(int, manualResets);
        const bool shots = scenario == QLatin1String("h7s78-closed-nrst-unwired") && !simulated;
        const QString shotPrefix = shots ? QString() : QStringLiteral("%1-").arg(scenario);

        Bench b;
        QVERIFY(b.open(QStringLiteral("lab:") + scenario));
        auto* welcome = b.wizard->welcomePage();
        if (!credentials.isEmpty())
            welcome->setCredentialFiles(::credentials(credentials));
        QVERIFY(welcome->simulatedOperatorBox()->isEnabled());  // a lab board
        welcome->setSimulatedOperator(simulated);
        if (shots)
            screenshot(*b.wizard, QStringLiteral("welcome"));

        QVERIFY(b.next(ui::RescueWizard::Checks));
        QVERIFY2(b.wizard->job() != 0, qPrintable(welcome->errorText()));
        QVERIFY(QTest::qWaitFor([&] { return b.wizard->checksPage()->isComplete(); }, kRunTimeoutMs));
        const QStringList checks = b.wizard->checksPage()->checkLines();
        QVERIFY2(checks.size() >= 3, qPrintable(checks.join(QLatin1Char('\n'))));
        if (shots)
            screenshot(*b.wizard, QStringLiteral("checks"));

        QVERIFY(b.next(ui::RescueWizard::VerdictPage));
        auto* v = b.wizard->verdictPage();
        QVERIFY2(v->verdictName().contains(verdict, Qt::CaseInsensitive), qPrintable(v->verdictName()));
        QVERIFY(!v->reasonText().isEmpty());
        if (shots || scenario == QLatin1String("h533-tzclosed-no-da"))
            screenshot(*b.wizard, shots ? QStringLiteral("verdict") : QStringLiteral("h533-verdict"));
        QVERIFY(b.next(ui::RescueWizard::Plan));
        auto* plan = b.wizard->planPage();
        QVERIFY(QTest::qWaitFor([&] { return plan->isComplete(); }, kRunTimeoutMs));
        QVERIFY(!plan->stepLines().isEmpty());
        if (shots)
            screenshot(*b.wizard, QStringLiteral("plan"));
        if (credentials.startsWith(QLatin1String("cert:")))
            QVERIFY2(plan->hasIrreversible(), qPrintable(plan->stepLines().join(QLatin1Char('\n'))));

        QVERIFY(b.next(ui::RescueWizard::Steps));
        QStringList prompts;
        if (!simulated)
            b.playSteps(prompts, shots ? QStringLiteral("steps-") : QString());
        QVERIFY(QTest::qWaitFor([&] { return b.wizard->ended(); }, kRunTimeoutMs));
        if (manualResets > 0 && !simulated)
            QVERIFY2(prompts.contains(QStringLiteral("manual-reset:press")) &&
                         prompts.contains(QStringLiteral("manual-reset:release")),
                     qPrintable(prompts.join(QLatin1Char(' '))));
        if (shots || scenario == QLatin1String("h533-tzclosed-no-da"))
            screenshot(*b.wizard, shots ? QStringLiteral("steps-done") : QStringLiteral("h533-steps-done"));
        QVERIFY(b.wizard->outcome());
        if (!learned.isEmpty()) {
            // What the DA discovery taught becomes the verdict, said on the steps page.
            const auto& names = b.wizard->outcome()->verdictNames;
            QVERIFY(std::find(names.begin(), names.end(), learned.toStdString()) != names.end());
            QVERIFY(!b.wizard->stepsPage()->verdictText().isEmpty());
        }
        if (scenario == QLatin1String("h533-tzclosed-no-da")) {
            // The honest verdict: no regression ever, its evidence, what is still possible.
            QCOMPARE(v->verdictName(), learned);
            QVERIFY(b.wizard->stepsPage()->verdictText().contains(learned));
            QVERIFY(!v->recoverable());
            QVERIFY(!v->evidenceLines().isEmpty());
            QVERIFY2(!v->stillPossible().isEmpty(), qPrintable(v->reasonText()));
            // Nothing that writes ran, nothing was asked: the discovery stopped the plan.
            QVERIFY2(prompts.isEmpty(), qPrintable(prompts.join(QLatin1Char(' '))));
            QCOMPARE(b.wizard->stepsPage()->stepLines().first(),
                     QStringLiteral("stopped: Debug Authentication"));
            for (const QString& line : b.wizard->stepsPage()->stepLines().mid(1))
                QVERIFY2(line.startsWith(QLatin1String("not-run:")), qPrintable(line));
            QVERIFY(b.wizard->outcome()->optionBytesAfter.is_null());
        }

        QVERIFY(b.next(ui::RescueWizard::Result));
        auto* result = b.wizard->resultPage();
        const QString context = result->statusText() + QLatin1Char('\n') + result->reportText();
        QCOMPARE(result->openAndErasable(), open);
        QVERIFY2(result->statusText().startsWith(QLatin1String("Open and erasable")) == open,
                 qPrintable(context));
        QVERIFY(b.wizard->outcome());
        QCOMPARE(static_cast<int>(b.wizard->outcome()->manualResets), manualResets);
        if (manualResets > 0)
            QVERIFY2(result->reportText().contains(QStringLiteral("%1 by hand").arg(manualResets)),
                     qPrintable(context));
        if (!learned.isEmpty())
            QVERIFY2(result->statusText().contains(learned), qPrintable(context));
        if (!open)
            QVERIFY2(result->verdictText() == learned, qPrintable(result->verdictText()));
        if (shots || scenario == QLatin1String("h533-tzclosed-no-da"))
            screenshot(*b.wizard, shots ? QStringLiteral("result") : QStringLiteral("h533-result"));
        // The buttons at the end: Finish, no Cancel, no Back into a run that is over.
        QVERIFY(b.wizard->button(QWizard::FinishButton)->isVisible());
        QVERIFY(!b.wizard->button(QWizard::CancelButton)->isVisible());
    }

    // The report saved, and a support bundle without the key.
    void savesReportAndBundle() {
        Bench b;
        QVERIFY(b.open(QStringLiteral("lab:h7s78-closed-nrst-unwired")));
        b.wizard->welcomePage()->setCredentialFiles(credentials(QStringLiteral("cert:h7rs")));
        b.wizard->welcomePage()->setSimulatedOperator(true);
        QVERIFY(b.next(ui::RescueWizard::Checks));
        QVERIFY(b.next(ui::RescueWizard::VerdictPage));
        QVERIFY(b.next(ui::RescueWizard::Plan));
        QVERIFY(b.next(ui::RescueWizard::Steps));
        QVERIFY(b.next(ui::RescueWizard::Result));
        auto* result = b.wizard->resultPage();
        QVERIFY(result->openAndErasable());
        QTemporaryDir dir;
        result->setPathChooser([&](bool folder, const QString& suggested) {
            return dir.filePath(folder ? QStringLiteral("bundle") : suggested);
        });
        QVERIFY2(result->saveReport(), qPrintable(result->saveMessage()));
        QVERIFY2(result->saveBundle(), qPrintable(result->saveMessage()));
        QFile report(dir.filePath(QStringLiteral("bundle/report.txt")));
        QVERIFY(report.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(report.readAll()), result->reportText());
        QFile key(kCreds + QStringLiteral("h7rs/Keys/key_3_leaf.pem"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QList<QByteArray> secret;
        for (const QByteArray& line : key.readAll().split('\n'))
            if (!line.startsWith("-----") && line.trimmed().size() >= 16)
                secret << line.trimmed();
        QVERIFY(!secret.isEmpty());
        const QDir bundle(dir.filePath(QStringLiteral("bundle")));
        QVERIFY(bundle.exists(QStringLiteral("journal.jsonl")));
        for (const QString& name : bundle.entryList(QDir::Files)) {
            QFile f(bundle.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            for (const QByteArray& s : secret)
                QVERIFY2(!text.contains(s), qPrintable(name));
        }
    }

    // Cancel while the wizard waits for the person at the RESET button: the job ends
    // cancelled, the lab button is let go, the wizard closes.
    void cancelMidRun() {
        Bench b;
        QVERIFY(b.open(QStringLiteral("lab:h7s78-closed-nrst-unwired")));
        b.wizard->welcomePage()->setCredentialFiles(credentials(QStringLiteral("cert:h7rs")));
        QVERIFY(b.next(ui::RescueWizard::Checks));
        QVERIFY(b.next(ui::RescueWizard::VerdictPage));
        QVERIFY(b.next(ui::RescueWizard::Plan));
        QVERIFY(b.next(ui::RescueWizard::Steps));
        auto* steps = b.wizard->stepsPage();
        // Confirm the regression, then hold the lab button when asked, and cancel while held.
        QVERIFY(QTest::qWaitFor([&] { return steps->currentPromptKind() == QLatin1String("confirm"); },
                                kRunTimeoutMs));
        QTest::mouseClick(steps->confirmButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return steps->manualReset()->stage() == QLatin1String("press") &&
                       steps->currentPrompt().has_value();
            },
            kRunTimeoutMs));
        QTest::mousePress(steps->manualReset()->labButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return steps->manualReset()->stage() == QLatin1String("release"); },
                                kRunTimeoutMs));
        QVERIFY(b.wizard->shared()->hands.pressed());
        QSignalSpy ended(&b.bridge, &ui::EngineBridge::jobEnded);
        const quint64 job = b.wizard->job();
        b.wizard->button(QWizard::CancelButton)->click();
        QVERIFY(!b.wizard->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return b.wizard->ended(); }, kRunTimeoutMs));
        QVERIFY(b.wizard->jobEnd());
        QVERIFY2(b.wizard->jobEnd()->outcome != engine::JobOutcome::Failed,
                 b.wizard->jobEnd()->error ? b.wizard->jobEnd()->error->describe().c_str() : "");
        QVERIFY(!b.wizard->outcome() || !b.wizard->outcome()->openAndErasable);
        QVERIFY(!b.wizard->shared()->hands.available());  // the job let the probe (and the button) go
        bool sawEnd = false;
        for (const auto& args : ended)
            sawEnd = sawEnd || args.at(0).toULongLong() == job;
        QVERIFY(sawEnd);
        // The probes session is free again: the device panel can connect.
        b.devices.connectSelected();
        QVERIFY(QTest::qWaitFor([&] { return !b.devices.busy(); }, kRunTimeoutMs));
    }

    // Credentials that do not load keep the person on the welcome page with the reason.
    void badCredentialsStayOnWelcome() {
        Bench b;
        QVERIFY(b.open(QStringLiteral("lab:h7s78-closed-nrst-unwired")));
        ui::DaCredentialFiles files = credentials(QStringLiteral("cert:h7rs"));
        files.keyFile = (kCreds + QStringLiteral("missing.pem")).toStdString();
        b.wizard->welcomePage()->setCredentialFiles(files);
        b.wizard->next();
        QCOMPARE(b.wizard->currentId(), static_cast<int>(ui::RescueWizard::Welcome));
        QCOMPARE(b.wizard->job(), quint64{0});
        QVERIFY(!b.wizard->welcomePage()->errorText().isEmpty());
    }
};

QTEST_MAIN(TestRescueWizard)
#include "test_rescue_wizard.moc"
