#pragma once
// Filters the live log by minimum level, hidden channels and a search text. Reads the
// LogStore directly rather than through data(): re-filtering a million rows after a
// keystroke must not build a million QVariants.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

#include "core/engine/event.h"

namespace rescue::ui {

class LogModel;

// ASCII case folding for the byte-level search; other bytes compare as they are.
struct AsciiFoldHash {
    std::size_t operator()(char c) const;
};
struct AsciiFoldEqual {
    bool operator()(char a, char b) const;
};

class LogFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LogFilterProxy(QObject* parent = nullptr);

    // Only a LogModel is accepted as the source (anything else filters out every row).
    void setSourceModel(QAbstractItemModel* model) override;
    LogModel* logModel() const { return m_log; }

    void setMinimumLevel(engine::LogLevel level);
    engine::LogLevel minimumLevel() const { return m_minimumLevel; }

    // Channels not shown; a channel that appears later is shown until it is hidden.
    void setHiddenChannels(const QSet<QString>& channels);
    const QSet<QString>& hiddenChannels() const { return m_hiddenChannels; }

    // Case-insensitive substring of the message text; empty shows everything.
    void setSearchText(const QString& text);
    const QString& searchText() const { return m_searchText; }

    // Source rows of the visible rows, in view order.
    std::vector<int> visibleSourceRows() const;

signals:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool channelHidden(std::size_t channelId) const;
    bool textMatches(std::string_view text) const;
    void refilter();

    LogModel* m_log = nullptr;
    engine::LogLevel m_minimumLevel = engine::LogLevel::Debug;
    QSet<QString> m_hiddenChannels;
    // Per channel id: 1 hidden, 0 shown; grows lazily as the model interns new channels.
    mutable std::vector<std::uint8_t> m_hiddenById;

    QString m_searchText;
    // An ASCII needle is matched on the UTF-8 bytes without decoding; any other needle falls
    // back to QString's case-insensitive contains().
    std::string m_asciiNeedle;
    bool m_needleIsAscii = true;
    std::optional<
        std::boyer_moore_horspool_searcher<std::string::const_iterator, AsciiFoldHash, AsciiFoldEqual>>
        m_searcher;
};

}  // namespace rescue::ui
