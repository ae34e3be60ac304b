#pragma once
// The wire between a (virtual) probe and a lab board: what an SWD host can do to a target.
// Probe firmware (ST-LINK, CMSIS-DAP) hides the SWD posted-read pipeline, so a read here
// returns the register's value itself. Implemented by sim::Board; driven by the virtual
// probes. Nothing above core/sim sees this interface.

#include <cstdint>

namespace rescue::sim {

enum class SwdAck : std::uint8_t {
    Ok,
    Wait,        // the AP or bus is busy; the host retries
    Fault,       // sticky error set in CTRL/STAT; the host must clear it through ABORT
    NoResponse,  // nothing drives SWDIO: unpowered, held in reset with no DP, or not an SWD target
};

struct SwdRead {
    SwdAck ack = SwdAck::NoResponse;
    std::uint32_t value = 0;
};

class SwdTarget {
public:
    virtual ~SwdTarget() = default;

    // Line reset followed by the JTAG-to-SWD switch; a DPIDR read must follow.
    virtual void lineReset() = 0;
    // One DP or AP register access. `ap` selects the AP space (the AP chosen by DP SELECT);
    // `address` is the byte address A[3:2] within the bank: 0x0, 0x4, 0x8 or 0xC.
    virtual SwdRead read(bool ap, std::uint8_t address) = 0;
    virtual SwdAck write(bool ap, std::uint8_t address, std::uint32_t value) = 0;

    // The probe's NRST output, open drain: true drives the line low. On a board whose NRST
    // is not wired to the probe connector this does nothing.
    virtual void setProbeNrst(bool asserted) = 0;
    // What the probe's T_VCC / VREF pin sees, in volts (0 when the board is unpowered).
    virtual double targetVoltage() const = 0;
};

}  // namespace rescue::sim
