#pragma once
// A lab board from a scenario (core/sim/scenario.h) and the device catalog: the part the
// scenario names, its chip parameters, its option bytes by catalog field name, its DA
// provisioning and its lifecycle state, then powered on.
//
// DA provisioning, as ST's provisioning scripts leave a chip:
//   certificate: SHA-256 of the root public key's X||Y and the permission mask in a DA .obk
//                at the catalog's destination (H5: OBK HDPL1; H7RS: its key store, with
//                ROTSR.DBG_AUTH = certificates);
//   password:    SHA-256 of the raw password, in a DA .obk (H52x..H57x, H7RS) or in OTP with
//                its block locked (H503).
// On H5 the method needs a TZEN value (certificates: TrustZone on, password: off, AN6008);
// when the scenario's option_bytes do not set TZEN, the factory sets the method's value.
//
// Errors name the scenario file and the field ("option_bytes.WRPS", "da.root_public_key",
// "lifecycle") and say what a chip would accept.

#include <memory>

#include <nlohmann/json.hpp>

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/device/catalog.h"
#include "core/sim/scenario.h"
#include "core/sim/stm32/lab_board.h"

namespace rescue::sim::stm32 {

Result<std::unique_ptr<LabBoard>> makeLabBoard(const Scenario& scenario, const device::Catalog& catalog,
                                               Clock& clock);
// The same board, then `savedState` (LabBoard::saveState()) restored onto it.
Result<std::unique_ptr<LabBoard>> makeLabBoard(const Scenario& scenario, const device::Catalog& catalog,
                                               Clock& clock, const nlohmann::json& savedState);

}  // namespace rescue::sim::stm32
