#include "core/transport/usb_watcher.h"

#include <libusb.h>

#include <algorithm>

#include "core/transport/usb_error.h"

namespace rescue::transport {

namespace {
// How long one libusb event-handling call may block: the bound on stop()'s latency.
constexpr long kEventSliceUs = 100'000;
}  // namespace

struct UsbWatcherAccess {
    // libusb calls this from libusb_handle_events* on the watcher thread. It only marks the
    // list stale: descriptors are read outside event handling, where synchronous transfers
    // are allowed.
    static int LIBUSB_CALL onHotplug(libusb_context*, libusb_device*, libusb_hotplug_event, void* user) {
        static_cast<UsbWatcher*>(user)->m_changed = true;
        return 0;  // stay registered
    }
};

UsbWatcher::UsbWatcher(std::shared_ptr<UsbContext> context, std::vector<UsbId> ids, Callback callback,
                       UsbWatcherOptions options)
    : m_context(std::move(context)), m_callback(std::move(callback)), m_options(options) {
    m_lister = [context = m_context, ids = std::move(ids)] { return enumerateUsb(*context, ids); };
}

UsbWatcher::UsbWatcher(Lister lister, Callback callback, UsbWatcherOptions options)
    : m_lister(std::move(lister)), m_callback(std::move(callback)), m_options(options) {}

UsbWatcher::~UsbWatcher() {
    stop();
}

Status UsbWatcher::start() {
    if (m_thread.joinable())
        return {};
    m_hotplug = m_context && !m_options.forcePolling && m_context->hasHotplug();
    if (m_hotplug) {
        // One registration for all of our ids: libusb matches one VID/PID pair per callback,
        // and re-enumeration filters anyway.
        const int rc = libusb_hotplug_register_callback(
            m_context->raw(),
            static_cast<libusb_hotplug_event>(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED |
                                              LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
            LIBUSB_HOTPLUG_NO_FLAGS, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
            LIBUSB_HOTPLUG_MATCH_ANY, &UsbWatcherAccess::onHotplug, this, &m_hotplugHandle);
        if (rc != LIBUSB_SUCCESS) {
            m_hotplug = false;
            return libusbError(rc, "register for USB hotplug events");
        }
    }
    m_known.clear();
    m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
    return {};
}

void UsbWatcher::stop() {
    if (!m_thread.joinable())
        return;
    m_thread.request_stop();
    if (m_hotplug)
        libusb_interrupt_event_handler(m_context->raw());
    m_wake.notify_all();
    m_thread.join();
    if (m_hotplug) {
        libusb_hotplug_deregister_callback(m_context->raw(), m_hotplugHandle);
        m_hotplug = false;
    }
}

void UsbWatcher::run(std::stop_token stop) {
    compareAndReport(m_options.announcePresent);
    while (!stop.stop_requested()) {
        if (m_hotplug) {
            timeval slice{0, kEventSliceUs};
            libusb_handle_events_timeout_completed(m_context->raw(), &slice, nullptr);
            if (!m_changed.exchange(false))
                continue;
        } else {
            std::unique_lock lock(m_wakeMutex);
            // Returns early only when stop is requested.
            m_wake.wait_for(lock, stop, m_options.pollInterval, [] { return false; });
            if (stop.stop_requested())
                break;
        }
        compareAndReport(true);
    }
}

void UsbWatcher::compareAndReport(bool announce) {
    auto current = m_lister();
    if (!current)
        return;  // the list could not be read this time; try again on the next event or tick
    std::vector<UsbEvent> events;
    for (const UsbDeviceInfo& old : m_known)
        if (std::none_of(current->begin(), current->end(),
                         [&](const UsbDeviceInfo& d) { return d.sameDevice(old); }))
            events.push_back({UsbEvent::Kind::Left, old});
    for (const UsbDeviceInfo& now : *current)
        if (std::none_of(m_known.begin(), m_known.end(),
                         [&](const UsbDeviceInfo& d) { return d.sameDevice(now); }))
            events.push_back({UsbEvent::Kind::Arrived, now});
    m_known = std::move(*current);
    if (!announce || !m_callback)
        return;
    for (const UsbEvent& e : events)
        m_callback(e);
}

}  // namespace rescue::transport
