#pragma once
// The engine's state in the status bar: idle or busy (with the running job's name), and the
// job's progress while one reports it.

#include <QWidget>

#include "ui/engine_metatypes.h"

class QLabel;
class QProgressBar;

namespace rescue::ui {

class EngineBridge;

class EngineStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit EngineStatusWidget(EngineBridge& bridge, QWidget* parent = nullptr);

    QString text() const;

private:
    void updateState();
    void showProgress(quint64 job, const rescue::engine::Progress& progress);

    EngineBridge& m_bridge;
    QLabel* m_state;
    QProgressBar* m_progress;
};

}  // namespace rescue::ui
