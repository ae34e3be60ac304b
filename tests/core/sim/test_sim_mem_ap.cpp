// The simulated MEM-AP against ADIv5 (docs/reference/cmsis-dap.md section 6): CSW sizes and
// byte lanes, auto-increment (off, single, packed) and its wrap, banked data registers,
// identification registers, bus errors and WAIT, and what a disabled AP answers.

#include <QtTest>

#include "core/sim/arm/mem_ap.h"
#include "core/sim/arm/memory.h"
#include "core/sim/arm/register_bank.h"
#include "core/sim/arm/system_bus.h"

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::arm;

namespace {

// RAM at 0x20000000 filled with 00 01 02 03 ... so every byte says where it lives.
struct Fixture {
    Fixture() : ram(0x1000, Memory::Access::ReadWrite), ap(bus) {
        Bytes pattern(0x1000);
        for (std::size_t i = 0; i < pattern.size(); ++i)
            pattern[i] = static_cast<std::uint8_t>(i);
        ram.load(0, pattern);
        [[maybe_unused]] Status s = bus.map(0x20000000, 0x1000, ram, "RAM");
    }
    SwdRead drw() { return ap.read(ap_reg::kDrw); }
    void setCsw(std::uint32_t v) { QCOMPARE(ap.write(ap_reg::kCsw, v), SwdAck::Ok); }
    void setTar(std::uint32_t v) { QCOMPARE(ap.write(ap_reg::kTar, v), SwdAck::Ok); }
    Memory ram;
    SystemBus bus;
    MemAp ap;
};

// A slave that answers WAIT a given number of times before it serves.
class SlowBus final : public Bus {
public:
    BusRead read(std::uint32_t, AccessSize) override {
        if (waits > 0) {
            --waits;
            return {BusStatus::Wait, 0};
        }
        return {BusStatus::Ok, 0x5A5A5A5A};
    }
    BusStatus write(std::uint32_t, std::uint32_t, AccessSize) override { return BusStatus::Ok; }
    int waits = 0;
};

}  // namespace

class TestSimMemAp : public QObject {
    Q_OBJECT
private slots:
    void sizesAndLanes_data() {
        QTest::addColumn<quint32>("csw");
        QTest::addColumn<quint32>("tar");
        QTest::addColumn<quint32>("value");  // what DRW returns: the data on its byte lanes
        QTest::newRow("32-bit") << quint32(csw::kSize32) << quint32(0x20000010) << quint32(0x13121110);
        QTest::newRow("16-bit low half")
            << quint32(csw::kSize16) << quint32(0x20000010) << quint32(0x00001110);
        QTest::newRow("16-bit high half")
            << quint32(csw::kSize16) << quint32(0x20000012) << quint32(0x13120000);
        QTest::newRow("8-bit lane 0") << quint32(csw::kSize8) << quint32(0x20000010) << quint32(0x00000010);
        QTest::newRow("8-bit lane 3") << quint32(csw::kSize8) << quint32(0x20000013) << quint32(0x13000000);
    }
    void sizesAndLanes() {
        QFETCH(quint32, csw);
        QFETCH(quint32, tar);
        QFETCH(quint32, value);
        Fixture f;
        f.setCsw(csw::kOpenOcdDefault | csw);
        f.setTar(tar);
        const SwdRead r = f.drw();
        QCOMPARE(r.ack, SwdAck::Ok);
        QCOMPARE(r.value, quint32(value));
        QCOMPARE(f.ap.tar(), quint32(tar));  // increment off
    }

    void narrowWritesTouchOnlyTheirBytes() {
        Fixture f;
        f.setCsw(csw::kSize8);
        f.setTar(0x20000021);
        QCOMPARE(f.ap.write(ap_reg::kDrw, 0xDDCCBBAA), SwdAck::Ok);  // lane 1 carries 0xBB
        f.setCsw(csw::kSize16);
        f.setTar(0x20000026);
        QCOMPARE(f.ap.write(ap_reg::kDrw, 0x4433FFEE), SwdAck::Ok);  // lanes 2-3 carry 0x4433
        QCOMPARE(f.ram.word(0x20), 0x2322BB20u);
        QCOMPARE(f.ram.word(0x24), 0x44332524u);
    }

