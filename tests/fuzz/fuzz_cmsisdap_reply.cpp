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
    CmsisDapProbe& probe = **opened;
    fuzz::checkResult(probe.attach());
    for (int step = 0; step < 64 && !in.empty(); ++step) {
        switch (in.u8() % 8) {
            case 0:
                fuzz::checkResult(probe.attach());
                break;
            case 1:
                fuzz::checkResult(probe.driveNrst(NrstDrive(in.u8() % 3)));
                break;
            case 2:
                fuzz::checkResult(probe.readDp(in.u8() & 0xFC));
                break;
            case 3: {
                const std::uint8_t ap = in.u8();
                fuzz::checkResult(probe.readAp(ap, in.u8() & 0xFC));
                break;
            }
            case 4: {
                const std::uint32_t address = in.u32() & ~3u;
                const std::size_t length = 4 * std::size_t(in.u8() % 64);
                auto r = probe.readMemory(1, address, length);
                fuzz::checkResult(r);
                if (r && r->size() != length)
                    __builtin_trap();  // a successful read returns what was asked
                break;
            }
            case 5: {
                const std::uint32_t address = in.u32() & ~3u;
                fuzz::checkResult(probe.writeMemory(1, address, Bytes(4 * std::size_t(in.u8() % 64), 0xA5)));
                break;
            }
            case 6: {
                std::vector<MemoryStep> steps;
                const int count = in.u8() % 16;
                for (int i = 0; i < count; ++i)
                    steps.push_back({MemoryStep::Kind(in.u8() % 3), 0, 0xE00E1100u + 4 * (in.u8() % 3),
                                     in.u32(), in.u32()});
                auto r = probe.runMemorySteps(steps, std::chrono::milliseconds(in.u8()));
                fuzz::checkResult(r);
                break;
            }
            default:
                fuzz::checkResult(probe.setSwdFrequency(in.u16()));
                break;
        }
    }
    return 0;
}
