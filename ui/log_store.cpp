#include "ui/log_store.h"

#include <algorithm>
#include <chrono>
#include <limits>

namespace rescue::ui {

namespace {
// A typical line is 40-80 characters; the buffer grows past this when lines are longer.
constexpr std::size_t kTextReservePerLine = 72;
// The last channel id stands in for every channel past the 65,535th, so a runaway producer
// of channel names cannot exhaust the ids.
constexpr std::string_view kOverflowChannel = "(other)";
}  // namespace

LogStore::ChannelId LogStore::intern(std::string_view channel) {
    // Consecutive lines mostly share a channel.
    if (m_lastChannel < m_channels.size() && m_channels[m_lastChannel] == channel)
        return m_lastChannel;
    if (auto it = m_channelIds.find(std::string(channel)); it != m_channelIds.end())
        return m_lastChannel = it->second;
    constexpr std::size_t kOverflowId = std::numeric_limits<ChannelId>::max();
    if (m_channels.size() == kOverflowId)
        m_channels.emplace_back(kOverflowChannel);
    if (m_channels.size() > kOverflowId)
        return m_lastChannel = static_cast<ChannelId>(kOverflowId);
    m_channels.emplace_back(channel);
    const auto id = static_cast<ChannelId>(m_channels.size() - 1);
    m_channelIds.emplace(m_channels.back(), id);
    return m_lastChannel = id;
}

void LogStore::seal(Block& full) {
    // The block is complete: drop the slack of its text buffer for good.
    full.text.shrink_to_fit();
    full.fields.shrink_to_fit();
}

bool LogStore::append(const engine::Event& event) {
    const auto* log = std::get_if<engine::LogLine>(&event.payload);
    if (log == nullptr)
        return false;
    if (m_blocks.empty() || m_blocks.back()->lines.size() == kBlockLines) {
        if (!m_blocks.empty())
            seal(*m_blocks.back());
        auto fresh = std::make_unique<Block>();
        fresh->lines.reserve(kBlockLines);
        fresh->text.reserve(kBlockLines * kTextReservePerLine);
        m_blocks.push_back(std::move(fresh));
    }
    Block& b = *m_blocks.back();
    // Offsets are 32-bit: a block of 4096 lines would need lines of 1 MiB each to overflow,
    // so a line longer than that is cut rather than corrupting its neighbours' offsets.
    constexpr std::size_t kMaxLine = 1u << 20;
    std::string_view text = log->text;
    if (text.size() > kMaxLine)
        text = text.substr(0, kMaxLine);
    b.text.append(text);

    Line line;
    line.wallTimeNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(event.wallTime.time_since_epoch()).count();
    line.clockTimeNs = event.clockTime.time_since_epoch().count();
    line.sequence = event.sequence;
    line.session = event.session;
    line.job = event.job;
    line.textEnd = static_cast<std::uint32_t>(b.text.size());
    line.channel = intern(log->channel);
    line.level = log->level;
    line.hasFields = !log->fields.is_null();
    if (line.hasFields)
        b.fields.emplace_back(static_cast<std::uint32_t>(b.lines.size()),
                              log->fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    b.lines.push_back(line);
    ++m_size;
    return true;
}

std::size_t LogStore::dropOldest(std::size_t lines) {
    std::size_t dropped = 0;
    while (dropped < lines && m_blocks.size() > 1) {
        dropped += m_blocks.front()->lines.size();
        m_blocks.pop_front();
    }
    m_size -= dropped;
    return dropped;
}

std::size_t LogStore::droppableLines(std::size_t lines) const {
    // Every block but the last is full, so whole blocks are multiples of kBlockLines.
    const std::size_t fullBlocks = m_blocks.empty() ? 0 : m_blocks.size() - 1;
    const std::size_t blocks = std::min(fullBlocks, (lines + kBlockLines - 1) / kBlockLines);
    return blocks * kBlockLines;
}

void LogStore::clear() {
    m_blocks.clear();
    m_size = 0;
    // Channel ids stay valid: filters keyed by id keep working across a clear.
}

std::string_view LogStore::text(std::size_t row) const {
    const Block& b = block(row);
    const std::size_t i = row % kBlockLines;
    const std::size_t begin = i == 0 ? 0 : b.lines[i - 1].textEnd;
    return std::string_view(b.text).substr(begin, b.lines[i].textEnd - begin);
}

std::string_view LogStore::fieldsJson(std::size_t row) const {
    const Block& b = block(row);
    const auto i = static_cast<std::uint32_t>(row % kBlockLines);
    if (!b.lines[i].hasFields)
        return {};
    auto it = std::lower_bound(b.fields.begin(), b.fields.end(), i,
                               [](const auto& entry, std::uint32_t index) { return entry.first < index; });
    return it != b.fields.end() && it->first == i ? std::string_view(it->second) : std::string_view();
}

engine::Event LogStore::event(std::size_t row) const {
    const Line& l = line(row);
    engine::Event e;
    e.sequence = l.sequence;
    e.session = l.session;
    e.job = l.job;
    e.wallTime =
        std::chrono::system_clock::time_point(std::chrono::duration_cast<std::chrono::system_clock::duration>(
            std::chrono::nanoseconds(l.wallTimeNs)));
    e.clockTime = Clock::TimePoint(Clock::Duration(l.clockTimeNs));
    engine::LogLine log;
    log.level = l.level;
    log.channel = std::string(channelName(l.channel));
    log.text = std::string(text(row));
    if (l.hasFields)
        log.fields = nlohmann::json::parse(fieldsJson(row), nullptr, /*allow_exceptions=*/false);
    e.payload = std::move(log);
    return e;
}

std::size_t LogStore::bytesReserved() const {
    std::size_t bytes = m_blocks.size() * sizeof(Block);
    for (const auto& b : m_blocks) {
        bytes += b->lines.capacity() * sizeof(Line) + b->text.capacity();
        for (const auto& f : b->fields)
            bytes += sizeof(f) + f.second.capacity();
    }
    return bytes;
}

}  // namespace rescue::ui
