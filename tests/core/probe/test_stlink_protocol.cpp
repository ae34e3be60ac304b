// ST-LINK protocol facts against docs/reference/stlink-protocol.md: command blocks and
// reply lengths (section 5, the captured bytes of section 14.4 / appendix A), version
// decoding and feature gates (section 3), SWD clock tables (section 6), USB identities
// (section 1), server request framing (section 13).

#include <QtTest>

#include "core/probe/stlink/stlink_protocol.h"
#include "core/probe/stlink/stlink_speed.h"
#include "core/probe/stlink/stlink_tcp_protocol.h"
#include "core/probe/stlink/stlink_version.h"

using namespace rescue;
using namespace rescue::probe::stlink;

Q_DECLARE_METATYPE(rescue::probe::stlink::Request)

namespace {
QString hexOf(ByteView b) {
    return QString::fromStdString(toHex(b));
}
// The block as hex without its trailing zero bytes, so rows read like the reference.
QString trimmedBlock(const CommandBlock& block) {
    std::size_t n = block.size();
    while (n > 0 && block[n - 1] == 0)
        --n;
    return hexOf(ByteView(block).first(n));
}
MemoryCommand mem(std::uint32_t address, std::uint16_t length, std::uint8_t ap = 0, std::uint32_t csw = 0) {
    return MemoryCommand{address, length, ap, csw};
}
}  // namespace

