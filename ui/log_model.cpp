#include "ui/log_model.h"

#include <QColor>
#include <QDateTime>

namespace rescue::ui {

LogModel::LogModel(QObject* parent) : QAbstractTableModel(parent) {}

int LogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_store.size());
}

int LogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString LogModel::levelName(engine::LogLevel level) {
    switch (level) {
        case engine::LogLevel::Debug:
            return tr("Debug");
        case engine::LogLevel::Info:
            return tr("Info");
        case engine::LogLevel::Warning:
            return tr("Warning");
        case engine::LogLevel::Error:
            return tr("Error");
    }
    return tr("Level %1").arg(static_cast<int>(level));
}

QString LogModel::formatTime(std::int64_t wallTimeNs, bool withDate) {
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(wallTimeNs / 1'000'000);
    return time.toString(withDate ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss.zzz"));
}

QVariant LogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const LogStore::Line& line = m_store.line(row);
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case TimeColumn:
                    return formatTime(line.wallTimeNs, false);
                case LevelColumn:
                    return levelName(line.level);
                case ChannelColumn:
                    return m_channelNames.value(line.channel);
                case TextColumn: {
                    const std::string_view text = m_store.text(row);
                    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
                }
            }
            return {};
        case Qt::ToolTipRole:
        case DetailsRole:
            return details(index.row());
        case Qt::ForegroundRole:
            switch (line.level) {
                case engine::LogLevel::Debug:
                    return QColor(0x75, 0x75, 0x75);
                case engine::LogLevel::Warning:
                    return QColor(0xa8, 0x5d, 0x00);
                case engine::LogLevel::Error:
                    return QColor(0xc6, 0x28, 0x28);
                case engine::LogLevel::Info:
                    break;
            }
            return {};
        case LevelRole:
            return static_cast<int>(line.level);
        case ChannelRole:
            return m_channelNames.value(line.channel);
        case FieldsRole: {
            const std::string_view json = m_store.fieldsJson(row);
            return QString::fromUtf8(json.data(), static_cast<qsizetype>(json.size()));
        }
        case SequenceRole:
            return QVariant::fromValue(static_cast<quint64>(line.sequence));
        case JobRole:
            return QVariant::fromValue(static_cast<quint64>(line.job));
    }
    return {};
}

QString LogModel::details(int row) const {
    const auto r = static_cast<std::size_t>(row);
    const LogStore::Line& line = m_store.line(r);
    const std::string_view text = m_store.text(r);
    QString out = QStringLiteral("%1  %2  %3").arg(formatTime(line.wallTimeNs, true), levelName(line.level),
                                      m_channelNames.value(line.channel));
    if (line.job != 0)
        out += QLatin1Char('\n') + tr("Job %1, session %2, event %3")
                                       .arg(line.job)
                                       .arg(line.session)
                                       .arg(line.sequence);
    else
        out += QLatin1Char('\n') + tr("Event %1").arg(line.sequence);
    out += QLatin1Char('\n') + QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    if (line.hasFields) {
        const std::string_view json = m_store.fieldsJson(r);
        const auto fields = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
        out += QLatin1Char('\n') + QString::fromStdString(fields.dump(2));
    }
    return out;
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case TimeColumn:
            return tr("Time");
        case LevelColumn:
            return tr("Level");
        case ChannelColumn:
            return tr("Channel");
        case TextColumn:
            return tr("Message");
    }
    return {};
}

void LogModel::appendBatch(const LogBatch& events) {
    std::size_t count = 0;
    for (const auto& event : events)
        count += std::holds_alternative<engine::LogLine>(event.payload) ? 1 : 0;
    if (count == 0)
        return;

    const auto first = static_cast<int>(m_store.size());
    const qsizetype knownChannels = m_channelNames.size();
    beginInsertRows({}, first, first + static_cast<int>(count) - 1);
    for (const auto& event : events)
        m_store.append(event);
    // Names are known before endInsertRows so the proxy can filter the new rows by channel.
    for (auto id = static_cast<std::size_t>(knownChannels); id < m_store.channelCount(); ++id) {
        const std::string_view name = m_store.channelName(static_cast<LogStore::ChannelId>(id));
        m_channelNames.append(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
    }
    endInsertRows();

    for (qsizetype id = knownChannels; id < m_channelNames.size(); ++id)
        emit channelAdded(m_channelNames[id]);
    trimToMaximum();
}

void LogModel::trimToMaximum() {
    if (m_maximumRows <= 0 || m_store.size() <= static_cast<std::size_t>(m_maximumRows))
        return;
    const std::size_t excess = m_store.size() - static_cast<std::size_t>(m_maximumRows);
    const std::size_t drop = m_store.droppableLines(excess);
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, static_cast<int>(drop) - 1);
    m_store.dropOldest(drop);
    endRemoveRows();
}

void LogModel::setMaximumRows(qsizetype rows) {
    m_maximumRows = std::max<qsizetype>(rows, 0);
    trimToMaximum();
}

void LogModel::clear() {
    beginResetModel();
    m_store.clear();
    endResetModel();
}

}  // namespace rescue::ui
