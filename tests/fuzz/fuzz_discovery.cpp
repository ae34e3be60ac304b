// The DISCOVERY response's data: the TLV walk (either padding), the typed view of every
// known record, and the lines `rescue da discover` prints. What parses re-encodes to a
// list that, walked the same way, gives the same information.

#include "core/auth/discovery.h"
#include "core/auth/discovery_text.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::auth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto parsed = parseDiscovery(ByteView(data, size));
    fuzz::checkResult(parsed);
    if (!parsed)
        return 0;
    auto typed = discoveryFromRecords(parsed->records);
    fuzz::require(typed.ok() && *typed == parsed->info, "the records do not give the same information");

    // Re-encoded with the layout that worked, the same walk gives the same information. (The
    // automatic choice may differ: some unpadded lists are also valid padded ones, and the
    // padded walk is tried first, as the reference says.)
    const Bytes again = encodeDiscovery(parsed->info, parsed->layout);
    auto records = parseTlvList(again, parsed->layout);
    fuzz::require(records.ok(), "re-encoded discovery data does not parse");
    auto reparsed = discoveryFromRecords(*records);
    fuzz::require(reparsed.ok() && *reparsed == parsed->info, "re-encoded discovery data parses differently");
    fuzz::checkResult(parseDiscovery(again));

    // What the workbench prints of it (`rescue da discover`), with the family from the data.
    for (const auto& line : describeDiscovery(parsed->info))
        (void)formatDiscoveryLine(line);
    return 0;
}
