#pragma once
// The end: the final verdict, whether the board is Open and erasable (or why not), the report
// (reportText: for a forum post or a support ticket) with Copy and Save, and a support bundle
// (core/recovery/support_bundle.h: report, outcome, identification, option bytes before and
// after, the journal of the run; no secrets).

#include <functional>

#include <QWizardPage>

#include "core/engine/event.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rescue::ui {

class RescueWizard;

class WizardResultPage : public QWizardPage {
    Q_OBJECT
public:
    // Asks where to save: a file for the report, a folder for the bundle. Empty: not saved.
    using PathChooser = std::function<QString(bool folder, const QString& suggested)>;

    explicit WizardResultPage(RescueWizard& wizard, QWidget* parent = nullptr);

    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    void initializePage() override;

    QString verdictText() const;
    QString statusText() const;
    QString reportText() const;
    bool openAndErasable() const { return m_open; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* bundleButton() const { return m_bundle; }
    // What the last save said (written where, or why not).
    QString saveMessage() const;

public slots:
    void copyReport();
    bool saveReport();
    bool saveBundle();

private:
    QString choose(bool folder, const QString& suggested);

    RescueWizard& m_wizard;
    PathChooser m_chooser;
    bool m_open = false;
    QLabel* m_verdict = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_report = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_bundle = nullptr;
    QLabel* m_saved = nullptr;
};

}  // namespace rescue::ui
