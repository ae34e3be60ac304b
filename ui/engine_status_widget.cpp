#include "ui/engine_status_widget.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include "ui/core_text.h"
#include "ui/engine_bridge.h"

namespace rescue::ui {

EngineStatusWidget::EngineStatusWidget(EngineBridge& bridge, QWidget* parent)
    : QWidget(parent),
      m_bridge(bridge),
      m_state(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_step(new QLabel(this)),
      m_cancel(new QToolButton(this)) {
    m_state->setObjectName(QStringLiteral("engineState"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progress->setAccessibleName(tr("Job progress"));
    m_step->setObjectName(QStringLiteral("jobStep"));
    m_step->hide();
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();  // shown, with its tooltip, by the first progress report
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_job != 0)
            m_bridge.cancel(m_job);
        m_cancelled = m_job;
        m_cancel->setEnabled(false);  // the job stops at its next safe point
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addWidget(m_cancel);
    layout->addWidget(m_state);

    connect(&m_bridge, &EngineBridge::engineStateChanged, this, &EngineStatusWidget::updateState);
    connect(&m_bridge, &EngineBridge::progressChanged, this, &EngineStatusWidget::showProgress);
    updateState();
}

QString EngineStatusWidget::text() const {
    return m_state->text();
}

QString EngineStatusWidget::stepText() const {
    return m_step->isHidden() ? QString() : m_step->text();
}

void EngineStatusWidget::updateState() {
    const QString state = m_bridge.engineState();
    const QString detail = m_bridge.engineStateDetail();
    QString shown;
    if (state == QLatin1String("idle"))
        shown = tr("idle");
    else if (state == QLatin1String("busy"))
        shown = tr("busy");
    else
        shown = state;  // a state the engine named itself
    m_state->setText(detail.isEmpty() ? tr("Engine: %1").arg(shown)
                                      : tr("Engine: %1 — %2").arg(shown, detail));
    if (m_bridge.runningJobCount() == 0) {
        m_progress->hide();
        m_step->hide();
        m_cancel->hide();
        m_job = 0;
        m_cancelled = 0;
    }
}

void EngineStatusWidget::showProgress(quint64 job, const rescue::engine::Progress& progress) {
    if (m_bridge.runningJobCount() == 0)
        return;
    if (progress.fraction < 0) {
        m_progress->setRange(0, 0);  // busy, amount unknown
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(std::lround(std::clamp(progress.fraction, 0.0, 1.0) * 1000)));
    }
    // Jobs mark their step names in "Progress"; the wizard reports its steps by their titles.
    QString step = coreText("Progress", progress.step);
    if (step == QString::fromStdString(progress.step))
        step = wizardText(progress.step);
    m_progress->setToolTip(step);
    m_step->setText(step);
    m_step->setVisible(!step.isEmpty());
    m_progress->show();
    m_job = job;
    m_cancel->setEnabled(progress.stoppable && m_cancelled != job);
    m_cancel->setToolTip(
        progress.stoppable ? tr("Cancel the running job; the board is left as the last finished step left it")
                           : tr("This step finishes on the chip whatever the computer does; Cancel is "
                                "possible again after it"));
    m_cancel->show();
}

}  // namespace rescue::ui
