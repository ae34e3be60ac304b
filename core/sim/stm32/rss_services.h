#pragma once
// ST's Root Security Services as STM32CubeProgrammer uses them (stm32-lifecycle-and-option-
// bytes.md sections 5.3, 6.3, 6.4, 7): product-state change (-psrss, H7RS), option word
// write by the boot ROM (-obrss), and option-byte key provisioning (-sdp file.obk).
//
// On real chips these go through the boot ROM over a protocol ST has not published, so the
// lab offers them as this C++ interface, implemented by Stm32Chip and applying the same rules
// as the chip's registers do (catalog transitions, frozen fields). The host-side option-byte
// code reaches them through the lab probe; a real probe has no equivalent.

#include <cstdint>

#include "core/auth/obk_file.h"
#include "core/common/result.h"

namespace rescue::sim::stm32 {

class RssServices {
public:
    virtual ~RssServices() = default;
    // -psrss CODE: H7RS presented product state (0x17 Provisioning, 0x72 Closed, 0x5C Locked).
    // Families whose product state is an option register refuse (program PRODUCT_STATE).
    virtual Status setProductState(std::uint8_t code) = 0;
    // -obrss ADDRESS MASK VALUE: programming copy := (copy & ~mask) | (value & mask), then
    // programmed at once, from the ROM (HDPL0). ADDRESS is the SRP (or, as one ST script
    // writes it, the SR) address of an option register.
    virtual Status writeOptionWord(std::uint32_t address, std::uint32_t mask, std::uint32_t value) = 0;
    // -sdp FILE.obk: only in Provisioning. H5: the payload lands in OBK at its destination;
    // H7RS: stored by destination, and ROTSR.DBG_AUTH / OEM_PROVD take the method's codes.
    virtual Status provisionObk(const auth::ObkFile& obk) = 0;
};

}  // namespace rescue::sim::stm32
