#pragma once
// CMSIS-DAP v2 probes on USB (`cmsis-dap`, `cmsis-dap:SERIAL`). Any vendor: a probe is a
// device with a vendor-class interface whose first two endpoints are bulk OUT and bulk IN
// and whose interface (or product) string contains "CMSIS-DAP", as OpenOCD selects them
// (cmsis-dap.md section 1). CMSIS-DAP v1 (HID) probes are not driven: see docs/probes.md.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/probe/cmsisdap/cmsisdap_probe.h"
#include "core/probe/probe_source.h"
#include "core/transport/usb_context.h"
#include "core/transport/usb_device.h"

namespace rescue::probe::cmsisdap {

// One CMSIS-DAP v2 interface found on USB.
struct UsbCmsisDap {
    transport::UsbDeviceInfo device;
    int interfaceNumber = 0;
    std::uint8_t outEndpoint = 0;
    std::uint8_t inEndpoint = 0;
};

// Every CMSIS-DAP v2 interface libusb can see (devices it cannot open are listed with their
// problem when their descriptors already show a candidate interface).
Result<std::vector<UsbCmsisDap>> findUsbCmsisDaps(transport::UsbContext& context);

class UsbCmsisDapSource final : public ProbeSource {
public:
    explicit UsbCmsisDapSource(std::shared_ptr<transport::UsbContext> context = nullptr,
                               CmsisDapOptions options = {});

    std::string_view scheme() const override { return "cmsis-dap"; }
    Result<std::vector<ProbeInfo>> scan(const ScanOptions& options) override;
    Result<std::unique_ptr<DebugProbe>> open(const ProbeUri& uri) override;

private:
    Result<std::shared_ptr<transport::UsbContext>> context();

    std::shared_ptr<transport::UsbContext> m_context;
    CmsisDapOptions m_options;
};

ProbeInfo usbCmsisDapInfo(const UsbCmsisDap& probe);

}  // namespace rescue::probe::cmsisdap
