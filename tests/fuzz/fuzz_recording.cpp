// Probe recordings (`replay:FILE`, core/probe/record/recording.h). A file either fails with a
// sentence naming its line, or every session it holds replays: each recorded call, asked
// again as recorded, is answered (with its value or its recorded error), the replay ends
// exactly at the last call, and one call more is replay.ended.

#include "core/probe/record/recording.h"
#include "core/probe/record/recording_format.h"
#include "core/probe/record/replay_probe.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::probe::record;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto parsed = parseRecording(fuzz::asText(ByteView(data, size)), "fuzz.jsonl");
    fuzz::checkResult(parsed);
    if (!parsed)
        return 0;
    auto recording = std::make_shared<const Recording>(std::move(*parsed));
    fuzz::require(!recording->sessions.empty(), "a recording without a session parsed");
    for (std::size_t s = 0; s < recording->sessions.size(); ++s) {
        const auto& calls = recording->sessions[s].calls;
        for (std::size_t i = 0; i < calls.size(); ++i) {
            fuzz::require(calls[i].seq == i + 1, "calls out of sequence parsed");
            if (calls[i].ok && calls[i].op == "readMemory")
                fuzz::require(calls[i].data.size() == calls[i].args["length"].get<std::size_t>(),
                              "a memory read with the wrong data length parsed");
        }
        ReplayProbe replay(recording, s, std::make_shared<VirtualClock>(), "replay:fuzz.jsonl");
        // The first call is asked as attach(): it replays or diverges, never crashes.
        auto first = replay.attach();
        if (!first)
            fuzz::checkError(first.error());
        const bool attachFirst = !calls.empty() && calls[0].op == "attach" && calls[0].args.empty();
        fuzz::require(first.ok() == (attachFirst && calls[0].ok) ||
                          (!first.ok() && first.error().code != record_error::kDiverged &&
                           first.error().code != record_error::kEnded),
                      "attach() replayed against the wrong recorded call");
    }
    return 0;
}
