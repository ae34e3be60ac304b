// The flash controller as a host drives it: key sequences (a wrong or repeated key is a bus
// error and locks until reset), 16-byte programming and its errors, sector / bank / mass
// erase, busy time, and write protection (0 = protected): a protected sector makes erase and
// program fail with WRPERR / WRPERRF and keeps its data; mass erase fails when any sector is
// protected ("Mass erase operation failed. Please verify flash protection"); after WRP is
// set to all ones (by the workbench's own option-byte programmer, over the ST-LINK driver)
// the same erase succeeds.

#include <QtTest>

#include "stm32_test_support.h"
#include "support/lab_probe_rig.h"

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::stm32;
using namespace rescue::sim::stm32::test;

namespace {

const Bytes kPattern{0xDE, 0xAD, 0xBE, 0xEF, 0x01, 0x02, 0x03, 0x04,
                     0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C};

std::uint32_t flashReg(const device::Family& f, const char* name) {
    return *f.flashRegisters.address(name);
}

std::uint32_t flashBit(const device::Family& f, const char* reg, const char* field) {
    return f.flashRegisters.registerNamed(reg)->field(field)->mask();
}

// The wire operations FlashHost needs, over the ST-LINK driver instead of the minimal SWD
// host: for the suites that also program option bytes with the workbench's own code.
class ProbeWire {
public:
    explicit ProbeWire(probe::DebugProbe& probe) : m_probe(probe) {}
    SwdAck write32(std::uint8_t ap, std::uint32_t address, std::uint32_t value) {
        return m_probe.write32(ap, address, value).ok() ? SwdAck::Ok : SwdAck::Fault;
    }
    SwdAck write16(std::uint8_t ap, std::uint32_t address, std::uint16_t value) {
        const Bytes b{static_cast<std::uint8_t>(value), static_cast<std::uint8_t>(value >> 8)};
        return m_probe.writeMemory(ap, address, b, probe::AccessWidth::Bits16).ok() ? SwdAck::Ok
                                                                                    : SwdAck::Fault;
    }
    std::uint32_t mustRead(std::uint8_t ap, std::uint32_t address) {
        auto v = m_probe.read32(ap, address);
        if (!v)
            qFatal("read of 0x%08X failed: %s", address, v.error().describe().c_str());
        return *v;
    }

private:
    probe::DebugProbe& m_probe;
};

// A host's flash routines, register names and bits from the catalog, over either wire.
template <class Host>
class FlashHost {
public:
    FlashHost(Host& host, LabBoard& board, VirtualClock& clock)
        : m_host(host),
          m_clock(clock),
          m_f(board.chip().family()),
          m_h7rs(m_f.flashRegisters.registerNamed("NSCR") == nullptr) {}

    std::uint32_t cr() const { return flashReg(m_f, m_h7rs ? "CR" : "NSCR"); }
    std::uint32_t keyr() const { return flashReg(m_f, m_h7rs ? "KEYR" : "NSKEYR"); }
    std::uint32_t sr() const { return flashReg(m_f, m_h7rs ? "SR" : "NSSR"); }
    std::uint32_t flagsReg() const { return flashReg(m_f, m_h7rs ? "ISR" : "NSSR"); }
    std::uint32_t bit(const char* field) const {
        const char* reg = m_h7rs ? "CR" : "NSCR";
        if (std::string(field) == "STRT" && m_h7rs)
            field = "START";
        return flashBit(m_f, reg, field);
    }
    std::uint32_t flag(const char* h5Name) const {
        const std::string n = m_h7rs ? std::string(h5Name) + "F" : h5Name;
        return flashBit(m_f, m_h7rs ? "ISR" : "NSSR", n.c_str());
    }
    std::uint32_t busyBit() const { return flashBit(m_f, m_h7rs ? "SR" : "NSSR", m_h7rs ? "BUSY" : "BSY"); }

