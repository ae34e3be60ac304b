// The lab's side of the ST-LINK server protocol: ServerDispatcher (with a virtual ST-LINK V2-1
// and a V3SET, each on a small generic board) fed the input as a client's byte stream,
// framed exactly as StlinkServer frames what it receives. The tunnelled SEND_USB_CMD blocks
// reach the virtual probe's firmware, so its command parser is fuzzed too. Every reply
// must be one the client can frame: at least a status or count word, and never more than
// the protocol's maximum.
//
// The first input byte picks the client id per request (0x80: the client disconnects
// half-way, closing its connections).

#include "core/common/clock.h"
#include "core/probe/stlink/stlink_tcp_protocol.h"
#include "core/sim/stlink/server_dispatcher.h"
#include "core/sim/stlink/stlink_identity.h"
#include "fuzz/fuzz_support.h"
#include "support/test_board.h"

using namespace rescue;
using namespace rescue::sim::stlink;
namespace tcp = rescue::probe::stlink::tcp;

namespace {

testsupport::TestBoardConfig smallBoard() {
    testsupport::TestBoardConfig config;
    config.ramSize = 4 * 1024;
    config.flashSize = 4 * 1024;
    return config;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Input in(data, size);
    const std::uint8_t knobs = in.u8();

    VirtualClock clock;
    testsupport::TestBoard board(smallBoard());
    testsupport::TestBoard board2(smallBoard());
    ServerDispatcher dispatcher;
    if (!dispatcher.addProbe(std::make_shared<VirtualStlink>(stlinkV2_1(), clock, &board)) ||
        !dispatcher.addProbe(std::make_shared<VirtualStlink>(stlinkV3Set(), clock, &board2)))
        fuzz::fail("cannot register the virtual probes");

    const ByteView stream = in.rest();
    std::size_t pos = 0;
    unsigned requests = 0;
    while (pos < stream.size()) {
        auto length = dispatcher.requestLength(stream.subspan(pos));
        fuzz::checkResult(length);
        if (!length || !*length)
            break;  // the server drops the client, or waits for bytes that never come
        const std::size_t n = **length;
        fuzz::require(n >= 1 && n <= tcp::kMaxRequest, "a request length out of range");
        if (pos + n > stream.size())
            break;
        const ServerDispatcher::ClientId client = 1 + ((knobs >> (requests % 4)) & 1);
        const Bytes reply = dispatcher.handle(client, stream.subspan(pos, n));
        fuzz::require(reply.size() >= 4 && reply.size() <= tcp::kMaxReply, "a reply the client cannot frame");
        pos += n;
        ++requests;
        if ((knobs & 0x80) && requests == 8)
            dispatcher.clientClosed(1);
    }
    dispatcher.clientClosed(1);
    dispatcher.clientClosed(2);
    return 0;
}
