#include "ui/option_byte_panel.h"

#include <fstream>
#include <sstream>

#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/optionbytes/assignment.h"
#include "core/optionbytes/decode.h"
#include "core/optionbytes/ob_json.h"
#include "ui/device_panel.h"
#include "ui/engine_bridge.h"
#include "ui/error_text.h"
#include "ui/optionbytes/field_groups.h"
#include "ui/optionbytes/findings_view.h"
#include "ui/optionbytes/lifecycle_diagram.h"
#include "ui/optionbytes/ob_jobs.h"
#include "ui/optionbytes/pending_diff_model.h"
#include "ui/optionbytes/phrase_dialog.h"
#include "ui/optionbytes/wrp_sector_map.h"
#include "ui/verdict_styles.h"

namespace rescue::ui {

namespace ob = optionbytes;
using nlohmann::json;

namespace {

// The pending edits a change request stands for: every primary register field it changes, and
// the product state asked for.
std::vector<std::pair<std::string, std::uint32_t>> editsOf(const ob::ObTarget& target,
                                                           const ob::ChangeRequest& request) {
    std::vector<std::pair<std::string, std::uint32_t>> edits;
    const auto before = ob::decode(request.current, target.partPtr());
    const auto after = ob::decode(request.proposed, target.partPtr());
    for (const auto& f : after.fields) {
        const auto* was = before.field(f.field->name);
        if (!was || was->value == f.value || f.field->isAggregate() || !f.field->isRegisterField() ||
            f.derived)
            continue;
        edits.emplace_back(f.field->name, f.value);
    }
    const std::string& stateField = target.family().lifecycle.stateField;
    if (request.productState) {
        std::erase_if(edits, [&](const auto& e) { return e.first == stateField; });
        edits.emplace_back(stateField, *request.productState);
    }
    return edits;
}

QString costOf(const json& r) {
    if (!r.is_object() || !r.contains("round_trips"))
        return {};
    return OptionBytePanel::tr("%1 round trips, %2 ms%3.")
        .arg(r.value("round_trips", 0))
        .arg(r.value("elapsed_ms", 0.0), 0, 'f', 1)
        .arg(r.value("lab", false) ? OptionBytePanel::tr(" of lab time") : QString());
}

}  // namespace

OptionBytePanel::OptionBytePanel(EngineBridge& bridge, DevicePanel& devices, QWidget* parent)
    : QWidget(parent), m_bridge(bridge), m_devices(devices) {
    m_askPhrases = [this](const std::vector<ob::Finding>& findings,
                          const QStringList& phrases) -> std::optional<QStringList> {
        PhraseDialog dialog(findings, phrases, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.typed();
    };
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::warning(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Yes;
    };
    buildUi();
    connect(&m_bridge, &EngineBridge::jobEnded, this, &OptionBytePanel::onJobEnded);
    recompute();
}

OptionBytePanel::~OptionBytePanel() = default;

void OptionBytePanel::buildUi() {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("optionByteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    auto button = [content](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QPushButton(text, content);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_read = button(tr("Read"), QStringLiteral("obRead"),
                    tr("Read the option bytes of the target behind the probe selected in Devices."));
    m_apply =
        button(tr("Apply…"), QStringLiteral("obApply"),
               tr("Check the change on the chip, confirm what cannot be undone, then program and verify."));
    m_revert = button(tr("Revert"), QStringLiteral("obRevert"), tr("Drop every pending change."));
    m_export = button(tr("Export…"), QStringLiteral("obExport"),
                      tr("Save the option bytes as read to a JSON file (the CLI's format)."));
    m_import = button(tr("Import…"), QStringLiteral("obImport"),
                      tr("Make the option bytes of a JSON file the pending change."));
    m_erase = button(tr("Erase (mass)…"), QStringLiteral("obErase"), tr("Erase the whole user flash."));
    auto* row1 = new QHBoxLayout;
    row1->addWidget(m_read);
    row1->addWidget(m_apply);
    row1->addWidget(m_revert);
    auto* row2 = new QHBoxLayout;
    row2->addWidget(m_export);
    row2->addWidget(m_import);
    row2->addWidget(m_erase);
    layout->addLayout(row1);
    layout->addLayout(row2);

    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("obMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    m_fix = button(QString(), QStringLiteral("obWrpFix"),
                   tr("Clear every write-protection bit and program it, as the erase error offers."));
    m_fix->hide();
    layout->addWidget(m_fix);

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("obTabs"));
    m_lifecycle = new LifecycleDiagram;
    m_wrp = new WrpSectorMap;
    m_fields = new FieldGroups;
    auto* stateTab = new QWidget;
    auto* stateLayout = new QVBoxLayout(stateTab);
    stateLayout->addWidget(m_lifecycle);
    stateLayout->addStretch(1);
    auto* wrpTab = new QWidget;
    auto* wrpLayout = new QVBoxLayout(wrpTab);
    wrpLayout->addWidget(m_wrp);
    wrpLayout->addStretch(1);
    // The long pages scroll inside their tab, so the pending diff and the findings below stay
    // in sight while a person edits.
    auto scrolled = [](QWidget* page) {
        auto* area = new QScrollArea;
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(page);
        return area;
    };
    m_tabs->addTab(stateTab, tr("Product state"));
    m_tabs->addTab(scrolled(wrpTab), tr("Write protection"));
    m_tabs->addTab(scrolled(m_fields), tr("Fields"));
    m_tabs->setMinimumHeight(280);
    m_tabs->setMaximumHeight(420);
    layout->addWidget(m_tabs);

    auto* pending = new QGroupBox(tr("Pending changes"), content);
    auto* pendingLayout = new QVBoxLayout(pending);
    m_diff = new PendingDiffModel(this);
    m_diffView = new QTableView(pending);
    m_diffView->setObjectName(QStringLiteral("obDiff"));
    m_diffView->setAccessibleName(tr("Pending changes"));
    m_diffView->setModel(m_diff);
    m_diffView->verticalHeader()->hide();
    // Decoded values are long ("0xFFFFFFFF: no sector protected"): wrap them, never clip.
    m_diffView->setWordWrap(true);
    m_diffView->horizontalHeader()->setSectionResizeMode(PendingDiffModel::Field,
                                                         QHeaderView::ResizeToContents);
    m_diffView->horizontalHeader()->setSectionResizeMode(PendingDiffModel::Current, QHeaderView::Stretch);
    m_diffView->horizontalHeader()->setSectionResizeMode(PendingDiffModel::New, QHeaderView::Stretch);
    m_diffView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_diffView->setSelectionMode(QAbstractItemView::NoSelection);
    m_diffView->setMinimumHeight(90);
    m_diffView->setMaximumHeight(160);
    pendingLayout->addWidget(m_diffView);
    layout->addWidget(pending);

    auto* findings = new QGroupBox(tr("Findings"), content);
    auto* findingsLayout = new QVBoxLayout(findings);
    m_findings = new FindingsView(findings);
    findingsLayout->addWidget(m_findings);
    layout->addWidget(findings);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_read, &QPushButton::clicked, this, &OptionBytePanel::read);
    connect(m_apply, &QPushButton::clicked, this, &OptionBytePanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &OptionBytePanel::revert);
    connect(m_erase, &QPushButton::clicked, this, &OptionBytePanel::eraseMass);
    connect(m_fix, &QPushButton::clicked, this, &OptionBytePanel::applyWrpFix);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export option bytes"), QString(),
                                                          tr("Option bytes (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import option bytes"), QString(),
                                                          tr("Option bytes (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_fields, &FieldGroups::fieldEdited, this, &OptionBytePanel::edit);
    connect(m_wrp, &WrpSectorMap::fieldEdited, this, &OptionBytePanel::edit);
    connect(m_lifecycle, &LifecycleDiagram::stateChosen, this, [this](quint8 code) {
        if (m_target)
            edit(qs(m_target->family().lifecycle.stateField), code);
    });
}

QString OptionBytePanel::statusText() const {
    return m_status->text();
}

QString OptionBytePanel::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

QStringList OptionBytePanel::findingLines() const {
    return m_findings->lines();
}

void OptionBytePanel::showMessage(const QString& style, const QString& html) {
    m_message->setStyleSheet(style);
    m_message->setText(html);
    m_message->show();
}

void OptionBytePanel::showError(const Error& error) {
    const ShownError shown = shownError(error);
    QString html = shown.headline.toHtmlEscaped();
    if (!shown.detail.isEmpty())
        html += QStringLiteral("<br/>%1").arg(shown.detail.toHtmlEscaped());
    for (const auto& e : error.evidence)
        if (e.name == "protected" || e.name == "phrase")
            html +=
                QStringLiteral("<br/>%1: %2").arg(qs(e.name).toHtmlEscaped(), qs(e.value).toHtmlEscaped());
    if (!shown.advice.isEmpty())
        html += QStringLiteral("<br/><i>%1</i>").arg(shown.advice.toHtmlEscaped());
    showMessage(QString::fromLatin1(kBadStyle), html);
}

void OptionBytePanel::startJob(JobKind kind, std::function<void()> submit) {
    m_jobKind = kind;
    m_out = std::make_shared<ObJobOutput>();
    submit();
    updateControls();
}

void OptionBytePanel::read() {
    if (busy())
        return;
    const QString uri = m_devices.selectedUri();
    if (uri.isEmpty()) {
        showMessage(QString::fromLatin1(kNeutralStyle), tr("Select a probe in the Devices panel first."));
        return;
    }
    m_fix->hide();
    startJob(JobKind::Read, [this, uri] {
        m_uri = uri;
        m_job = m_bridge.submit(m_devices.session(), tr("Read option bytes"),
                                makeObReadJob(m_devices.workspace(), uri.toStdString(), m_out));
    });
}

void OptionBytePanel::apply() {
    if (!m_target || !m_request || !m_preview || m_preview->refused() || busy())
        return;
    ObChangeJob job{m_uri.toStdString(), *m_request, false, {}, m_da};
    startJob(JobKind::Check, [this, job = std::move(job)]() mutable {
        m_job = m_bridge.submit(m_devices.session(), tr("Check option-byte change"),
                                makeObChangeJob(m_devices.workspace(), std::move(job), m_out));
    });
}

void OptionBytePanel::finishCheck() {
    if (!m_preview || !m_request)
        return;
    if (m_preview->refused()) {
        showMessage(QString::fromLatin1(kBadStyle),
                    tr("Refused: nothing was written. The findings say what to do instead."));
        return;
    }
    const auto phrases = m_preview->report.requiredPhrases();
    if (phrases.empty()) {
        writeChange({});
        return;
    }
    QStringList wanted;
    for (const auto& p : phrases)
        wanted << qs(p);
    const auto typed = m_askPhrases(m_preview->report.findings, wanted);
    if (!typed) {
        showMessage(QString::fromLatin1(kNeutralStyle),
                    tr("Nothing was written: the confirmation was cancelled."));
        return;
    }
    writeChange(*typed);
}

void OptionBytePanel::writeChange(QStringList confirmations) {
    std::vector<std::string> typed;
    for (const auto& c : confirmations)
        typed.push_back(c.toStdString());
    ObChangeJob job{m_uri.toStdString(), *m_request, true, std::move(typed), m_da};
    startJob(JobKind::Write, [this, job = std::move(job)]() mutable {
        m_job = m_bridge.submit(m_devices.session(), tr("Write option bytes"),
                                makeObChangeJob(m_devices.workspace(), std::move(job), m_out));
    });
}

void OptionBytePanel::revert() {
    m_edits.clear();
    m_message->hide();
    recompute();
}

void OptionBytePanel::eraseMass() {
    if (!m_target || busy())
        return;
    if (!m_confirm(tr("Erase the whole flash"),
                   tr("Mass erase deletes every byte of the user flash of %1. Continue?")
                       .arg(qs(m_target->deviceName))))
        return;
    m_fix->hide();
    startJob(JobKind::Erase, [this] {
        m_job = m_bridge.submit(m_devices.session(), tr("Mass erase"),
                                makeObEraseJob(m_devices.workspace(), m_uri.toStdString(), {}, m_out));
    });
}

void OptionBytePanel::applyWrpFix() {
    if (!m_target || busy())
        return;
    auto fix = ob::wrpFixChange(*m_target);
    if (!fix) {
        showError(fix.error());
        return;
    }
    // The fix alone: other pending edits are not slipped in with it.
    m_edits = editsOf(*m_target, *fix);
    recompute();
    apply();
}

void OptionBytePanel::edit(const QString& field, quint32 value) {
    if (!m_target)
        return;
    const auto& table = m_target->image.table();
    const ob::FieldDef* def = table.field(field.toStdString());
    if (!def)
        return;
    // A later edit of the same bits replaces the earlier one (a WRP cell after the WRP field).
    std::erase_if(m_edits, [&](const auto& e) {
        const ob::FieldDef* other = table.field(e.first);
        return !other || other->name == def->name ||
               (!def->registerName.empty() && other->registerName == def->registerName &&
                (other->mask() & def->mask()) != 0);
    });
    m_edits.emplace_back(def->name, value);
    recompute();
}

bool OptionBytePanel::exportTo(const QString& path) {
    if (!m_target) {
        showMessage(QString::fromLatin1(kNeutralStyle),
                    tr("Read the option bytes first: there is nothing to export."));
        return false;
    }
    std::ofstream file(path.toStdString());
    file << ob::exportJson(m_target->image, m_target->partPtr()).dump(2) << "\n";
    if (!file) {
        showMessage(QString::fromLatin1(kBadStyle),
                    tr("Could not write %1: check the path and its permissions.").arg(path.toHtmlEscaped()));
        return false;
    }
    showMessage(QString::fromLatin1(kGoodStyle), tr("Exported to %1.").arg(path.toHtmlEscaped()));
    return true;
}

bool OptionBytePanel::importFrom(const QString& path) {
    if (!m_target) {
        showMessage(QString::fromLatin1(kNeutralStyle),
                    tr("Read the option bytes first: an import is compared with what the chip holds."));
        return false;
    }
    // An export is a few KiB of JSON: a folder, a device (/dev/zero never ends) or a huge file
    // is the wrong file, said before anything is read.
    const QFileInfo info(path);
    if (!info.exists()) {
        showMessage(QString::fromLatin1(kBadStyle), tr("%1 does not exist.").arg(path.toHtmlEscaped()));
        return false;
    }
    if (!info.isFile()) {
        showMessage(QString::fromLatin1(kBadStyle),
                    tr("%1 is not a file: choose the JSON file an export wrote.").arg(path.toHtmlEscaped()));
        return false;
    }
    if (info.size() > 1024 * 1024) {
        showMessage(
            QString::fromLatin1(kBadStyle),
            tr("%1 is %2 bytes, far too large for an option-byte file: choose the JSON file an export "
               "wrote.")
                .arg(path.toHtmlEscaped())
                .arg(info.size()));
        return false;
    }
    std::ifstream file(path.toStdString());
    if (!file) {
        showMessage(QString::fromLatin1(kBadStyle), tr("Could not read %1.").arg(path.toHtmlEscaped()));
        return false;
    }
    std::stringstream text;
    text << file.rdbuf();
    auto request = ob::changeFromJson(*m_target, text.str());
    if (!request) {
        showError(request.error());  // the pending change stays as it was
        return false;
    }
    m_edits = editsOf(*m_target, *request);
    recompute();
    showMessage(
        QString::fromLatin1(kNeutralStyle),
        m_edits.empty()
            ? tr("Imported %1: it holds what the chip holds, nothing to change.").arg(path.toHtmlEscaped())
            : tr("Imported %1: %n pending change(s).", "", static_cast<int>(m_edits.size()))
                  .arg(path.toHtmlEscaped()));
    return true;
}

void OptionBytePanel::setTarget(ob::ObTarget target) {
    const bool sameFamily = m_target && m_target->image.familyPtr() == target.image.familyPtr() &&
                            m_target->deviceName == target.deviceName;
    m_target = std::move(target);
    m_edits.clear();
    m_da.reset();
    if (!sameFamily)
        m_fields->build(m_target->image, m_target->partPtr());
    recompute();
}

void OptionBytePanel::recompute() {
    if (!m_target) {
        m_status->setText(
            tr("Select a probe in the Devices panel and press Read: the option bytes are read "
               "from the chip, never made up."));
        m_request.reset();
        m_preview.reset();
        m_diff->setChanges({});
        m_findings->setReport({}, false, {});
        m_wrp->clear();
        m_lifecycle->clear();
        updateControls();
        emit changed();
        return;
    }
    const ob::ObTarget& t = *m_target;
    const auto& lc = t.family().lifecycle;
    std::vector<ob::Assignment> assignments;
    for (const auto& [name, value] : m_edits)
        if (const auto* def = t.image.table().field(name))
            assignments.push_back({def, value, name});
    auto request = ob::makeChangeRequest(t.image, assignments);
    m_requestError.clear();
    if (!request) {
        m_requestError = qs(request.error().message);
        m_request.reset();
        m_preview.reset();
    } else {
        m_request = std::move(*request);
        m_preview = ob::previewChange(t, *m_request, m_da);
    }

    const ob::DaLook* da = m_da ? &*m_da : nullptr;
    const device::LifecycleState* inForce = ob::stateOf(t.image);
    if (da && da->state && ob::registersHideProvisioning(t.family()))
        inForce = da->state;
    m_status->setText(tr("%1, %2 — read through %3.")
                          .arg(qs(t.deviceName), inForce ? qs(inForce->name) : qs(t.lifecycle), m_uri));

    const bool hasChanges = m_request && (m_request->changesRegisters() || m_request->productState);
    QString daSeen;
    if (m_request && ob::needsDaDiscovery(t, *m_request))
        daSeen = m_preview && m_preview->da
                     ? qs(m_preview->da->seen)
                     : tr("not asked yet; Apply runs a DA discovery first (one reset).");
    m_diff->setChanges(m_preview ? m_preview->changes : std::vector<ob::PendingChange>{});
    m_findings->setReport(m_preview ? m_preview->report : ob::PolicyReport{}, hasChanges, daSeen);
    if (m_request) {
        m_fields->refresh(t.image, m_request->proposed, m_request->productState);
        m_wrp->show(t.image, m_request->proposed, t.partPtr());
    }

    // The diagram: every state graded as a one-step move from the state in force.
    std::map<std::string, LifecycleDiagram::StateView> marks;
    const ob::FieldDef* stateDef = t.image.table().field(lc.stateField);
    for (const auto& s : lc.states) {
        if (inForce && s.id == inForce->id) {
            marks[s.id] = {LifecycleDiagram::Mark::Current, {}};
            continue;
        }
        if (s.transient || !s.userSettable || !stateDef) {
            marks[s.id] = {LifecycleDiagram::Mark::HardwareOnly, {}};
            continue;
        }
        auto move = ob::makeChangeRequest(t.image, {ob::Assignment{stateDef, s.code, {}}});
        if (!move) {
            marks[s.id] = {LifecycleDiagram::Mark::Refused, qs(move.error().message)};
            continue;
        }
        const auto p = ob::previewChange(t, *move, m_da);
        QString why;
        for (const auto& f : p.report.findings)
            if (f.grade == ob::Grade::Refused) {
                why = qs(f.sentence);
                break;
            }
        marks[s.id] = {p.refused() ? LifecycleDiagram::Mark::Refused : LifecycleDiagram::Mark::Allowed, why};
    }
    m_lifecycle->show(lc, marks, m_request ? m_request->productState : std::nullopt);
    updateControls();
    emit changed();
}

void OptionBytePanel::updateControls() {
    const bool idle = !busy();
    const bool hasChanges = m_request && (m_request->changesRegisters() || m_request->productState);
    m_read->setEnabled(idle);
    m_apply->setEnabled(idle && m_target && hasChanges && m_preview && !m_preview->refused());
    m_revert->setEnabled(idle && !m_edits.empty());
    m_export->setEnabled(m_target.has_value());
    m_import->setEnabled(idle && m_target.has_value());
    m_erase->setEnabled(idle && m_target && m_target->part);
    m_fix->setEnabled(idle && m_target.has_value());
    m_tabs->setEnabled(m_target.has_value());
}

void OptionBytePanel::onJobEnded(quint64 job, const rescue::engine::JobEnded& ended) {
    if (job == 0 || job != m_job)
        return;
    const JobKind kind = m_jobKind;
    auto out = m_out;
    m_job = 0;
    m_jobKind = JobKind::None;
    const QString cost = costOf(ended.result);

    if (ended.outcome != engine::JobOutcome::Finished) {
        const Error error = ended.error.value_or(makeError(
            "ui.ob.failed", "The job ended without saying why.", "Look at the OB lines of the log."));
        if (error.code == "ob.unconfirmed") {
            // The core's hint names the CLI's --confirm; here the person typed into a dialog.
            QStringList phrases;
            for (const auto& e : error.evidence)
                if (e.name == "phrase")
                    phrases << QStringLiteral("“%1”").arg(qs(e.value).toHtmlEscaped());
            showMessage(QString::fromLatin1(kBadStyle),
                        tr("Nothing was written: what was typed is not the phrase this change needs (%1). "
                           "Type it exactly, or leave the chip as it is.")
                            .arg(phrases.join(QLatin1String(", "))));
        } else {
            showError(error);
        }
        if (kind == JobKind::Erase)
            if (const std::string fix = ob::offeredFix(error); !fix.empty()) {
                QString assignments;
                for (const auto& a : m_target && m_target->part ? ob::clearWrpAssignments(*m_target->part)
                                                                : std::vector<std::string>{})
                    assignments += (assignments.isEmpty() ? QString() : QStringLiteral(" ")) + qs(a);
                m_fix->setText(tr("Apply the offered fix: %1").arg(assignments));
                m_fix->show();
            }
        updateControls();
        return;
    }
    switch (kind) {
        case JobKind::Read:
            if (out->target) {
                setTarget(std::move(*out->target));
                showMessage(QString::fromLatin1(kGoodStyle), tr("Option bytes read. %1").arg(cost));
            }
            break;
        case JobKind::Check:
            m_da = out->da;
            recompute();
            if (out->preview)
                m_preview = out->preview;
            updateControls();
            finishCheck();
            break;
        case JobKind::Write: {
            QString html;
            std::size_t mismatches = 0;
            if (out->written) {
                for (const auto& c : out->written->program.checks)
                    html += QStringLiteral("%1: %2 → %3%4<br/>")
                                .arg(qs(c.field).toHtmlEscaped(), qs(c.expectedText).toHtmlEscaped(),
                                     qs(c.foundText).toHtmlEscaped(),
                                     c.matches()
                                         ? QString()
                                         : QStringLiteral(" <b>") + tr("mismatch") + QStringLiteral("</b>"));
                for (const auto& n : out->written->program.notes)
                    html += qs(n).toHtmlEscaped() + QStringLiteral("<br/>");
                mismatches = out->written->program.mismatches();
            }
            if (out->target)
                setTarget(std::move(*out->target));
            if (mismatches > 0)
                showMessage(QString::fromLatin1(kBadStyle),
                            qs(ob::mismatchError(out->written->program).message).toHtmlEscaped() +
                                QStringLiteral("<br/>") + html);
            else
                showMessage(QString::fromLatin1(kGoodStyle),
                            (out->written && out->written->written ? tr("Written and verified.")
                                                                   : tr("Nothing to write.")) +
                                QStringLiteral("<br/>") + html + cost);
            m_fix->hide();
            break;
        }
        case JobKind::Erase:
            if (out->erased)
                showMessage(
                    QString::fromLatin1(kGoodStyle),
                    tr("Flash erased in %1 ms. %2").arg(out->erased->milliseconds, 0, 'f', 1).arg(cost));
            m_fix->hide();
            break;
        case JobKind::None:
            break;
    }
    updateControls();
}

}  // namespace rescue::ui