class TestStlinkProtocol : public QObject {
    Q_OBJECT
private slots:
    void commandBlocks_data() {
        QTest::addColumn<Request>("request");
        QTest::addColumn<QString>("block");    // without trailing zeros
        QTest::addColumn<int>("replyLength");  // "Rx" column of section 5
        QTest::addColumn<QString>("dataOut");

        const Bytes eight{1, 2, 3, 4, 5, 6, 7, 8};
        QTest::newRow("GET_VERSION") << request::getVersion() << "f1" << 6 << "";
        QTest::newRow("APIV3_GET_VERSION_EX") << request::getVersionEx() << "fb" << 12 << "";
        QTest::newRow("GET_CURRENT_MODE") << request::getCurrentMode() << "f5" << 2 << "";
        QTest::newRow("DFU_EXIT") << request::dfuExit() << "f307" << 0 << "";
        QTest::newRow("SWIM_EXIT") << request::swimExit() << "f401" << 0 << "";
        QTest::newRow("DEBUG_EXIT") << request::debugExit() << "f221" << 0 << "";
        QTest::newRow("GET_TARGET_VOLTAGE") << request::getTargetVoltage() << "f7" << 8 << "";
        QTest::newRow("APIV2_ENTER SWD") << request::enterSwd() << "f230a3" << 2 << "";
        QTest::newRow("READ_IDCODES") << request::readIdCodes() << "f231" << 12 << "";
        QTest::newRow("SWD_SET_FREQ 5 kHz (capture #5)") << request::swdSetFreq(798) << "f2431e03" << 2 << "";
        QTest::newRow("SWD_SET_FREQ 1800 kHz (capture #11)") << request::swdSetFreq(1) << "f24301" << 2 << "";
        QTest::newRow("JTAG_SET_FREQ 1125 kHz") << request::jtagSetFreq(32) << "f24420" << 2 << "";
        QTest::newRow("GET_COM_FREQ SWD") << request::getComFreq() << "f262" << 52 << "";
        QTest::newRow("SET_COM_FREQ 8000 kHz") << request::setComFreq(8000) << "f2610000401f" << 8 << "";
        QTest::newRow("SWITCH_STLINK_FREQ") << request::switchStlinkFreq(2) << "f26302" << 8 << "";
        QTest::newRow("DRIVE_NRST low") << request::driveNrst(NrstDrive::Low) << "f23c" << 2 << "";
        QTest::newRow("DRIVE_NRST high (capture #12)")
            << request::driveNrst(NrstDrive::High) << "f23c01" << 2 << "";
        QTest::newRow("DRIVE_NRST pulse") << request::driveNrst(NrstDrive::Pulse) << "f23c02" << 2 << "";
        QTest::newRow("WRITE_DAP_REG CTRL/STAT (capture #13)")
            << request::writeDapReg(kDpPort, 0x04, 0x50000020) << "f246ffff040020000050" << 2 << "";
        QTest::newRow("READ_DAP_REG CTRL/STAT (capture #14)")
            << request::readDapReg(kDpPort, 0x04) << "f245ffff04" << 8 << "";
        QTest::newRow("READ_DAP_REG AP0 CFG (capture #17)")
            << request::readDapReg(0, 0xF4) << "f2450000f4" << 8 << "";
        QTest::newRow("WRITE_DAP_REG AP0 CSW (capture #18)")
            << request::writeDapReg(0, 0x00, 0xA2000000) << "f24600000000000000a2" << 2 << "";
        QTest::newRow("READMEM_32 CPUID default CSW (capture #9)")
            << request::readMem32(mem(0xE000ED00, 4)) << "f20700ed00e004" << 4 << "";
        QTest::newRow("READMEM_32 CPUID CSW A2 (capture #21)")
            << request::readMem32(mem(0xE000ED00, 4, 0, 0xA2000000)) << "f20700ed00e00400000000a2" << 4 << "";
        QTest::newRow("READMEM_32 DHCSR (capture #22)")
            << request::readMem32(mem(0xE000EDF0, 4, 0, 0xA2000000)) << "f207f0ed00e00400000000a2" << 4 << "";
        QTest::newRow("READMEM_16 AP1")
            << request::readMem16(mem(0x20000002, 6, 1, 0xA2000000)) << "f247020000200600010000a2" << 6 << "";
        QTest::newRow("READMEM_8 one byte returns two")
            << request::readMem8(mem(0x20000001, 1)) << "f20c0100002001" << 2 << "";
        QTest::newRow("READMEM_8 three bytes")
            << request::readMem8(mem(0x20000001, 3)) << "f20c0100002003" << 3 << "";
        QTest::newRow("READMEM_32_NO_INC") << request::readMem32NoInc(mem(0xE0044100, 8, 0, 0xA2000000))
                                           << "f254004104e00800000000a2" << 8 << "";
        QTest::newRow("WRITEMEM_32 + data") << request::writeMem32(mem(0x20000000, 0, 1, 0xA2000000), eight)
                                            << "f208000000200800010000a2" << 0 << "0102030405060708";
        QTest::newRow("WRITEMEM_16 + data") << request::writeMem16(mem(0x20000000, 0, 1), eight)
                                            << "f24800000020080001" << 0 << "0102030405060708";
        QTest::newRow("WRITEMEM_8 + data")
            << request::writeMem8(mem(0x20000003, 0), Bytes{0xAA}) << "f20d0300002001" << 0 << "aa";
        QTest::newRow("WRITEMEM_32_NO_INC + data")
            << request::writeMem32NoInc(mem(0xE0044100, 0), Bytes{1, 0, 0, 0}) << "f250004104e004" << 0
            << "01000000";
        QTest::newRow("GETLASTRWSTATUS") << request::getLastRwStatus() << "f23b" << 2 << "";
        QTest::newRow("GETLASTRWSTATUS2 (capture #10)") << request::getLastRwStatus2() << "f23e" << 12 << "";
        QTest::newRow("INIT_AP 0 (capture #8)") << request::initAp(0) << "f24b" << 2 << "";
        QTest::newRow("INIT_AP 1") << request::initAp(1) << "f24b01" << 2 << "";
        QTest::newRow("CLOSE_AP_DBG 1") << request::closeApDbg(1) << "f24c01" << 2 << "";
        QTest::newRow("RW_MISC_IN 4 items") << rwMiscIn(4) << "f252" << 32 << "";
        QTest::newRow("READDEBUGREG DHCSR") << request::readDebugReg(0xE000EDF0) << "f236f0ed00e0" << 8 << "";
        QTest::newRow("WRITEDEBUGREG DHCSR halt")
            << request::writeDebugReg(0xE000EDF0, 0xA05F0003) << "f235f0ed00e003005fa0" << 2 << "";
        QTest::newRow("READREG PC") << request::readReg(15) << "f2330f" << 8 << "";
        QTest::newRow("WRITEREG PC") << request::writeReg(15, 0x08000101) << "f2340f01010008" << 2 << "";
        QTest::newRow("READALLREGS") << request::readAllRegs() << "f23a" << 88 << "";
        QTest::newRow("RESETSYS") << request::resetSys() << "f232" << 2 << "";
        QTest::newRow("GET_BOARD_IDENTIFIERS") << request::getBoardIds() << "f256" << 128 << "";
        QTest::newRow("START_TRACE_RX")
            << request::startTraceRx(4096, 2000000) << "f240001080841e" << 2 << "";
        QTest::newRow("STOP_TRACE_RX") << request::stopTraceRx() << "f241" << 2 << "";
        QTest::newRow("GET_TRACE_NB") << request::getTraceNb() << "f242" << 2 << "";
    }
    void commandBlocks() {
        QFETCH(Request, request);
        QFETCH(QString, block);
        QFETCH(int, replyLength);
        QFETCH(QString, dataOut);
        QCOMPARE(trimmedBlock(request.block), block);
        QCOMPARE(int(request.replyLength), replyLength);
        QCOMPARE(hexOf(request.dataOut), dataOut);
        const DataPhase expected =
            !dataOut.isEmpty() ? DataPhase::Out : (replyLength > 0 ? DataPhase::In : DataPhase::None);
        QVERIFY(request.phase() == expected);
    }

