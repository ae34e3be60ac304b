#include "ui/engine_status_widget.h"

#include <algorithm>
#include <cmath>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include "ui/engine_bridge.h"

namespace rescue::ui {

EngineStatusWidget::EngineStatusWidget(EngineBridge& bridge, QWidget* parent)
    : QWidget(parent), m_bridge(bridge), m_state(new QLabel(this)), m_progress(new QProgressBar(this)) {
    m_state->setObjectName(QStringLiteral("engineState"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_state);

    connect(&m_bridge, &EngineBridge::engineStateChanged, this, &EngineStatusWidget::updateState);
    connect(&m_bridge, &EngineBridge::progressChanged, this, &EngineStatusWidget::showProgress);
    updateState();
}

QString EngineStatusWidget::text() const {
    return m_state->text();
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
    if (m_bridge.runningJobCount() == 0)
        m_progress->hide();
}

void EngineStatusWidget::showProgress(quint64 /*job*/, const rescue::engine::Progress& progress) {
    if (m_bridge.runningJobCount() == 0)
        return;
    if (progress.fraction < 0) {
        m_progress->setRange(0, 0);  // busy, amount unknown
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(std::lround(std::clamp(progress.fraction, 0.0, 1.0) * 1000)));
    }
    m_progress->setToolTip(QString::fromStdString(progress.step));
    m_progress->show();
}

}  // namespace rescue::ui
