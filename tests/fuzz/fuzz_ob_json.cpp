// Option-byte JSON imports (`rescue ob check --import`, the GUI's Import): importJson
// against the shipped device catalog. What imports exports again, and that export
// imports to the same image.

#include "core/device/catalog.h"
#include "core/optionbytes/ob_json.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto catalog = device::sharedCatalog();
    if (!catalog)
        fuzz::fail("the device catalog does not load:", catalog.error().describe());

    auto imported = optionbytes::importJson(std::string(fuzz::asText(ByteView(data, size))), **catalog);
    fuzz::checkResult(imported);
    if (!imported)
        return 0;
    const auto exported =
        optionbytes::exportJson(imported->image, imported->part ? &*imported->part : nullptr);
    auto again = optionbytes::importJson(exported.dump(), **catalog);
    fuzz::require(again.ok(), "an exported image does not import:", again ? "" : again.error().describe());
    fuzz::require(again->image == imported->image, "an exported image imports differently");
    return 0;
}
