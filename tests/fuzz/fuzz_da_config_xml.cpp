// ST's DA configuration XML (DA_Config.xml, DA_ConfigWithPassword.xml): the tag scanner
// and, for what parses, the .obk it describes (password method; the certificate method
// needs the root key file, which a fuzz input does not have).

#include "core/auth/da_config_xml.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::auth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto xml = parseDaConfigXml(fuzz::asText(ByteView(data, size)));
    fuzz::checkResult(xml);
    if (!xml)
        return 0;
    (void)resolveXmlReference("/fuzz/DA_Config.xml", xml->rootKeyFile);
    if (auto family = daFamilyForDestination(xml->destination)) {
        auto obk = buildObkFromXml(*xml, std::nullopt, *family);
        fuzz::checkResult(obk);
    }
    return 0;
}
