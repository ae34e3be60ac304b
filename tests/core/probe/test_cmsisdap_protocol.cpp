// CMSIS-DAP command bytes and reply parsers (cmsis-dap.md sections 2-4): every request the
// driver sends, byte for byte as the reference gives it, and every reply parsed, including
// the malformed ones a broken or hostile probe could send (short, oversized counts, foreign
// ids, DAP_Invalid): each is a probe.bad-reply or probe.unsupported error, never a crash.

#include <QtTest>

#include "core/probe/cmsisdap/cmsisdap_protocol.h"

using namespace rescue;
using namespace rescue::probe::cmsisdap;

namespace {

QByteArray qb(const Bytes& b) {
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}
Bytes bytes(const QByteArray& hex) {
    const QByteArray raw = QByteArray::fromHex(hex);
    return Bytes(raw.begin(), raw.end());
}

}  // namespace

class TestCmsisDapProtocol : public QObject {
    Q_OBJECT

private slots:
    void requests_data() {
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("DAP_Info packet size")
            << qb(infoRequest(info::kPacketSize)) << QByteArray::fromHex("00ff");
        QTest::newRow("DAP_Connect SWD") << qb(connectRequest()) << QByteArray::fromHex("0201");
        QTest::newRow("DAP_Disconnect") << qb(disconnectRequest()) << QByteArray::fromHex("03");
        QTest::newRow("DAP_HostStatus running on")
            << qb(hostStatusRequest(1, true)) << QByteArray::fromHex("010101");
        // The reference's example: idle 0, wait_retry 64, match_retry 1000.
        QTest::newRow("DAP_TransferConfigure")
            << qb(transferConfigureRequest(0, 64, 1000)) << QByteArray::fromHex("04004000e803");
        // Section 3's value-match example: TAR = DHCSR, mask S_HALT, match read of DRW.
        const std::vector<TransferOp> poll{TransferOp::writeAp(0x4, 0xE000EDF0),
                                           TransferOp::matchMask(0x00020000),
                                           TransferOp::matchAp(0xC, 0x00020000)};
        QTest::newRow("DAP_Transfer value match")
            << qb(transferRequest(poll)) << QByteArray::fromHex("05000305f0ed00e020000002001f00000200");
        QTest::newRow("DAP_Transfer read DPIDR")
            << qb(transferRequest(std::vector<TransferOp>{TransferOp::readDp(0)}))
            << QByteArray::fromHex("05000102");
        QTest::newRow("DAP_Transfer write SELECT")
            << qb(transferRequest(std::vector<TransferOp>{TransferOp::writeDp(0x8, 0x01000010)}))
            << QByteArray::fromHex("0500010810000001");
        const std::vector<std::uint32_t> words{0x11223344, 0xAABBCCDD};
        QTest::newRow("DAP_TransferBlock write DRW")
            << qb(transferBlockRequest(TransferOp::writeAp(0xC, 0).request, 2, words))
            << QByteArray::fromHex("060002000d44332211ddccbbaa");
        QTest::newRow("DAP_TransferBlock read DRW")
            << qb(transferBlockRequest(TransferOp::readAp(0xC).request, 16))
            << QByteArray::fromHex("060010000f");
        QTest::newRow("DAP_TransferAbort") << qb(transferAbortRequest()) << QByteArray::fromHex("07");
        QTest::newRow("DAP_WriteABORT clear sticky")
            << qb(writeAbortRequest(0x1E)) << QByteArray::fromHex("08001e000000");
        // Section 2.1's table.
        QTest::newRow("assert nRESET")
            << qb(swjPinsRequest(0, pin::kNreset, 0)) << QByteArray::fromHex("10008000000000");
        QTest::newRow("release nRESET, wait 100 ms") << qb(swjPinsRequest(pin::kNreset, pin::kNreset, 100000))
                                                     << QByteArray::fromHex("108080a0860100");
        QTest::newRow("DAP_SWJ_Clock 4 MHz")
            << qb(swjClockRequest(4'000'000)) << QByteArray::fromHex("1100093d00");
        QTest::newRow("DAP_SWD_Configure") << qb(swdConfigureRequest(0)) << QByteArray::fromHex("1300");
        // Section 4.2: 56 ones, the JTAG-to-SWD code, 56 ones, idle.
        const auto seq = jtagToSwdSequences();
        QTest::newRow("line reset") << qb(swjSequenceRequest(seq[0].bits, seq[0].data))
                                    << QByteArray::fromHex("1238ffffffffffffff");
        QTest::newRow("JTAG to SWD") << qb(swjSequenceRequest(seq[1].bits, seq[1].data))
                                     << QByteArray::fromHex("12109ee7");
        QTest::newRow("line reset again")
            << qb(swjSequenceRequest(seq[2].bits, seq[2].data)) << QByteArray::fromHex("1238ffffffffffffff");
        QTest::newRow("idle") << qb(swjSequenceRequest(seq[3].bits, seq[3].data))
                              << QByteArray::fromHex("120800");
        QTest::newRow("256 bits are sent as 0")
            << qb(swjSequenceRequest(256, Bytes(32, 0xFF))).left(2) << QByteArray::fromHex("1200");
    }
    void requests() {
        QFETCH(QByteArray, actual);
        QFETCH(QByteArray, expected);
        QCOMPARE(actual.toHex(), expected.toHex());
    }

