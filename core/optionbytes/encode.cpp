#include "core/optionbytes/encode.h"

#include <fmt/format.h>

#include "core/optionbytes/option_byte_image.h"

namespace rescue::optionbytes {

Result<RegisterDump> encode(const FieldTable& table, const FieldValues& values, const RegisterDump& base) {
    RegisterDump out;
    for (const auto& [name, value] : base) {
        const RegisterDef* r = table.registerNamed(name);
        if (!r) {
            Error e = makeError("optionbytes.unknown-register",
                                fmt::format("\"{}\" is not an option register of this device family.", name));
            e.with("register", name);
            return e;
        }
        out[r->name] = value;
    }
    for (const auto& [name, value] : values) {
        const FieldDef* f = table.field(name);
        if (!f)
            return unknownFieldError(table, name);
        if (!f->isRegisterField())
            return serviceOnlyError(*f);
        if (value > f->maxValue())
            return outOfRangeError(*f, value);
        auto it = out.find(f->registerName);
        std::uint32_t current =
            it != out.end() ? it->second : table.registerNamed(f->registerName)->resetValue;
        out[f->registerName] = f->insert(current, value);
    }
    return out;
}

}  // namespace rescue::optionbytes
