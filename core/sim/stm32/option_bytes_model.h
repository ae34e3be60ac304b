#pragma once
// The option bytes of one simulated chip: the copy in force (H5 *_CUR, H7RS *SR) and the
// copy to program (H5 *_PRG, H7RS *SRP), and the rules a real chip applies when it programs
// one from the other (stm32-lifecycle-and-option-bytes.md sections 3, 4.8, 6.2, 6.3):
//   * fields frozen in the current lifecycle state (catalog frozenIn, e.g. WRP in Closed),
//     by a lock field (frozenBy, e.g. NSBOOTADD while NSBOOT_LOCK = 0xB4), read-only fields,
//     and H7RS ROTSR fields a debugger cannot reach (ignored while the application holds
//     HDPL >= 1) keep their value: the write has no effect, no error;
//   * set-only fields (OTP locks) only gain bits;
//   * coded and enumerated fields accept only their listed values: anything else is refused;
//   * the product state moves only as the catalog's transition rows allow.
// A refusal leaves the copy in force untouched and is reported as an error (the controller
// turns it into OPTCHANGEERR / OPTERRF); nothing is half-applied.
//
// The lifecycle state: H5 reads it from PRODUCT_STATE; H7RS has no such register, so it is
// derived from NVSTATE / DBG_AUTH through the catalog's registerMatch rows, plus a mark the
// boot ROM service keeps for Provisioning (which reads like Open in the registers).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/device/part.h"
#include "core/optionbytes/option_byte_image.h"

namespace rescue::sim::stm32 {

enum class ChangeSource {
    Debugger,        // through the FLASH registers (OPTSTRT / PG_OPT)
    BootRomService,  // ST's RSS services (-psrss, -obrss): the ROM runs at HDPL0
};

struct OptionChangeOutcome {
    bool stateChanged = false;  // the lifecycle state moved: the chip reloads and drops the debug link
    std::string fromState;      // lifecycle state ids
    std::string toState;
    std::optional<std::string> requestedState;  // set when the chip landed elsewhere than asked
    std::vector<std::string> ignoredFields;     // written, but frozen / read-only: no effect
};

class OptionBytesModel {
public:
    OptionBytesModel(device::Part part, bool openJumpStopsInProvisioning);

    const device::Part& part() const { return m_part; }
    const device::Family& family() const { return *m_part.family; }
    const optionbytes::OptionByteImage& cur() const { return m_cur; }
    const optionbytes::OptionByteImage& prg() const { return m_prg; }

    // A write to a programming copy (the controller has checked the lock).
    void writePrg(const optionbytes::RegisterDef& reg, std::uint32_t value);
    // Option-byte load: PRG := CUR (after programming, at reset and power-on).
    void reloadPrg() { m_prg = m_cur; }

    // H5 OPTSTRT: every register from PRG.
    Result<OptionChangeOutcome> program(ChangeSource source);
    // H7RS PG_OPT: the register just written.
    Result<OptionChangeOutcome> programRegister(const optionbytes::RegisterDef& reg, ChangeSource source);

    // The lifecycle state in force.
    const device::LifecycleState& state() const;
    bool provisioningMark() const { return m_provisioningMark; }

    // ---- backdoors for the factory, regression and boot ROM services: no rules ----
    Status setField(std::string_view name, std::uint32_t value);  // CUR and PRG
    Status setRegister(std::string_view name, std::uint32_t value);
    // Puts the chip in `state` the way its registers express it (H5 PRODUCT_STATE; H7RS the
    // registerMatch fields and the Provisioning mark).
    Status forceState(const device::LifecycleState& state);
    void setProvisioningMark(bool on) { m_provisioningMark = on; }

    // ---- queries ----
    std::uint32_t field(std::string_view name) const;  // in force; 0 for an unknown name
    bool holds(const optionbytes::FieldCondition& c) const { return field(c.field) == c.value; }
    bool sectorProtected(unsigned bank, unsigned sector) const;
    bool anyProtected(unsigned bank) const;  // bank 0: any bank

private:
    Result<OptionChangeOutcome> programRegisters(const std::vector<const optionbytes::RegisterDef*>& regs,
                                                 ChangeSource source);
    // Why a field's write has no effect, or empty when it takes effect.
    std::string blockedBecause(const optionbytes::FieldDef& f, ChangeSource source) const;
    const device::LifecycleState* stateOf(const optionbytes::OptionByteImage& image, bool mark) const;
    bool stateIsRegisterField() const;

    device::Part m_part;
    bool m_openJumpStops;
    optionbytes::OptionByteImage m_cur;
    optionbytes::OptionByteImage m_prg;
    bool m_provisioningMark = false;
};

}  // namespace rescue::sim::stm32
