// The board around the chip: NRST wired or not (the probe's NRST resets the core only when
// wired, the board's reset button always does), SYSRESETREQ, power cycle, vector catch on
// reset, S_RESET_ST as a host sees it; and the boot ROM hook: what the ROM finds in the
// mailbox after each kind of reset (the first field report's pattern).

#include <QtTest>

#include "stm32_test_support.h"

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::stm32;
using namespace rescue::sim::stm32::test;

namespace {

// A stand-in boot ROM program: remembers what it saw at each boot, stays in the ROM when the
// request word is there, and echoes every host word 2 ms later, as ST's device code would.
class RecordingRom final : public BootRomService {
public:
    struct Boot {
        bool requestPresent = false;
        std::uint32_t word = 0;
    };
    std::vector<Boot> boots;
    int aborts = 0;

    BootDecision onBoot(Stm32Chip& chip) override {
        auto& mb = chip.dbgmcu();
        boots.push_back({mb.hostWordPending(), mb.peekHostWord()});
        if (!mb.hostWordPending() || mb.peekHostWord() != chip.parameters().da.requestMagic)
            return BootDecision::BootApplication;
        const std::uint32_t request = mb.takeHostWord();
        chip.timeline().after(std::chrono::milliseconds(2),
                              [&chip, request] { chip.dbgmcu().postDeviceWord(request); });
        return BootDecision::StayInRom;
    }
    void onMailboxActivity(Stm32Chip& chip) override {
        auto& mb = chip.dbgmcu();
        if (!mb.hostWordPending())
            return;
        const std::uint32_t word = mb.takeHostWord();
        chip.timeline().after(std::chrono::milliseconds(2),
                              [&chip, word] { chip.dbgmcu().postDeviceWord(word); });
    }
    void onAbort(Stm32Chip&) override { ++aborts; }
};

struct Mailbox {
    std::uint32_t host, device, ack;
};
Mailbox mailboxOf(const device::Family& f) {
    const auto base = f.dbgmcu.ap0Base;
    return {base + f.dbgmcu.offsets.at("DBG_AUTH_HOST"), base + f.dbgmcu.offsets.at("DBG_AUTH_DEVICE"),
            base + f.dbgmcu.offsets.at("DBG_AUTH_ACK")};
}

}  // namespace

class TestStm32Board : public QObject {
    Q_OBJECT

private slots:
    void resetSources_data();
    void resetSources();
    void powerCycle();
    void dpAnswersUnderResetAndNrstHeld();
    void bootRomSeesTheRequest_data();
    void bootRomSeesTheRequest();
    void mailboxHandshakeOnTheClock();
    void resetAbortsTheRomSession();
    void stallsRunOnASteadyClock();
    void whatTheCoreRuns_data();
    void whatTheCoreRuns();
};

void TestStm32Board::resetSources_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<bool>("nrstWired");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("coreReset");
    for (const char* chip : {"STM32H7S7L8", "STM32H563ZI"}) {
        const QString c = chip;
        QTest::newRow(qPrintable(c + " probe NRST, wired")) << c << true << "probe-nrst" << true;
        QTest::newRow(qPrintable(c + " probe NRST, not wired")) << c << false << "probe-nrst" << false;
        QTest::newRow(qPrintable(c + " reset button, not wired")) << c << false << "button" << true;
        QTest::newRow(qPrintable(c + " reset button, wired")) << c << true << "button" << true;
        QTest::newRow(qPrintable(c + " SYSRESETREQ, not wired")) << c << false << "sysresetreq" << true;
    }
}

