#pragma once
// The host side of the ST-LINK protocol, just enough for lab tests: send a Request over a
// BulkChannel, read exactly the reply length the reference gives, and turn a non-OK status
// byte into an Error whose code names it ("probe.stlink.SWD_AP_WAIT"). It never retries,
// so a test sees what the probe answered. The real driver is a later issue's work.

#include <chrono>
#include <cstdint>

#include "core/common/result.h"
#include "core/probe/stlink/stlink_protocol.h"
#include "core/transport/bulk_channel.h"

namespace rescue::testsupport {

class StlinkHost {
public:
    StlinkHost(transport::BulkChannel& channel, std::uint8_t outEndpoint, std::uint8_t inEndpoint = 0x81,
               std::chrono::milliseconds timeout = std::chrono::milliseconds(100));

    // Command, data-out phase, and the IN phase when the request has one. A reply shorter
    // than expected fails with "probe.stlink.short-reply".
    Result<Bytes> transact(const probe::stlink::Request& request);
    // transact() and check the status byte at reply[0].
    Result<Bytes> checked(const probe::stlink::Request& request);

    // The OpenOCD start-up: leave DFU/MASS, enter SWD, open the APs.
    Status connect(std::initializer_list<std::uint8_t> aps = {0, 1});
    Result<std::uint32_t> readDap(std::uint16_t port, std::uint16_t address);
    Status writeDap(std::uint16_t port, std::uint16_t address, std::uint32_t value);
    // READMEM/WRITEMEM followed by GETLASTRWSTATUS2, as OpenOCD does.
    Result<Bytes> readMemory(std::uint8_t ap, std::uint32_t address, std::uint16_t length,
                             unsigned width = 32);
    Status writeMemory(std::uint8_t ap, std::uint32_t address, ByteView data, unsigned width = 32);
    Result<std::uint32_t> read32(std::uint8_t ap, std::uint32_t address);
    Status write32(std::uint8_t ap, std::uint32_t address, std::uint32_t value);
    // GETLASTRWSTATUS2 decoded.
    Result<probe::stlink::LastRwStatus> lastStatus();

private:
    Error statusError(std::uint8_t status, const probe::stlink::Request& request) const;

    transport::BulkChannel& m_channel;
    std::uint8_t m_out;
    std::uint8_t m_in;
    std::chrono::milliseconds m_timeout;
};

}  // namespace rescue::testsupport
