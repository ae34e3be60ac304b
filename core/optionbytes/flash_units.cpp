#include "core/optionbytes/flash_units.h"

namespace rescue::optionbytes {

namespace {
constexpr std::uint32_t kHdpBlockBytes = 256;  // H7RS HDPSR (reference 6.2, HAL FLASH_HDP_BLOCK_NB)
}

FlashUnits flashUnits(const FieldDef& areaField, const device::Family& family, const device::Part* part) {
    const unsigned banks = part ? part->banks() : family.flash.banks;
    const std::uint32_t flashBytes = part ? part->flashBytes() : family.flash.maxKb * 1024u;
    const std::uint32_t bankBytes = banks ? flashBytes / banks : flashBytes;
    if (areaField.meaning.find("block") != std::string::npos)
        return {"256-byte block", kHdpBlockBytes, bankBytes / kHdpBlockBytes, bankBytes, banks};
    const std::uint32_t sector = family.flash.sectorBytes ? family.flash.sectorBytes : 8192u;
    return {"sector", sector, bankBytes / sector, bankBytes, banks};
}

std::optional<FlashPlace> placeInFlash(std::uint32_t address, const FlashUnits& units,
                                       const device::Family& family) {
    const std::uint64_t size = std::uint64_t{units.bankBytes} * units.banks;
    for (std::optional<std::uint32_t> base :
         {std::optional<std::uint32_t>(family.flash.base), family.flash.secureBase}) {
        if (!base || address < *base || address - *base >= size)
            continue;
        const std::uint32_t offset = address - *base;
        FlashPlace p;
        p.bank = offset / units.bankBytes + 1;
        p.index = (offset % units.bankBytes) / units.unitBytes;
        p.secureAlias = family.flash.secureBase && *base == *family.flash.secureBase;
        return p;
    }
    return std::nullopt;
}

}  // namespace rescue::optionbytes
