#include "core/auth/packet.h"

#include <cassert>

#include <fmt/format.h>

#include "core/auth/tlv.h"

namespace rescue::auth {

std::string commandName(std::uint16_t command) {
    const char* name = nullptr;
    switch (static_cast<AdacCommand>(command)) {
        case AdacCommand::Discovery:
            name = "DISCOVERY";
            break;
        case AdacCommand::AuthStart:
            name = "AUTH_START";
            break;
        case AdacCommand::AuthResponse:
            name = "AUTH_RESPONSE";
            break;
        case AdacCommand::CloseSession:
            name = "CLOSE_SESSION";
            break;
        case AdacCommand::ResumeBoot:
            name = "RESUME_BOOT";
            break;
        case AdacCommand::LockDebug:
            name = "LOCK_DEBUG";
            break;
        case AdacCommand::LcsChange:
            name = "LCS_CHANGE";
            break;
    }
    if (name == nullptr)
        return fmt::format("command 0x{:04X}", command);
    return fmt::format("{} (0x{:04X})", name, command);
}

std::string statusName(std::uint16_t status) {
    const char* name = nullptr;
    switch (static_cast<AdacStatus>(status)) {
        case AdacStatus::Success:
            name = "SUCCESS";
            break;
        case AdacStatus::Failure:
            name = "FAILURE";
            break;
        case AdacStatus::NeedMoreData:
            name = "NEED_MORE_DATA";
            break;
        case AdacStatus::Unsupported:
            name = "UNSUPPORTED";
            break;
        case AdacStatus::Unauthorized:
            name = "UNAUTHORIZED";
            break;
        case AdacStatus::InvalidParameters:
            name = "INVALID_PARAMETERS";
            break;
        case AdacStatus::InvalidCommand:
            name = "INVALID_COMMAND";
            break;
    }
    if (name == nullptr)
        return fmt::format("status 0x{:04X}", status);
    return fmt::format("{} (0x{:04X})", name, status);
}

AdacRequest makeRequest(AdacCommand command, ByteView data) {
    return AdacRequest{static_cast<std::uint16_t>(command), Bytes(data.begin(), data.end())};
}

AdacResponse makeResponse(AdacStatus status, ByteView data) {
    return AdacResponse{static_cast<std::uint16_t>(status), Bytes(data.begin(), data.end())};
}

namespace {

Bytes encodePacket(std::uint16_t code, const Bytes& data, DataCountUnit unit) {
    const std::size_t padded = roundToWord(data.size());
    Bytes out;
    out.reserve(kPacketHeaderSize + padded);
    appendLe16(out, 0);
    appendLe16(out, code);
    appendLe32(out, static_cast<std::uint32_t>(unit == DataCountUnit::Words ? padded / 4 : padded));
    out.insert(out.end(), data.begin(), data.end());
    out.resize(kPacketHeaderSize + padded, 0);
    return out;
}

struct Decoded {
    std::uint16_t code;
    Bytes data;
};

Result<Decoded> decodePacket(ByteView packet, DataCountUnit unit, const char* what) {
    auto announced = announcedDataBytes(packet, unit);
    if (!announced)
        return std::move(announced).error();
    const std::size_t received = packet.size() - kPacketHeaderSize;
    if (*announced != received)
        return makeError("da.packet.length",
                         fmt::format("The {} header announces {} data bytes but {} arrived.", what,
                                     *announced, received),
                         "A lost or extra mailbox word desynchronises the exchange; reset the target "
                         "and open the channel again.")
            .with("header", toHex(packet.first(kPacketHeaderSize)));
    return Decoded{readLe16(packet, 2), Bytes(packet.begin() + kPacketHeaderSize, packet.end())};
}

}  // namespace

Bytes encodeRequest(const AdacRequest& request, DataCountUnit unit) {
    return encodePacket(request.command, request.data, unit);
}

Bytes encodeResponse(const AdacResponse& response) {
    return encodePacket(response.status, response.data, DataCountUnit::Words);
}

Result<std::size_t> announcedDataBytes(ByteView header, DataCountUnit unit) {
    if (header.size() < kPacketHeaderSize)
        return makeError(
            "da.packet.truncated",
            fmt::format("An ADAC packet needs an 8-byte header but only {} bytes arrived.", header.size()));
    const std::uint16_t reserved = readLe16(header, 0);
    const std::uint32_t count = readLe32(header, 4);
    if (reserved != 0)
        return makeError("da.packet.reserved",
                         fmt::format("The packet header's reserved half-word is 0x{:04X}; it must be zero, "
                                     "so this is not the start of an ADAC packet.",
                                     reserved))
            .with("header", toHex(header.first(kPacketHeaderSize)));
    const std::size_t bytes = unit == DataCountUnit::Words ? std::size_t{count} * 4 : count;
    if (bytes > std::size_t{kMaxPacketDataWords} * 4 || (unit == DataCountUnit::Bytes && count % 4 != 0))
        return makeError("da.packet.data-count",
                         fmt::format("The packet header announces an implausible data_count of {}.", count))
            .with("header", toHex(header.first(kPacketHeaderSize)));
    return bytes;
}

Result<AdacRequest> decodeRequest(ByteView packet, DataCountUnit unit) {
    auto d = decodePacket(packet, unit, "request");
    if (!d)
        return std::move(d).error();
    return AdacRequest{d->code, std::move(d->data)};
}

Result<AdacResponse> decodeResponse(ByteView packet) {
    auto d = decodePacket(packet, DataCountUnit::Words, "response");
    if (!d)
        return std::move(d).error();
    return AdacResponse{d->code, std::move(d->data)};
}

std::vector<std::uint32_t> toWords(ByteView bytes) {
    assert(bytes.size() % 4 == 0);
    std::vector<std::uint32_t> words;
    words.reserve(bytes.size() / 4);
    for (std::size_t i = 0; i + 4 <= bytes.size(); i += 4)
        words.push_back(readLe32(bytes, i));
    return words;
}

Bytes fromWords(std::span<const std::uint32_t> words) {
    Bytes out;
    out.reserve(words.size() * 4);
    for (auto w : words)
        appendLe32(out, w);
    return out;
}

}  // namespace rescue::auth
