// Journal files read back (log viewer, support bundles): every line either becomes an
// event or one journal.corrupt-line problem, never both and never neither, and an event
// read back writes out and reads again as the same event.

#include <sstream>

#include "core/engine/journal.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream in(std::string(fuzz::asText(ByteView(data, size))));
    const engine::JournalContents contents = engine::readJournal(in, "journal-fuzz.jsonl");
    fuzz::require(contents.events.size() + contents.problems.size() == contents.lines,
                  "a line neither read nor reported");
    for (const auto& problem : contents.problems)
        fuzz::checkError(problem);
    // What was read writes back as the same event (the journal's round-trip promise).
    for (const auto& event : contents.events) {
        auto again = engine::parseEvent(engine::toJson(event));
        fuzz::require(again.ok() && *again == event, "an event read from a journal does not round-trip");
        (void)engine::toJsonLine(event);
    }
    return 0;
}
