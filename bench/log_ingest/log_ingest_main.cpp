// log_ingest: how fast log lines go from an engine job to a visible log view, how long the
// GUI thread is ever stalled meanwhile, and what a stored line costs in memory; side by side
// with the naive way (one queued signal per line, QPlainTextEdit::appendPlainText).
//
//   log_ingest [--lines N] [--baseline-lines N] [--journal-dir DIR] [--json] [--check]
//
// The engine journals every event unless told not to; by default the benchmark turns the
// journal off so that the figures are about the GUI path (the output says which).

#include <malloc.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <optional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTableView>
#include <QTimer>

#include "core/engine/engine.h"
#include "ui/engine_bridge.h"
#include "ui/log_filter_proxy.h"
#include "ui/log_model.h"
#include "ui/log_view.h"

namespace {

using namespace std::chrono_literals;
using rescue::engine::Engine;
using rescue::engine::EngineOptions;
using rescue::engine::JobContext;
using rescue::engine::JobResult;

struct Options {
    long lines = 1'000'000;
    long baselineLines = 20'000;
    std::string journalDir;  // empty: journal off
    bool json = false;
    bool check = false;
};

struct Figures {
    std::string name;
    long lines = 0;
    double seconds = 0;
    double linesPerSecond = 0;
    double longestStallMs = 0;      // wall time between two heartbeats
    double longestStallCpuMs = 0;   // GUI-thread CPU time between two heartbeats
    double heapBytesPerLine = 0;    // mallinfo2 delta / lines: model + proxy + view
    double rssBytesPerLine = 0;     // resident set delta / lines, includes what malloc kept
    double storeBytesPerLine = -1;  // LogStore's own capacity / lines (LogView only)
    quint64 deliveries = 0;         // GUI-thread deliveries (queued calls) that carried the lines
    double longestDeliveryMs = -1;  // the longest of them (LogView only)
};

// Bytes handed out by malloc: small chunks (main arena) plus mmapped large blocks.
std::size_t heapInUse() {
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

std::size_t residentBytes() {
    std::ifstream statm("/proc/self/statm");
    std::size_t size = 0, resident = 0;
    statm >> size >> resident;
    return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

// CPU time the calling thread has used.
qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// The GUI thread's pulse: a 1 ms precise timer; the largest gap between two beats while the
// lines arrive is the longest time the GUI thread could not react to anything. On a loaded
// machine a gap also holds time the thread waited for a CPU, so the GUI thread's own CPU time
// within the worst gap is kept too: that part is ours, the rest is the machine's.
class Heartbeat {
public:
    Heartbeat() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { beat(); });
    }
    void start() {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_longest = 0;
        m_longestCpu = 0;
        m_timer.start();
    }
    void stop() {
        m_timer.stop();
        beat();
    }
    double longestGapMs() const { return static_cast<double>(m_longest) / 1e6; }
    double longestCpuMs() const { return static_cast<double>(m_longestCpu) / 1e6; }

private:
    void beat() {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        m_longest = std::max(m_longest, now - m_last);
        m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longest = 0;
    qint64 m_longestCpu = 0;
};

// The machine's 1-minute load average: the stall figures mean little without it.
double loadAverage() {
    std::ifstream in("/proc/loadavg");
    double load = -1;
    in >> load;
    return load;
}

// What a busy recovery job logs: about 60 characters, a few channels.
void logLoop(JobContext& ctx, long lines) {
    static constexpr std::string_view channels[] = {"SWD", "DA", "PROBE", "OB"};
    std::string text;
    for (long i = 0; i < lines && !ctx.cancelled(); ++i) {
        text.clear();
        fmt::format_to(std::back_inserter(text), "read 0xE000EDF0 -> 0x{:08X} (attempt {}), line {:07}",
                       static_cast<unsigned>(0x01030003u + static_cast<unsigned>(i)), i % 3 + 1, i);
        ctx.log(i % 16 == 0 ? rescue::engine::LogLevel::Debug : rescue::engine::LogLevel::Info,
                channels[i % 4], text);
    }
}

EngineOptions engineOptions(const Options& options) {
    EngineOptions e;
    e.journal = !options.journalDir.empty();
    if (e.journal)
        e.journalDir = options.journalDir;
    return e;
}

// Runs the event loop until `done` or the deadline; false on timeout.
bool runUntil(const std::function<bool()>& done, std::chrono::seconds deadline) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > std::chrono::duration_cast<std::chrono::milliseconds>(deadline).count())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

std::optional<Figures> runLogView(const Options& options) {
    Figures f;
    f.name = "LogView";
    f.lines = options.lines;

    rescue::ui::LogModel model;
    model.setMaximumRows(0);                                             // the benchmark keeps every line
    model.setNotifyInterval(rescue::ui::LogModel::kLiveNotifyInterval);  // as MainWindow does
    rescue::ui::LogView view(&model);
    view.resize(1200, 700);
    view.show();
    rescue::ui::EngineBridge bridge(engineOptions(options));
    QObject::connect(&bridge, &rescue::ui::EngineBridge::logLines, &model,
                     &rescue::ui::LogModel::appendBatch);
    const auto session = bridge.openSession(QStringLiteral("bench"));
    QCoreApplication::processEvents();

    Heartbeat heartbeat;
    const std::size_t heap0 = heapInUse();
    const std::size_t rss0 = residentBytes();
    bool ended = false;
    QObject::connect(&bridge, &rescue::ui::EngineBridge::jobEnded, [&] { ended = true; });

    heartbeat.start();
    QElapsedTimer clock;
    clock.start();
    const long lines = options.lines;
    bridge.submit(session, QStringLiteral("log loop"), [lines](JobContext& ctx) -> JobResult {
        logLoop(ctx, lines);
        return nlohmann::json{{"lines", lines}};
    });
    // The job's own lines; the engine may add a few of its own (session, state) around them.
    const auto ours = [&] { return model.rowCount() >= options.lines && ended; };
    if (!runUntil(ours, 600s)) {
        std::fprintf(stderr, "log_ingest: LogView run timed out with %d of %ld lines stored\n",
                     model.rowCount(), options.lines);
        return std::nullopt;
    }
    f.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    heartbeat.stop();
    f.longestStallMs = heartbeat.longestGapMs();
    f.longestStallCpuMs = heartbeat.longestCpuMs();
    QCoreApplication::processEvents();
    f.linesPerSecond = static_cast<double>(f.lines) / f.seconds;
    const auto stored = static_cast<double>(model.rowCount());
    f.heapBytesPerLine = static_cast<double>(heapInUse() - heap0) / stored;
    f.rssBytesPerLine = static_cast<double>(residentBytes() - rss0) / stored;
    f.storeBytesPerLine = static_cast<double>(model.store().bytesReserved()) / stored;
    f.deliveries = bridge.statistics().drains;
    f.longestDeliveryMs = static_cast<double>(bridge.statistics().longestDrainNs) / 1e6;
    if (view.proxy()->rowCount() != model.rowCount()) {
        std::fprintf(stderr, "log_ingest: the view shows %d of %d lines\n", view.proxy()->rowCount(),
                     model.rowCount());
        return std::nullopt;
    }
    return f;
}

// The naive way: one queued signal per line, appended to a QPlainTextEdit.
class NaiveForwarder : public QObject {
    Q_OBJECT
signals:
    void line(const QString& text);
};

std::optional<Figures> runBaseline(const Options& options) {
    Figures f;
    f.name = "QPlainTextEdit";
    f.lines = options.baselineLines;

    QPlainTextEdit edit;
    edit.setReadOnly(true);
    edit.resize(1200, 700);
    edit.show();
    long appended = 0;
    NaiveForwarder forwarder;
    QObject::connect(
        &forwarder, &NaiveForwarder::line, &edit,
        [&](const QString& text) {
            edit.appendPlainText(text);
            ++appended;
        },
        Qt::QueuedConnection);

    Engine engine(engineOptions(options));
    const auto session = engine.openSession("baseline");
    engine.addListener([&forwarder](const rescue::engine::Event& event) {
        if (const auto* log = std::get_if<rescue::engine::LogLine>(&event.payload); log && event.job != 0) {
            emit forwarder.line(
                QString::fromStdString(fmt::format("{} [{}] {}", event.sequence, log->channel, log->text)));
        }
    });
    QCoreApplication::processEvents();

    Heartbeat heartbeat;
    const std::size_t heap0 = heapInUse();
    const std::size_t rss0 = residentBytes();
    heartbeat.start();
    QElapsedTimer clock;
    clock.start();
    const long lines = options.baselineLines;
    engine.submit(session, "log loop", [lines](JobContext& ctx) -> JobResult {
        logLoop(ctx, lines);
        return nlohmann::json();
    });
    if (!runUntil([&] { return appended >= lines; }, 600s)) {
        std::fprintf(stderr, "log_ingest: baseline timed out with %ld of %ld lines\n", appended, lines);
        return std::nullopt;
    }
    f.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    heartbeat.stop();
    f.longestStallMs = heartbeat.longestGapMs();
    f.longestStallCpuMs = heartbeat.longestCpuMs();
    QCoreApplication::processEvents();
    f.linesPerSecond = static_cast<double>(lines) / f.seconds;
    f.heapBytesPerLine = static_cast<double>(heapInUse() - heap0) / static_cast<double>(lines);
    f.rssBytesPerLine = static_cast<double>(residentBytes() - rss0) / static_cast<double>(lines);
    f.deliveries = static_cast<quint64>(lines);
    return f;
}

nlohmann::json toJson(const Figures& f) {
    nlohmann::json j{{"name", f.name},
                     {"lines", f.lines},
                     {"seconds", f.seconds},
                     {"lines_per_second", f.linesPerSecond},
                     {"longest_gui_stall_ms", f.longestStallMs},
                     {"longest_gui_busy_cpu_ms", f.longestStallCpuMs},
                     {"heap_bytes_per_line", f.heapBytesPerLine},
                     {"rss_bytes_per_line", f.rssBytesPerLine},
                     {"gui_deliveries", f.deliveries}};
    if (f.storeBytesPerLine >= 0)
        j["store_bytes_per_line"] = f.storeBytesPerLine;
    if (f.longestDeliveryMs >= 0)
        j["longest_delivery_ms"] = f.longestDeliveryMs;
    return j;
}

bool parse(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        auto number = [&](long& out) {
            if (i + 1 >= argc)
                return false;
            char* end = nullptr;
            out = std::strtol(argv[++i], &end, 10);
            return end && *end == '\0' && out > 0;
        };
        if (a == "--json")
            o.json = true;
        else if (a == "--check")
            o.check = true;
        else if (a == "--lines") {
            if (!number(o.lines))
                return false;
        } else if (a == "--baseline-lines") {
            if (!number(o.baselineLines))
                return false;
        } else if (a == "--journal-dir" && i + 1 < argc)
            o.journalDir = argv[++i];
        else
            return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parse(argc, argv, options)) {
        std::fprintf(
            stderr,
            "usage: log_ingest [--lines N] [--baseline-lines N] [--journal-dir DIR] [--json] [--check]\n"
            "  --lines N           lines through the log view (default 1000000)\n"
            "  --baseline-lines N  lines through the QPlainTextEdit baseline (default 20000)\n"
            "  --journal-dir DIR   journal into DIR as the app does (default: journal off)\n"
            "  --json              one JSON object on stdout instead of the table\n"
            "  --check             exit 1 when a target is missed\n");
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const auto ours = runLogView(options);
    if (!ours)
        return 1;
    const auto baseline = runBaseline(options);
    if (!baseline)
        return 1;

    const double speedup = ours->linesPerSecond / baseline->linesPerSecond;
    const bool fastEnough = speedup >= 20.0;
    const bool smooth = ours->longestStallMs <= 16.0;
    // Under a sanitizer malloc is not glibc's and mallinfo2 sees nothing: judge by the store.
    const bool heapKnown = ours->heapBytesPerLine > 0;
    const double bytesPerLine = heapKnown ? ours->heapBytesPerLine : ours->storeBytesPerLine;
    const bool compact = bytesPerLine < 200.0;
    const std::string journal = options.journalDir.empty() ? "off" : "on, in " + options.journalDir;
    const std::string platform = QApplication::platformName().toStdString();
    const double load = loadAverage();
    const long cpus = sysconf(_SC_NPROCESSORS_ONLN);

    if (options.json) {
        const nlohmann::json journalJson =
            options.journalDir.empty() ? nlohmann::json(false) : nlohmann::json(options.journalDir);
        nlohmann::json out{{"benchmark", "log_ingest"},
                           {"journal", journalJson},
                           {"platform", platform},
                           {"load_average", load},
                           {"cpus", cpus},
                           {"log_view", toJson(*ours)},
                           {"baseline", toJson(*baseline)},
                           {"speedup", speedup},
                           {"targets",
                            {{"speedup_at_least_20x", fastEnough},
                             {"stall_at_most_16ms", smooth},
                             {"under_200_bytes_per_line", compact}}}};
        std::puts(out.dump(2).c_str());
    } else {
        fmt::print(
            "log_ingest: engine job (journal {}) -> EngineBridge -> LogModel -> LogFilterProxy -> "
            "visible LogView, platform {}\n",
            journal, platform);
        fmt::print(
            "baseline: one queued signal per line -> QPlainTextEdit::appendPlainText, on {} lines "
            "(fewer: it is slow)\n",
            baseline->lines);
        fmt::print("machine: {} CPUs, load average {:.1f} at the end (stalls include waiting for a CPU)\n\n",
                   cpus, load);
        fmt::print("{:<16}{:>9}{:>10}{:>9}{:>11}{:>10}{:>12}{:>8}{:>8}\n", "", "lines", "lines/s", "seconds",
                   "stall ms", "(CPU ms)", "deliveries", "heap B", "RSS B");
        for (const Figures* f : {&*ours, &*baseline})
            fmt::print("{:<16}{:>9}{:>10.0f}{:>9.2f}{:>11.1f}{:>10.1f}{:>12}{:>8.0f}{:>8.0f}\n", f->name,
                       f->lines, f->linesPerSecond, f->seconds, f->longestStallMs, f->longestStallCpuMs,
                       f->deliveries, f->heapBytesPerLine, f->rssBytesPerLine);
        fmt::print(
            "\nstall: longest gap between 1 ms heartbeats on the GUI thread; (CPU ms): the GUI thread's own "
            "CPU\n"
            "  time in its busiest gap. heap B / RSS B: per stored line, malloc delta (mallinfo2, main arena "
            "+\n"
            "  mmapped blocks: store + proxy + view) and resident-set delta.\n");
        fmt::print(
            "LogStore alone: {:.0f} bytes per line (fixed fields + UTF-8 text); longest single "
            "EngineBridge delivery: {:.1f} ms\n\n",
            ours->storeBytesPerLine, ours->longestDeliveryMs);
        fmt::print("speedup {:.0f}x (target >= 20x): {}\n", speedup, fastEnough ? "met" : "MISSED");
        fmt::print("longest GUI stall {:.1f} ms (target <= 16 ms): {}\n", ours->longestStallMs,
                   smooth ? "met" : "MISSED");
        fmt::print("{:.0f} bytes per stored line{} (target < 200): {}\n", bytesPerLine,
                   heapKnown ? "" : " (LogStore only: mallinfo2 unavailable)", compact ? "met" : "MISSED");
    }
    return options.check && !(fastEnough && smooth && compact) ? 1 : 0;
}

#include "log_ingest_main.moc"