    void autoIncrement_data() {
        QTest::addColumn<quint32>("csw");
        QTest::addColumn<quint32>("tar");
        QTest::addColumn<quint32>("firstRead");
        QTest::addColumn<quint32>("secondRead");
        QTest::addColumn<quint32>("tarAfter");
        QTest::newRow("off") << quint32(csw::kSize32) << quint32(0x20000100) << quint32(0x03020100)
                             << quint32(0x03020100) << quint32(0x20000100);
        QTest::newRow("single 32-bit") << quint32(csw::kSize32 | csw::kAddrIncSingle) << quint32(0x20000100)
                                       << quint32(0x03020100) << quint32(0x07060504) << quint32(0x20000108);
        QTest::newRow("single 8-bit") << quint32(csw::kSize8 | csw::kAddrIncSingle) << quint32(0x20000102)
                                      << quint32(0x00020000) << quint32(0x03000000) << quint32(0x20000104);
        // Packed: one DRW access carries every byte up to the end of the word.
        QTest::newRow("packed 8-bit") << quint32(csw::kSize8 | csw::kAddrIncPacked) << quint32(0x20000100)
                                      << quint32(0x03020100) << quint32(0x07060504) << quint32(0x20000108);
        QTest::newRow("packed 16-bit from +2")
            << quint32(csw::kSize16 | csw::kAddrIncPacked) << quint32(0x20000102) << quint32(0x03020000)
            << quint32(0x07060504) << quint32(0x20000108);
        // The increment wraps inside the 1 KiB block: 0x200003FC + 4 -> 0x20000000.
        QTest::newRow("wrap at 1 KiB") << quint32(csw::kSize32 | csw::kAddrIncSingle) << quint32(0x200003FC)
                                       << quint32(0xFFFEFDFC) << quint32(0x03020100) << quint32(0x20000004);
    }
    void autoIncrement() {
        QFETCH(quint32, csw);
        QFETCH(quint32, tar);
        QFETCH(quint32, firstRead);
        QFETCH(quint32, secondRead);
        QFETCH(quint32, tarAfter);
        Fixture f;
        f.setCsw(csw);
        f.setTar(tar);
        QCOMPARE(f.drw().value, quint32(firstRead));
        QCOMPARE(f.drw().value, quint32(secondRead));
        QCOMPARE(f.ap.tar(), quint32(tarAfter));
    }

    void incrementBlockIsConfigurable() {
        Memory ram(0x2000, Memory::Access::ReadWrite);
        SystemBus bus;
        QVERIFY(bus.map(0x20000000, 0x2000, ram, "RAM").ok());
        MemApConfig config;
        config.autoIncrementBlock = 4096;  // Cortex-M3/M4 AHB-AP
        MemAp ap(bus, config);
        QCOMPARE(ap.write(ap_reg::kCsw, csw::kSize32 | csw::kAddrIncSingle), SwdAck::Ok);
        QCOMPARE(ap.write(ap_reg::kTar, 0x200003FC), SwdAck::Ok);
        QCOMPARE(ap.read(ap_reg::kDrw).ack, SwdAck::Ok);
        QCOMPARE(ap.tar(), 0x20000400u);
    }

    void bankedDataRegisters() {
        Fixture f;
        f.setCsw(csw::kSize32 | csw::kAddrIncSingle);
        f.setTar(0x20000208);  // BDn uses TAR[31:4] + n * 4
        QCOMPARE(f.ap.read(ap_reg::kBd0).value, 0x03020100u);
        QCOMPARE(f.ap.read(ap_reg::kBd3).value, 0x0F0E0D0Cu);
        QCOMPARE(f.ap.write(0x14, 0xCAFEF00D), SwdAck::Ok);  // BD1
        QCOMPARE(f.ram.word(0x204), 0xCAFEF00Du);
        QCOMPARE(f.ap.tar(), 0x20000208u);  // banked accesses never increment
    }

    void identificationRegisters() {
        Fixture f;
        QCOMPARE(f.ap.read(ap_reg::kIdr).value, 0x24770011u);
        QCOMPARE(f.ap.read(ap_reg::kBase).value, 0xE00FF003u);
        QCOMPARE(f.ap.read(ap_reg::kCfg).value, 0u);
        QCOMPARE(f.ap.write(ap_reg::kIdr, 0), SwdAck::Ok);  // read-only: ignored
        QCOMPARE(f.ap.read(ap_reg::kIdr).value, 0x24770011u);
    }

    void cswReadBack() {
        Fixture f;
        // The capture of stlink-protocol.md 14.4: 0xA2000000 written, 0xA2000040 read.
        f.setCsw(0xA2000000);
        QCOMPARE(f.ap.read(ap_reg::kCsw).value, 0xA2000040u);
        // An unsupported size keeps the previous one.
        f.setCsw(0xA2000012);
        f.setCsw(0xA2000017);
        QCOMPARE(f.ap.read(ap_reg::kCsw).value & 0x37u, 0x12u);
    }

    void busErrorsAndWait() {
        Fixture f;
        f.setCsw(csw::kSize32);
        f.setTar(0x30000000);  // nothing mapped
        QCOMPARE(f.drw().ack, SwdAck::Fault);
        f.setTar(0x20000002);  // misaligned word
        QCOMPARE(f.drw().ack, SwdAck::Fault);

        SlowBus slow;
        MemAp ap(slow);
        slow.waits = 2;
        QCOMPARE(ap.read(ap_reg::kDrw).ack, SwdAck::Wait);
        QCOMPARE(ap.read(ap_reg::kDrw).ack, SwdAck::Wait);
        const SwdRead r = ap.read(ap_reg::kDrw);
        QCOMPARE(r.ack, SwdAck::Ok);
        QCOMPARE(r.value, 0x5A5A5A5Au);
    }

