// ST-LINK replies as the driver meets them: StlinkProbe over a link whose every exchange
// answers with the fuzzer's bytes (or a transport error), then a sequence of the operations
// a session performs, picked by the input. Also the reply decoders on their own. Every
// failure must be a readable error; a memory read that succeeds returns what was asked.
//
// Per exchange the link reads one control byte: 0 = timeout, 1 = disconnected, 2 = a short
// reply, anything else = the reply bytes follow (exactly replyLength of them). WAIT storms
// end because the session clock is virtual: the probe's back-off advances it.

#include "core/common/clock.h"
#include "core/probe/stlink/stlink_probe.h"
#include "core/probe/stlink/stlink_protocol.h"
#include "core/probe/stlink/stlink_version.h"
#include "fuzz/fuzz_probe_session.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::probe;
using namespace rescue::probe::stlink;

namespace {

class FuzzLink final : public StlinkLink {
public:
    explicit FuzzLink(fuzz::Input& input) : m_in(input) {}

    Result<Bytes> transact(const Request& request, std::chrono::milliseconds) override {
        ++m_roundTrips;
        if (m_in.empty())
            return makeError("transport.disconnected", "The probe was unplugged.");
        switch (m_in.u8()) {
            case 0:
                return makeError("transport.timeout", "The probe did not answer in time.");
            case 1:
                return makeError("transport.disconnected", "The probe was unplugged.");
            case 2:
                return makeError("probe.bad-reply", "The probe's reply was short.");
            default: {
                const ByteView reply = m_in.take(request.replyLength);
                if (reply.size() < request.replyLength)
                    return makeError("transport.disconnected", "The probe was unplugged.");
                return Bytes(reply.begin(), reply.end());
            }
        }
    }
    std::uint64_t roundTrips() const override { return m_roundTrips; }

private:
    fuzz::Input& m_in;
    std::uint64_t m_roundTrips = 0;
};

void decoders(ByteView bytes) {
    fuzz::checkResult(decodeGetVersion(bytes));
    FirmwareVersion version;
    fuzz::checkResult(applyVersionEx(version, bytes));
    (void)parseVersionString(fuzz::asText(bytes));
    (void)decodeLastRwStatus2(bytes);
    (void)decodeTargetVoltage(bytes);
    if (!bytes.empty())
        (void)decodeRwMiscData(bytes.subspan(1), bytes[0]);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    decoders(ByteView(data, size));

    fuzz::Input in(data, size);
    StlinkProbeOptions options;
    options.waitBudget = std::chrono::milliseconds(50);  // fewer retries per input byte
    auto clock = std::make_shared<VirtualClock>();
    auto opened = StlinkProbe::open(std::make_unique<FuzzLink>(in), ProbeInfo{}, clock, options);
    fuzz::checkResult(opened);
    if (!opened)
        return 0;
    fuzz::runProbeSession(**opened, in);
    return 0;
}