void TestStm32Board::resetSources() {
    QFETCH(QString, chip);
    QFETCH(bool, nrstWired);
    QFETCH(QString, action);
    QFETCH(bool, coreReset);
    VirtualClock clock;
    Scenario s = scenario(chip.toStdString());
    s.probe.nrstWired = nrstWired;
    auto board = makeBoard(s, clock);
    QVERIFY(board);
    SwdHost host(*board);
    QVERIFY(host.connect());
    // cmsis-dap.md section 8.1: halt, clear the sticky bits, arm the vector catch, pulse.
    host.write32(1, kDhcsr, 0xA05F0003);
    QVERIFY(host.mustRead(1, kDhcsr) & arm::dhcsr::kSHalt);
    host.mustRead(1, kDhcsr);
    host.write32(1, kDemcr, arm::demcr::kVcCoreReset | arm::demcr::kTrcEna);
    host.write32(1, kDfsr, 0x1F);
    QCOMPARE(host.mustRead(1, kDhcsr) & arm::dhcsr::kSResetSt, 0u);
    const unsigned resetsBefore = board->chip().core().resetCount();

    if (action == "probe-nrst") {
        board->setProbeNrst(true);
        clock.advance(std::chrono::milliseconds(10));
        board->setProbeNrst(false);
    } else if (action == "button") {
        board->pressResetButton();
        clock.advance(std::chrono::milliseconds(100));
        board->releaseResetButton();
    } else {
        host.write32(1, kAircr, 0x05FA0004);
    }
    clock.advance(std::chrono::milliseconds(5));

    const std::uint32_t dhcsr = host.mustRead(1, kDhcsr);
    QCOMPARE((dhcsr & arm::dhcsr::kSResetSt) != 0, coreReset);
    QCOMPARE(board->chip().core().resetCount() > resetsBefore, coreReset);
    // Either way the core is halted: by the vector catch after a reset, or still from before.
    QVERIFY(dhcsr & arm::dhcsr::kSHalt);
    QCOMPARE((host.mustRead(1, kDfsr) & arm::dfsr::kVCatch) != 0, coreReset);
    // S_RESET_ST is sticky and clears on read.
    QCOMPARE(host.mustRead(1, kDhcsr) & arm::dhcsr::kSResetSt, 0u);
}

void TestStm32Board::powerCycle() {
    VirtualClock clock;
    auto board = makeBoard(scenario("STM32H563ZI"), clock);
    QVERIFY(board);
    SwdHost host(*board);
    QVERIFY(host.connect());
    host.write32(1, 0x20000100u, 0xCAFEF00D);
    host.write32(1, kDhcsr, 0xA05F0003);
    QCOMPARE(board->targetVoltage(), 3.3);

    board->powerOff();
    QCOMPARE(board->targetVoltage(), 0.0);
    QVERIFY(!host.connect());
    QCOMPARE(board->read(false, 0x0).ack, SwdAck::NoResponse);
    // A probe pulsing NRST on an unpowered board changes nothing.
    board->setProbeNrst(true);
    board->setProbeNrst(false);
    board->powerOn();
    QCOMPARE(board->targetVoltage(), 3.3);
    // The DP needs a line reset and a new power-up, as after any power-on.
    QCOMPARE(board->read(true, 0xC).ack == SwdAck::Ok, false);
    QVERIFY(host.connect());
    // Power-on reset: debug logic reset (no halt kept), SRAM lost, S_RESET_ST seen.
    const std::uint32_t dhcsr = host.mustRead(1, kDhcsr);
    QVERIFY(dhcsr & arm::dhcsr::kSResetSt);
    QCOMPARE(dhcsr & (arm::dhcsr::kCDebugEn | arm::dhcsr::kSHalt), 0u);
    QCOMPARE(host.mustRead(1, 0x20000100u), 0u);

    board->powerCycle();
    QVERIFY(host.connect());
    QCOMPARE(board->chip().phase(), ChipPhase::Application);
}

void TestStm32Board::dpAnswersUnderResetAndNrstHeld() {
    VirtualClock clock;
    auto board = makeBoard(scenario("STM32H7S7L8"), clock);
    QVERIFY(board);
    SwdHost host(*board);
    board->pressResetButton();
    QVERIFY(host.connect());
    QCOMPARE(board->chip().phase(), ChipPhase::InReset);
    QCOMPARE(host.read32(0, 0xE00E1000u).value, board->chip().idcode());
    QCOMPARE(host.read32(1, 0x5C001000u).ack, SwdAck::Fault);  // CPU-side DBGMCU: not under reset
    // Holding the button while the probe also pulses: the chip stays in reset.
    board->setProbeNrst(true);
    board->setProbeNrst(false);
    QCOMPARE(board->chip().phase(), ChipPhase::InReset);
    board->releaseResetButton();
    QCOMPARE(board->chip().phase(), ChipPhase::Application);
    QCOMPARE(host.read32(1, 0x5C001000u).value, board->chip().idcode());
}

void TestStm32Board::bootRomSeesTheRequest_data() {
    QTest::addColumn<bool>("nrstWired");
    QTest::addColumn<QString>("reset");
    QTest::addColumn<bool>("romSeesRequest");
    // ST's open_comms: assert reset, write the magic, release; the ROM looks once at boot.
    QTest::newRow("probe NRST wired") << true << "probe" << true;
    QTest::newRow("probe NRST not wired: nothing happens") << false << "probe" << false;
    QTest::newRow("not wired, reset button held by hand") << false << "button" << true;
    QTest::newRow("not wired, power cycle") << false << "power" << false;
}

