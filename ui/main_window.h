#pragma once
// The workbench window: docks for the devices, the live log, Debug Authentication (tabbed with
// the option-byte editor) and the option-byte editor, a
// toolbar with the recovery wizard, and the engine's state in the status bar. Geometry, dock
// layout and the log's splitter and filters are remembered in QSettings.

#include <optional>

#include <QMainWindow>

#include "core/common/error.h"

class QDockWidget;
class QLabel;
class QMenu;

namespace rescue::ui {

class DaPanel;
class DevicePanel;
class EngineBridge;
class EngineStatusWidget;
class LogModel;
class LogView;
class OptionBytePanel;
class RescueWizard;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(EngineBridge& bridge, QWidget* parent = nullptr);
    ~MainWindow() override;

    LogModel* logModel() const { return m_logModel; }
    LogView* logView() const { return m_logView; }
    DevicePanel* devicePanel() const { return m_devicePanel; }
    OptionBytePanel* optionBytePanel() const { return m_optionBytePanel; }
    DaPanel* daPanel() const { return m_daPanel; }
    QDockWidget* deviceDock() const { return m_deviceDock; }
    QDockWidget* logDock() const { return m_logDock; }
    QDockWidget* optionByteDock() const { return m_optionByteDock; }
    QDockWidget* daDock() const { return m_daDock; }
    QAction* wizardAction() const { return m_wizardAction; }
    // Shows and raises the Debug Authentication dock.
    QAction* daAction() const { return m_daAction; }
    EngineStatusWidget* engineStatus() const { return m_engineStatus; }
    // "Target: connected STM32H56x/H57x", from the device panel's last connection.
    QLabel* targetStatus() const { return m_targetStatus; }

    // Opens the stuck-board wizard (non-modal, deleted when closed) on `uri`, or on the device
    // panel's selection when empty.
    RescueWizard* openWizard(const QString& uri = {});

    // "Record session…": every probe opened from now on is recorded into `path` (JSON lines);
    // the status bar says so. Returns the error when the file cannot be created.
    std::optional<Error> startRecording(const QString& path);
    void stopRecording();
    QAction* recordAction() const { return m_recordAction; }
    QLabel* recordingStatus() const { return m_recordingStatus; }
    // "Open recording…": lists the recording as replay:PATH in the devices and selects it, so
    // Connect and the wizard replay it. Returns the error when the file is not a recording.
    std::optional<Error> openRecording(const QString& path);

    QMenu* createLanguageMenu();
    void saveSettings() const;
    // Returns false when nothing (or nothing readable) was saved before.
    bool restoreSettings();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QSize defaultSize() const;
    void buildDocks();
    void buildActions();
    void showAbout();
    void updateWizardAction();

    EngineBridge& m_bridge;
    LogModel* m_logModel;
    LogView* m_logView = nullptr;
    DevicePanel* m_devicePanel = nullptr;
    OptionBytePanel* m_optionBytePanel = nullptr;
    DaPanel* m_daPanel = nullptr;
    QDockWidget* m_deviceDock = nullptr;
    QDockWidget* m_logDock = nullptr;
    QDockWidget* m_optionByteDock = nullptr;
    QDockWidget* m_daDock = nullptr;
    QAction* m_wizardAction = nullptr;
    QAction* m_daAction = nullptr;
    EngineStatusWidget* m_engineStatus = nullptr;
    QLabel* m_targetStatus = nullptr;
    QAction* m_recordAction = nullptr;
    QLabel* m_recordingStatus = nullptr;
};

}  // namespace rescue::ui
