#pragma once
// The wizard's first page: which probe, which board it last saw, the credentials (optional:
// without them the wizard diagnoses and explains, but cannot regress a closed chip), and on a
// lab board whether the simulated operator answers the prompts. Next starts the job.

#include <functional>
#include <memory>
#include <optional>

#include <QWizardPage>

#include "ui/da_jobs.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;

namespace rescue::ui {

class DevicePanel;
class RecentFiles;
class RescueWizard;

class WizardWelcomePage : public QWizardPage {
    Q_OBJECT
public:
    WizardWelcomePage(RescueWizard& wizard, DevicePanel& devices, QWidget* parent = nullptr);
    ~WizardWelcomePage() override;

    enum class Method { None, Certificate, Password };
    void setMethod(Method method);
    void setCredentialFiles(const DaCredentialFiles& files);
    bool selectProbe(const QString& uri);
    QString probeUri() const;
    void setSimulatedOperator(bool on);

    QComboBox* probeBox() const { return m_probe; }
    QCheckBox* simulatedOperatorBox() const { return m_operator; }
    // The sentence under the form when Next was refused (empty when none).
    QString errorText() const;
    // The inline warning about a key or password file others can read (empty when none).
    QString fileWarningText() const;
    // Asked for an encrypted key's passphrase instead of a dialog (suites); nothing = cancelled.
    using PassphrasePrompt = std::function<std::optional<QString>(const QString& keyName)>;
    void setPassphrasePrompt(PassphrasePrompt prompt) { m_passphrasePrompt = std::move(prompt); }

    bool validatePage() override;
    bool isComplete() const override;

private:
    QWidget* buildCredentials();
    void fillRecent(QComboBox* box, RecentFiles& recent);
    void browse(QComboBox* box, RecentFiles& recent, const QString& caption, const QString& filter);
    void updateBoard();
    void updateControls();
    void showError(const QString& text);
    void updateFileWarning();

    RescueWizard& m_wizard;
    DevicePanel& m_devices;
    std::unique_ptr<RecentFiles> m_recentKeys, m_recentChains, m_recentPasswords;
    QComboBox* m_probe = nullptr;
    QLabel* m_board = nullptr;
    QRadioButton* m_none = nullptr;
    QRadioButton* m_cert = nullptr;
    QRadioButton* m_password = nullptr;
    QComboBox* m_key = nullptr;
    QComboBox* m_chain = nullptr;
    QComboBox* m_passwordFile = nullptr;
    QList<QWidget*> m_certWidgets, m_passwordWidgets;
    QCheckBox* m_operator = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_fileWarning = nullptr;
    PassphrasePrompt m_passphrasePrompt;
};

}  // namespace rescue::ui
