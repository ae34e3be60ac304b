#include "ui/probe_list_model.h"

#include <algorithm>
#include <tuple>

#include <QIcon>
#include <QLocale>

namespace rescue::ui {
namespace {

int groupOrder(const std::string& transport) {
    if (transport == "usb")
        return 0;
    if (transport == "stlink-tcp")
        return 1;
    if (transport == "lab")
        return 2;
    if (transport == "replay")
        return 3;
    return 4;
}

bool before(const probe::ProbeInfo& a, const probe::ProbeInfo& b) {
    return std::forward_as_tuple(groupOrder(a.transport), a.uri) <
           std::forward_as_tuple(groupOrder(b.transport), b.uri);
}

bool sameShown(const probe::ProbeInfo& a, const probe::ProbeInfo& b) {
    return a.uri == b.uri && a.transport == b.transport && a.model == b.model && a.serial == b.serial &&
           a.firmware == b.firmware && a.targetVoltage == b.targetVoltage && a.problem == b.problem;
}

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// What the list shows for a probe: the board's name for the lab, the model and serial for a
// real probe (two ST-LINKs of one model differ only by serial).
QString title(const probe::ProbeInfo& p) {
    if (p.transport == "lab") {
        const auto colon = p.uri.find(':');
        return qs(colon == std::string::npos ? p.uri : p.uri.substr(colon + 1));
    }
    QString model = p.model.empty() ? qs(p.uri) : qs(p.model);
    return p.serial.empty() ? model : QStringLiteral("%1 · %2").arg(model, qs(p.serial));
}

}  // namespace

ProbeListModel::ProbeListModel(QObject* parent) : QAbstractListModel(parent) {}

int ProbeListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ProbeListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const probe::ProbeInfo& p = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole: {
            QString line = tr("%1 — %2").arg(groupName(qs(p.transport)), title(p));
            if (p.targetVoltage)
                line += tr(" (%1 V)").arg(QLocale().toString(*p.targetVoltage, 'f', 2));
            return line;
        }
        case Qt::ToolTipRole: {
            QStringList lines{qs(p.uri)};
            if (!p.model.empty())
                lines << tr("Model: %1").arg(qs(p.model));
            if (!p.serial.empty())
                lines << tr("Serial: %1").arg(qs(p.serial));
            if (!p.firmware.empty())
                lines << tr("Firmware: %1").arg(qs(p.firmware));
            if (!p.problem.empty())
                lines << qs(p.problem);
            return lines.join(QLatin1Char('\n'));
        }
        case Qt::DecorationRole:
            if (!p.problem.empty())
                return QIcon::fromTheme(QStringLiteral("dialog-warning"));
            return {};
        case UriRole:
            return qs(p.uri);
        case TransportRole:
            return qs(p.transport);
        case ModelRole:
            return qs(p.model);
        case SerialRole:
            return qs(p.serial);
        case FirmwareRole:
            return qs(p.firmware);
        case VoltageRole:
            return p.targetVoltage ? QVariant(*p.targetVoltage) : QVariant();
        case ProblemRole:
            return qs(p.problem);
        case GroupRole:
            return groupName(qs(p.transport));
        default:
            return {};
    }
}

QHash<int, QByteArray> ProbeListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UriRole, "uri");
    names.insert(TransportRole, "transport");
    names.insert(ModelRole, "model");
    names.insert(SerialRole, "serial");
    names.insert(FirmwareRole, "firmware");
    names.insert(VoltageRole, "voltage");
    names.insert(ProblemRole, "problem");
    names.insert(GroupRole, "group");
    return names;
}

void ProbeListModel::setProbes(std::vector<probe::ProbeInfo> probes) {
    std::stable_sort(probes.begin(), probes.end(), before);
    // A source listing one URI twice would make the merge ambiguous; keep the first.
    probes.erase(
        std::unique(probes.begin(), probes.end(),
                    [](const probe::ProbeInfo& a, const probe::ProbeInfo& b) { return a.uri == b.uri; }),
        probes.end());

    // Both lists are in the same order, so one merge pass finds every change: a row sorting
    // before the next new probe has gone away, a new probe sorting before the next row is new.
    std::size_t row = 0;
    std::size_t next = 0;
    while (row < m_rows.size() || next < probes.size()) {
        const bool haveRow = row < m_rows.size();
        const bool haveNew = next < probes.size();
        if (haveRow && haveNew && m_rows[row].uri == probes[next].uri) {
            if (!sameShown(m_rows[row], probes[next])) {
                m_rows[row] = std::move(probes[next]);
                const QModelIndex changed = index(static_cast<int>(row));
                emit dataChanged(changed, changed);
            }
            ++row;
            ++next;
        } else if (haveRow && (!haveNew || before(m_rows[row], probes[next]))) {
            // Remove the run of rows that sort before the next new probe in one go.
            std::size_t end = row + 1;
            while (end < m_rows.size() && (!haveNew || before(m_rows[end], probes[next])))
                ++end;
            beginRemoveRows({}, static_cast<int>(row), static_cast<int>(end - 1));
            m_rows.erase(m_rows.begin() + static_cast<std::ptrdiff_t>(row),
                         m_rows.begin() + static_cast<std::ptrdiff_t>(end));
            endRemoveRows();
        } else {
            std::size_t end = next + 1;
            while (end < probes.size() && (!haveRow || before(probes[end], m_rows[row])))
                ++end;
            beginInsertRows({}, static_cast<int>(row), static_cast<int>(row + (end - next) - 1));
            m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(row),
                          std::make_move_iterator(probes.begin() + static_cast<std::ptrdiff_t>(next)),
                          std::make_move_iterator(probes.begin() + static_cast<std::ptrdiff_t>(end)));
            endInsertRows();
            row += end - next;
            next = end;
        }
    }
}

int ProbeListModel::rowOfUri(const QString& uri) const {
    const std::string key = uri.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].uri == key)
            return static_cast<int>(i);
    return -1;
}

int ProbeListModel::countOfTransport(const QString& transport) const {
    const std::string key = transport.toStdString();
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(),
                                          [&key](const probe::ProbeInfo& p) { return p.transport == key; }));
}

QString ProbeListModel::groupName(const QString& transport) {
    if (transport == QLatin1String("usb"))
        return tr("USB");
    if (transport == QLatin1String("stlink-tcp"))
        return tr("ST-LINK server");
    if (transport == QLatin1String("lab"))
        return tr("Lab");
    if (transport == QLatin1String("replay"))
        return tr("Recordings");
    return transport;
}

}  // namespace rescue::ui
