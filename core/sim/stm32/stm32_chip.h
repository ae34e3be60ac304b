#pragma once
// A simulated STM32H5 (H503, H52x/H53x, H56x/H57x) or STM32H7Rx/7Sx, built from a catalog
// Part: everything per-chip (addresses, registers, keys, states, codes, DA unknowns) comes
// from resources/devices/*.json through device::Family and ChipParameters.
//
//   SW-DP (DPIDR from the catalog)
//    +- AP0: APB-AP -> ROM table (ap0RomTable) -> DBGMCU at the catalog's AP0-side base and
//    |        its alternatives (H5: 0xE0044000 and 0xE00E4000 both decode); usable under reset
//    +- AP1: AHB-AP -> [secure filter] -> CPU system bus: user flash (+ secure alias), OTP,
//             UID / flash-size / package words, system flash, SRAMs, the H7RS XSPI window
//             (NorFlash), FLASH registers (+ secure alias), DBGMCU at its CPU address, and
//             the Cortex-M33 / M7 private peripheral bus (SCS, DWT, FPB)
//   OBK (H5 except H503) is not on the debug bus: the boot ROM reads it.
//
// Phases: powered off -> held in reset (NRST low) -> boot ROM -> application. The boot ROM
// runs after every reset; a BootRomService may keep the chip there (DA), otherwise the
// application boots at once from the address the state and option bytes give (Provisioning:
// the system flash; elsewhere the boot address). What answers in each phase: access_policy.h.
// A product-state change reloads the option bytes with a reset that also drops the debug
// domain's power-up (the host sees its connection lost and must power the DP up again).
//
// Not thread-safe: LabBoard serialises access and drives time (timeline().advanceTo()).

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/auth/obk_file.h"
#include "core/auth/permission_mask.h"
#include "core/auth/sha256.h"
#include "core/auth/st_permissions.h"
#include "core/common/result.h"
#include "core/device/part.h"
#include "core/sim/arm/cortex_m.h"
#include "core/sim/arm/debug_port.h"
#include "core/sim/arm/mem_ap.h"
#include "core/sim/arm/memory.h"
#include "core/sim/arm/register_bank.h"
#include "core/sim/arm/system_bus.h"
#include "core/sim/stm32/access_policy.h"
#include "core/sim/stm32/boot_rom_service.h"
#include "core/sim/stm32/chip_parameters.h"
#include "core/sim/stm32/counting_random.h"
#include "core/sim/stm32/dbgmcu.h"
#include "core/sim/stm32/flash_array.h"
#include "core/sim/stm32/flash_controller.h"
#include "core/sim/stm32/nor_flash.h"
#include "core/sim/stm32/option_bytes_model.h"
#include "core/sim/stm32/rom_table.h"
#include "core/sim/stm32/rss_services.h"
#include "core/sim/stm32/secure_filter_bus.h"
#include "core/sim/stm32/timeline.h"

namespace rescue::sim::stm32 {

// The DA configuration as the boot ROM finds it (OBK, or the H503's OTP).
struct StoredDaConfiguration {
    enum class Method { Certificate, Password, Lock };
    Method method = Method::Certificate;  // what the ROM applies: chosen by TZEN (H5) / DBG_AUTH (H7RS)
    std::string methodName;               // the catalog's name: "certificate", "password", "lock"
    auth::Sha256Digest credentialHash{};  // SHA-256(root X||Y) or SHA-256(password)
    auth::PermissionMask permissions;     // the permission field as stored
    bool integrityValid = true;           // the .obk payload hash matches its data
    std::optional<auth::ObkFile> obk;     // as provisioned (not for the H503's OTP hash)
};

struct SramBlock {
    std::string name;
    std::uint32_t base = 0;
    std::unique_ptr<arm::Memory> memory;
};

class Stm32Chip final : public RssServices {
public:
    static Result<std::unique_ptr<Stm32Chip>> create(device::Part part, ChipParameters params,
                                                     std::uint64_t randomSeed, Clock::TimePoint start);
    ~Stm32Chip() override;
    Stm32Chip(const Stm32Chip&) = delete;
    Stm32Chip& operator=(const Stm32Chip&) = delete;

    // ---- identity ----
    const device::Part& part() const { return m_part; }
    const device::Family& family() const { return *m_part.family; }
    const ChipParameters& parameters() const { return m_params; }
    std::uint32_t idcode() const { return m_dbgmcu->idcode(); }
    const std::array<std::uint8_t, 12>& uid() const { return m_params.uid; }
    auth::DaFamily daFamily() const;

    // ---- the parts (tests, the boot ROM service, board state) ----
    Timeline& timeline() { return m_timeline; }
    arm::DebugPort& debugPort() { return *m_dp; }
    arm::MemAp& ap0() { return *m_ap0; }
    arm::MemAp& ap1() { return *m_ap1; }
    arm::CortexM& core() { return *m_core; }
    Dbgmcu& dbgmcu() { return *m_dbgmcu; }
    OptionBytesModel& optionBytes() { return *m_options; }
    const OptionBytesModel& optionBytes() const { return *m_options; }
    FlashArray& flash() { return *m_flash; }
    FlashController& flashController() { return *m_flashCtl; }
    arm::Memory* otp() { return m_otp.get(); }
    arm::Memory* obk() { return m_obk.get(); }  // H5 except H503
    NorFlash* externalFlash() { return m_external.get(); }
    std::vector<SramBlock>& sram() { return m_sram; }
    arm::SystemBus& cpuBus() { return *m_cpuBus; }
    arm::SystemBus& ap0Bus() { return *m_ap0Bus; }
    CountingRandom& random() { return m_random; }
    // H7RS: .obk payloads by destination (its OBK is not memory-mapped).
    const std::map<std::uint32_t, Bytes>& obkKeys() const { return m_obkKeys; }

