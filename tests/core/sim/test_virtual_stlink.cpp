// The virtual ST-LINK driven by the same bytes a real probe gets (docs/reference/
// stlink-protocol.md sections 2-12): identities and versions, reply lengths, modes, target
// voltage, NRST, SWD clock, DAP registers, memory access as real AP traffic, RW_MISC,
// feature gates, status codes, round trips and latency on a virtual clock, and every knob
// of the FaultPlan seen from the host side as a status or a timeout, never a hang.

#include <QtTest>

#include "core/common/clock.h"
#include "core/probe/stlink/stlink_protocol.h"
#include "core/probe/stlink/stlink_speed.h"
#include "core/probe/stlink/stlink_version.h"
#include "core/sim/stlink/virtual_stlink.h"
#include "support/stlink_host.h"
#include "support/test_board.h"

using namespace rescue;
using namespace rescue::sim;
using namespace rescue::sim::stlink;
namespace ps = rescue::probe::stlink;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(rescue::probe::stlink::Request)

Q_DECLARE_METATYPE(rescue::sim::stlink::FaultPlan)

namespace {

constexpr std::uint32_t kRam = 0x20000000;
constexpr std::uint32_t kIdcode = 0xE0044000;

struct Rig {
    explicit Rig(std::string_view model = "STLINK-V3SET", std::string_view firmware = {},
                 testsupport::TestBoardConfig boardConfig = {}, FirmwareOptions options = {})
        : board(boardConfig),
          probe(makeStlinkIdentity(model, firmware).value(), clock, &board, options),
          host(probe, probe.identity().usb.outEndpoint) {}
    VirtualClock clock;
    testsupport::TestBoard board;
    VirtualStlink probe;
    testsupport::StlinkHost host;
};

QString code(const Error& e) {
    return QString::fromStdString(e.code);
}

ps::MemoryCommand mem(std::uint32_t address, std::uint16_t length, std::uint8_t ap = 1) {
    return {address, length, ap, 0xA2000000};
}

}  // namespace

