#include "core/probe/stlink/stlink_tcp_protocol.h"

#include "core/common/bytes.h"

namespace rescue::probe::stlink::tcp {

RequestSize requestSize(const std::uint8_t* data, std::size_t available) {
    if (available == 0)
        return {true, std::nullopt};
    switch (data[0]) {
        case cmd::kRefreshDeviceList:
            return {true, kRefreshRequestSize};
        case cmd::kGetNbDev:
            return {true, kGetNbDevRequestSize};
        case cmd::kGetDevInfo:
            return {true, kGetDevInfoRequestSize};
        case cmd::kOpenDev:
            return {true, kOpenDevRequestSize};
        case cmd::kCloseDev:
            return {true, kCloseDevRequestSize};
        case cmd::kGetServerVersion:
            return {true, kGetServerVersionRequestSize};
        case cmd::kGetNbOfDevClients:
            return {true, kGetNbOfDevClientsRequestSize};
        case cmd::kSendUsbCmd: {
            if (available < kSendUsbHeaderSize)
                return {true, std::nullopt};
            const ByteView header(data, kSendUsbHeaderSize);
            const auto direction = static_cast<Direction>(header[24]);
            const std::uint32_t size = readLe32(header, 28);
            return {true, kSendUsbHeaderSize + (direction == Direction::Write ? std::size_t{size} : 0)};
        }
        default:
            return {false, std::nullopt};
    }
}

std::string_view statusName(std::uint32_t s) {
    switch (s) {
        case status::kOk:
            return "OK";
        case status::kMemoryProblem:
            return "MEMORY_PROBLEM";
        case status::kTimeout:
            return "TIMEOUT";
        case status::kBadParameter:
            return "BAD_PARAMETER";
        case status::kOpenError:
            return "OPEN_ERR";
        case status::kTruncatedData:
            return "TRUNCATED_DATA";
        case status::kCmdNotAvailable:
            return "CMD_NOT_AVAILABLE";
        case status::kTcpError:
            return "TCP_ERROR";
        case status::kTcpCantConnect:
            return "TCP_CANT_CONNECT";
        case status::kTcpCloseError:
            return "TCP_CLOSE_ERROR";
        case status::kTcpBusy:
            return "TCP_BUSY";
        case status::kWin32Error:
            return "WIN32_ERROR";
        default:
            return "unknown status";
    }
}

}  // namespace rescue::probe::stlink::tcp