    void transferOpSizes() {
        QCOMPARE(TransferOp::readAp(0xC).requestBytes(), std::size_t{1});
        QCOMPARE(TransferOp::readAp(0xC).replyBytes(), std::size_t{4});
        QCOMPARE(TransferOp::matchAp(0xC, 1).requestBytes(), std::size_t{5});
        QCOMPARE(TransferOp::matchAp(0xC, 1).replyBytes(), std::size_t{0});
        QCOMPARE(TransferOp::matchMask(1).requestBytes(), std::size_t{5});
        QCOMPARE(TransferOp::writeAp(0x4, 1).replyBytes(), std::size_t{0});
    }

    void infoReplies_data() {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("kind");   // "string", "u8", "u16"
        QTest::addColumn<QString>("value");  // expected value, or the error code
        QTest::newRow("product") << QByteArray::fromHex("000a434d5349532d44415000") << 2 << "string"
                                 << "CMSIS-DAP";
        QTest::newRow("not available") << QByteArray::fromHex("0000") << 3 << "string"
                                       << "";
        QTest::newRow("padded to 64 bytes")
            << QByteArray::fromHex("00023200").leftJustified(64, '\0') << 0xFF << "u16"
            << "50";
        QTest::newRow("packet size 512") << QByteArray::fromHex("00020002") << 0xFF << "u16"
                                         << "512";
        QTest::newRow("packet count") << QByteArray::fromHex("000104") << 0xFE << "u8"
                                      << "4";
        QTest::newRow("capabilities") << QByteArray::fromHex("000113") << 0xF0 << "u8"
                                      << "19";
        QTest::newRow("empty") << QByteArray() << 2 << "string"
                               << "probe.bad-reply";
        QTest::newRow("foreign id") << QByteArray::fromHex("050100") << 2 << "string"
                                    << "probe.bad-reply";
        QTest::newRow("length beyond the reply") << QByteArray::fromHex("00ff4142") << 2 << "string"
                                                 << "probe.bad-reply";
        QTest::newRow("u16 of 1 byte") << QByteArray::fromHex("000140") << 0xFF << "u16"
                                       << "probe.bad-reply";
        QTest::newRow("u8 of 2 bytes") << QByteArray::fromHex("00020102") << 0xFE << "u8"
                                       << "probe.bad-reply";
        QTest::newRow("DAP_Invalid") << QByteArray::fromHex("ff") << 2 << "string"
                                     << "probe.unsupported";
        QTest::newRow("header only") << QByteArray::fromHex("00") << 2 << "string"
                                     << "probe.bad-reply";
    }
    void infoReplies() {
        QFETCH(QByteArray, reply);
        QFETCH(int, id);
        QFETCH(QString, kind);
        QFETCH(QString, value);
        const Bytes b(reply.begin(), reply.end());
        const auto i = static_cast<std::uint8_t>(id);
        QString got;
        if (kind == "string") {
            auto r = parseInfoString(b, i);
            got = r ? QString::fromStdString(*r) : QString::fromStdString(r.error().code);
        } else if (kind == "u8") {
            auto r = parseInfoU8(b, i);
            got = r ? QString::number(*r) : QString::fromStdString(r.error().code);
        } else {
            auto r = parseInfoU16(b, i);
            got = r ? QString::number(*r) : QString::fromStdString(r.error().code);
        }
        QCOMPARE(got, value);
    }

