#pragma once
// Compact storage for a live log of millions of lines. A stored line costs 48 bytes of
// fixed fields plus its UTF-8 text: channels are interned, the level is a byte, times are
// integers, and the text of 4096 lines shares one buffer. Lines are kept in blocks of 4096 so
// the oldest lines can be dropped a block at a time without moving the others.

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/engine/event.h"

namespace rescue::ui {

class LogStore {
public:
    static constexpr std::size_t kBlockLines = 4096;
    using ChannelId = std::uint16_t;

    struct Line {
        std::int64_t wallTimeNs = 0;   // system clock, nanoseconds since the Unix epoch (to 2262)
        std::int64_t clockTimeNs = 0;  // the engine's clock (virtual in the lab)
        std::uint64_t sequence = 0;
        std::uint64_t session = 0;
        std::uint64_t job = 0;
        std::uint32_t textEnd = 0;  // this line's text ends here in its block's buffer
        ChannelId channel = 0;
        engine::LogLevel level = engine::LogLevel::Info;
        bool hasFields = false;
    };
    static_assert(sizeof(Line) == 48, "a stored line's fixed part is meant to stay at 48 bytes");

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    // Stores the event's LogLine; returns false (storing nothing) for any other payload.
    bool append(const engine::Event& event);
    // Drops whole blocks from the front, as many as cover `lines` (rounded up) but never the
    // block being filled. Returns how many lines were dropped.
    std::size_t dropOldest(std::size_t lines);
    // How many lines dropOldest(lines) would drop, so a model can announce the removal first.
    std::size_t droppableLines(std::size_t lines) const;
    void clear();

    const Line& line(std::size_t row) const { return block(row).lines[row % kBlockLines]; }
    // Valid until the next append.
    std::string_view text(std::size_t row) const;
    // The structured fields as compact JSON; empty when the line has none.
    std::string_view fieldsJson(std::size_t row) const;
    // The line as the engine sent it (fields parsed back), for export.
    engine::Event event(std::size_t row) const;

    std::string_view channelName(ChannelId id) const { return m_channels[id]; }
    std::size_t channelCount() const { return m_channels.size(); }

    // Heap bytes held (capacity, not size), for the benchmark's bytes-per-line figure.
    std::size_t bytesReserved() const;

private:
    struct Block {
        std::vector<Line> lines;
        std::string text;
        std::vector<std::pair<std::uint32_t, std::string>> fields;  // (index in block, JSON)
    };
    const Block& block(std::size_t row) const { return *m_blocks[row / kBlockLines]; }
    ChannelId intern(std::string_view channel);
    void seal(Block& block);

    std::deque<std::unique_ptr<Block>> m_blocks;
    std::size_t m_size = 0;
    std::vector<std::string> m_channels;
    std::unordered_map<std::string, ChannelId> m_channelIds;
    ChannelId m_lastChannel = 0;
};

}  // namespace rescue::ui