    SwdAck key(std::uint32_t value) { return m_host.write32(1, keyr(), value); }
    void unlock() {
        if (!locked())
            return;  // a second sequence would lock the register until reset
        key(m_f.keys.key1);
        key(m_f.keys.key2);
    }
    bool locked() { return m_host.mustRead(1, cr()) & bit("LOCK"); }
    std::uint32_t flags() { return m_host.mustRead(1, flagsReg()); }
    void clearFlags() { m_host.write32(1, flashReg(m_f, m_h7rs ? "ICR" : "NSCCR"), 0xFFFFFFFF); }

    bool waitIdle() {
        for (int i = 0; i < 100000; ++i) {
            if (!(m_host.mustRead(1, sr()) & busyBit()))
                return true;
            m_clock.advance(std::chrono::microseconds(500));
        }
        return false;
    }

    void eraseSector(unsigned bank, unsigned sector) {
        const auto* snb =
            m_f.flashRegisters.registerNamed(m_h7rs ? "CR" : "NSCR")->field(m_h7rs ? "SSN" : "SNB");
        std::uint32_t v = bit("SER") | (sector << snb->lsb);
        if (bank == 2)
            v |= bit("BKSEL");
        m_host.write32(1, cr(), v);
        m_host.write32(1, cr(), v | bit("STRT"));
        waitIdle();
        m_host.write32(1, cr(), 0);
    }
    void eraseBank(unsigned bank) {
        std::uint32_t v = bit("BER") | (bank == 2 ? bit("BKSEL") : 0u);
        m_host.write32(1, cr(), v | bit("STRT"));
        waitIdle();
        m_host.write32(1, cr(), 0);
    }
    void massErase() {
        // H5: MER; H7RS (one bank): BER, as the HALs do.
        m_host.write32(1, cr(), (m_h7rs ? bit("BER") : bit("MER")) | bit("STRT"));
        waitIdle();
        m_host.write32(1, cr(), 0);
    }
    void program(std::uint32_t address, ByteView unit, bool setPg = true) {
        if (setPg)
            m_host.write32(1, cr(), bit("PG"));
        for (std::size_t i = 0; i < unit.size(); i += 4)
            m_host.write32(1, address + static_cast<std::uint32_t>(i), readLe32(unit, i));
        waitIdle();
        m_host.write32(1, cr(), 0);
    }
    Bytes readBack(std::uint32_t address, std::size_t n) {
        Bytes out;
        for (std::size_t i = 0; i < n; i += 4)
            appendLe32(out, m_host.mustRead(1, address + static_cast<std::uint32_t>(i)));
        return out;
    }

private:
    Host& m_host;
    VirtualClock& m_clock;
    const device::Family& m_f;
    bool m_h7rs;
};

std::uint32_t sectorAddress(const Stm32Chip& chip, unsigned bank, unsigned sector) {
    const auto& part = chip.part();
    return part.bankBase(bank) + sector * chip.family().flash.sectorBytes;
}

void seed(Stm32Chip& chip, unsigned bank, unsigned sector) {
    chip.flash().store(chip.flash().sectorOffset(bank, sector), kPattern);
}

}  // namespace

class TestStm32Flash : public QObject {
    Q_OBJECT

private slots:
    void keySequences_data();
    void keySequences();
    void programAndReadBack_data();
    void programAndReadBack();
    void programmingErrors_data();
    void programmingErrors();
    void writeProtectedErase_data();
    void writeProtectedErase();
    void clearingWrpLetsEraseSucceed_data();
    void clearingWrpLetsEraseSucceed();
    void busyTimeAndStall();
    void otpProgrammingAndLock();
    void externalFlashWindow();
};

// ---- keys ---------------------------------------------------------------------------------

