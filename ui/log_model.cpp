#include "ui/log_model.h"

#include <QColor>
#include <QDateTime>
#include <QTimer>

namespace rescue::ui {

LogModel::LogModel(QObject* parent) : QAbstractTableModel(parent), m_notifyTimer(new QTimer(this)) {
    m_notifyTimer->setSingleShot(true);
    connect(m_notifyTimer, &QTimer::timeout, this, &LogModel::announcePending);
}

int LogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int LogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

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
    return time.toString(withDate ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                  : QStringLiteral("HH:mm:ss.zzz"));
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
    QString out = QStringLiteral("%1  %2  %3  ")
                      .arg(formatTime(line.wallTimeNs, true), levelName(line.level),
                           m_channelNames.value(line.channel));
    out += line.job != 0
               ? tr("(job %1, session %2, event %3)").arg(line.job).arg(line.session).arg(line.sequence)
               : tr("(event %1)").arg(line.sequence);
    out += QLatin1Char('\n') + QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    if (line.hasFields) {
        // One "name: value" line per field reads better than a JSON block in a small pane.
        const auto fields = nlohmann::json::parse(m_store.fieldsJson(r), nullptr, /*allow_exceptions=*/false);
        if (fields.is_object()) {
            for (const auto& [name, value] : fields.items()) {
                const std::string shown = value.is_string() ? value.get<std::string>() : value.dump();
                out += QLatin1Char('\n') + QString::fromStdString(name) + QLatin1String(": ") +
                       QString::fromStdString(shown);
            }
        } else {
            out += QLatin1Char('\n') + QString::fromStdString(fields.dump());
        }
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
    const qsizetype knownChannels = m_channelNames.size();
    bool stored = false;
    for (const auto& event : events)
        stored = m_store.append(event) || stored;
    // Names are known as soon as the lines are stored, so the proxy can filter them by
    // channel whenever they are announced.
    for (auto id = static_cast<std::size_t>(knownChannels); id < m_store.channelCount(); ++id) {
        const std::string_view name = m_store.channelName(static_cast<LogStore::ChannelId>(id));
        m_channelNames.append(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
    }
    for (qsizetype id = knownChannels; id < m_channelNames.size(); ++id)
        emit channelAdded(m_channelNames[id]);
    if (!stored)
        return;
    if (m_notifyInterval.count() <= 0)
        announcePending();
    else if (!m_notifyTimer->isActive())
        m_notifyTimer->start(m_notifyInterval);
}

void LogModel::announcePending() {
    m_notifyTimer->stop();
    const auto stored = static_cast<int>(m_store.size());
    if (stored > m_rows) {
        beginInsertRows({}, m_rows, stored - 1);
        m_rows = stored;
        endInsertRows();
    }
    trimToMaximum();
}

void LogModel::setNotifyInterval(std::chrono::milliseconds interval) {
    m_notifyInterval = interval;
    if (interval.count() <= 0)
        announcePending();
}

void LogModel::trimToMaximum() {
    if (m_maximumRows <= 0 || m_rows <= m_maximumRows)
        return;
    const auto excess = static_cast<std::size_t>(m_rows - m_maximumRows);
    // Whole blocks only, and only blocks every line of which has been announced.
    const std::size_t announcedBlocks = static_cast<std::size_t>(m_rows) / LogStore::kBlockLines;
    const std::size_t drop =
        std::min(m_store.droppableLines(excess), announcedBlocks * LogStore::kBlockLines);
    if (drop == 0)
        return;
    beginRemoveRows({}, 0, static_cast<int>(drop) - 1);
    m_store.dropOldest(drop);
    m_rows -= static_cast<int>(drop);
    endRemoveRows();
}

void LogModel::setMaximumRows(qsizetype rows) {
    m_maximumRows = std::max<qsizetype>(rows, 0);
    trimToMaximum();
}

void LogModel::clear() {
    beginResetModel();
    m_notifyTimer->stop();
    m_store.clear();
    m_rows = 0;
    endResetModel();
}

}  // namespace rescue::ui