    void statusReplies_data() {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("code");  // empty: OK
        QTest::newRow("ok") << QByteArray::fromHex("1100") << "";
        QTest::newRow("error") << QByteArray::fromHex("11ff") << "probe.bad-reply";
        QTest::newRow("short") << QByteArray::fromHex("11") << "probe.bad-reply";
        QTest::newRow("other command") << QByteArray::fromHex("1200") << "probe.bad-reply";
        QTest::newRow("invalid") << QByteArray::fromHex("ff") << "probe.unsupported";
    }
    void statusReplies() {
        QFETCH(QByteArray, reply);
        QFETCH(QString, code);
        const Bytes b(reply.begin(), reply.end());
        const Status s = parseStatus(b, cmd::kSwjClock, "setting the SWD clock");
        QCOMPARE(s ? QString() : QString::fromStdString(s.error().code), code);
        if (!s) {
            QVERIFY(s.error().message.ends_with('.'));
            QVERIFY(!s.error().hint.empty());
        }
    }

    void pinsAndConnect() {
        auto pins = parseSwjPins(bytes("1083"));
        QVERIFY(pins);
        QCOMPARE(int(*pins), 0x83);
        QVERIFY(!parseSwjPins(bytes("10")));
        auto port = parseConnect(bytes("0201"));
        QVERIFY(port);
        QCOMPARE(int(*port), 1);
        auto failed = parseConnect(bytes("0200"));
        QVERIFY(failed);
        QCOMPARE(int(*failed), 0);
        QVERIFY(!parseConnect(bytes("03")));
    }

    void transferReplies_data() {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("code");  // empty: parsed
        QTest::addColumn<int>("executed");
        QTest::addColumn<int>("ack");
        QTest::addColumn<bool>("mismatch");
        QTest::addColumn<int>("words");
        // ops: write TAR, read DRW, set mask, match DRW, read DRW
        QTest::newRow("all done, two words")
            << QByteArray::fromHex("05050144332211ddccbbaa") << "" << 5 << 1 << false << 2;
        QTest::newRow("padded") << QByteArray::fromHex("05050144332211ddccbbaa").leftJustified(64, '\0') << ""
                                << 5 << 1 << false << 2;
        QTest::newRow("mismatch at the match")
            << QByteArray::fromHex("05031144332211") << "" << 3 << 1 << true << 1;
        QTest::newRow("WAIT at the first read")
            << QByteArray::fromHex("050102") << "" << 1 << 2 << false << 0;
        QTest::newRow("FAULT at the write") << QByteArray::fromHex("050004") << "" << 0 << 4 << false << 0;
        QTest::newRow("no ACK") << QByteArray::fromHex("050007") << "" << 0 << 7 << false << 0;
        QTest::newRow("parity error") << QByteArray::fromHex("050008") << "" << 0 << 0 << false << 0;
        QTest::newRow("more done than asked")
            << QByteArray::fromHex("0506014433221100000000") << "probe.bad-reply" << 0 << 0 << false << 0;
        QTest::newRow("words missing")
            << QByteArray::fromHex("0505014433") << "probe.bad-reply" << 0 << 0 << false << 0;
        QTest::newRow("all done but WAIT")
            << QByteArray::fromHex("05050244332211ddccbbaa") << "probe.bad-reply" << 0 << 0 << false << 0;
        QTest::newRow("stopped without a reason")
            << QByteArray::fromHex("050101") << "probe.bad-reply" << 0 << 0 << false << 0;
        QTest::newRow("header only") << QByteArray::fromHex("05") << "probe.bad-reply" << 0 << 0 << false
                                     << 0;
        QTest::newRow("empty") << QByteArray() << "probe.bad-reply" << 0 << 0 << false << 0;
        QTest::newRow("other command")
            << QByteArray::fromHex("060500") << "probe.bad-reply" << 0 << 0 << false << 0;
        QTest::newRow("invalid") << QByteArray::fromHex("ff") << "probe.unsupported" << 0 << 0 << false << 0;
    }
    void transferReplies() {
        QFETCH(QByteArray, reply);
        QFETCH(QString, code);
        QFETCH(int, executed);
        QFETCH(int, ack);
        QFETCH(bool, mismatch);
        QFETCH(int, words);
        const std::vector<TransferOp> ops{TransferOp::writeAp(0x4, 0x20000000), TransferOp::readAp(0xC),
                                          TransferOp::matchMask(0xFF), TransferOp::matchAp(0xC, 0x44),
                                          TransferOp::readAp(0xC)};
        const Bytes b(reply.begin(), reply.end());
        auto r = parseTransfer(b, ops);
        if (!code.isEmpty()) {
            QVERIFY(!r);
            QCOMPARE(QString::fromStdString(r.error().code), code);
            return;
        }
        QVERIFY2(r, r ? "" : r.error().describe().c_str());
        QCOMPARE(int(r->executed), executed);
        QCOMPARE(int(r->ack()), ack);
        QCOMPARE(r->mismatch(), mismatch);
        QCOMPARE(int(r->words.size()), words);
        if (words >= 1)
            QCOMPARE(r->words[0], 0x11223344u);
        if (words >= 2)
            QCOMPARE(r->words[1], 0xAABBCCDDu);
    }