void TestStm32Board::bootRomSeesTheRequest() {
    QFETCH(bool, nrstWired);
    QFETCH(QString, reset);
    QFETCH(bool, romSeesRequest);
    VirtualClock clock;
    Scenario s = scenario("STM32H7S7L8", "closed");
    s.probe.nrstWired = nrstWired;
    auto board = makeBoard(s, clock);
    QVERIFY(board);
    auto rom = std::make_shared<RecordingRom>();
    board->setBootRomService(rom);
    const auto& f = board->chip().family();
    const Mailbox mb = mailboxOf(f);
    SwdHost host(*board);

    const unsigned bootsBefore = board->chip().bootCount();
    if (reset == "probe")
        board->setProbeNrst(true);
    else if (reset == "button")
        board->pressResetButton();
    QVERIFY(host.connect());
    QCOMPARE(host.write32(0, mb.host, board->chip().parameters().da.requestMagic), SwdAck::Ok);
    if (reset == "probe")
        board->setProbeNrst(false);
    else if (reset == "button")
        board->releaseResetButton();
    else
        board->powerCycle();  // power-on clears the debug domain, the word with it
    clock.advance(std::chrono::milliseconds(5));

    const bool booted = board->chip().bootCount() > bootsBefore;
    QCOMPARE(booted, reset != "probe" || nrstWired);
    QCOMPARE(!rom->boots.empty() && rom->boots.back().requestPresent, romSeesRequest);
    QVERIFY(host.connect());
    const std::uint32_t ack = host.read32(0, mb.ack).value;
    QCOMPARE((ack & 0x2u) != 0, romSeesRequest);  // DEV_ACK: the ROM answered
    if (romSeesRequest) {
        QCOMPARE(host.read32(0, mb.device).value, board->chip().parameters().da.requestMagic);
        QCOMPARE(board->chip().phase(), ChipPhase::BootRom);
    }
}

void TestStm32Board::mailboxHandshakeOnTheClock() {
    VirtualClock clock;
    auto board = makeBoard(scenario("STM32H563ZI", "closed"), clock);
    QVERIFY(board);
    auto rom = std::make_shared<RecordingRom>();
    board->setBootRomService(rom);
    const Mailbox mb = mailboxOf(board->chip().family());
    SwdHost host(*board);
    board->setProbeNrst(true);
    QVERIFY(host.connect());
    host.write32(0, mb.host, board->chip().parameters().da.requestMagic);
    QCOMPARE(host.read32(0, mb.ack).value & 0x1u, 0x1u);  // HOST_ACK while the word waits
    board->setProbeNrst(false);
    QCOMPARE(host.read32(0, mb.ack).value, 0u);  // taken by the ROM, reply not yet there
    clock.advance(std::chrono::milliseconds(2));
    QCOMPARE(host.read32(0, mb.ack).value, 0x2u);
    QCOMPARE(host.read32(0, mb.device).value, board->chip().parameters().da.requestMagic);
    QCOMPARE(host.read32(0, mb.ack).value, 0u);  // reading the word clears DEV_ACK
    host.write32(0, mb.host, 0x12345678);
    clock.advance(std::chrono::milliseconds(2));
    QCOMPARE(host.read32(0, mb.device).value, 0x12345678u);
    // The same DBGMCU through AP0's other decoded base.
    if (board->chip().family().dbgmcu.ap0Alternatives.size())
        QCOMPARE(host.read32(0, board->chip().family().dbgmcu.ap0Alternatives.front() + 0x104).value,
                 0x12345678u);
    // With the SVD's swapped polarity the two bits trade places.
    Scenario swapped = scenario("STM32H563ZI", "closed");
    swapped.chipParameters = {{"ackPolarity", "svd-swapped"}};
    auto other = makeBoard(swapped, clock);
    SwdHost h2(*other);
    QVERIFY(h2.connect());
    h2.write32(0, mb.host, 1);
    QCOMPARE(h2.read32(0, mb.ack).value, 0x2u);
}