void TestStm32Flash::keySequences_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("sequence");  // k1, k2 = the right keys, x = a wrong one
    QTest::addColumn<bool>("unlocked");
    QTest::addColumn<int>("faults");
    for (const char* chip : {"STM32H533RE", "STM32H7S7L8", "STM32H503RB"}) {
        const QString c = chip;
        QTest::newRow(qPrintable(c + " right keys")) << c << "k1 k2" << true << 0;
        QTest::newRow(qPrintable(c + " wrong first key")) << c << "x k1 k2" << false << 3;
        QTest::newRow(qPrintable(c + " wrong second key")) << c << "k1 x k1 k2" << false << 3;
        QTest::newRow(qPrintable(c + " keys in reverse")) << c << "k2 k1" << false << 2;
        QTest::newRow(qPrintable(c + " sequence repeated")) << c << "k1 k2 k1 k2" << false << 2;
    }
}

void TestStm32Flash::keySequences() {
    QFETCH(QString, chip);
    QFETCH(QString, sequence);
    QFETCH(bool, unlocked);
    QFETCH(int, faults);
    VirtualClock clock;
    auto board = makeBoard(scenario(chip.toStdString()), clock);
    QVERIFY(board);
    SwdHost host(*board);
    QVERIFY(host.connect());
    FlashHost flash(host, *board, clock);
    const auto& keys = board->chip().family().keys;
    QVERIFY(flash.locked());
    int seen = 0;
    for (const auto& k : sequence.split(' ')) {
        const std::uint32_t v = k == "k1" ? keys.key1 : k == "k2" ? keys.key2 : 0x12345678u;
        if (flash.key(v) == SwdAck::Fault)  // a wrong key is a bus error
            ++seen;
    }
    QCOMPARE(seen, faults);
    QCOMPARE(!flash.locked(), unlocked);
    if (!unlocked) {
        // Locked until the next reset: even the right sequence is refused now...
        flash.unlock();
        QVERIFY(flash.locked());
        // ...and works again after one (SYSRESETREQ).
        host.write32(1, sim::arm::scs::kAircr, 0x05FA0004);
        QVERIFY(host.connect());
        flash.unlock();
        QVERIFY(!flash.locked());
    }
    // The option key register follows the same rule.
    const auto& fam = board->chip().family();
    host.write32(1, flashReg(fam, "OPTKEYR"), 0x0BADC0DEu);
    host.write32(1, flashReg(fam, "OPTKEYR"), fam.keys.optKey1);
    host.write32(1, flashReg(fam, "OPTKEYR"), fam.keys.optKey2);
    QVERIFY(host.mustRead(1, flashReg(fam, "OPTCR")) & flashBit(fam, "OPTCR", "OPTLOCK"));
}

// ---- programming ------------------------------------------------------------------------

void TestStm32Flash::programAndReadBack_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<int>("bank");
    QTest::addColumn<int>("sector");
    QTest::newRow("H533 bank 1") << "STM32H533RE" << 1 << 0;
    QTest::newRow("H533 bank 2") << "STM32H533RE" << 2 << 31;
    QTest::newRow("H563 bank 2") << "STM32H563ZI" << 2 << 5;
    QTest::newRow("H503 bank 1") << "STM32H503RB" << 1 << 7;
    QTest::newRow("H7S7") << "STM32H7S7L8" << 1 << 7;
}

void TestStm32Flash::programAndReadBack() {
    QFETCH(QString, chip);
    QFETCH(int, bank);
    QFETCH(int, sector);
    VirtualClock clock;
    auto board = makeBoard(scenario(chip.toStdString()), clock);
    QVERIFY(board);
    SwdHost host(*board);
    QVERIFY(host.connect());
    FlashHost flash(host, *board, clock);
    const std::uint32_t at = sectorAddress(board->chip(), bank, sector) + 0x40;
    flash.unlock();
    flash.program(at, kPattern);
    QCOMPARE(flash.readBack(at, 16), kPattern);
    QCOMPARE(flash.flags() & (flash.flag("WRPERR") | flash.flag("PGSERR") | flash.flag("INCERR")), 0u);
    QVERIFY(flash.flags() & flash.flag("EOP"));
    flash.eraseSector(bank, sector);
    QCOMPARE(flash.readBack(at, 16), Bytes(16, 0xFF));
}

