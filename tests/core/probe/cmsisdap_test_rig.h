#pragma once
// The CMSIS-DAP driver over a virtual CMSIS-DAP plugged into a TestBoard, on a VirtualClock.

#include <memory>

#include "core/common/clock.h"
#include "core/probe/cmsisdap/cmsisdap_probe.h"
#include "core/sim/cmsisdap/virtual_cmsisdap.h"
#include "support/test_board.h"

namespace rescue::testsupport {

struct DapRig {
    explicit DapRig(std::uint16_t packetSize = 512, TestBoardConfig config = {}) : board(config) {
        sim::cmsisdap::CmsisDapIdentity id;
        id.serial = "DAPTEST0001";
        id.packetSize = packetSize;
        dap = std::make_shared<sim::cmsisdap::VirtualCmsisDap>(id, *clock, &board);
    }
    Result<std::unique_ptr<probe::cmsisdap::CmsisDapProbe>> open(
        probe::cmsisdap::CmsisDapOptions options = {}) {
        return probe::cmsisdap::CmsisDapProbe::open(dap, probe::ProbeInfo{}, clock, options);
    }

    std::shared_ptr<VirtualClock> clock = std::make_shared<VirtualClock>();
    TestBoard board;
    std::shared_ptr<sim::cmsisdap::VirtualCmsisDap> dap;
};

}  // namespace rescue::testsupport
