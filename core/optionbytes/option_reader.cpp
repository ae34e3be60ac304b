#include "core/optionbytes/option_reader.h"

#include <fmt/format.h>

#include "core/arm/adiv5.h"
#include "core/common/bytes.h"

namespace rescue::optionbytes {

Result<OptionByteImage> readOptionBytes(probe::DebugProbe& probe,
                                        std::shared_ptr<const device::Family> family, std::uint8_t ap) {
    const FieldTable& table = family->optionBytes;
    RegisterDump dump;
    for (const auto& reg : table.registers) {
        auto value = probe.read32(ap, table.curAddress(reg));
        if (!value) {
            (void)arm::clearStickyErrors(probe);
            Error e = makeError(
                "ob.unreadable",
                fmt::format("{} ({}) did not answer through AP{}: the core's access port is closed, "
                            "as it is in closed product states.",
                            reg.curName, hex32(table.curAddress(reg)), ap),
                "A closed chip's option bytes are read only after Debug Authentication reopens it "
                "(rescue da discover shows what it offers).");
            e.with("register", reg.curName).with("address", hex32(table.curAddress(reg)));
            e.with("probe said", value.error().message);
            return e;
        }
        dump[reg.name] = *value;
    }
    return OptionByteImage::fromDump(std::move(family), dump);
}

}  // namespace rescue::optionbytes
