#pragma once
// Debug Authentication for the board behind the probe selected in the device panel:
// credentials (certificate key + chain, or a password file) chosen from recent files and
// checked offline (Verify), the chip's discovery (Discover, one reset), a permission chosen
// from what the chip offered, and Authenticate: discovery and authentication in one reset,
// the steps shown live, then the result (Open reached, or the failing step with its sentence
// and what to try). A permission that erases is confirmed in a dialog naming the consequence
// first; nothing is sent without it.
//
// The session jobs run in the device panel's "probes" engine session on its ProbeWorkspace,
// so one registry owns the probes; the GUI thread only submits jobs and reads their events.
// Keys are loaded here (an encrypted key's passphrase is asked in a dialog and never stored
// or logged); the job gets the loaded key, and registers a password on the engine's redactor.

#include <functional>
#include <optional>

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/engine/event.h"
#include "ui/da_jobs.h"
#include "ui/engine_metatypes.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QTableWidget;
class QTreeWidget;

namespace rescue::ui {

class DevicePanel;
class EngineBridge;
class RecentFiles;

class DaPanel : public QWidget {
    Q_OBJECT
public:
    // Asked before an erasing permission is sent: true to go ahead. The default is a dialog.
    using Confirmer = std::function<bool(const QString& title, const QString& text)>;
    // Asked for an encrypted key's passphrase; nothing when the person cancels.
    using PassphrasePrompt = std::function<std::optional<QString>(const QString& keyName)>;

    DaPanel(EngineBridge& bridge, DevicePanel& devices, QWidget* parent = nullptr);
    ~DaPanel() override;

    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    void setPassphrasePrompt(PassphrasePrompt prompt) { m_passphrasePrompt = std::move(prompt); }

    // The credentials as if chosen in the form (tests, and the wizard later).
    void setCredentialFiles(const DaCredentialFiles& files);
    DaCredentialFiles credentialFiles() const;

    QString targetUri() const { return m_uri; }
    bool busy() const { return m_job != 0; }

    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* discoverButton() const { return m_discover; }
    QPushButton* authenticateButton() const { return m_authenticate; }
    QComboBox* permissionBox() const { return m_permission; }

    // What the person reads: "severity: sentence" per finding; "Label: value" per discovery
    // line; permission ids in the chip's order; "title: detail" per step with its state
    // ("done", "failed", "running") first; the result box as plain text.
    QStringList findingLines() const;
    QStringList discoveryLines() const;
    QStringList offeredPermissions() const;
    QStringList stepLines() const;
    QString resultText() const;
    // "open" (the chip reached Open), "granted" (another grant), "failed", "cancelled",
    // "" while nothing has run.
    QString resultState() const { return m_resultState; }
    // The inline warning about a key or password file others can read (empty when none).
    QString fileWarningText() const;
    // The last confirmation asked (empty when none was needed).
    QString lastConfirmation() const { return m_lastConfirmation; }

public slots:
    void verify();
    void discover();
    void authenticate();

signals:
    // A discovery or authentication ended (whatever the outcome).
    void sessionFinished();

private:
    enum class JobKind { None, Discover, Authenticate };

    void buildUi();
    QWidget* buildCredentials();
    void fillRecent(QComboBox* box, RecentFiles& recent);
    void browse(QComboBox* box, RecentFiles& recent, const QString& caption, const QString& filter);
    void rememberFiles(const DaCredentialFiles& files);
    auth::PassphraseProvider passphraseProvider();
    void updateFileWarning();
    void onSelectionChanged();
    void onLogLines(const rescue::ui::LogBatch& lines);
    void onJobEnded(quint64 job, const rescue::engine::JobEnded& ended);
    void startJob(JobKind kind, const QString& name, engine::JobFunction job);
    void showStep(const nlohmann::json& fields);
    void showDiscovery(const nlohmann::json& result);
    void clearDiscovery();
    void showFailure(const Error& error);
    void setResult(const QString& state, const QString& html);
    void updateControls();
    std::optional<int> chosenBit() const;
    std::optional<auth::DaFamily> discoveredFamily() const;
    bool confirm(const QString& title, const QString& text);

    EngineBridge& m_bridge;
    DevicePanel& m_devices;
    Confirmer m_confirmer;
    PassphrasePrompt m_passphrasePrompt;
    QLabel* m_fileWarning = nullptr;
    std::unique_ptr<RecentFiles> m_recentKeys, m_recentChains, m_recentPasswords;

    QString m_uri;
    quint64 m_job = 0;
    JobKind m_jobKind = JobKind::None;
    QString m_jobUri;
    QString m_discoveryUri;      // the board the discovery below belongs to
    nlohmann::json m_discovery;  // the last discovery job's result
    QString m_resultState;
    QString m_lastConfirmation;

    QScrollArea* m_scroll = nullptr;
    QLabel* m_target = nullptr;
    QRadioButton* m_certMode = nullptr;
    QRadioButton* m_passwordMode = nullptr;
    QComboBox* m_key = nullptr;
    QComboBox* m_chain = nullptr;
    QComboBox* m_password = nullptr;
    QList<QWidget*> m_certWidgets, m_passwordWidgets;
    QPushButton* m_verify = nullptr;
    QTreeWidget* m_findings = nullptr;
    QPushButton* m_discover = nullptr;
    QTableWidget* m_discoveryTable = nullptr;
    QComboBox* m_permission = nullptr;
    QLabel* m_consequence = nullptr;
    QPushButton* m_authenticate = nullptr;
    QGroupBox* m_session = nullptr;  // the steps and the result
    QListWidget* m_steps = nullptr;
    QLabel* m_result = nullptr;
};

}  // namespace rescue::ui