void TestStm32Flash::programmingErrors_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("flag");
    for (const char* chip : {"STM32H563ZI", "STM32H7S7L8"}) {
        const QString c = chip;
        QTest::newRow(qPrintable(c + " without PG")) << c << "no-pg"
                                                     << "PGSERR";
        QTest::newRow(qPrintable(c + " over data")) << c << "not-erased"
                                                    << "PGSERR";
        QTest::newRow(qPrintable(c + " another unit mid-way")) << c << "other-unit"
                                                               << "INCERR";
        QTest::newRow(qPrintable(c + " same word twice")) << c << "rewrite"
                                                          << "STRBERR";
        QTest::newRow(qPrintable(c + " into a protected sector")) << c << "protected"
                                                                  << "WRPERR";
    }
}

void TestStm32Flash::programmingErrors() {
    QFETCH(QString, chip);
    QFETCH(QString, action);
    QFETCH(QString, flag);
    VirtualClock clock;
    const bool h7 = chip.contains("H7");
    std::map<std::string, nlohmann::json> ob;
    if (action == "protected")
        ob[h7 ? "WRPS" : "WRPSGn1"] = h7 ? "0xFE" : "0xFFFFFFFE";
    auto board = makeBoard(scenario(chip.toStdString(), "open", ob), clock);
    QVERIFY(board);
    SwdHost host(*board);
    QVERIFY(host.connect());
    FlashHost flash(host, *board, clock);
    const std::uint32_t at = sectorAddress(board->chip(), 1, 0);
    if (action == "not-erased")
        seed(board->chip(), 1, 0);
    const Bytes before = flash.readBack(at, 32);
    flash.unlock();
    const Bytes other{0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88,
                      0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xF0, 0x0F};
    if (action == "no-pg") {
        flash.program(at, other, false);
    } else if (action == "other-unit") {
        host.write32(1, flash.cr(), flash.bit("PG"));
        host.write32(1, at, 0x11111111);
        host.write32(1, at + 16, 0x22222222);
        flash.waitIdle();
    } else if (action == "rewrite") {
        host.write32(1, flash.cr(), flash.bit("PG"));
        host.write32(1, at, 0x11111111);
        host.write32(1, at, 0x22222222);
    } else {
        flash.program(at, other);
    }
    QVERIFY(flash.flags() & flash.flag(flag.toLatin1().constData()));
    QCOMPARE(flash.readBack(at, 32), before);  // nothing was written
    // Writing a unit of zeros over data is what ECC flash allows.
    if (action == "not-erased") {
        flash.clearFlags();
        flash.program(at, Bytes(16, 0x00));
        QCOMPARE(flash.readBack(at, 16), Bytes(16, 0x00));
        QCOMPARE(flash.flags() & flash.flag("PGSERR"), 0u);
    }
}

// ---- write protection -----------------------------------------------------------------------