void TestStm32Board::resetAbortsTheRomSession() {
    VirtualClock clock;
    auto board = makeBoard(scenario("STM32H7S7L8", "closed"), clock);
    QVERIFY(board);
    auto rom = std::make_shared<RecordingRom>();
    board->setBootRomService(rom);
    const Mailbox mb = mailboxOf(board->chip().family());
    SwdHost host(*board);
    board->setProbeNrst(true);
    QVERIFY(host.connect());
    host.write32(0, mb.host, board->chip().parameters().da.requestMagic);
    board->setProbeNrst(false);
    QCOMPARE(board->chip().phase(), ChipPhase::BootRom);
    board->setProbeNrst(true);
    QCOMPARE(rom->aborts, 1);
    board->setProbeNrst(false);  // no request this time: the application boots
    QCOMPARE(board->chip().phase(), ChipPhase::Application);
    board->chip().leaveBootRom();  // harmless outside the ROM
    QCOMPARE(rom->boots.size(), std::size_t{2});
}

void TestStm32Board::stallsRunOnASteadyClock() {
    // The GUI's real-time lab: the board catches up with a SteadyClock on its own.
    SteadyClock clock;
    Scenario s = scenario("STM32H7S7L8");
    s.chipParameters = {{"flashTiming", {{"sectorEraseMs", 3}}}};
    auto board = makeLabBoard(s, *catalog(), clock);
    QVERIFY(board);
    auto& b = **board;
    SwdHost host(b);
    QVERIFY(host.connect());
    const auto& f = b.chip().family();
    host.write32(1, *f.flashRegisters.address("KEYR"), f.keys.key1);
    host.write32(1, *f.flashRegisters.address("KEYR"), f.keys.key2);
    const auto t0 = std::chrono::steady_clock::now();
    const std::uint32_t erase = (1u << 2) | (1u << 5);  // SER | START, sector 0
    host.write32(1, *f.flashRegisters.address("CR"), erase);
    host.write32(1, *f.flashRegisters.address("CR"), erase);  // waits for the first
    QVERIFY(std::chrono::steady_clock::now() - t0 >= std::chrono::milliseconds(3));
    QTRY_VERIFY_WITH_TIMEOUT(!(host.mustRead(1, *f.flashRegisters.address("SR")) & 1u), 1000);
}

void TestStm32Board::whatTheCoreRuns_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("lifecycle");
    QTest::addColumn<QString>("application");
    QTest::addColumn<bool>("lockup");
    QTest::addColumn<quint32>("pc");  // where a halt finds it
    // A blank chip's erased vectors cannot be used: the core locks up (it can still be halted).
    QTest::newRow("H563 blank") << "STM32H563ZI"
                                << "open"
                                << "none" << true << 0xFFFFFFFEu;
    QTest::newRow("H563 idle loop") << "STM32H563ZI"
                                    << "open"
                                    << "idle-loop" << false << 0x08000100u;
    QTest::newRow("H7S7 idle loop") << "STM32H7S7L8"
                                    << "open"
                                    << "idle-loop" << false << 0x08000100u;
    // Provisioning: "user code does not run", the ROM's loop in system flash does.
    QTest::newRow("H533 provisioning") << "STM32H533RE"
                                       << "provisioning"
                                       << "idle-loop" << false << 0x0BF80100u;
    QTest::newRow("H7S7 provisioning") << "STM32H7S7L8"
                                       << "provisioning"
                                       << "none" << false << 0x1FF00100u;
}

void TestStm32Board::whatTheCoreRuns() {
    QFETCH(QString, chip);
    QFETCH(QString, lifecycle);
    QFETCH(QString, application);
    QFETCH(bool, lockup);
    QFETCH(quint32, pc);
    VirtualClock clock;
    Scenario s = scenario(chip.toStdString(), lifecycle.toStdString());
    s.chipParameters = {{"application", application.toStdString()}};
    auto board = makeBoard(s, clock);
    QVERIFY(board);
    SwdHost host(*board);
    QVERIFY(host.connect());
    QCOMPARE((host.mustRead(1, kDhcsr) & arm::dhcsr::kSLockup) != 0, lockup);
    host.write32(1, kDhcsr, 0xA05F0003);
    host.write32(1, arm::scs::kDcrsr, 15);
    QCOMPARE(host.mustRead(1, arm::scs::kDcrdr), pc);
    // Registers of peripherals the lab does not model answer rather than fault (H5 SBS).
    for (const auto& p : board->chip().family().peripherals) {
        host.write32(1, p.base + p.registers.back().offset, 0x5A);
        QCOMPARE(host.mustRead(1, p.base + p.registers.back().offset), 0x5Au);
    }
}

QTEST_GUILESS_MAIN(TestStm32Board)
#include "test_stm32_board.moc"
