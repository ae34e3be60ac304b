#pragma once
// The option-byte editor (a dock in the main window). Read takes the option bytes of the
// target behind the probe selected in the Devices panel; edits (fields by register, WRP
// cells, a lifecycle state) become one pending change whose diff and validator findings update
// as you edit, with no probe work. Apply is enabled only when nothing is refused; it first
// checks the change on the chip (a DA discovery where closing depends on it), asks for the
// exact phrase of every irreversible finding, then programs and verifies. Revert drops the
// pending change; Export/Import use the CLI's JSON format. Erase (mass) explains a WRP
// refusal and offers the fix as one button.
//
// All probe work is an engine job in the Devices panel's "probes" session (ob_jobs.h); the
// GUI thread never waits for a probe.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <QStringList>
#include <QWidget>

#include "core/engine/event.h"
#include "core/optionbytes/ob_change_operation.h"
#include "ui/engine_metatypes.h"

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;

namespace rescue::ui {

class DevicePanel;
class EngineBridge;
class FieldGroups;
class FindingsView;
class LifecycleDiagram;
class PendingDiffModel;
class WrpSectorMap;
struct ObJobOutput;

class OptionBytePanel : public QWidget {
    Q_OBJECT
public:
    // Given the phrases (and the findings that need them), returns what the person typed, or
    // nothing when they cancelled. The default shows PhraseDialog.
    using PhraseAsker = std::function<std::optional<QStringList>(const std::vector<optionbytes::Finding>&,
                                                                 const QStringList&)>;
    // Asks yes/no before a destructive step (mass erase). The default shows a message box.
    using Confirmer = std::function<bool(const QString& title, const QString& text)>;

    OptionBytePanel(EngineBridge& bridge, DevicePanel& devices, QWidget* parent = nullptr);
    ~OptionBytePanel() override;

    void setPhraseAsker(PhraseAsker asker) { m_askPhrases = std::move(asker); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    // The editor's state, as a person reads it.
    bool busy() const { return m_job != 0; }
    bool hasTarget() const { return m_target.has_value(); }
    const std::optional<optionbytes::ObTarget>& target() const { return m_target; }
    QString statusText() const;
    QString messageText() const;  // the last result or error (inline box), empty when none
    QStringList findingLines() const;
    const optionbytes::ChangePreview* preview() const { return m_preview ? &*m_preview : nullptr; }

    QPushButton* readButton() const { return m_read; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* revertButton() const { return m_revert; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* eraseButton() const { return m_erase; }
    QPushButton* wrpFixButton() const { return m_fix; }
    FieldGroups* fields() const { return m_fields; }
    WrpSectorMap* wrpMap() const { return m_wrp; }
    LifecycleDiagram* lifecycle() const { return m_lifecycle; }
    PendingDiffModel* diffModel() const { return m_diff; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void read();
    void apply();
    void revert();
    void eraseMass();
    void applyWrpFix();
    // One edit: FIELD=VALUE over the pending change (later edits of the same bits win).
    void edit(const QString& field, quint32 value);
    // Files: the option bytes as read (the CLI's `ob read --export` format) / a pending change
    // from such a file. False with the reason in the message box; nothing pending is lost.
    bool exportTo(const QString& path);
    bool importFrom(const QString& path);

signals:
    void changed();  // the target, the pending change or the findings changed

private:
    enum class JobKind { None, Read, Check, Write, Erase };

    void buildUi();
    void startJob(JobKind kind, std::function<void()> submit);
    void onJobEnded(quint64 job, const rescue::engine::JobEnded& ended);
    void finishCheck();
    void setTarget(optionbytes::ObTarget target);
    void recompute();
    void showMessage(const QString& style, const QString& html);
    void showError(const Error& error);
    void updateControls();
    void writeChange(QStringList confirmations);

    EngineBridge& m_bridge;
    DevicePanel& m_devices;
    PhraseAsker m_askPhrases;
    Confirmer m_confirm;

    std::optional<optionbytes::ObTarget> m_target;
    QString m_uri;  // the probe the target was read through
    std::vector<std::pair<std::string, std::uint32_t>> m_edits;
    std::optional<optionbytes::ChangeRequest> m_request;
    std::optional<optionbytes::ChangePreview> m_preview;
    std::optional<optionbytes::DaLook> m_da;  // from the last check of this very change
    QString m_requestError;

    quint64 m_job = 0;
    JobKind m_jobKind = JobKind::None;
    std::shared_ptr<ObJobOutput> m_out;

    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_read = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_erase = nullptr;
    QPushButton* m_fix = nullptr;
    QTabWidget* m_tabs = nullptr;
    FieldGroups* m_fields = nullptr;
    WrpSectorMap* m_wrp = nullptr;
    LifecycleDiagram* m_lifecycle = nullptr;
    FindingsView* m_findings = nullptr;
    PendingDiffModel* m_diff = nullptr;
    QTableView* m_diffView = nullptr;
};

}  // namespace rescue::ui