    void memoryCommandRoundTrip() {
        const Request r = request::readMem32(mem(0xE0044100, 0x180, 2, 0xA2000000));
        const MemoryCommand m = decodeMemoryCommand(r.block);
        QCOMPARE(m.address, 0xE0044100u);
        QCOMPARE(m.length, std::uint16_t(0x180));
        QCOMPARE(m.apsel, std::uint8_t(2));
        QCOMPARE(m.csw, 0xA2000000u);
    }

    void rwMiscMatchesAppendixB() {
        // OUT F2 51 04000000, data 05 01 02 03 | 00 00 00 00 | f8 ed 00 e0 | ... (20 bytes)
        const std::vector<MiscItem> items{{MiscOp::ApNum, 0},
                                          {MiscOp::Address, 0xE000EDF8},
                                          {MiscOp::Write, 0x00000010},
                                          {MiscOp::Read, 0xE000EDF0}};
        const Request r = rwMiscOut(items);
        QCOMPARE(trimmedBlock(r.block), QStringLiteral("f25104"));
        QCOMPARE(int(r.dataOut.size()), 20);
        QCOMPARE(hexOf(ByteView(r.dataOut).first(16)), QStringLiteral("0501020300000000f8ed00e010000000"));
        QCOMPARE(rwMiscDataLength(5), std::size_t(28));  // the second capture line
        const auto decoded = decodeRwMiscData(r.dataOut, 4);
        QVERIFY(decoded.has_value());
        QCOMPARE(int(decoded->size()), 4);
        QVERIFY((*decoded)[3].op == MiscOp::Read);
        QCOMPARE((*decoded)[3].operand, 0xE000EDF0u);
        QVERIFY(!decodeRwMiscData(ByteView(r.dataOut).first(19), 4).has_value());
    }

    void replyDecoders() {
        // Capture #4: adc0 1000, adc1 1375 -> 3.30 V.
        const Bytes voltage = *fromHex("e80300005f050000");
        QCOMPARE(qRound(*decodeTargetVoltage(voltage) * 100), 330);
        QCOMPARE(hexOf(encodeTargetVoltage(3.3)), QStringLiteral("e80300005f050000"));
        QCOMPARE(*decodeTargetVoltage(*fromHex("0000000010000000")), 0.0);
        QVERIFY(!decodeTargetVoltage(*fromHex("e803")).has_value());

        const auto last = decodeLastRwStatus2(*fromHex("1100000004ed00e000000000"));
        QVERIFY(last.has_value());
        QCOMPARE(last->status, std::uint16_t(0x11));
        QCOMPARE(last->faultAddress, 0xE000ED04u);
        QVERIFY(!decodeLastRwStatus2(*fromHex("8000")).has_value());
    }

