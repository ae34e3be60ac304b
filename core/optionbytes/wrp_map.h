#pragma once
// Which flash sectors a write-protection value protects on a given part. Polarity follows
// the hardware: a bit at 0 protects (WRPSGn on H5, WRPS on H7RS); all ones protects nothing.
// H5: one bit per sector (H503) or per group of 4 sectors (H52x/H53x, H56x/H57x), per bank.
// Bits beyond the part's flash (a 1 MB H563 uses 16 of 32 group bits) protect nothing.

#include <cstdint>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/device/part.h"
#include "core/optionbytes/field_table.h"
#include "core/optionbytes/option_byte_image.h"

namespace rescue::optionbytes {

struct WrpGroup {
    unsigned bit = 0;
    unsigned firstSector = 0;  // bank-local sector index
    unsigned lastSector = 0;
    bool isProtected = false;
};

struct WrpMap {
    std::string field;  // "WRPSGn1", "WRPS"
    unsigned bank = 1;
    unsigned sectorsInBank = 0;
    std::vector<WrpGroup> groups;  // only the groups that exist on the part

    std::vector<unsigned> protectedSectors() const;
    bool anyProtected() const;
    bool allProtected() const;  // bank and mass erase will fail (WRPERR / WRPERRF)
};

// The map of one write-protection field for `part`.
Result<WrpMap> wrpMap(const FieldDef& field, std::uint32_t value, const device::Part& part);
// One map per bank: the whole-field views (WRPSGn1, WRPSGn2, H7RS WRPS), not per-bit fields.
std::vector<WrpMap> wrpMaps(const OptionByteImage& image, const device::Part& part);
// Sorted numbers as people read them: {0, 1, 2, 5} -> "0-2, 5".
std::string formatRanges(const std::vector<unsigned>& sorted);

// The field value that protects exactly `sectors` (bank-local), every other bit left at 1.
Result<std::uint32_t> wrpValueProtecting(const FieldDef& field, const std::vector<unsigned>& sectors,
                                         const device::Part& part);

}  // namespace rescue::optionbytes