    // ---- state ----
    ChipPhase phase() const { return m_phase; }
    bool powered() const { return m_phase != ChipPhase::PoweredOff; }
    const device::LifecycleState& lifecycleState() const { return m_options->state(); }
    const ApAvailability& availability() const { return m_availability; }
    const DebugReopen& debugReopen() const { return m_reopen; }
    bool tzEnabled() const;
    bool regressionRunning() const { return m_regressionEvent != 0; }
    unsigned bootCount() const { return m_bootCount; }

    // ---- reset and power (the board drives these) ----
    void powerOn();
    void powerOff();
    void setNrst(bool low);  // the chip's NRST pin: probe (if wired) or button
    bool nrstLow() const { return m_nrstLow; }
    void systemReset();  // SYSRESETREQ: pulse, then the ROM starts again
    // Re-evaluates what answers (after the board or a test changed something directly).
    void updateAccess();

    // ---- boot ROM ----
    void setBootRomService(std::shared_ptr<BootRomService> service) { m_service = std::move(service); }
    BootRomService* bootRomService() const { return m_service.get(); }
    // The ROM hands over: the application boots.
    void leaveBootRom();

    // ---- DA actions, called by the boot ROM service after a grant ----
    // Erase user flash, SRAM and OBK, product state to Open (through Regression on H5),
    // other option bytes kept (WRP survives), then reboot. Returns when the erase ends.
    Result<Clock::TimePoint> applyFullRegression();
    // H5 TrustZone: non-secure flash erased, NS-Regression, then TZ-Closed and reboot.
    Result<Clock::TimePoint> applyPartialRegression();
    // AP1 opens (non-secure; secure too with a secure level) until power-off.
    Status applyDebugReopen(DebugReopen levels);
    // The action a granted permission set asks for: regression first, then debug re-open.
    Status applyGrant(const auth::PermissionGrant& grant);
    std::optional<StoredDaConfiguration> daConfiguration() const;

    // ---- RSS services ----
    Status setProductState(std::uint8_t code) override;
    Status writeOptionWord(std::uint32_t address, std::uint32_t mask, std::uint32_t value) override;
    Status provisionObk(const auth::ObkFile& obk) override;

    // ---- backdoors for the factory and saved state: no lifecycle check ----
    Status installObk(const auth::ObkFile& obk);
    Status installPasswordHash(const auth::Sha256Digest& hash);  // H503: OTP block + lock bit
    void restoreObkKeys(std::map<std::uint32_t, Bytes> keys) { m_obkKeys = std::move(keys); }
    void restoreDebugReopen(DebugReopen levels);
    void clearSram();

private:
    Stm32Chip(device::Part part, ChipParameters params, std::uint64_t randomSeed, Clock::TimePoint start);
    Status build();
    Status mapCpuBus();
    void enterReset();
    void startBoot();
    void optionLoadReset();
    void onOptionsLoaded(const OptionChangeOutcome& outcome);
    std::uint32_t bootAddress() const;
    std::uint32_t systemFlashBase() const;
    const device::MemoryRegion* regionOfKind(std::string_view kind, bool largest = false) const;
    Result<Clock::TimePoint> runRegression(device::TransitionMechanism mechanism);
    Clock::TimePoint eraseAndSettle(bool full);
    // At boot: a regression a power loss or reset cut short starts again. True if one did.
    bool resumeInterruptedRegression();

    device::Part m_part;
    ChipParameters m_params;
    Timeline m_timeline;
    CountingRandom m_random;

    std::unique_ptr<OptionBytesModel> m_options;
    std::unique_ptr<FlashArray> m_flash;
    std::unique_ptr<arm::Memory> m_otp;
    std::unique_ptr<arm::Memory> m_info;  // UID, flash size, package
    std::unique_ptr<arm::Memory> m_system;
    std::unique_ptr<arm::Memory> m_obk;
    std::unique_ptr<NorFlash> m_external;
    std::vector<SramBlock> m_sram;
    // Catalog peripherals the lab does not model (SBS): their registers store what is
    // written and read it back, so a host's look at them does not fault.
    std::vector<std::unique_ptr<arm::RegisterBank>> m_peripherals;
    std::map<std::uint32_t, Bytes> m_obkKeys;
    std::unique_ptr<FlashController> m_flashCtl;
    std::unique_ptr<Dbgmcu> m_dbgmcu;
    std::unique_ptr<RomTable> m_romTable;
    std::unique_ptr<arm::SystemBus> m_cpuBus;
    std::unique_ptr<arm::CortexM> m_core;
    std::unique_ptr<SecureFilterBus> m_ap1Bus;
    std::unique_ptr<arm::SystemBus> m_ap0Bus;
    std::unique_ptr<arm::MemAp> m_ap0;
    std::unique_ptr<arm::MemAp> m_ap1;
    std::unique_ptr<arm::DebugPort> m_dp;

    std::shared_ptr<BootRomService> m_service;
    ChipPhase m_phase = ChipPhase::PoweredOff;
    bool m_nrstLow = false;
    DebugReopen m_reopen;
    ApAvailability m_availability;
    Timeline::EventId m_regressionEvent = 0;
    unsigned m_bootCount = 0;
};

}  // namespace rescue::sim::stm32
