#pragma once
// The probes the panel lists: USB ST-LINKs first, then those behind ST-LINK servers, then
// the lab's boards, each group in URI order. A new scan is merged into the rows (rows that
// went away are removed, new ones inserted where they belong, changed ones updated), never
// a reset, so the selection and the scroll position survive a hotplug rescan.

#include <vector>

#include <QAbstractListModel>

#include "core/probe/debug_probe.h"

namespace rescue::ui {

class ProbeListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        UriRole = Qt::UserRole + 1,  // QString
        TransportRole,               // QString: "usb", "stlink-tcp", "lab"
        ModelRole,                   // QString
        SerialRole,                  // QString
        FirmwareRole,                // QString, empty when the listing cannot tell
        VoltageRole,                 // double, invalid QVariant when not read
        ProblemRole,                 // QString: why it cannot be opened, empty when it can
        GroupRole,                   // QString: "USB", "ST-LINK server", "Lab" (translated)
    };

    explicit ProbeListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Merges a scan into the rows. Probes are matched by URI.
    void setProbes(std::vector<probe::ProbeInfo> probes);

    const probe::ProbeInfo& probeAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    // -1 when no row has this URI.
    int rowOfUri(const QString& uri) const;
    int countOfTransport(const QString& transport) const;

    static QString groupName(const QString& transport);

private:
    std::vector<probe::ProbeInfo> m_rows;
};

}  // namespace rescue::ui
