#include "core/sim/stm32/lab_board.h"

#include <algorithm>

namespace rescue::sim::stm32 {

LabBoard::LabBoard(std::unique_ptr<Stm32Chip> chip, BoardWiring wiring, Clock& clock)
    : m_chip(std::move(chip)), m_wiring(wiring), m_clock(clock) {
    m_chip->timeline().setStallHandler([this](Clock::TimePoint until) {
        const auto now = m_clock.now();
        if (until > now)
            m_clock.sleepFor(until - now);
        m_chip->timeline().advanceTo(std::max(until, m_clock.now()));
    });
}

LabBoard::~LabBoard() {
    m_chip->timeline().setStallHandler({});
}

void LabBoard::syncLocked() {
    const auto now = m_clock.now();
    while (!m_buttonActions.empty() && m_buttonActions.begin()->first <= now) {
        const auto [when, pressed] = *m_buttonActions.begin();
        m_buttonActions.erase(m_buttonActions.begin());
        m_chip->timeline().advanceTo(when);
        setButtonLocked(pressed);
    }
    m_chip->timeline().advanceTo(now);
}

void LabBoard::sync() {
    std::lock_guard lock(m_mutex);
    syncLocked();
}

void LabBoard::log(std::string what) {
    if (m_sink)
        m_sink({m_chip->timeline().now(), std::move(what)});
}

void LabBoard::setEventSink(std::function<void(const LabEvent&)> sink) {
    std::lock_guard lock(m_mutex);
    m_sink = std::move(sink);
}

void LabBoard::setBootRomService(std::shared_ptr<BootRomService> service) {
    std::lock_guard lock(m_mutex);
    m_chip->setBootRomService(std::move(service));
}

// ---- wire -------------------------------------------------------------------------------------

void LabBoard::lineReset() {
    std::lock_guard lock(m_mutex);
    syncLocked();
    m_chip->debugPort().lineReset();
}

SwdRead LabBoard::read(bool ap, std::uint8_t address) {
    std::lock_guard lock(m_mutex);
    syncLocked();
    return m_chip->debugPort().read(ap, address);
}

SwdAck LabBoard::write(bool ap, std::uint8_t address, std::uint32_t value) {
    std::lock_guard lock(m_mutex);
    syncLocked();
    return m_chip->debugPort().write(ap, address, value);
}

double LabBoard::targetVoltage() const {
    std::lock_guard lock(m_mutex);
    return m_chip->powered() ? m_wiring.targetVoltage : 0.0;
}

// ---- NRST, button, power ---------------------------------------------------------------------

void LabBoard::applyNrst() {
    m_chip->setNrst((m_wiring.nrstWired && m_probeNrst) || m_button);
}

void LabBoard::setProbeNrst(bool asserted) {
    std::lock_guard lock(m_mutex);
    syncLocked();
    if (asserted == m_probeNrst)
        return;
    m_probeNrst = asserted;
    if (!m_wiring.nrstWired) {
        log(asserted ? "probe drives NRST low: not wired to the chip, no effect"
                     : "probe releases NRST: not wired to the chip, no effect");
        return;
    }
    log(asserted ? "probe drives NRST low" : "probe releases NRST");
    applyNrst();
}

void LabBoard::setButtonLocked(bool pressed) {
    if (m_button == pressed)
        return;
    m_button = pressed;
    log(pressed ? "reset button pressed" : "reset button released");
    applyNrst();
}

void LabBoard::pressResetButton() {
    std::lock_guard lock(m_mutex);
    syncLocked();
    setButtonLocked(true);
}

void LabBoard::releaseResetButton() {
    std::lock_guard lock(m_mutex);
    syncLocked();
    setButtonLocked(false);
}

void LabBoard::scheduleResetButton(Clock::TimePoint when, bool pressed) {
    std::lock_guard lock(m_mutex);
    syncLocked();
    m_buttonActions.emplace(when, pressed);
    syncLocked();  // an instant already past applies at once
}

void LabBoard::powerOff() {
    std::lock_guard lock(m_mutex);
    syncLocked();
    if (!m_chip->powered())
        return;
    log("power off");
    m_chip->powerOff();
}

void LabBoard::powerOn() {
    std::lock_guard lock(m_mutex);
    syncLocked();
    if (m_chip->powered())
        return;
    log("power on");
    applyNrst();
    m_chip->powerOn();
}

void LabBoard::powerCycle() {
    std::lock_guard lock(m_mutex);
    powerOff();
    powerOn();
}

bool LabBoard::resetButtonPressed() const {
    std::lock_guard lock(m_mutex);
    return m_button;
}

bool LabBoard::probeNrstAsserted() const {
    std::lock_guard lock(m_mutex);
    return m_probeNrst;
}

}  // namespace rescue::sim::stm32
