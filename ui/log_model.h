#pragma once
// The live log as a table: time, level, channel, text. Rows are appended in batches (one
// beginInsertRows per batch) from EngineBridge::logLines and kept in a compact LogStore;
// past a configurable maximum the oldest rows are dropped a block (4096 rows) at a time.
//
// A live view can ask for the insertions to be paced: lines go into the store at once, but
// views hear of them at most once per interval, so a burst costs the proxy's bookkeeping and
// one repaint per interval instead of one per delivery.

#include <chrono>

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class QTimer;

#include "ui/engine_metatypes.h"
#include "ui/log_store.h"

namespace rescue::ui {

class LogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, ChannelColumn, TextColumn, ColumnCount };
    enum Role {
        LevelRole = Qt::UserRole + 1,  // int: engine::LogLevel
        ChannelRole,                   // QString
        FieldsRole,                    // QString: the structured fields as JSON, empty when none
        DetailsRole,                   // QString: every stored fact about the line, multi-line
        SequenceRole,                  // quint64: the engine's event sequence number
        JobRole,                       // quint64: the job that logged it, 0 for none
    };

    // One million lines by default: about 100 MB; the journal on disk keeps everything.
    static constexpr qsizetype kDefaultMaximumRows = 1'000'000;
    // Pacing for a visible live log: 25 insertions a second at most, which the eye cannot
    // tell from immediate.
    static constexpr std::chrono::milliseconds kLiveNotifyInterval{40};

    explicit LogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Appends the LogLine events of `events` (others are ignored) as one insertion, at once
    // or, when paced, with the next announcement.
    void appendBatch(const LogBatch& events);
    void append(const engine::Event& event) { appendBatch(LogBatch{event}); }
    void clear();

    // 0 (the default) announces every batch at once.
    void setNotifyInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds notifyInterval() const { return m_notifyInterval; }
    // Announces stored lines that views have not heard of yet.
    void announcePending();
    // Lines stored but not yet announced (not in rowCount()).
    qsizetype pendingRows() const { return static_cast<qsizetype>(m_store.size()) - m_rows; }

    // 0 means no limit. Dropping happens in whole blocks, so the count stays between
    // maximum - 4096 and maximum once the log is full.
    void setMaximumRows(qsizetype rows);
    qsizetype maximumRows() const { return m_maximumRows; }

    const LogStore& store() const { return m_store; }
    // Display names of the interned channels, indexed by LogStore::ChannelId.
    const QList<QString>& channelNames() const { return m_channelNames; }

    static QString levelName(engine::LogLevel level);
    // "2024-05-01 12:00:00.123" in local time: the time format of the table and the exports.
    static QString formatTime(std::int64_t wallTimeNs, bool withDate);

signals:
    // A channel was seen for the first time (filters add it to their menus).
    void channelAdded(const QString& channel);

private:
    void trimToMaximum();
    QString details(int row) const;

    LogStore m_store;
    QList<QString> m_channelNames;
    qsizetype m_maximumRows = kDefaultMaximumRows;
    int m_rows = 0;  // announced rows: the store's first m_rows lines
    std::chrono::milliseconds m_notifyInterval{0};
    QTimer* m_notifyTimer = nullptr;
};

}  // namespace rescue::ui
