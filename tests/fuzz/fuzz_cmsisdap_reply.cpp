// CMSIS-DAP replies as the driver meets them: CmsisDapProbe over a channel whose every IN
// transfer answers with the fuzzer's bytes (or a transport error), then a sequence of the
// operations a session performs (value-match batches included), picked by the input. Also the
// reply parsers on their own. Every failure must be a readable error, never a crash or a hang
// (the session clock is virtual: WAIT resends and value-match slices advance it).
//
// Per IN transfer the channel reads one control byte: 0 = timeout, 1 = disconnected,
// anything else = a reply of the next byte's length (0..255) follows.

#include <span>
#include <vector>

#include "core/common/clock.h"
#include "core/probe/cmsisdap/cmsisdap_probe.h"
#include "core/probe/cmsisdap/cmsisdap_protocol.h"
#include "fuzz/fuzz_probe_session.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::probe;
using namespace rescue::probe::cmsisdap;

namespace {

class FuzzChannel final : public transport::BulkChannel {
public:
    explicit FuzzChannel(fuzz::Input& input) : m_in(input) {}
    Status write(std::uint8_t, ByteView, std::chrono::milliseconds) override { return {}; }
    Result<Bytes> read(std::uint8_t endpoint, std::size_t maxLength,
                       std::chrono::milliseconds timeout) override {
        if (m_in.empty())
            return transport::disconnectedError("fuzz probe");
        switch (m_in.u8()) {
            case 0:
                return transport::timeoutError(endpoint, timeout);
            case 1:
                return transport::disconnectedError("fuzz probe");
            default: {
                const ByteView reply = m_in.chunk();
                if (reply.size() > maxLength)
                    return transport::overflowError(endpoint, reply.size(), maxLength);
                return Bytes(reply.begin(), reply.end());
            }
        }
    }

private:
    fuzz::Input& m_in;
};

void parsers(ByteView bytes) {
    for (std::uint8_t id : {info::kProduct, info::kPacketSize, info::kPacketCount}) {
        fuzz::checkResult(parseInfoString(bytes, id));
        fuzz::checkResult(parseInfoU8(bytes, id));
        fuzz::checkResult(parseInfoU16(bytes, id));
    }
    fuzz::checkResult(parseStatus(bytes, cmd::kSwjClock, "fuzzing"));
    fuzz::checkResult(parseConnect(bytes));
    fuzz::checkResult(parseSwjPins(bytes));
    const std::vector<TransferOp> ops{TransferOp::writeAp(0x4, 0), TransferOp::readAp(0xC),
                                      TransferOp::matchMask(1), TransferOp::matchAp(0xC, 1),
                                      TransferOp::readDp(0xC)};
    fuzz::checkResult(parseTransfer(bytes, ops));
    fuzz::checkResult(parseTransferBlock(bytes, true, 8));
    fuzz::checkResult(parseTransferBlock(bytes, false, 8));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    parsers(ByteView(data, size));

    fuzz::Input in(data, size);
    CmsisDapOptions options;
    options.waitBudget = std::chrono::milliseconds(50);
    auto clock = std::make_shared<VirtualClock>();
    auto opened = CmsisDapProbe::open(std::make_shared<FuzzChannel>(in), ProbeInfo{}, clock, options);
    fuzz::checkResult(opened);
    if (!opened)
        return 0;
    fuzz::runProbeSession(**opened, in);
    return 0;
}