    void statusNames_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("wait");
        QTest::newRow("ok") << 0x80 << "DEBUG_ERR_OK" << false;
        QTest::newRow("fault") << 0x81 << "DEBUG_ERR_FAULT" << false;
        QTest::newRow("no device") << 0x05 << "NO_DEVICE_CONNECTED" << false;
        QTest::newRow("ap wait") << 0x10 << "SWD_AP_WAIT" << true;
        QTest::newRow("ap fault") << 0x11 << "SWD_AP_FAULT" << false;
        QTest::newRow("dp wait") << 0x14 << "SWD_DP_WAIT" << true;
        QTest::newRow("dp fault") << 0x15 << "SWD_DP_FAULT" << false;
        QTest::newRow("dp error") << 0x16 << "SWD_DP_ERROR" << false;
        QTest::newRow("bad ap") << 0x1D << "BAD_AP" << false;
        QTest::newRow("conf changed") << 0x40 << "JTAG_CONF_CHANGED" << false;
        QTest::newRow("unknown cmd") << 0x42 << "JTAG_UNKNOWN_CMD" << false;
        QTest::newRow("undefined") << 0x2F << "unknown status" << false;
    }
    void statusNames() {
        QFETCH(int, code);
        QFETCH(QString, name);
        QFETCH(bool, wait);
        QCOMPARE(QString::fromUtf8(statusName(static_cast<std::uint8_t>(code)).data()), name);
        QCOMPARE(isWaitStatus(static_cast<std::uint8_t>(code)), wait);
    }

    void usbModels_data() {
        QTest::addColumn<int>("pid");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("outEndpoint");
        QTest::addColumn<int>("traceEndpoint");
        QTest::addColumn<int>("maxPacket");
        QTest::newRow("V2") << 0x3748 << true << 0x02 << 0x83 << 64;
        QTest::newRow("V2-1") << 0x374B << true << 0x01 << 0x82 << 64;
        QTest::newRow("V2-1 no MSD") << 0x3752 << true << 0x01 << 0x82 << 64;
        QTest::newRow("V3E") << 0x374E << true << 0x01 << 0x82 << 512;
        QTest::newRow("V3SET/MINIE") << 0x374F << true << 0x01 << 0x82 << 512;
        QTest::newRow("V3PWR") << 0x3757 << true << 0x01 << 0x82 << 512;
        QTest::newRow("not an ST-LINK") << 0x1234 << false << 0 << 0 << 0;
    }
    void usbModels() {
        QFETCH(int, pid);
        QFETCH(bool, known);
        QFETCH(int, outEndpoint);
        QFETCH(int, traceEndpoint);
        QFETCH(int, maxPacket);
        const auto model = usbModelForPid(static_cast<std::uint16_t>(pid));
        QCOMPARE(model.has_value(), known);
        if (!known)
            return;
        QCOMPARE(int(model->outEndpoint), outEndpoint);
        QCOMPARE(int(model->inEndpoint), 0x81);
        QCOMPARE(int(model->traceEndpoint), traceEndpoint);
        QCOMPARE(int(model->maxPacket()), maxPacket);
    }

    void versionDecoding_data() {
        QTest::addColumn<QString>("getVersion");
        QTest::addColumn<QString>("getVersionEx");  // empty for V2
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("jtag");
        QTest::addColumn<int>("pid");
        QTest::addColumn<bool>("dapDirect");
        QTest::addColumn<bool>("dapRegisters");
        QTest::addColumn<bool>("multiAp");
        QTest::addColumn<bool>("apselInMemoryCommands");
        QTest::addColumn<bool>("memory16");
        QTest::addColumn<bool>("comFreq");
        QTest::addColumn<int>("max8");

        // Section 3.1 capture: 29 5a 83 04 4b 37.
        QTest::newRow("V2J37M26 (V2-1, capture)")
            << "295a83044b37"
            << ""
            << "V2J37M26" << 37 << 0x374B << true << true << true << true << true << false << 64;
        // 0x2B87: v 2, x 46, y 7 on PID 3748 (x = JTAG, y = SWIM).
        QTest::newRow("V2J46S7 (ST-LINK/V2)")
            << "2b8783044837"
            << ""
            << "V2J46S7" << 46 << 0x3748 << true << true << true << true << true << false << 64;
        QTest::newRow("V2J28S7 multi-AP but no APSEL")
            << "270783044837"
            << ""
            << "V2J28S7" << 28 << 0x3748 << true << true << true << false << true << false << 64;
        QTest::newRow("V2J24S4 minimum for dap-direct")
            << "260483044837"
            << ""
            << "V2J24S4" << 24 << 0x3748 << true << true << false << false << false << false << 64;
        QTest::newRow("V2J22S4 HLA only")
            << "258483044837"
            << ""
            << "V2J22S4" << 22 << 0x3748 << false << false << false << false << false << false << 64;
        // PID 374B with x = 21, y = 7: an STM8-only SWIM probe (x = MSD, y = SWIM).
        QTest::newRow("V2M21S7 (V2-1 SWIM-only)")
            << "254783044b37"
            << ""
            << "V2M21S7" << 0 << 0x374B << false << false << false << false << false << false << 64;
        QTest::newRow("V3J17M10B6S1 (V3SET)")
            << "300083044f37"
            << "0301110a0600000083044f37"
            << "V3J17M10B6S1" << 17 << 0x374F << true << true << true << true << true << true << 512;
        QTest::newRow("V3J2M1 (early V3)")
            << "300083044e37"
            << "030002010000000083044e37"
            << "V3J2M1" << 2 << 0x374E << true << true << true << true << true << true << 64;
        QTest::newRow("V3J1M1B0S0 (no CSW yet)")
            << "300083044e37"
            << "030001010000000083044e37"
            << "V3J1M1" << 1 << 0x374E << true << true << true << false << true << true << 64;
    }
    void versionDecoding() {
        QFETCH(QString, getVersion);
        QFETCH(QString, getVersionEx);
        QFETCH(QString, text);
        QFETCH(int, jtag);
        QFETCH(int, pid);
        QFETCH(bool, dapDirect);
        QFETCH(bool, dapRegisters);
        QFETCH(bool, multiAp);
        QFETCH(bool, apselInMemoryCommands);
        QFETCH(bool, memory16);
        QFETCH(bool, comFreq);
        QFETCH(int, max8);

        const Bytes reply = *fromHex(getVersion.toStdString());
        auto decoded = decodeGetVersion(reply);
        QVERIFY(decoded.ok());
        FirmwareVersion v = *decoded;
        if (!getVersionEx.isEmpty()) {
            QVERIFY(v.isV3());
            QCOMPARE(int(v.jtag), 0);  // x and y are 0 on V3: GET_VERSION_EX is needed
            QVERIFY(applyVersionEx(v, *fromHex(getVersionEx.toStdString())).ok());
        }
        QCOMPARE(QString::fromStdString(v.toString()), text);
        QCOMPARE(int(v.jtag), jtag);
        QCOMPARE(int(v.vid), 0x0483);
        QCOMPARE(int(v.pid), pid);
        QCOMPARE(supportsDapDirect(v), dapDirect);
        QCOMPARE(hasFeature(v, Feature::DapRegisterAccess), dapRegisters);
        QCOMPARE(hasFeature(v, Feature::MultiAp), multiAp);
        QCOMPARE(hasFeature(v, Feature::BankedDpAndCsw), apselInMemoryCommands);
        QCOMPARE(hasFeature(v, Feature::Memory16), memory16);
        QCOMPARE(hasFeature(v, Feature::ComFreq), comFreq);
        QCOMPARE(hasFeature(v, Feature::SwdSetFreq), !comFreq && jtag >= 22);
        QCOMPARE(int(maxMemory8(v)), max8);

        // The probe side encodes the same bytes back.
        QCOMPARE(hexOf(encodeGetVersion(v)), getVersion);
        if (!getVersionEx.isEmpty())
            QCOMPARE(hexOf(encodeGetVersionEx(v)), getVersionEx);
    }

    void versionGatesAtBoundaries_data() {
        QTest::addColumn<int>("jtag");
        QTest::addColumn<int>("feature");
        QTest::addColumn<bool>("below");  // at jtag - 1
        QTest::addColumn<bool>("at");
        QTest::newRow("voltage J13") << 13 << int(Feature::TraceAndTargetVoltage) << false << true;
        QTest::newRow("lastrwstatus2 J15") << 15 << int(Feature::LastRwStatus2) << false << true;
        QTest::newRow("swd set freq J22") << 22 << int(Feature::SwdSetFreq) << false << true;
        QTest::newRow("dap regs J24") << 24 << int(Feature::DapRegisterAccess) << false << true;
        QTest::newRow("16-bit J26") << 26 << int(Feature::Memory16) << false << true;
        QTest::newRow("init ap J28") << 28 << int(Feature::MultiAp) << false << true;
        QTest::newRow("close ap status J29") << 29 << int(Feature::CloseApStatus) << false << true;
        QTest::newRow("csw + apsel J32") << 32 << int(Feature::BankedDpAndCsw) << false << true;
        QTest::newRow("rw misc J32") << 32 << int(Feature::RwMisc) << false << true;
        QTest::newRow("jtag quirk ends J32") << 32 << int(Feature::JtagDpReadNeedsRdbuff) << true << false;
        QTest::newRow("board ids J36") << 36 << int(Feature::BoardIdentifiers) << false << true;
    }
    void versionGatesAtBoundaries() {
        QFETCH(int, jtag);
        QFETCH(int, feature);
        QFETCH(bool, below);
        QFETCH(bool, at);
        FirmwareVersion v;
        v.hardware = 2;
        v.jtag = static_cast<std::uint8_t>(jtag - 1);
        QCOMPARE(hasFeature(v, static_cast<Feature>(feature)), below);
        v.jtag = static_cast<std::uint8_t>(jtag);
        QCOMPARE(hasFeature(v, static_cast<Feature>(feature)), at);
    }

    void versionStrings_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("V2J46S7") << "V2J46S7" << true;
        QTest::newRow("V2J37M26") << "V2J37M26" << true;
        QTest::newRow("V3J17M10B6S1") << "V3J17M10B6S1" << true;
        QTest::newRow("V3J10B3S0") << "V3J10B3S0" << true;
        QTest::newRow("no hardware") << "J46S7" << false;
        QTest::newRow("bad tag") << "V2X4" << false;
        QTest::newRow("too big") << "V2J99" << false;
        QTest::newRow("trailing tag") << "V2J" << false;
    }
    void versionStrings() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto v = parseVersionString(text.toStdString());
        QCOMPARE(v.has_value(), valid);
        if (valid)
            QCOMPARE(QString::fromStdString(v->toString()), text);
    }

    void versionReplyTooShort() {
        auto r = decodeGetVersion(*fromHex("295a8304"));
        QVERIFY(!r.ok());
        QCOMPARE(QString::fromStdString(r.error().code), QStringLiteral("probe.stlink.bad-version"));
        FirmwareVersion v;
        QVERIFY(!applyVersionEx(v, *fromHex("0301")).ok());
    }

    void v2SwdTable_data() {
        QTest::addColumn<int>("requestKHz");
        QTest::addColumn<int>("divisor");
        QTest::addColumn<int>("actualKHz");
        QTest::newRow("4 MHz") << 4000 << 0 << 4000;
        QTest::newRow("above the top") << 24000 << 0 << 4000;
        QTest::newRow("1.8 MHz default") << 1800 << 1 << 1800;
        QTest::newRow("1 MHz -> 950") << 1000 << 3 << 950;
        QTest::newRow("100 kHz") << 100 << 40 << 100;
        QTest::newRow("5 kHz (capture #5)") << 5 << 798 << 5;
        QTest::newRow("below the bottom") << 1 << 798 << 5;
    }
    void v2SwdTable() {
        QFETCH(int, requestKHz);
        QFETCH(int, divisor);
        QFETCH(int, actualKHz);
        const SwdSpeed s = v2SpeedForKHz(static_cast<std::uint32_t>(requestKHz));
        QCOMPARE(int(s.divisor), divisor);
        QCOMPARE(int(s.kHz), actualKHz);
        QCOMPARE(int(*v2KHzForDivisor(s.divisor)), actualKHz);
    }

    void v2DivisorsOfBothTables() {
        QCOMPARE(int(*v2KHzForDivisor(31)), 125);  // pyOCD/probe-rs only
        QCOMPARE(int(*v2KHzForDivisor(9)), 400);
        QVERIFY(!v2KHzForDivisor(12).has_value());
        QCOMPARE(int(v2SwdSpeedsOpenOcd().size()), 12);
        QCOMPARE(int(v2SwdSpeedsPyOcd().front().kHz), 4600);
    }

    void v3Frequencies_data() {
        QTest::addColumn<int>("requestKHz");
        QTest::addColumn<int>("picked");
        QTest::newRow("exact top") << 24000 << 24000;
        QTest::newRow("between") << 10000 << 8000;
        QTest::newRow("exact") << 3300 << 3300;
        QTest::newRow("just below") << 3299 << 1000;
        QTest::newRow("below all -> lowest") << 4 << 5;
    }
    void v3Frequencies() {
        QFETCH(int, requestKHz);
        QFETCH(int, picked);
        QCOMPARE(int(v3PickFrequency(v3SwdFrequenciesKHz(), static_cast<std::uint32_t>(requestKHz))), picked);
    }

    void comFrequenciesRoundTrip() {
        const auto list = v3SwdFrequenciesKHz();
        const Bytes b = encodeComFrequencies({0x80, 8000, {list.begin(), list.end()}});
        QCOMPARE(int(b.size()), 52);
        QCOMPARE(readLe32(b, 8), std::uint32_t(list.size()));
        const auto back = decodeComFrequencies(b);
        QVERIFY(back.has_value());
        QCOMPARE(back->currentKHz, 8000u);
        QCOMPARE(int(back->kHz.size()), int(list.size()));
        QCOMPARE(back->kHz.front(), 24000u);
        Bytes tooMany = b;
        writeLe32(tooMany, 8, 11);
        QVERIFY(!decodeComFrequencies(tooMany).has_value());
    }

    void serverRequestFraming_data() {
        QTest::addColumn<QString>("bytes");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("size");  // -1: more bytes needed
        QTest::newRow("GET_SERVER_VERSION") << "06010000" << true << 4;
        QTest::newRow("REFRESH") << "0000" << true << 2;
        QTest::newRow("GET_NB_DEV") << "01" << true << 1;
        QTest::newRow("GET_DEV_INFO") << "0200000029000000" << true << 8;
        QTest::newRow("OPEN_DEV") << "0300000034120000" << true << 8;
        QTest::newRow("CLOSE_DEV") << "04000000eeffc000" << true << 8;
        QTest::newRow("SEND_USB_CMD partial header") << "05000000eeffc000f1" << true << -1;
        QTest::newRow("SEND_USB_CMD read 6")
            << "05000000eeffc000f100000000000000000000000000000001000000 06000000" << true << 32;
        QTest::newRow("SEND_USB_CMD write 8")
            << "05000000eeffc000f208000000200800010000a20000000000000000 08000000" << true << 40;
        QTest::newRow("unknown") << "99" << false << -1;
    }
    void serverRequestFraming() {
        QFETCH(QString, bytes);
        QFETCH(bool, known);
        QFETCH(int, size);
        const Bytes b = *fromHex(bytes.toStdString());
        const tcp::RequestSize r = tcp::requestSize(b.data(), b.size());
        QCOMPARE(r.known, known);
        QCOMPARE(r.size.has_value(), size >= 0);
        if (size >= 0)
            QCOMPARE(int(*r.size), size);
    }
};

QTEST_GUILESS_MAIN(TestStlinkProtocol)
#include "test_stlink_protocol.moc"
