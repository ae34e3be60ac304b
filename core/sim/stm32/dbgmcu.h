#pragma once
// DBGMCU as both AP paths see it (AP0's debug APB while NRST is held, AP1 at the CPU
// address) plus the DA mailbox's device side (adac-protocol.md sections 13.1 and 13.3).
// Register offsets come from the catalog (dbgmcu.registers); offsets it does not name read
// as zero and ignore writes (the freeze registers the lab does not model).
//
// Mailbox, as the ST device code behaves (13.3):
//   host writes DBG_AUTH_HOST   -> HOST := value, HOST_ACK := 1, observer called
//   device takes the host word  -> HOST_ACK := 0
//   device posts a word         -> DEV := value, DEV_ACK := 1
//   host reads DBG_AUTH_DEVICE  -> DEV_ACK := 0
//   host writes DBG_AUTH_ACK    -> may clear DEV_ACK (bits written 0), never sets a bit
// With the SVD's swapped polarity the two bit positions trade roles. The mailbox is in the
// debug domain: NRST does not clear it (the request word written under reset must survive
// the release), a power-on reset does.

#include <cstdint>
#include <functional>
#include <optional>

#include "core/device/family.h"
#include "core/sim/arm/bus.h"
#include "core/sim/stm32/chip_parameters.h"

namespace rescue::sim::stm32 {

class Dbgmcu : public arm::Bus {
public:
    Dbgmcu(const device::DbgmcuMap& map, std::uint32_t idcode, const DaRomParameters& da);

    arm::BusRead read(std::uint32_t offset, arm::AccessSize size) override;
    arm::BusStatus write(std::uint32_t offset, std::uint32_t value, arm::AccessSize size) override;

    std::uint32_t idcode() const { return m_idcode; }
    std::uint32_t cr() const { return m_cr; }
    // SR: AP_PRESENT [15:0], AP_ENABLED [31:16]; the chip sets it from its access policy.
    void setApStatus(std::uint16_t present, std::uint16_t enabled);
    std::uint32_t sr() const { return m_sr; }

    // ---- device side (the boot ROM) ----
    bool hostWordPending() const { return (m_ack & m_hostAckMask) != 0; }
    std::uint32_t peekHostWord() const { return m_host; }
    // Reads DBG_AUTH_HOST as the device does: clears HOST_ACK.
    std::uint32_t takeHostWord();
    // DEV_ACK still set: the host has not read the previous word yet.
    bool deviceWordUnread() const { return (m_ack & m_devAckMask) != 0; }
    void postDeviceWord(std::uint32_t word);
    std::uint32_t deviceWord() const { return m_device; }
    std::uint32_t ackRegister() const { return m_ack; }
    // Called after every host write to DBG_AUTH_HOST or DBG_AUTH_ACK.
    void setHostActivityObserver(std::function<void()> observer) { m_observer = std::move(observer); }

    // Power-on reset: mailbox and CR cleared.
    void powerOnReset();

private:
    enum class Reg { Idcode, Cr, Sr, Host, Device, Ack, None };
    Reg regAt(std::uint32_t wordOffset) const;
    std::uint32_t readWord(Reg r);

    std::optional<std::uint32_t> m_offIdcode, m_offCr, m_offSr, m_offHost, m_offDevice, m_offAck;
    std::uint32_t m_idcode;
    std::uint32_t m_hostAckMask;
    std::uint32_t m_devAckMask;
    std::uint32_t m_cr = 0;
    std::uint32_t m_sr = 0;
    std::uint32_t m_host = 0;
    std::uint32_t m_device = 0;
    std::uint32_t m_ack = 0;
    std::function<void()> m_observer;
};

}  // namespace rescue::sim::stm32