    void readOnlyMemoryFaultsWrites() {
        Memory rom(0x100, Memory::Access::ReadOnly, 0xFF);
        MemAp ap(rom);
        QCOMPARE(ap.write(ap_reg::kCsw, csw::kSize32), SwdAck::Ok);
        QCOMPARE(ap.write(ap_reg::kTar, 0x10), SwdAck::Ok);
        QCOMPARE(ap.read(ap_reg::kDrw).value, 0xFFFFFFFFu);
        QCOMPARE(ap.write(ap_reg::kDrw, 0), SwdAck::Fault);
        QCOMPARE(rom.word(0x10), 0xFFFFFFFFu);
    }

    void disabledApAnswersFaultButStaysIdentifiable() {
        Fixture f;
        f.ap.setEnabled(false);
        // Its own registers still answer, and CSW says the AP cannot issue transfers.
        QCOMPARE(f.ap.read(ap_reg::kIdr).value, 0x24770011u);
        f.setCsw(0xA2000002);
        QCOMPARE(f.ap.read(ap_reg::kCsw).value & csw::kDeviceEn, 0u);
        f.setTar(0x20000000);
        QCOMPARE(f.drw().ack, SwdAck::Fault);
        QCOMPARE(f.ap.write(ap_reg::kDrw, 0x11111111), SwdAck::Fault);
        QCOMPARE(f.ap.read(ap_reg::kBd0).ack, SwdAck::Fault);
        QCOMPARE(f.ram.word(0), 0x03020100u);
        f.ap.setEnabled(true);
        QCOMPARE(f.drw().value, 0x03020100u);
        QVERIFY(f.ap.read(ap_reg::kCsw).value & csw::kDeviceEn);
    }

    void registerBankHooksAndMasks() {
        RegisterBank bank;
        int writes = 0;
        auto& status = bank.define(0x04, 0x00000003, 0x000000F0);
        status.onRead = [](std::uint32_t stored) { return stored | 0x80000000u; };
        status.onWrite = [&writes](std::uint32_t) {
            ++writes;
            return BusStatus::Ok;
        };
        bank.define(0x08, 0, 0xFFFFFFFF).onWrite = [](std::uint32_t v) {
            return v == 0xDEAD ? BusStatus::Fault : BusStatus::Ok;
        };
        QCOMPARE(bank.read(0x04, AccessSize::Word).value, 0x80000003u);
        QCOMPARE(bank.write(0x04, 0xFFFFFFFF, AccessSize::Word), BusStatus::Ok);
        QCOMPARE(bank.value(0x04), 0x000000F3u);
        QCOMPARE(writes, 1);
        QCOMPARE(bank.read(0x07, AccessSize::Byte).value, 0x80u);
        QCOMPARE(bank.write(0x08, 0xDEAD, AccessSize::Word), BusStatus::Fault);
        QCOMPARE(bank.value(0x08), 0u);  // refused writes leave the register alone
        QCOMPARE(bank.read(0x0C, AccessSize::Word).status, BusStatus::Fault);
        RegisterBank lenient(RegisterBank::Unmapped::ReadAsZero);
        QCOMPARE(lenient.read(0x40, AccessSize::Word).status, BusStatus::Ok);
    }

    void systemBusRefusesOverlaps() {
        Memory a(0x100, Memory::Access::ReadWrite);
        Memory b(0x100, Memory::Access::ReadWrite);
        SystemBus bus;
        QVERIFY(bus.map(0x1000, 0x100, a, "a").ok());
        const Status overlap = bus.map(0x10F0, 0x100, b, "b");
        QVERIFY(!overlap.ok());
        QCOMPARE(QString::fromStdString(overlap.error().code), QStringLiteral("sim.bus.overlap"));
        QVERIFY(bus.map(0x1100, 0x100, b, "b").ok());
        QVERIFY(!bus.map(0xFFFFFF00, 0x200, b, "too far").ok());
        // An access straddling the end of a region faults even when the slave is larger.
        Memory c(0x200, Memory::Access::ReadWrite);
        QVERIFY(bus.map(0x2000, 0x102, c, "c").ok());
        QCOMPARE(bus.read(0x2100, AccessSize::Half).status, BusStatus::Ok);
        QCOMPARE(bus.read(0x2100, AccessSize::Word).status, BusStatus::Fault);
        QCOMPARE(bus.write(0x1100, 7, AccessSize::Word), BusStatus::Ok);
        QCOMPARE(b.word(0), 7u);
    }
};

QTEST_GUILESS_MAIN(TestSimMemAp)
#include "test_sim_mem_ap.moc"