void TestStm32Flash::writeProtectedErase_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("operation");  // sector, bank, mass
    QTest::addColumn<int>("bank");
    QTest::addColumn<int>("sector");
    QTest::addColumn<bool>("fails");
    // H52x/H53x: bit n protects sectors 4n..4n+3 of its bank.
    QTest::newRow("H533 group 0: sector 2") << "STM32H533RE"
                                            << "WRPSGn1"
                                            << "0xFE"
                                            << "sector" << 1 << 2 << true;
    QTest::newRow("H533 group 0: sector 4 free") << "STM32H533RE"
                                                 << "WRPSGn1"
                                                 << "0xFE"
                                                 << "sector" << 1 << 4 << false;
    QTest::newRow("H533 group 0: bank 1") << "STM32H533RE"
                                          << "WRPSGn1"
                                          << "0xFE"
                                          << "bank" << 1 << 2 << true;
    QTest::newRow("H533 group 0: bank 2 free") << "STM32H533RE"
                                               << "WRPSGn1"
                                               << "0xFE"
                                               << "bank" << 2 << 0 << false;
    QTest::newRow("H533 group 0: mass") << "STM32H533RE"
                                        << "WRPSGn1"
                                        << "0xFE"
                                        << "mass" << 1 << 3 << true;
    QTest::newRow("H533 nothing protected: mass") << "STM32H533RE"
                                                  << "WRPSGn1"
                                                  << "0xFF"
                                                  << "mass" << 1 << 3 << false;
    // H56x/H57x: 32 group bits per bank; group 31 of bank 2 = sectors 124..127.
    QTest::newRow("H563 bank 2 group 31: sector 127") << "STM32H563ZI"
                                                      << "WRPSGn2"
                                                      << "0x7FFFFFFF"
                                                      << "sector" << 2 << 127 << true;
    QTest::newRow("H563 bank 2 group 31: sector 123 free") << "STM32H563ZI"
                                                           << "WRPSGn2"
                                                           << "0x7FFFFFFF"
                                                           << "sector" << 2 << 123 << false;
    QTest::newRow("H563 bank 2 group 31: bank 2") << "STM32H563ZI"
                                                  << "WRPSGn2"
                                                  << "0x7FFFFFFF"
                                                  << "bank" << 2 << 124 << true;
    QTest::newRow("H563 bank 2 group 31: bank 1 free") << "STM32H563ZI"
                                                       << "WRPSGn2"
                                                       << "0x7FFFFFFF"
                                                       << "bank" << 1 << 0 << false;
    QTest::newRow("H563 bank 2 group 31: mass") << "STM32H563ZI"
                                                << "WRPSGn2"
                                                << "0x7FFFFFFF"
                                                << "mass" << 2 << 125 << true;
    // H503: one bit per sector.
    QTest::newRow("H503 bank 2 sector 0") << "STM32H503RB"
                                          << "WRPSGn2"
                                          << "0xFE"
                                          << "sector" << 2 << 0 << true;
    QTest::newRow("H503 bank 2 sector 1 free") << "STM32H503RB"
                                               << "WRPSGn2"
                                               << "0xFE"
                                               << "sector" << 2 << 1 << false;
    // H7RS, the first field report: every WRPS bit 0.
    QTest::newRow("H7S7 WRPS=0x00: sector 3") << "STM32H7S7L8"
                                              << "WRPS"
                                              << "0x00"
                                              << "sector" << 1 << 3 << true;
    QTest::newRow("H7S7 WRPS=0x00: mass") << "STM32H7S7L8"
                                          << "WRPS"
                                          << "0x00"
                                          << "mass" << 1 << 0 << true;
    QTest::newRow("H7S7 WRPS3=0: sector 2 free") << "STM32H7S7L8"
                                                 << "WRPS3"
                                                 << "0"
                                                 << "sector" << 1 << 2 << false;
    QTest::newRow("H7S7 WRPS3=0: mass") << "STM32H7S7L8"
                                        << "WRPS3"
                                        << "0"
                                        << "mass" << 1 << 3 << true;
}

void TestStm32Flash::writeProtectedErase() {
    QFETCH(QString, chip);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, operation);
    QFETCH(int, bank);
    QFETCH(int, sector);
    QFETCH(bool, fails);
    VirtualClock clock;
    auto board =
        makeBoard(scenario(chip.toStdString(), "open", {{field.toStdString(), value.toStdString()}}), clock);
    QVERIFY(board);
    SwdHost host(*board);
    QVERIFY(host.connect());
    FlashHost flash(host, *board, clock);
    seed(board->chip(), bank, sector);
    const std::uint32_t at = sectorAddress(board->chip(), bank, sector);
    flash.unlock();
    if (operation == "sector")
        flash.eraseSector(bank, sector);
    else if (operation == "bank")
        flash.eraseBank(bank);
    else
        flash.massErase();
    QCOMPARE((flash.flags() & flash.flag("WRPERR")) != 0, fails);
    QCOMPARE(flash.readBack(at, 16), fails ? kPattern : Bytes(16, 0xFF));
}

