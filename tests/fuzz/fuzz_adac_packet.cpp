// ADAC packets as they come out of the DA mailbox: a response from the chip (or, on the
// lab's side, a request from the host), in both data_count units, plus the AUTH_START
// challenge inside. A packet that decodes re-encodes to exactly the bytes it came from.

#include "core/auth/challenge.h"
#include "core/auth/packet.h"
#include "fuzz/fuzz_support.h"

using namespace rescue;
using namespace rescue::auth;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView packet(data, size);

    auto response = decodeResponse(packet);
    fuzz::checkResult(response);
    if (response) {
        fuzz::require(encodeResponse(*response) == Bytes(packet.begin(), packet.end()),
                      "a decoded response does not re-encode to its bytes");
        (void)statusName(response->status);
        fuzz::checkResult(decodeChallenge(response->data));
    }

    for (auto unit : {DataCountUnit::Words, DataCountUnit::Bytes}) {
        auto request = decodeRequest(packet, unit);
        fuzz::checkResult(request);
        if (request) {
            fuzz::require(encodeRequest(*request, unit) == Bytes(packet.begin(), packet.end()),
                          "a decoded request does not re-encode to its bytes");
            (void)commandName(request->command);
        }
        auto announced = announcedDataBytes(packet, unit);
        fuzz::checkResult(announced);
        if (announced)
            fuzz::require(*announced <= std::size_t{kMaxPacketDataWords} * 4,
                          "announced size above the limit");
    }

    // The challenge's reserved half-word (bytes 2-3) is not looked at, so it is the one
    // part that need not come back.
    auto challenge = decodeChallenge(packet);
    fuzz::checkResult(challenge);
    if (challenge) {
        Bytes again = encodeChallenge(*challenge);
        fuzz::require(again.size() == packet.size(), "a decoded challenge re-encodes to another size");
        again[2] = packet[2];
        again[3] = packet[3];
        fuzz::require(again == Bytes(packet.begin(), packet.end()),
                      "a decoded challenge does not re-encode to its bytes");
    }
    return 0;
}
