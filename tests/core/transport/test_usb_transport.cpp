// The libusb transport as far as a machine without a probe allows: enumeration answers (an
// empty list, or a clear error when libusb cannot start), libusb errors become messages
// with the fix, the udev rule covers every ST-LINK, the serial formats, and the hotplug
// watcher reports arrivals and removals and stops promptly.

#include <QtTest>

#include <atomic>
#include <chrono>
#include <fstream>
#include <mutex>
#include <regex>
#include <set>
#include <sstream>

#include "core/probe/stlink/stlink_protocol.h"
#include "core/probe/stlink/usb_stlink_source.h"
#include "core/transport/bulk_channel.h"
#include "core/transport/usb_context.h"
#include "core/transport/usb_device.h"
#include "core/transport/usb_error.h"
#include "core/transport/usb_watcher.h"

using namespace rescue;
using namespace rescue::transport;
using namespace std::chrono_literals;

namespace {

// libusb's error codes (a stable ABI, libusb.h). libusb.h is private to rescue-core, so the
// suite spells them out.
enum Libusb : int {
    LIBUSB_ERROR_IO = -1,
    LIBUSB_ERROR_ACCESS = -3,
    LIBUSB_ERROR_NO_DEVICE = -4,
    LIBUSB_ERROR_NOT_FOUND = -5,
    LIBUSB_ERROR_BUSY = -6,
    LIBUSB_ERROR_TIMEOUT = -7,
    LIBUSB_ERROR_OVERFLOW = -8,
    LIBUSB_ERROR_PIPE = -9,
    LIBUSB_ERROR_INTERRUPTED = -10,
    LIBUSB_ERROR_NOT_SUPPORTED = -12,
    LIBUSB_ERROR_OTHER = -99,
};
constexpr std::uint8_t LIBUSB_DT_STRING = 0x03;

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Bytes utf16Descriptor(std::string_view text) {
    Bytes d{static_cast<std::uint8_t>(2 + 2 * text.size()), LIBUSB_DT_STRING};
    for (char c : text)
        d.insert(d.end(), {static_cast<std::uint8_t>(c), 0});
    return d;
}

UsbDeviceInfo device(std::uint8_t address, std::string serial) {
    UsbDeviceInfo d;
    d.vid = 0x0483;
    d.pid = 0x374F;
    d.bus = 1;
    d.portPath = "1-2";
    d.address = address;
    d.serial = std::move(serial);
    return d;
}

}  // namespace

