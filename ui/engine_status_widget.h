#pragma once
// The engine's state in the status bar: idle or busy (with the running job's name), and while a
// job reports progress, its bar, its current step and a Cancel button for it. Step names the
// jobs mark with QT_TRANSLATE_NOOP("Progress", ...) are shown translated.

#include <QWidget>

#include "ui/engine_metatypes.h"

class QLabel;
class QProgressBar;
class QToolButton;

namespace rescue::ui {

class EngineBridge;

class EngineStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit EngineStatusWidget(EngineBridge& bridge, QWidget* parent = nullptr);

    QString text() const;
    QString stepText() const;  // the step shown next to the bar; empty when none is

private:
    void updateState();
    void showProgress(quint64 job, const rescue::engine::Progress& progress);

    EngineBridge& m_bridge;
    QLabel* m_state;
    QProgressBar* m_progress;
    QLabel* m_step;
    QToolButton* m_cancel;
    quint64 m_job = 0;        // the job whose progress is shown
    quint64 m_cancelled = 0;  // the job Cancel was pressed for
};

}  // namespace rescue::ui