class TestVirtualStlink : public QObject {
    Q_OBJECT
private slots:
    void identities_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("getVersion");
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("pid");
        QTest::addColumn<int>("outEndpoint");
        QTest::addColumn<int>("initialMode");
        QTest::newRow("STLINK-V2") << "STLINK-V2"
                                   << "2b8783044837"
                                   << "V2J46S7" << 0x3748 << 0x02 << 0;
        QTest::newRow("STLINK-V2-1") << "STLINK-V2-1"
                                     << "295a83044b37"
                                     << "V2J37M26" << 0x374B << 0x01 << 1;
        QTest::newRow("STLINK-V3SET") << "STLINK-V3SET"
                                      << "300083044f37"
                                      << "V3J17M10B6S1" << 0x374F << 0x01 << 1;
        QTest::newRow("STLINK-V3MINIE") << "STLINK-V3MINIE"
                                        << "300083044f37"
                                        << "V3J15M7B5S1" << 0x374F << 0x01 << 1;
        QTest::newRow("STLINK-V3E") << "STLINK-V3E"
                                    << "300083044e37"
                                    << "V3J15M7B5S1" << 0x374E << 0x01 << 1;
    }
    void identities() {
        QFETCH(QString, model);
        QFETCH(QString, getVersion);
        QFETCH(QString, version);
        QFETCH(int, pid);
        QFETCH(int, outEndpoint);
        QFETCH(int, initialMode);
        Rig rig(model.toStdString());
        QCOMPARE(QString::fromStdString(rig.probe.identity().modelName), model);
        QCOMPARE(int(rig.probe.identity().usb.outEndpoint), outEndpoint);
        QCOMPARE(rig.probe.identity().serial.size(), std::size_t(24));

        auto reply = rig.host.transact(ps::request::getVersion());
        QVERIFY(reply.ok());
        QCOMPARE(QString::fromStdString(toHex(*reply)), getVersion);
        auto decoded = ps::decodeGetVersion(*reply);
        QVERIFY(decoded.ok());
        ps::FirmwareVersion v = *decoded;
        if (v.isV3()) {
            auto ex = rig.host.transact(ps::request::getVersionEx());
            QVERIFY(ex.ok());
            QVERIFY(ps::applyVersionEx(v, *ex).ok());
        }
        QCOMPARE(QString::fromStdString(v.toString()), version);
        QCOMPARE(int(v.pid), pid);
        auto mode = rig.host.transact(ps::request::getCurrentMode());
        QVERIFY(mode.ok());
        QCOMPARE(int((*mode)[0]), initialMode);
    }

    void identityErrors() {
        QCOMPARE(code(makeStlinkIdentity("STLINK-V9").error()), QStringLiteral("sim.stlink.unknown-model"));
        QCOMPARE(code(makeStlinkIdentity("STLINK-V2", "V3J17M10B6S1").error()),
                 QStringLiteral("sim.stlink.bad-firmware"));
        QCOMPARE(code(makeStlinkIdentity("STLINK-V3SET", "V2J46S7").error()),
                 QStringLiteral("sim.stlink.bad-firmware"));
        auto custom = makeStlinkIdentity("STLINK-V2-1", "V2J28M18", "ABC");
        QVERIFY(custom.ok());
        QCOMPARE(QString::fromStdString(custom->firmware.toString()), QStringLiteral("V2J28M18"));
        QCOMPARE(QString::fromStdString(custom->serial), QStringLiteral("ABC"));
    }

    void replyLengths_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<ps::Request>("request");
        const Bytes word{1, 2, 3, 4};
        for (const char* model : {"STLINK-V2-1", "STLINK-V3SET"}) {
            auto row = [&](const char* name, ps::Request r) {
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(model, name))) << QString(model) << r;
            };
            row("GET_VERSION", ps::request::getVersion());
            row("GET_CURRENT_MODE", ps::request::getCurrentMode());
            row("GET_TARGET_VOLTAGE", ps::request::getTargetVoltage());
            row("READ_IDCODES", ps::request::readIdCodes());
            row("READ_DAP_REG", ps::request::readDapReg(ps::kDpPort, 0x4));
            row("WRITE_DAP_REG", ps::request::writeDapReg(1, 0x4, kRam));
            row("READMEM_32", ps::request::readMem32(mem(kRam, 16)));
            row("READMEM_16", ps::request::readMem16(mem(kRam, 6)));
            row("READMEM_8 x1 (quirk)", ps::request::readMem8(mem(kRam, 1)));
            row("READMEM_8 x3", ps::request::readMem8(mem(kRam, 3)));
            row("READMEM_32_NO_INC", ps::request::readMem32NoInc(mem(kRam, 8)));
            row("WRITEMEM_32 (no reply)", ps::request::writeMem32(mem(kRam, 0), word));
            row("WRITEMEM_8 (no reply)", ps::request::writeMem8(mem(kRam, 0), word));
            row("GETLASTRWSTATUS", ps::request::getLastRwStatus());
            row("GETLASTRWSTATUS2", ps::request::getLastRwStatus2());
            row("INIT_AP", ps::request::initAp(2));
            row("CLOSE_AP_DBG", ps::request::closeApDbg(1));
            row("DRIVE_NRST", ps::request::driveNrst(ps::NrstDrive::High));
            row("READDEBUGREG", ps::request::readDebugReg(kIdcode));
            row("WRITEDEBUGREG", ps::request::writeDebugReg(kIdcode, 0));
            row("READALLREGS", ps::request::readAllRegs());
            row("GET_BOARD_IDENTIFIERS", ps::request::getBoardIds());
            row("GET_TRACE_NB", ps::request::getTraceNb());
            row("RW_MISC_OUT (no reply)", ps::rwMiscOut({{ps::MiscOp::Read, kRam}}));
            row("DFU_EXIT (no reply)", ps::request::dfuExit());
        }
        QTest::newRow("STLINK-V2-1 SWD_SET_FREQ") << "STLINK-V2-1" << ps::request::swdSetFreq(1);
        QTest::newRow("STLINK-V3SET GET_VERSION_EX") << "STLINK-V3SET" << ps::request::getVersionEx();
        QTest::newRow("STLINK-V3SET GET_COM_FREQ") << "STLINK-V3SET" << ps::request::getComFreq();
        QTest::newRow("STLINK-V3SET SET_COM_FREQ") << "STLINK-V3SET" << ps::request::setComFreq(4000);
        QTest::newRow("STLINK-V3SET SWITCH_STLINK_FREQ")
            << "STLINK-V3SET" << ps::request::switchStlinkFreq(1);
        QTest::newRow("STLINK-V3SET DEBUG_EXIT (no reply)") << "STLINK-V3SET" << ps::request::debugExit();
    }
    void replyLengths() {
        QFETCH(QString, model);
        QFETCH(ps::Request, request);
        Rig rig(model.toStdString());
        QVERIFY(rig.host.connect().ok());
        const std::uint8_t out = rig.probe.identity().usb.outEndpoint;
        QVERIFY(rig.probe.write(out, request.block, 100ms).ok());
        if (!request.dataOut.empty())
            QVERIFY(rig.probe.write(out, request.dataOut, 100ms).ok());
        auto reply = rig.probe.read(0x81, 4096, 100ms);
        if (request.replyLength == 0) {
            QVERIFY(!reply.ok());
            QCOMPARE(code(reply.error()), QStringLiteral("transport.timeout"));
        } else {
            QVERIFY2(reply.ok(), reply.ok() ? "" : reply.error().message.c_str());
            QCOMPARE(reply->size(), request.replyLength);
        }
    }

    void modes() {
        Rig v2("STLINK-V2");
        auto mode = [&](Rig& r) { return int((*r.host.transact(ps::request::getCurrentMode()))[0]); };
        QCOMPARE(mode(v2), int(ps::Mode::Dfu));
        QVERIFY(v2.host.transact(ps::request::dfuExit()).ok());
        QCOMPARE(mode(v2), int(ps::Mode::Mass));
        QVERIFY(v2.host.checked(ps::request::enterSwd()).ok());
        QCOMPARE(mode(v2), int(ps::Mode::Debug));
        QVERIFY(v2.host.transact(ps::request::debugExit()).ok());
        QCOMPARE(mode(v2), int(ps::Mode::Mass));
        // Target commands outside debug mode are refused.
        auto idcodes = v2.host.checked(ps::request::readIdCodes());
        QCOMPARE(code(idcodes.error()), QStringLiteral("probe.stlink.JTAG_CMD_ERROR"));
        // JTAG is not something the lab's boards speak.
        ps::Request jtag = ps::request::enterSwd();
        jtag.block[2] = ps::dbg::kEnterJtagNoReset;
        QCOMPARE(code(v2.host.checked(jtag).error()), QStringLiteral("probe.stlink.UNKNOWN_JTAG_CHAIN"));
    }

    void enterFailures_data() {
        QTest::addColumn<int>("situation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing on the cable") << 0 << "probe.stlink.NO_DEVICE_CONNECTED";
        QTest::newRow("DP does not answer") << 1 << "probe.stlink.SWD_DP_ERROR";
        QTest::newRow("power-up not acknowledged") << 2 << "probe.stlink.JTAG_DBG_POWER_ERROR";
    }
    void enterFailures() {
        QFETCH(int, situation);
        QFETCH(QString, expected);
        Rig rig;
        if (situation == 0)
            rig.probe.attachTarget(nullptr);
        if (situation == 1)
            rig.board.dp().setResponding(false);
        if (situation == 2)
            rig.board.dp().setPowerUpAllowed(false);
        auto r = rig.host.checked(ps::request::enterSwd());
        QVERIFY(!r.ok());
        QCOMPARE(code(r.error()), expected);
        QCOMPARE(int((*rig.host.transact(ps::request::getCurrentMode()))[0]), int(ps::Mode::Mass));
    }

    void connectUnderResetWithGatedSwd() {
        testsupport::TestBoardConfig config;
        config.swdGatedInReset = true;
        Rig rig("STLINK-V3SET", {}, config);
        QVERIFY(rig.host.checked(ps::request::driveNrst(ps::NrstDrive::Low)).ok());
        // Section 12.6: 0x16 when the target is held in reset with SWD gated.
        QCOMPARE(code(rig.host.checked(ps::request::enterSwd()).error()),
                 QStringLiteral("probe.stlink.SWD_DP_ERROR"));
        QVERIFY(rig.host.checked(ps::request::driveNrst(ps::NrstDrive::High)).ok());
        QVERIFY(rig.host.connect().ok());
    }

    void targetVoltage_data() {
        QTest::addColumn<double>("volts");
        QTest::newRow("3.3 V") << 3.3;
        QTest::newRow("1.8 V") << 1.8;
        QTest::newRow("unpowered") << 0.0;
    }
    void targetVoltage() {
        QFETCH(double, volts);
        testsupport::TestBoardConfig config;
        config.voltage = volts;
        Rig rig("STLINK-V2-1", {}, config);
        auto reply = rig.host.transact(ps::request::getTargetVoltage());
        QVERIFY(reply.ok());
        QVERIFY(qAbs(*ps::decodeTargetVoltage(*reply) - volts) < 0.01);
    }

    void nrstDrive_data() {
        QTest::addColumn<bool>("wired");
        QTest::newRow("wired") << true;
        QTest::newRow("not wired: succeeds, target unaffected") << false;
    }
    void nrstDrive() {
        QFETCH(bool, wired);
        testsupport::TestBoardConfig config;
        config.nrstWired = wired;
        Rig rig("STLINK-V3SET", {}, config);
        const unsigned resetsBefore = rig.board.core().resetCount();
        QVERIFY(rig.host.checked(ps::request::driveNrst(ps::NrstDrive::Low)).ok());
        QCOMPARE(rig.board.nrstLow(), wired);
        QCOMPARE(rig.board.core().state() == arm::CoreState::Reset, wired);
        QVERIFY(rig.host.checked(ps::request::driveNrst(ps::NrstDrive::High)).ok());
        QVERIFY(!rig.board.nrstLow());
        QCOMPARE(rig.board.core().state(), arm::CoreState::Running);
        const auto before = rig.clock.now();
        QVERIFY(rig.host.checked(ps::request::driveNrst(ps::NrstDrive::Pulse)).ok());
        QVERIFY(rig.clock.now() - before >= 1ms);  // the pulse lasts on the probe's clock
        QCOMPARE(rig.board.probeNrstAssertions(), 2u);
        QCOMPARE(rig.board.core().resetCount() - resetsBefore, wired ? 2u : 0u);
    }

    void swdClockV2() {
        Rig rig("STLINK-V2-1");
        QCOMPARE(rig.probe.swdKHz(), 1800u);
        QVERIFY(rig.host.checked(ps::request::swdSetFreq(798)).ok());
        QCOMPARE(rig.probe.swdKHz(), 5u);
        QCOMPARE(code(rig.host.checked(ps::request::swdSetFreq(12)).error()),
                 QStringLiteral("probe.stlink.JTAG_FREQ_NOT_SUPPORTED"));
        QCOMPARE(rig.probe.swdKHz(), 5u);
        QCOMPARE(code(rig.host.checked(ps::request::getComFreq()).error()),
                 QStringLiteral("probe.stlink.JTAG_UNKNOWN_CMD"));
    }

    void swdClockV3() {
        Rig rig("STLINK-V3SET");
        auto list = rig.host.checked(ps::request::getComFreq());
        QVERIFY(list.ok());
        const auto decoded = ps::decodeComFrequencies(*list);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->kHz.front(), 24000u);
        auto set = rig.host.checked(ps::request::setComFreq(10000));
        QVERIFY(set.ok());
        QCOMPARE(readLe32(*set, 4), 8000u);
        QCOMPARE(rig.probe.swdKHz(), 8000u);
        auto sw = rig.host.transact(ps::request::switchStlinkFreq(1));
        QCOMPARE(int((*sw)[0]), int(ps::StlinkStatus::JtagConfChanged));
        QCOMPARE(code(rig.host.checked(ps::request::swdSetFreq(1)).error()),
                 QStringLiteral("probe.stlink.JTAG_UNKNOWN_CMD"));
    }

    void dapRegisters() {
        Rig rig("STLINK-V3SET");
        QVERIFY(rig.host.connect().ok());
        // OpenOCD's power-up (capture #13-#14).
        QVERIFY(rig.host.writeDap(ps::kDpPort, 0x4, 0x50000020).ok());
        QCOMPARE(*rig.host.readDap(ps::kDpPort, 0x4), 0xF0000000u);
        auto ids = rig.host.checked(ps::request::readIdCodes());
        QCOMPARE(readLe32(*ids, 4), 0x6BA02477u);
        // AP registers through SELECT: CSW write-back with DeviceEn, IDR of each AP.
        QVERIFY(rig.host.writeDap(1, 0x00, 0xA2000000).ok());
        QCOMPARE(*rig.host.readDap(1, 0x00), 0xA2000040u);
        QCOMPARE(*rig.host.readDap(1, 0xFC), rig.board.coreAp().config().idr);
        QCOMPARE(*rig.host.readDap(0, 0xFC), rig.board.systemAp().config().idr);
        QCOMPARE(*rig.host.readDap(7, 0xFC), 0u);  // no AP 7
        // TAR/DRW by hand: the board's AP sees them.
        QVERIFY(rig.host.writeDap(0, 0x04, kIdcode).ok());
        QCOMPARE(*rig.host.readDap(0, 0x0C), rig.board.config().idcodeValue);
        QCOMPARE(rig.board.systemAp().tar(), kIdcode);
        // Banked DP register (bank 3 DLPIDR via addr 0x34).
        QVERIFY(rig.host.readDap(ps::kDpPort, 0x34).ok());
        QCOMPARE(code(rig.host.readDap(0x100, 0).error()), QStringLiteral("probe.stlink.BAD_AP"));
    }

    void memoryAccess_data() {
        QTest::addColumn<int>("width");
        QTest::addColumn<quint32>("address");
        QTest::addColumn<int>("length");
        QTest::newRow("32-bit") << 32 << quint32(kRam + 0x40) << 64;
        QTest::newRow("16-bit") << 16 << quint32(kRam + 0x82) << 10;
        QTest::newRow("8-bit odd start") << 8 << quint32(kRam + 0x101) << 7;
        QTest::newRow("8-bit single byte") << 8 << quint32(kRam + 0x203) << 1;
        QTest::newRow("32-bit, one whole 1 KiB block") << 32 << quint32(kRam + 0x1000) << 1024;
    }
    void memoryAccess() {
        QFETCH(int, width);
        QFETCH(quint32, address);
        QFETCH(int, length);
        Rig rig;
        QVERIFY(rig.host.connect().ok());
        Bytes data(static_cast<std::size_t>(length));
        for (std::size_t i = 0; i < data.size(); ++i)
            data[i] = static_cast<std::uint8_t>(0xA0 + i * 7);
        QVERIFY(rig.host.writeMemory(1, address, data, static_cast<unsigned>(width)).ok());
        // The board's RAM holds exactly those bytes and nothing around them changed.
        const ByteView ram = rig.board.ram().bytes();
        const std::size_t offset = address - kRam;
        QVERIFY(std::equal(data.begin(), data.end(), ram.begin() + static_cast<std::ptrdiff_t>(offset)));
        QCOMPARE(int(ram[offset - 1]), 0);
        QCOMPARE(int(ram[offset + data.size()]), 0);
        auto back =
            rig.host.readMemory(1, address, static_cast<std::uint16_t>(length), static_cast<unsigned>(width));
        QVERIFY(back.ok());
        QCOMPARE(*back, data);
        // The firmware used the AP: TAR advanced past the last element, CSW has its size.
        // (within its 1 KiB auto-increment block).
        QCOMPARE(rig.board.coreAp().tar(), quint32((address & ~0x3FFu) | ((address + length) & 0x3FFu)));
        const std::uint32_t sizeBits = width == 32 ? 2 : (width == 16 ? 1 : 0);
        QCOMPARE(rig.board.coreAp().csw() & 0x7u, sizeBits);
    }

    void hostMustSplitAtTheAutoIncrementBlock() {
        // The firmware does not rewrite TAR: a transfer across a 1 KiB boundary wraps inside
        // the block, which is why hosts split (stlink-protocol.md 9.1). 2 KiB written from
        // kRam + 0x400 land twice on the same block; the next block stays untouched.
        Rig rig;
        QVERIFY(rig.host.connect().ok());
        Bytes data(2048);
        for (std::size_t i = 0; i < data.size(); ++i)
            data[i] = static_cast<std::uint8_t>(i / 1024 + 1);
        QVERIFY(rig.host.writeMemory(1, kRam + 0x400, data).ok());
        QCOMPARE(int(rig.board.ram().bytes()[0x400]), 2);
        QCOMPARE(int(rig.board.ram().bytes()[0x7FF]), 2);
        QCOMPARE(int(rig.board.ram().bytes()[0x800]), 0);
    }

    void systemApReachesTheIdcode() {
        Rig rig;
        QVERIFY(rig.host.connect().ok());
        QCOMPARE(*rig.host.read32(0, kIdcode), rig.board.config().idcodeValue);
        // AP0's bus has no RAM: the same address through AP0 faults.
        QCOMPARE(code(rig.host.read32(0, kRam).error()), QStringLiteral("probe.stlink.SWD_AP_FAULT"));
    }

    void faultReportsAddressAndSticksUntilAbort() {
        Rig rig;
        QVERIFY(rig.host.connect().ok());
        // AP0's DBGMCU-like block defines only the IDCODE word: the second word faults.
        auto r = rig.host.readMemory(0, kIdcode, 8);
        QVERIFY(!r.ok());
        QCOMPARE(code(r.error()), QStringLiteral("probe.stlink.SWD_AP_FAULT"));
        auto last = rig.host.lastStatus();
        QCOMPARE(last->status, std::uint16_t(0x11));
        QCOMPARE(last->faultAddress, kIdcode + 4);
        // The DP's sticky error blocks further AP traffic until the host writes ABORT,
        // which is what OpenOCD does after reading CTRL/STAT.
        QVERIFY(*rig.host.readDap(ps::kDpPort, 0x4) & 0x20);
        QCOMPARE(code(rig.host.read32(1, kRam).error()), QStringLiteral("probe.stlink.SWD_AP_FAULT"));
        QVERIFY(rig.host.writeDap(ps::kDpPort, 0x0, 0x1E).ok());
        QVERIFY(rig.host.read32(1, kRam).ok());
        // Writing the flash-like ROM faults at the first word.
        QCOMPARE(code(rig.host.write32(1, rig.board.config().flashBase, 0).error()),
                 QStringLiteral("probe.stlink.SWD_AP_FAULT"));
    }

    void memoryCommandRules_data() {
        QTest::addColumn<ps::Request>("request");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unaligned 32-bit")
            << ps::request::readMem32(mem(kRam + 2, 4)) << "JTAG_ALIGNMENT_ERROR";
        QTest::newRow("odd 16-bit length") << ps::request::readMem16(mem(kRam, 3)) << "JTAG_ALIGNMENT_ERROR";
        QTest::newRow("too long") << ps::request::readMem32(mem(kRam, 6148)) << "JTAG_CMD_ERROR";
        QTest::newRow("8-bit above 512 on V3") << ps::request::readMem8(mem(kRam, 516)) << "JTAG_CMD_ERROR";
        QTest::newRow("AP not opened by INIT_AP") << ps::request::readMem32(mem(kRam, 4, 3)) << "BAD_AP";
    }
    void memoryCommandRules() {
        QFETCH(ps::Request, request);
        QFETCH(QString, expected);
        Rig rig;
        QVERIFY(rig.host.connect().ok());
        auto reply = rig.host.transact(request);
        QVERIFY(reply.ok());
        QCOMPARE(reply->size(), request.replyLength);  // the IN phase happens regardless
        auto last = rig.host.lastStatus();
        QCOMPARE(QString::fromUtf8(ps::statusName(static_cast<std::uint8_t>(last->status)).data()), expected);
    }

    void oldFirmwareIgnoresApselAndCsw() {
        // V2J28: INIT_AP exists, CSW/APSEL in memory commands do not (section 3.2).
        Rig rig("STLINK-V2-1", "V2J28M18");
        QVERIFY(rig.host.connect({0}).ok());
        // Asked for AP1 but served by AP0: the IDCODE address is on AP0's bus.
        QCOMPARE(*rig.host.read32(1, kIdcode), rig.board.config().idcodeValue);
        QCOMPARE(code(rig.host.read32(1, kRam).error()), QStringLiteral("probe.stlink.SWD_AP_FAULT"));
        // DAP register access reaches AP1 all the same (after clearing the sticky error of
        // that fault), which is the DA workaround on such firmware.
        QCOMPARE(code(rig.host.readDap(1, 0xFC).error()), QStringLiteral("probe.stlink.SWD_AP_FAULT"));
        QVERIFY(rig.host.writeDap(ps::kDpPort, 0x0, 0x1E).ok());
        QCOMPARE(*rig.host.readDap(1, 0xFC), rig.board.coreAp().config().idr);
        // CLOSE_AP_DBG on J28 does not report a wrong AP.
        QVERIFY(rig.host.checked(ps::request::closeApDbg(5)).ok());
    }

    void gatedCommands_data() {
        QTest::addColumn<int>("reaction");  // GatedCommandReply
        QTest::newRow("JTAG_UNKNOWN_CMD") << int(GatedCommandReply::UnknownCommandStatus);
        QTest::newRow("no reply") << int(GatedCommandReply::NoReply);
    }
    void gatedCommands() {
        QFETCH(int, reaction);
        FirmwareOptions options;
        options.gatedCommands = static_cast<GatedCommandReply>(reaction);
        Rig rig("STLINK-V2", "V2J22S4", {}, options);
        QVERIFY(rig.host.connect({}).ok());
        auto r = rig.host.checked(ps::request::readDapReg(ps::kDpPort, 0x4));
        QVERIFY(!r.ok());
        QCOMPARE(code(r.error()), reaction == int(GatedCommandReply::NoReply)
                                      ? QStringLiteral("transport.timeout")
                                      : QStringLiteral("probe.stlink.JTAG_UNKNOWN_CMD"));
        // What the firmware does have still works afterwards.
        auto ids = rig.host.checked(ps::request::readIdCodes());
        QVERIFY(ids.ok());
    }

    void closeApReportsUnknownAp() {
        Rig rig;
        QVERIFY(rig.host.connect({0}).ok());
        QCOMPARE(code(rig.host.checked(ps::request::closeApDbg(1)).error()),
                 QStringLiteral("probe.stlink.BAD_AP"));
        QVERIFY(rig.host.checked(ps::request::closeApDbg(0)).ok());
        QCOMPARE(code(rig.host.read32(0, kIdcode).error()), QStringLiteral("probe.stlink.BAD_AP"));
    }

    void rwMisc() {
        Rig rig;
        QVERIFY(rig.host.connect().ok());
        const ps::Request out = ps::rwMiscOut({{ps::MiscOp::ApNum, 1},
                                               {ps::MiscOp::Address, kRam + 8},
                                               {ps::MiscOp::Write, 0x11223344},
                                               {ps::MiscOp::Read, kRam + 8},
                                               {ps::MiscOp::Read, 0x30000000}});
        QVERIFY(rig.host.transact(out).ok());
        auto in = rig.host.transact(ps::rwMiscIn(5));
        QVERIFY(in.ok());
        QCOMPARE(in->size(), std::size_t(40));
        QCOMPARE(readLe32(*in, 12), 0x11223344u);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(readLe32(*in, 20 + 4 * i), 0x80u);
        QCOMPARE(readLe32(*in, 36), 0x11u);  // unmapped address: AP fault
        QCOMPARE(rig.board.ram().word(8), 0x11223344u);
    }

    void haltThroughMemoryCommands() {
        Rig rig;
        QVERIFY(rig.host.connect().ok());
        QCOMPARE(*rig.host.read32(1, 0xE000ED00), 0x410FD214u);  // CPUID of the M33
        QVERIFY(rig.host.write32(1, 0xE000EDF0, 0xA05F0003).ok());
        QVERIFY(rig.board.core().halted());
        QVERIFY(*rig.host.read32(1, 0xE000EDF0) & (1u << 17));
        // The HLA commands reach the same registers through AP0 in HLA-era firmware; on
        // this board AP0 has no core, so READDEBUGREG of DHCSR faults.
        auto hla = rig.host.checked(ps::request::readDebugReg(0xE000EDF0));
        QCOMPARE(code(hla.error()), QStringLiteral("probe.stlink.SWD_AP_FAULT"));
    }

    void hlaCommandsOnSingleApBoard() {
        testsupport::TestBoardConfig config;
        config.coreAp = 0;  // a Cortex-M3 style board: the core on AP0
        config.systemAp = 5;
        config.core = arm::cortexM3();
        Rig rig("STLINK-V2-1", {}, config);
        QVERIFY(rig.host.connect({0}).ok());
        auto cpuid = rig.host.checked(ps::request::readDebugReg(0xE000ED00));
        QCOMPARE(readLe32(*cpuid, 4), 0x411FC231u);
        QVERIFY(rig.host.checked(ps::request::writeDebugReg(0xE000EDF0, 0xA05F0003)).ok());
        QVERIFY(rig.host.checked(ps::request::writeReg(0, 0xCAFE0000)).ok());
        auto r0 = rig.host.checked(ps::request::readReg(0));
        QCOMPARE(readLe32(*r0, 4), 0xCAFE0000u);
        auto all = rig.host.checked(ps::request::readAllRegs());
        QCOMPARE(readLe32(*all, 4 + 4 * 15), rig.board.resetHandler());  // PC
        const unsigned before = rig.board.core().resetCount();
        QVERIFY(rig.host.checked(ps::request::resetSys()).ok());
        QCOMPARE(rig.board.systemResetRequests(), 1u);
        QCOMPARE(rig.board.core().resetCount(), before + 1);
    }

    void roundTripsAndLatency() {
        // The same work on a full-speed V2-1 and a high-speed V3: the same number of round
        // trips, counted; more virtual time on the V2.
        auto run = [](std::string_view model) {
            Rig rig(model);
            rig.probe.resetCounters();
            const auto t0 = rig.clock.now();
            [[maybe_unused]] Status s = rig.host.connect();
            for (int i = 0; i < 10; ++i)
                [[maybe_unused]] auto v = rig.host.read32(1, kRam + 4u * static_cast<std::uint32_t>(i));
            return std::pair{rig.probe.counters(), rig.clock.now() - t0};
        };
        const auto [v2, v2Time] = run("STLINK-V2-1");
        const auto [v3, v3Time] = run("STLINK-V3SET");
        // connect: mode, enter, 2 x INIT_AP = 4; each read32 = READMEM + GETLASTRWSTATUS2.
        QCOMPARE(v2.roundTrips, std::uint64_t(4 + 10 * 2));
        QCOMPARE(v3.roundTrips, v2.roundTrips);
        QVERIFY(v2.swdTransfers > 10);
        QVERIFY(v2Time >= Clock::Duration(24ms));  // at least 1 ms per round trip on V2
        QVERIFY(v3Time < v2Time / 3);
        QVERIFY(v3Time >= Clock::Duration(24 * 200us));

        Rig quiet;
        quiet.probe.setLatency(LatencyModel::none());
        const auto t0 = quiet.clock.now();
        QVERIFY(quiet.host.connect().ok());
        QCOMPARE(quiet.clock.now(), t0);
    }

    void slowerSwdClockCostsMoreTime() {
        auto timeFor = [](std::uint16_t divisor) {
            Rig rig("STLINK-V2-1");
            [[maybe_unused]] auto f = rig.host.checked(ps::request::swdSetFreq(divisor));
            [[maybe_unused]] Status s = rig.host.connect();
            const auto t0 = rig.clock.now();
            [[maybe_unused]] auto r = rig.host.readMemory(1, kRam, 4096);
            return rig.clock.now() - t0;
        };
        // 1024 DRW transfers at 46 cycles: ~26 ms at 1.8 MHz, ~9.4 s at 5 kHz.
        QVERIFY(timeFor(798) > timeFor(1) * 50);
    }

    void faultPlan_data() {
        QTest::addColumn<FaultPlan>("plan");
        QTest::addColumn<QString>("expected");  // empty: the access succeeds
        FaultPlan shortStorm;
        shortStorm.apWaits = 5;
        QTest::newRow("WAIT storm absorbed by firmware retries") << shortStorm << "";
        FaultPlan longStorm;
        longStorm.apWaits = 1000;
        QTest::newRow("WAIT storm beyond the retries") << longStorm << "probe.stlink.SWD_AP_WAIT";
        FaultPlan fault;
        fault.apFaults = 1;
        QTest::newRow("FAULT") << fault << "probe.stlink.SWD_AP_FAULT";
        FaultPlan shortReply;
        shortReply.shortReplies = 1;
        shortReply.shortReplyLength = 2;
        QTest::newRow("short reply") << shortReply << "probe.stlink.short-reply";
        FaultPlan silent;
        silent.silentReplies = 1;
        QTest::newRow("silence") << silent << "transport.timeout";
        FaultPlan gone;
        gone.disconnected = true;
        QTest::newRow("disconnected") << gone << "transport.disconnected";
    }
    void faultPlan() {
        QFETCH(FaultPlan, plan);
        QFETCH(QString, expected);
        Rig rig;
        QVERIFY(rig.host.connect().ok());
        QVERIFY(rig.host.write32(1, kRam, 0x600DF00D).ok());
        rig.probe.resetCounters();
        rig.probe.setFaultPlan(plan);
        QElapsedTimer wall;
        wall.start();
        auto r = rig.host.read32(1, kRam);
        QVERIFY(wall.elapsed() < 1000);  // a virtual clock: no real waiting, no hang
        if (expected.isEmpty()) {
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().describe().c_str());
            QCOMPARE(*r, 0x600DF00Du);
            QCOMPARE(rig.probe.counters().waitRetries, std::uint64_t(plan.apWaits));
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(code(r.error()), expected);
        }
        // Once the plan is served (or cleared), the probe answers normally again.
        rig.probe.setFaultPlan({});
        if (plan.apWaits > 100 || plan.apFaults > 0)
            QVERIFY(rig.host.writeDap(ps::kDpPort, 0x0, 0x1E).ok());
        QCOMPARE(*rig.host.read32(1, kRam), 0x600DF00Du);
    }

    void faultPlanCountsDown() {
        Rig rig;
        QVERIFY(rig.host.connect().ok());
        FaultPlan plan;
        plan.apWaits = 40;
        plan.silentReplies = 2;
        rig.probe.setFaultPlan(plan);
        [[maybe_unused]] auto r = rig.host.read32(1, kRam);
        const FaultPlan left = rig.probe.faultPlan();
        QVERIFY(left.apWaits < 40);
        QCOMPARE(left.silentReplies, 1u);
    }

    void usbRules() {
        Rig rig("STLINK-V3SET");
        // A V3 has no OUT endpoint 0x02 (that is the ST-LINK/V2's).
        QCOMPARE(code(rig.probe.write(0x02, ps::request::getVersion().block, 100ms).error()),
                 QStringLiteral("transport.bad-endpoint"));
        // A buffer smaller than the reply overflows, and the reply is lost.
        QVERIFY(rig.probe.write(0x01, ps::request::getVersionEx().block, 100ms).ok());
        QCOMPARE(code(rig.probe.read(0x81, 6, 100ms).error()), QStringLiteral("transport.overflow"));
        QCOMPARE(code(rig.probe.read(0x81, 64, 100ms).error()), QStringLiteral("transport.timeout"));
        // An unread reply is dropped by the next command.
        QVERIFY(rig.probe.write(0x01, ps::request::getVersion().block, 100ms).ok());
        QVERIFY(rig.probe.write(0x01, ps::request::getCurrentMode().block, 100ms).ok());
        QCOMPARE(rig.probe.read(0x81, 64, 100ms)->size(), std::size_t(2));
        // The SWO endpoint has nothing to say.
        QCOMPARE(code(rig.probe.read(0x82, 64, 10ms).error()), QStringLiteral("transport.timeout"));
    }
};

QTEST_GUILESS_MAIN(TestVirtualStlink)
#include "test_virtual_stlink.moc"