class TestUsbTransport : public QObject {
    Q_OBJECT
private slots:
    void libusbErrorMapping_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<QString>("libusbName");
        QTest::newRow("timeout") << int(LIBUSB_ERROR_TIMEOUT) << "transport.timeout"
                                 << "in time"
                                 << "LIBUSB_ERROR_TIMEOUT";
        QTest::newRow("no device") << int(LIBUSB_ERROR_NO_DEVICE) << "transport.disconnected"
                                   << "no longer connected"
                                   << "LIBUSB_ERROR_NO_DEVICE";
        QTest::newRow("overflow") << int(LIBUSB_ERROR_OVERFLOW) << "transport.overflow"
                                  << "more data"
                                  << "LIBUSB_ERROR_OVERFLOW";
        QTest::newRow("pipe") << int(LIBUSB_ERROR_PIPE) << "transport.usb-stall"
                              << "stalled"
                              << "LIBUSB_ERROR_PIPE";
        QTest::newRow("access") << int(LIBUSB_ERROR_ACCESS) << "transport.usb-access"
                                << "permission"
                                << "LIBUSB_ERROR_ACCESS";
        QTest::newRow("busy") << int(LIBUSB_ERROR_BUSY) << "transport.usb-busy"
                              << "Another program"
                              << "LIBUSB_ERROR_BUSY";
        QTest::newRow("not found") << int(LIBUSB_ERROR_NOT_FOUND) << "transport.usb-not-found"
                                   << "not there"
                                   << "LIBUSB_ERROR_NOT_FOUND";
        QTest::newRow("interrupted") << int(LIBUSB_ERROR_INTERRUPTED) << "transport.timeout"
                                     << "interrupted"
                                     << "LIBUSB_ERROR_INTERRUPTED";
        QTest::newRow("not supported") << int(LIBUSB_ERROR_NOT_SUPPORTED) << "transport.usb-error"
                                       << "cannot do"
                                       << "LIBUSB_ERROR_NOT_SUPPORTED";
        QTest::newRow("io") << int(LIBUSB_ERROR_IO) << "transport.usb-error"
                            << "LIBUSB_ERROR_IO"
                            << "LIBUSB_ERROR_IO";
        QTest::newRow("other") << int(LIBUSB_ERROR_OTHER) << "transport.usb-error"
                               << "LIBUSB_ERROR_OTHER"
                               << "LIBUSB_ERROR_OTHER";
    }
    void libusbErrorMapping() {
        QFETCH(int, code);
        QFETCH(QString, errorCode);
        QFETCH(QString, mentions);
        QFETCH(QString, libusbName);
        const Error e = libusbError(code, "claim interface 0 of USB device 0483:374B");
        QCOMPARE(q(e.code), errorCode);
        QVERIFY2(q(e.message).contains(mentions), e.message.c_str());
        QVERIFY2(q(e.message).contains("claim interface 0"), e.message.c_str());
        QVERIFY(e.message.ends_with("."));
        QVERIFY2(!e.hint.empty(), "every USB error says what to try");
        const bool namesCode = std::any_of(e.evidence.begin(), e.evidence.end(), [&](const Evidence& ev) {
            return q(ev.value).contains(libusbName);
        });
        QVERIFY2(namesCode, "the evidence keeps libusb's own name for the code");
    }

    void accessErrorNamesTheUdevFix() {
        const Error e = libusbError(LIBUSB_ERROR_ACCESS, "open USB device 0483:374F");
        QVERIFY2(q(e.hint).contains("70-rescue-workbench.rules"), e.hint.c_str());
        QVERIFY2(q(e.hint).contains("sudo udevadm control --reload-rules && sudo udevadm trigger"),
                 e.hint.c_str());
        QVERIFY2(q(e.hint).contains("replug"), e.hint.c_str());
    }

    void channelCodesAreTheBulkChannelOnes() {
        // Drivers branch on these: a USB timeout must look like any channel's timeout.
        QCOMPARE(q(libusbError(LIBUSB_ERROR_TIMEOUT, "x").code), q(std::string(channel_error::kTimeout)));
        QCOMPARE(q(libusbError(LIBUSB_ERROR_NO_DEVICE, "x").code),
                 q(std::string(channel_error::kDisconnected)));
        QCOMPARE(q(libusbError(LIBUSB_ERROR_OVERFLOW, "x").code), q(std::string(channel_error::kOverflow)));
    }

    // Every line of the shipped rules is one of two well-formed kinds: a VID:PID rule, or the
    // CMSIS-DAP product-string rule; every known ST-LINK PID is covered exactly once.
    void udevRuleCoversEveryStlink() {
        const std::string path = std::string(RESCUE_SOURCE_DIR) + "/packaging/udev/70-rescue-workbench.rules";
        const std::string rules = readFile(path);
        QVERIFY2(!rules.empty(), path.c_str());
        std::set<std::uint16_t> stlinkPids;
        std::set<std::string> otherIds;
        bool cmsisDapByProduct = false;
        std::istringstream lines(rules);
        std::string line;
        const std::regex byId(
            R"re(^SUBSYSTEM=="usb", ATTR\{idVendor\}=="([0-9a-f]{4})", ATTR\{idProduct\}=="([0-9a-f]{4})", TAG\+="uaccess"$)re");
        const std::string byProduct =
            R"(SUBSYSTEM=="usb", ENV{DEVTYPE}=="usb_device", ATTR{product}=="*CMSIS-DAP*", TAG+="uaccess")";
        while (std::getline(lines, line)) {
            if (line.empty() || line[0] == '#')
                continue;
            if (line == byProduct) {
                cmsisDapByProduct = true;
                continue;
            }
            std::smatch m;
            QVERIFY2(std::regex_match(line, m, byId), line.c_str());
            if (m[1].str() == "0483")
                stlinkPids.insert(static_cast<std::uint16_t>(std::stoul(m[2].str(), nullptr, 16)));
            else
                QVERIFY2(otherIds.insert(m[1].str() + ":" + m[2].str()).second, line.c_str());
        }
        for (const auto& model : probe::stlink::knownUsbModels())
            QVERIFY2(stlinkPids.count(model.pid), QByteArray::number(model.pid, 16).constData());
        QCOMPARE(stlinkPids.size(), probe::stlink::knownUsbModels().size());
        QVERIFY(cmsisDapByProduct);
        QVERIFY(otherIds.count("0d28:0204"));  // Arm DAPLink
        QVERIFY(q(rules).contains("sudo udevadm control --reload-rules && sudo udevadm trigger"));
        QVERIFY(q(rules).contains("MODE=\"0660\", GROUP=\"plugdev\""));
    }

    void serialFromDescriptor_data() {
        QTest::addColumn<QByteArray>("descriptor");
        QTest::addColumn<QString>("serial");
        const auto raw = [](const Bytes& b) {
            return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<int>(b.size()));
        };
        QTest::newRow("recent 24-digit serial")
            << raw(utf16Descriptor("0669FF545151717867193627")) << "0669FF545151717867193627";
        // OpenOCD's example: the raw bytes 57 FF 72 06 ... in the low bytes (bLength 26).
        Bytes old{0x1A, 0x03};
        for (std::uint8_t b : {0x57, 0xFF, 0x72, 0x06, 0x72, 0x65, 0x57, 0x57, 0x42, 0x13, 0x20, 0x67})
            old.insert(old.end(), {b, 0});
        QTest::newRow("old V2 binary serial") << raw(old) << "57FF72067265575742132067";
        QTest::newRow("12 ordinary characters stay")
            << raw(utf16Descriptor("066DFF535752")) << "066DFF535752";
        QTest::newRow("short serial") << raw(utf16Descriptor("ABC")) << "ABC";
        QTest::newRow("not a string descriptor") << raw(Bytes{0x04, 0x01, 0x41, 0x00}) << "";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("non-ASCII unit") << raw(Bytes{0x06, 0x03, 0x41, 0x00, 0x3A, 0x04}) << "A?";
    }
    void serialFromDescriptor() {
        QFETCH(QByteArray, descriptor);
        QFETCH(QString, serial);
        const ByteView view(reinterpret_cast<const std::uint8_t*>(descriptor.constData()),
                            static_cast<std::size_t>(descriptor.size()));
        QCOMPARE(q(serialFromStringDescriptor(view)), serial);
    }

    void enumerationAnswers() {
        // This machine may have no USB at all (a container): libusb then cannot start, and
        // that must be a clear error; where it starts, no probe is an empty list.
        auto context = UsbContext::create();
        if (!context) {
            QCOMPARE(q(context.error().code), QStringLiteral("transport.usb-init"));
            QVERIFY2(q(context.error().message).contains("libusb could not start"),
                     context.error().message.c_str());
            QVERIFY(!context.error().hint.empty());
            return;
        }
        const auto ids = probe::stlink::UsbStlinkSource::usbIds();
        auto devices = enumerateUsb(**context, ids);
        QVERIFY2(devices.ok(), devices.ok() ? "" : devices.error().describe().c_str());
        for (const auto& d : *devices) {
            QCOMPARE(d.vid, std::uint16_t(0x0483));
            QVERIFY(d.accessible || !d.problem.empty());
        }
    }

    void usbSourceScanAndOpenWithoutProbes() {
        probe::stlink::UsbStlinkSource source;
        auto listed = source.scan({});
        if (!listed) {
            QCOMPARE(q(listed.error().code), QStringLiteral("transport.usb-init"));
            return;
        }
        if (!listed->empty())
            QSKIP("A real ST-LINK is connected; this check is for a machine without one.");
        auto opened = source.open(probe::ProbeUri{});
        QVERIFY(!opened.ok());
        QCOMPARE(q(opened.error().code), QStringLiteral("probe.not-found"));
        QCOMPARE(q(opened.error().message), QStringLiteral("No ST-LINK found on USB."));
        QVERIFY(q(opened.error().hint).contains("70-rescue-workbench.rules"));
        probe::ProbeUri bySerial;
        bySerial.kind = probe::ProbeUri::Kind::Stlink;
        bySerial.serial = "0669FF545151717867193627";
        auto missing = source.open(bySerial);
        QVERIFY(!missing.ok());
        QVERIFY(q(missing.error().message).contains("0669FF545151717867193627"));
    }

    void usbListingShowsProblems_data() {
        QTest::addColumn<int>("pid");
        QTest::addColumn<bool>("accessible");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("problem");
        QTest::newRow("V3SET ok") << 0x374F << true << "STLINK-V3S"
                                  << "";
        QTest::newRow("V2-1 no permission") << 0x374B << false << "STLINK-V2-1"
                                            << "permission";
        QTest::newRow("V3 loader") << 0x374D << true << "STLINK-V3-USBLOADER"
                                   << "firmware-update mode";
        QTest::newRow("V1") << 0x3744 << true << "STLINK-V1"
                            << "does not support";
    }
    void usbListingShowsProblems() {
        QFETCH(int, pid);
        QFETCH(bool, accessible);
        QFETCH(QString, model);
        QFETCH(QString, problem);
        UsbDeviceInfo d = device(5, "0669FF545151717867193627");
        d.pid = static_cast<std::uint16_t>(pid);
        d.accessible = accessible;
        if (!accessible) {
            const Error e = libusbError(LIBUSB_ERROR_ACCESS, "open");
            d.problem = e.message + " " + e.hint;
        }
        const probe::ProbeInfo info = probe::stlink::usbStlinkInfo(d);
        QCOMPARE(q(info.uri), QStringLiteral("stlink:0669FF545151717867193627"));
        QCOMPARE(q(info.transport), QStringLiteral("usb"));
        QCOMPARE(q(info.model), model);
        if (problem.isEmpty())
            QVERIFY2(info.problem.empty(), info.problem.c_str());
        else
            QVERIFY2(q(info.problem).contains(problem), info.problem.c_str());
    }

    void watcherReportsArrivalAndRemoval() {
        std::mutex mutex;
        std::vector<UsbDeviceInfo> plugged{device(3, "A")};
        std::vector<std::pair<UsbEvent::Kind, std::string>> events;
        UsbWatcherOptions options;
        options.pollInterval = 10ms;
        UsbWatcher watcher(
            [&]() -> Result<std::vector<UsbDeviceInfo>> {
                std::lock_guard lock(mutex);
                return plugged;
            },
            [&](const UsbEvent& e) {
                std::lock_guard lock(mutex);
                events.emplace_back(e.kind, e.device.serial);
            },
            options);
        QVERIFY(watcher.start().ok());
        QVERIFY(!watcher.usesHotplug());
        auto seen = [&](std::size_t n) {
            std::lock_guard lock(mutex);
            return events.size() >= n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen(1), 2000);  // the probe present at start is announced
        {
            std::lock_guard lock(mutex);
            plugged.push_back(device(4, "B"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(seen(2), 2000);
        {
            std::lock_guard lock(mutex);
            plugged.erase(plugged.begin());
        }
        QTRY_VERIFY_WITH_TIMEOUT(seen(3), 2000);
        watcher.stop();
        std::lock_guard lock(mutex);
        QCOMPARE(events.size(), std::size_t(3));
        QVERIFY(events[0] == std::make_pair(UsbEvent::Kind::Arrived, std::string("A")));
        QVERIFY(events[1] == std::make_pair(UsbEvent::Kind::Arrived, std::string("B")));
        QVERIFY(events[2] == std::make_pair(UsbEvent::Kind::Left, std::string("A")));
    }

    void watcherStopsPromptly_data() {
        QTest::addColumn<bool>("libusb");
        QTest::newRow("polling a list") << false;
        QTest::newRow("libusb (hotplug where available)") << true;
    }
    void watcherStopsPromptly() {
        QFETCH(bool, libusb);
        std::unique_ptr<UsbWatcher> watcher;
        UsbWatcherOptions options;
        options.pollInterval = 10s;  // stop() must not wait for the next tick
        if (libusb) {
            auto context = UsbContext::create();
            if (!context)
                QSKIP("libusb cannot start on this machine (no usbfs); the polling row covers the thread.");
            watcher = std::make_unique<UsbWatcher>(
                *context, probe::stlink::UsbStlinkSource::usbIds(), [](const UsbEvent&) {}, options);
        } else {
            watcher = std::make_unique<UsbWatcher>(
                []() -> Result<std::vector<UsbDeviceInfo>> { return std::vector<UsbDeviceInfo>{}; },
                [](const UsbEvent&) {}, options);
        }
        QVERIFY(watcher->start().ok());
        QVERIFY(watcher->running());
        QTest::qWait(50);
        const auto before = std::chrono::steady_clock::now();
        watcher->stop();
        const auto took = std::chrono::steady_clock::now() - before;
        QVERIFY(!watcher->running());
        QVERIFY2(
            took < 500ms,
            QByteArray::number(qint64(std::chrono::duration_cast<std::chrono::milliseconds>(took).count())));
    }

    void watcherSurvivesAFailingList() {
        std::atomic<int> calls{0};
        std::atomic<int> events{0};
        UsbWatcherOptions options;
        options.pollInterval = 5ms;
        UsbWatcher watcher(
            [&]() -> Result<std::vector<UsbDeviceInfo>> {
                ++calls;
                return libusbError(LIBUSB_ERROR_IO, "list USB devices");
            },
            [&](const UsbEvent&) { ++events; }, options);
        QVERIFY(watcher.start().ok());
        QTRY_VERIFY_WITH_TIMEOUT(calls.load() >= 3, 2000);
        watcher.stop();
        QCOMPARE(events.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUsbTransport)
#include "test_usb_transport.moc"