void TestStm32Flash::clearingWrpLetsEraseSucceed_data() {
    QTest::addColumn<QString>("chip");
    QTest::addColumn<QString>("reg");
    QTest::addColumn<QString>("field");
    QTest::newRow("H7S7 WRPS 0x00 -> 0xFF") << "STM32H7S7L8"
                                            << "WRPSR"
                                            << "WRPS";
    QTest::newRow("H533 WRPSGn1 0x00 -> 0xFF") << "STM32H533RE"
                                               << "WRP1R"
                                               << "WRPSGn1";
    QTest::newRow("H563 WRPSGn1 0 -> all ones") << "STM32H563ZI"
                                                << "WRP1R"
                                                << "WRPSGn1";
}

void TestStm32Flash::clearingWrpLetsEraseSucceed() {
    QFETCH(QString, chip);
    QFETCH(QString, reg);
    QFETCH(QString, field);
    auto rig =
        testsupport::LabProbeRig::create(scenario(chip.toStdString(), "open", {{field.toStdString(), "0"}}));
    QVERIFY(rig.ok());
    QVERIFY((*rig)->connect());
    LabBoard& board = (*rig)->board();
    const auto& f = board.chip().family();
    ProbeWire wire(*(*rig)->probe);
    FlashHost flash(wire, board, *(*rig)->clock);
    seed(board.chip(), 1, 0);
    flash.unlock();
    flash.massErase();
    QVERIFY(flash.flags() & flash.flag("WRPERR"));
    QCOMPARE(flash.readBack(sectorAddress(board.chip(), 1, 0), 16), kPattern);

    // The fix ST gave: set every WRP bit to 1, with the workbench's own programmer.
    const QByteArray fd = field.toLatin1();
    const auto* def = f.optionBytes.field(fd.constData());
    auto current = (*rig)->readOptions();
    QVERIFY(current.ok());
    const std::uint32_t cur = current->registerValue(reg.toStdString()).value();
    auto done = (*rig)->programRegister(reg.toStdString(), def->insert(cur, def->maxValue()));
    QVERIFY2(done.ok(), done.ok() ? "" : done.error().describe().c_str());
    QCOMPARE(done->mismatches(), std::size_t{0});
    QCOMPARE(def->extract((*rig)->readOptions()->registerValue(reg.toStdString()).value()), def->maxValue());
    flash.clearFlags();
    flash.massErase();
    QCOMPARE(flash.flags() & flash.flag("WRPERR"), 0u);
    QCOMPARE(flash.readBack(sectorAddress(board.chip(), 1, 0), 16), Bytes(16, 0xFF));
}

// ---- time ---------------------------------------------------------------------------------

void TestStm32Flash::busyTimeAndStall() {
    VirtualClock clock;
    auto board = makeBoard(scenario("STM32H563ZI"), clock);
    QVERIFY(board);
    SwdHost host(*board);
    QVERIFY(host.connect());
    FlashHost flash(host, *board, clock);
    const auto eraseTime = board->chip().parameters().flash.sectorErase;
    seed(board->chip(), 1, 1);
    flash.unlock();
    host.write32(1, flash.cr(), flash.bit("SER") | (1u << 6) | flash.bit("STRT"));
    QVERIFY(host.mustRead(1, flash.sr()) & flash.busyBit());
    QCOMPARE(flash.readBack(sectorAddress(board->chip(), 1, 1), 16), kPattern);  // not erased yet
    clock.advance(eraseTime / 2);
    QVERIFY(host.mustRead(1, flash.sr()) & flash.busyBit());
    clock.advance(eraseTime / 2);
    QCOMPARE(host.mustRead(1, flash.sr()) & flash.busyBit(), 0u);
    QCOMPARE(flash.readBack(sectorAddress(board->chip(), 1, 1), 16), Bytes(16, 0xFF));

    // A new operation while one runs waits for it (the AHB stalls): time moves on by itself.
    const auto t0 = clock.now();
    host.write32(1, flash.cr(), flash.bit("SER") | (2u << 6) | flash.bit("STRT"));
    host.write32(1, flash.cr(), flash.bit("SER") | (3u << 6) | flash.bit("STRT"));
    QVERIFY(clock.now() - t0 >= eraseTime);
}

