// TLV records and lists from the chip, walked with both padding rules. Every record of a
// list that parses re-encodes to the bytes at its offset, and the list re-encoded with the
// same rule parses to the same records.

#include "core/auth/tlv.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::auth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView bytes(data, size);

    auto one = parseTlv(bytes);
    fuzz::checkResult(one);
    if (one) {
        fuzz::require(one->value.size() + kTlvHeaderSize <= size, "a record longer than its input");
        (void)tlvTypeName(one->type);
    }

    for (auto padding : {TlvPadding::Padded, TlvPadding::Unpadded}) {
        std::vector<std::size_t> offsets;
        auto list = parseTlvList(bytes, padding, &offsets);
        fuzz::checkResult(list);
        if (!list)
            continue;
        fuzz::require(offsets.size() == list->size(), "one offset per record");
        for (std::size_t offset : offsets)
            fuzz::require(offset + kTlvHeaderSize <= size, "an offset outside the input");
        // Each record's header and value are the input's bytes at its offset. (The padding
        // between records is skipped, not checked: it is not re-encoded as it came.)
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Bytes record = encodeTlv((*list)[i].type, (*list)[i].value, TlvPadding::Unpadded);
            fuzz::require(offsets[i] + record.size() <= size, "a record runs past the input");
            fuzz::require(
                std::equal(record.begin(), record.end(), bytes.begin() + std::ptrdiff_t(offsets[i])),
                "a parsed record does not re-encode to its bytes");
        }
        const Bytes again = encodeTlvList(*list, padding);
        auto reparsed = parseTlvList(again, padding);
        fuzz::require(reparsed && *reparsed == *list, "a re-encoded list does not parse the same");
    }
    return 0;
}