    void blockReplies_data() {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<bool>("read");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("executed");
        QTest::newRow("read 2") << QByteArray::fromHex("0602000144332211ddccbbaa") << true << "" << 2;
        QTest::newRow("write 2") << QByteArray::fromHex("06020001") << false << "" << 2;
        QTest::newRow("fault after 1") << QByteArray::fromHex("060100044433221100") << true << "" << 1;
        QTest::newRow("read words missing")
            << QByteArray::fromHex("0602000144") << true << "probe.bad-reply" << 0;
        QTest::newRow("more than asked")
            << QByteArray::fromHex("06030001") << false << "probe.bad-reply" << 0;
        QTest::newRow("all done but FAULT")
            << QByteArray::fromHex("06020004") << false << "probe.bad-reply" << 0;
        QTest::newRow("short") << QByteArray::fromHex("0602") << false << "probe.bad-reply" << 0;
    }
    void blockReplies() {
        QFETCH(QByteArray, reply);
        QFETCH(bool, read);
        QFETCH(QString, code);
        QFETCH(int, executed);
        const Bytes b(reply.begin(), reply.end());
        auto r = parseTransferBlock(b, read, 2);
        if (!code.isEmpty()) {
            QVERIFY(!r);
            QCOMPARE(QString::fromStdString(r.error().code), code);
            return;
        }
        QVERIFY2(r, r ? "" : r.error().describe().c_str());
        QCOMPARE(int(r->executed), executed);
        if (read && executed > 0)
            QCOMPARE(r->words[0], 0x11223344u);
    }

    // Every truncation of a valid reply parses or fails cleanly.
    void everyTruncation() {
        const Bytes full = bytes("05050144332211ddccbbaa");
        const std::vector<TransferOp> ops{TransferOp::writeAp(0x4, 0), TransferOp::readAp(0xC),
                                          TransferOp::matchMask(0xFF), TransferOp::matchAp(0xC, 0x44),
                                          TransferOp::readAp(0xC)};
        for (std::size_t n = 0; n < full.size(); ++n) {
            auto r = parseTransfer(ByteView(full).first(n), ops);
            QVERIFY2(!r, qPrintable(QString::number(n)));
            QCOMPARE(QString::fromStdString(r.error().code), QStringLiteral("probe.bad-reply"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCmsisDapProtocol)
#include "test_cmsisdap_protocol.moc"