void TestStm32Flash::otpProgrammingAndLock() {
    auto rig = testsupport::LabProbeRig::create(scenario("STM32H503RB"));
    QVERIFY(rig.ok());
    QVERIFY((*rig)->connect());
    LabBoard& board = (*rig)->board();
    ProbeWire host(*(*rig)->probe);
    FlashHost flash(host, board, *(*rig)->clock);
    flash.unlock();
    host.write32(1, flash.cr(), flash.bit("PG"));
    QCOMPARE(host.write16(1, 0x08FFF040u, 0xA55A), SwdAck::Ok);  // block 1
    flash.waitIdle();
    QCOMPARE(host.mustRead(1, 0x08FFF040u), 0xFFFFA55Au);
    // One-time: the same halfword cannot be programmed again.
    host.write16(1, 0x08FFF040u, 0x0000);
    flash.waitIdle();
    QVERIFY(flash.flags() & flash.flag("PGSERR"));
    // LOCKBL bit 2 locks block 2 (the workbench's programmer): programming it is a
    // write-protection error.
    flash.clearFlags();
    host.write32(1, flash.cr(), 0);
    const std::uint32_t cur = (*rig)->readOptions()->registerValue("OTPBLR").value();
    auto locked = (*rig)->programRegister("OTPBLR", cur | 0x4u);
    QVERIFY2(locked.ok(), locked.ok() ? "" : locked.error().describe().c_str());
    QCOMPARE((*rig)->readOptions()->registerValue("OTPBLR").value() & 0x4u, 0x4u);
    flash.unlock();
    host.write32(1, flash.cr(), flash.bit("PG"));
    host.write16(1, 0x08FFF080u, 0x1234);
    flash.waitIdle();
    QVERIFY(flash.flags() & flash.flag("WRPERR"));
    QCOMPARE(host.mustRead(1, 0x08FFF080u), 0xFFFFFFFFu);
    // Set-only: clearing a lock bit has no effect (the read-back says so, field by field).
    host.write32(1, flash.cr(), 0);
    auto cleared = (*rig)->programRegister("OTPBLR", 0);
    QVERIFY(cleared.ok());
    QVERIFY(cleared->mismatches() > 0);
    QCOMPARE((*rig)->readOptions()->registerValue("OTPBLR").value() & 0x4u, 0x4u);
}

void TestStm32Flash::externalFlashWindow() {
    VirtualClock clock;
    auto board = makeBoard(scenario("STM32H7S7L8"), clock);
    QVERIFY(board);
    NorFlash* nor = board->chip().externalFlash();
    QVERIFY(nor);
    QVERIFY(nor->program(0x200000, Bytes{0x12, 0x34, 0x56, 0x78}));
    SwdHost host(*board);
    QVERIFY(host.connect());
    QCOMPARE(host.mustRead(1, 0x70200000u), 0x78563412u);
    QCOMPARE(host.write32(1, 0x70200000u, 0), SwdAck::Fault);  // memory-mapped mode is read-only
    // NOR: programming only clears bits; erase by 4 KB sector.
    QVERIFY(nor->program(0x200000, Bytes{0xF0}));
    QCOMPARE(host.mustRead(1, 0x70200000u) & 0xFFu, 0x10u);
    QVERIFY(!nor->program(0x2000FF, Bytes{0, 0}));  // crosses a 256-byte page
    QVERIFY(nor->eraseSector(0x200FFF));
    QCOMPARE(host.mustRead(1, 0x70200000u), 0xFFFFFFFFu);
}

QTEST_GUILESS_MAIN(TestStm32Flash)
#include "test_stm32_flash.moc"
