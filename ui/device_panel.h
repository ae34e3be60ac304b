#pragma once
// The probes the workbench can see and the target behind the chosen one. USB ST-LINKs appear
// and disappear as they are plugged (a USB watcher triggers a rescan), ST-LINK servers are
// asked when a person adds their address, and the lab's boards are listed beside them.
// Selecting a probe shows what the last connection to it identified; Connect identifies the
// target again in the chosen mode and through the chosen access port.
//
// All probe work is an engine job in the panel's own session ("probes"), which owns the
// probe registry; the GUI thread only submits jobs and reads their results.

#include <memory>
#include <optional>

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/engine/event.h"
#include "ui/engine_metatypes.h"
#include "ui/probe_jobs.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QTimer;

namespace rescue::transport {
class UsbWatcher;
}

namespace rescue::ui {

class EngineBridge;
class ProbeListModel;

class DevicePanel : public QWidget {
    Q_OBJECT
public:
    // `factory` builds the probe registry on the session's worker; the default offers USB,
    // ST-LINK servers and the lab in real time.
    explicit DevicePanel(EngineBridge& bridge, QWidget* parent = nullptr,
                         ProbeWorkspace::RegistryFactory factory = ProbeWorkspace::defaultRegistryFactory());
    ~DevicePanel() override;

    ProbeListModel* probes() const { return m_probes; }
    QListView* probeList() const { return m_list; }
    QPushButton* connectButton() const { return m_connect; }
    // "Recover this board…": opens the stuck-board wizard for the selected probe.
    QPushButton* recoverButton() const { return m_recover; }
    QPushButton* rescanButton() const { return m_rescan; }
    QComboBox* connectModeBox() const { return m_mode; }
    QSpinBox* apBox() const { return m_ap; }

    QString selectedUri() const;
    bool selectUri(const QString& uri);

    // What the details area shows: "Label: value" per identification line, the NRST verdict
    // sentence, the blocker (or connection error) sentence, empty when none.
    QStringList identityLines() const;
    QString nrstText() const;
    QString nrstVerdict() const;  // "wired", "not-wired", "not-checked", empty before a connect
    QString blockerText() const;
    // "connected STM32H56x/H57x", "not connected", ...: what the status bar shows.
    QString targetSummary() const { return m_targetSummary; }
    bool busy() const { return m_connectJob != 0; }

    // The engine session and probe workspace the panel's jobs run in; other panels (DA)
    // submit their probe jobs there too, so one registry owns the probes.
    std::shared_ptr<ProbeWorkspace> workspace() const { return m_workspace; }
    engine::SessionId session() const { return m_session; }

    QStringList stlinkServers() const { return m_servers; }
    // Adds "HOST:PORT" to the servers every scan asks; false (with a message beside the
    // field) when it is not an address.
    bool addStlinkServer(const QString& address);
    // True when USB arrivals and removals trigger rescans; false when libusb could not start
    // (the scan's problems say why), and only Rescan looks again.
    bool watchesUsb() const { return m_usbWatcher != nullptr; }
    // Selects `uri` and connects as soon as a scan lists it (rescue-workbench --probe URI).
    void connectWhenListed(const QString& uri);

public slots:
    void rescan();
    void connectSelected();

signals:
    void targetChanged(const QString& summary);
    // The selected probe changed (empty: none).
    void selectionChanged(const QString& uri);
    // The person asked for the recovery wizard on the selected probe.
    void recoverRequested(const QString& uri);
    void scanFinished();

private:
    struct Outcome {
        nlohmann::json result;       // the connect job's result
        std::optional<Error> error;  // when the connection failed
        bool cancelled = false;
    };

    void buildUi();
    void startUsbWatch();
    void scheduleRescan();
    void onJobEnded(quint64 job, const rescue::engine::JobEnded& ended);
    void onProgress(quint64 job, const rescue::engine::Progress& progress);
    void finishScan(const rescue::engine::JobEnded& ended);
    void finishConnect(const rescue::engine::JobEnded& ended);
    void showSelected();
    void showOutcome(const Outcome& outcome);
    void clearIdentity();
    void setNrst(const QString& verdict, const QString& sentence, const QString& hint);
    void setBlocker(const Error& error);
    void setBlocker(const QString& message, const QString& hint = {});
    void updateStatus();
    void updateControls();
    void setTargetSummary(const QString& summary);
    void loadServers();
    void saveServers() const;

    EngineBridge& m_bridge;
    std::shared_ptr<ProbeWorkspace> m_workspace;
    engine::SessionId m_session = 0;
    quint64 m_scanJob = 0;
    bool m_rescanWanted = false;
    bool m_scanned = false;
    quint64 m_connectJob = 0;
    QString m_connectUri;
    QHash<QString, Outcome> m_outcomes;  // by probe URI: the last connection's outcome
    QStringList m_servers;
    QStringList m_scanProblems;
    QString m_targetSummary;
    QString m_connectWhenListed;

    std::unique_ptr<transport::UsbWatcher> m_usbWatcher;
    QTimer* m_rescanSoon = nullptr;  // coalesces a burst of USB events into one scan

    ProbeListModel* m_probes = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_rescan = nullptr;
    QLineEdit* m_serverEdit = nullptr;
    QPushButton* m_addServer = nullptr;
    QLabel* m_serverMessage = nullptr;
    QComboBox* m_mode = nullptr;
    QSpinBox* m_ap = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_recover = nullptr;
    QLabel* m_connectStatus = nullptr;
    QLabel* m_probeHeader = nullptr;
    QLabel* m_nrst = nullptr;
    QLabel* m_blocker = nullptr;
    QWidget* m_identity = nullptr;
    QFormLayout* m_form = nullptr;
};

}  // namespace rescue::ui
