#pragma once
// The hook through which a boot ROM program takes part in a chip's boot: ST's DA service
// (the mailbox handshake and the ADAC device, in its own files) plugs in here. Without a
// service the chip boots its application at once after every reset, and AP0's mailbox
// stays silent.
//
// Contract:
//  * onBoot() is called each time the ROM starts: after NRST release, a SYSRESETREQ, a
//    power-on, or the reset that follows an option-byte reload or a regression. The request
//    word a host wrote under reset is already in chip.dbgmcu() (peekHostWord(),
//    hostWordPending()); the ROM's grace window and timeouts are in
//    chip.parameters().da. Return StayInRom to keep the chip in the ROM (AP1 stays closed
//    unless the state is Open); call chip.leaveBootRom() later to boot the application.
//  * While the ROM holds the chip, every host write to DBG_AUTH_HOST or DBG_AUTH_ACK calls
//    onMailboxActivity() at once (inside the wire access), so the service can take the word
//    and schedule its reply on chip.timeline() ("a few ms later").
//  * onAbort() is called when the ROM loses control before handing over (reset asserted,
//    power lost): the session ends; events the service scheduled should be cancelled
//    (chip.timeline().cancel(id)).
//  * A granted permission is applied through chip.applyGrant() (or applyFullRegression(),
//    applyPartialRegression(), applyDebugReopen()); a regression makes the chip reboot by
//    itself when the erase is done.
// Everything runs on the board's thread, inside a wire access or a lab action: no locking.

namespace rescue::sim::stm32 {

class Stm32Chip;

enum class BootDecision { BootApplication, StayInRom };

class BootRomService {
public:
    virtual ~BootRomService() = default;
    virtual BootDecision onBoot(Stm32Chip& chip) = 0;
    virtual void onMailboxActivity(Stm32Chip& chip) { (void)chip; }
    virtual void onAbort(Stm32Chip& chip) { (void)chip; }
};

}  // namespace rescue::sim::stm32
