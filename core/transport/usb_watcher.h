#pragma once
// Tells when probes are plugged in or pulled out. With libusb hotplug support (Linux,
// macOS) arrival/removal events wake the watcher at once; elsewhere it polls the device
// list (every second by default). Either way it re-enumerates and compares lists, so the
// callback gets the same UsbDeviceInfo enumerateUsb would give (serial included) and the
// two modes cannot disagree.
//
// Threading: the watcher runs its own thread; the callback is called on that thread, one
// event at a time, never after stop() has returned. It must not call stop() and should
// return quickly (the GUI forwards the event with a queued signal). stop() (also run by
// the destructor) ends the thread within about one event-loop slice (100 ms).

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <stop_token>
#include <thread>
#include <vector>

#include "core/common/result.h"
#include "core/transport/usb_context.h"
#include "core/transport/usb_device.h"

namespace rescue::transport {

struct UsbEvent {
    enum class Kind : std::uint8_t { Arrived, Left };
    Kind kind = Kind::Arrived;
    UsbDeviceInfo device;
};

struct UsbWatcherOptions {
    std::chrono::milliseconds pollInterval{1000};
    // Poll even where hotplug is available (tests, platforms whose hotplug misbehaves).
    bool forcePolling = false;
    // Report the devices present at start() as arrivals, so a listener needs no separate scan.
    bool announcePresent = true;
};

class UsbWatcher {
public:
    using Callback = std::function<void(const UsbEvent&)>;
    // What is plugged in now (enumerateUsb in production; a scripted list in tests).
    using Lister = std::function<Result<std::vector<UsbDeviceInfo>>()>;

    // Watches the devices matching `ids` on `context`.
    UsbWatcher(std::shared_ptr<UsbContext> context, std::vector<UsbId> ids, Callback callback,
               UsbWatcherOptions options = {});
    // Polls `lister` (no hotplug): the same comparison without libusb.
    UsbWatcher(Lister lister, Callback callback, UsbWatcherOptions options = {});
    ~UsbWatcher();
    UsbWatcher(const UsbWatcher&) = delete;
    UsbWatcher& operator=(const UsbWatcher&) = delete;

    // Starts the thread. Fails when hotplug registration fails (then poll with forcePolling).
    Status start();
    void stop();
    bool running() const { return m_thread.joinable(); }
    // True when events come from libusb hotplug, false when the watcher polls.
    bool usesHotplug() const { return m_hotplug; }

private:
    void run(std::stop_token stop);
    void compareAndReport(bool announce);

    std::shared_ptr<UsbContext> m_context;  // null with a plain lister
    Lister m_lister;
    Callback m_callback;
    UsbWatcherOptions m_options;
    bool m_hotplug = false;
    int m_hotplugHandle = 0;
    std::vector<UsbDeviceInfo> m_known;
    // Set by the libusb hotplug callback (on the watcher thread, inside event handling).
    std::atomic<bool> m_changed{false};
    std::mutex m_wakeMutex;
    std::condition_variable_any m_wake;
    std::jthread m_thread;

    friend struct UsbWatcherAccess;
};

}  // namespace rescue::transport
