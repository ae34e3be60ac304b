#include "ui/log_filter_proxy.h"

#include "ui/log_model.h"

namespace rescue::ui {

namespace {
char asciiLower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
}  // namespace

std::size_t AsciiFoldHash::operator()(char c) const {
    return static_cast<unsigned char>(asciiLower(c));
}
bool AsciiFoldEqual::operator()(char a, char b) const {
    return asciiLower(a) == asciiLower(b);
}

LogFilterProxy::LogFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    // Rows keep the engine's order; sorting a live log would make following it impossible.
    setDynamicSortFilter(true);
}

void LogFilterProxy::setSourceModel(QAbstractItemModel* model) {
    m_log = qobject_cast<LogModel*>(model);
    m_hiddenById.clear();
    QSortFilterProxyModel::setSourceModel(model);
}

void LogFilterProxy::setMinimumLevel(engine::LogLevel level) {
    if (level == m_minimumLevel)
        return;
    m_minimumLevel = level;
    refilter();
}

void LogFilterProxy::setHiddenChannels(const QSet<QString>& channels) {
    if (channels == m_hiddenChannels)
        return;
    m_hiddenChannels = channels;
    m_hiddenById.clear();
    refilter();
}

void LogFilterProxy::setSearchText(const QString& text) {
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searcher.reset();
    m_asciiNeedle.clear();
    m_needleIsAscii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            m_needleIsAscii = false;
            break;
        }
    }
    if (!text.isEmpty() && m_needleIsAscii) {
        m_asciiNeedle = text.toStdString();
        m_searcher.emplace(m_asciiNeedle.cbegin(), m_asciiNeedle.cend());
    }
    refilter();
}

void LogFilterProxy::refilter() {
    invalidateRowsFilter();
    emit filterChanged();
}

bool LogFilterProxy::channelHidden(std::size_t channelId) const {
    if (m_hiddenChannels.isEmpty())
        return false;
    const auto& names = m_log->channelNames();
    while (m_hiddenById.size() < static_cast<std::size_t>(names.size()))
        m_hiddenById.push_back(
            m_hiddenChannels.contains(names[static_cast<qsizetype>(m_hiddenById.size())]) ? 1 : 0);
    return channelId < m_hiddenById.size() && m_hiddenById[channelId] != 0;
}

bool LogFilterProxy::textMatches(std::string_view text) const {
    if (m_searchText.isEmpty())
        return true;
    if (m_searcher) {
        const auto match = (*m_searcher)(text.begin(), text.end());
        return match.first != text.end();
    }
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()))
        .contains(m_searchText, Qt::CaseInsensitive);
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_log == nullptr || sourceParent.isValid())
        return false;
    const auto row = static_cast<std::size_t>(sourceRow);
    const LogStore& store = m_log->store();
    const LogStore::Line& line = store.line(row);
    if (line.level < m_minimumLevel)
        return false;
    if (channelHidden(line.channel))
        return false;
    return textMatches(store.text(row));
}

std::vector<int> LogFilterProxy::visibleSourceRows() const {
    std::vector<int> rows;
    const int count = rowCount();
    rows.reserve(static_cast<std::size_t>(count));
    for (int r = 0; r < count; ++r)
        rows.push_back(mapToSource(index(r, 0)).row());
    return rows;
}

}  // namespace rescue::ui
