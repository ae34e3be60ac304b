#include "ui/optionbytes/ob_jobs.h"

#include <fmt/format.h>
#include <QtGlobal>

#include "core/common/clock.h"
#include "core/device/catalog.h"

namespace rescue::ui {
namespace {

namespace ob = optionbytes;

Error cancelledBefore(const std::string& what) {
    return makeError("engine.cancelled", "Cancelled before " + what + ": nothing was written to the chip.");
}

// One opened probe with its target; detached whatever happens.
struct ObRun {
    std::unique_ptr<probe::DebugProbe> probe;
    std::optional<ob::ObTarget> target;
    Clock::TimePoint start{};
    std::uint64_t tripsAtStart = 0;

    Status open(engine::JobContext& ctx, ProbeWorkspace& workspace, const std::string& uri) {
        auto catalog = device::sharedCatalog();
        if (!catalog)
            return catalog.error();
        ctx.progress(-1.0, fmt::format("Opening {}", uri));
        auto opened = workspace.open(ctx, uri);
        if (!opened)
            return opened.error();
        probe = std::move(*opened);
        start = probe->clock().now();
        tripsAtStart = probe->counters().roundTrips;
        return readAgain(ctx);
    }

    Status readAgain(engine::JobContext& ctx) {
        ctx.progress(-1.0, QT_TRANSLATE_NOOP("Progress", "Reading the option bytes"));
        auto t = ob::openObTarget(*probe, (target ? target->catalog : device::sharedCatalog().value()));
        if (!t)
            return t.error();
        target = std::move(*t);
        return {};
    }

    engine::JobResult fail(engine::JobContext& ctx, Error error) {
        ctx.log(engine::LogLevel::Error, engine::channel::Ob, error.message,
                {{"code", error.code}, {"hint", error.hint}});
        if (probe)
            (void)probe->detach();
        return error;
    }

    engine::JobResult finish() {
        nlohmann::json r = nlohmann::json::object();
        if (probe) {
            r["round_trips"] = probe->counters().roundTrips - tripsAtStart;
            r["elapsed_ms"] = toMilliseconds(probe->clock().now() - start);
            r["lab"] = probe->info().transport == "lab";
            (void)probe->detach();
        }
        return r;
    }
};

}  // namespace

engine::JobFunction makeObReadJob(std::shared_ptr<ProbeWorkspace> workspace, std::string uri,
                                  std::shared_ptr<ObJobOutput> out) {
    return [workspace = std::move(workspace), uri = std::move(uri),
            out = std::move(out)](engine::JobContext& ctx) -> engine::JobResult {
        ObRun run;
        if (Status s = run.open(ctx, *workspace, uri); !s)
            return run.fail(ctx, s.error());
        ctx.info(engine::channel::Ob, fmt::format("Option bytes read from {} ({}, {}).", uri,
                                                  run.target->deviceName, run.target->lifecycle));
        out->target = std::move(run.target);
        return run.finish();
    };
}

engine::JobFunction makeObChangeJob(std::shared_ptr<ProbeWorkspace> workspace, ObChangeJob job,
                                    std::shared_ptr<ObJobOutput> out) {
    return [workspace = std::move(workspace), job = std::move(job),
            out = std::move(out)](engine::JobContext& ctx) -> engine::JobResult {
        ObRun run;
        if (Status s = run.open(ctx, *workspace, job.uri); !s)
            return run.fail(ctx, s.error());
        // The change was made over what the editor read; a chip that moved on since then
        // (another tool, a DA regression) gets it read again first, not overwritten blindly.
        if (!(run.target->image == job.request.current))
            return run.fail(ctx, makeError("ob.changed-since-read",
                                           "The chip's option bytes changed since they were read: nothing "
                                           "was written.",
                                           "Read them again, then make the change over what is there now."));
        ob::ObChangeOperation op(*run.probe, *run.target, job.request, job.knownDa);
        ctx.progress(-1.0, QT_TRANSLATE_NOOP("Progress", "Checking the change"));
        out->preview = op.preview();
        out->da = op.daLook();
        if (out->preview->da)
            ctx.info(engine::channel::Ob, "DA configuration: " + out->preview->da->seen);
        if (!job.write)
            return run.finish();
        // The last point where Cancel leaves the chip as it was.
        if (ctx.cancelled())
            return run.fail(ctx, cancelledBefore("programming"));
        ctx.progress(-1.0, QT_TRANSLATE_NOOP("Progress", "Programming the option bytes"), false);
        auto done = op.run(job.confirmations);
        if (!done)
            return run.fail(ctx, done.error());
        for (const auto& c : done->program.checks)
            ctx.info(engine::channel::Ob,
                     fmt::format("verify {} expected {}, found {}{}", c.field, c.expectedText, c.foundText,
                                 c.matches() ? "" : " (mismatch)"));
        out->written = std::move(*done);
        if (Status s = run.readAgain(ctx); !s)
            ctx.warning(engine::channel::Ob,
                        "The option bytes could not be read again: " + s.error().message);
        else
            out->target = run.target;
        return run.finish();
    };
}

engine::JobFunction makeObEraseJob(std::shared_ptr<ProbeWorkspace> workspace, std::string uri,
                                   optionbytes::EraseRequest request, std::shared_ptr<ObJobOutput> out) {
    return [workspace = std::move(workspace), uri = std::move(uri), request,
            out = std::move(out)](engine::JobContext& ctx) -> engine::JobResult {
        ObRun run;
        if (Status s = run.open(ctx, *workspace, uri); !s)
            return run.fail(ctx, s.error());
        if (ctx.cancelled())
            return run.fail(ctx, cancelledBefore("erasing"));
        ctx.progress(-1.0, QT_TRANSLATE_NOOP("Progress", "Erasing"), false);
        ob::ObEraseOperation op(*run.probe, *run.target, request, uri);
        auto done = op.run();
        if (!done)
            return run.fail(ctx, done.error());
        ctx.info(engine::channel::Ob, fmt::format("Flash erased in {:.1f} ms.", done->milliseconds));
        out->erased = *done;
        return run.finish();
    };
}

}  // namespace rescue::ui
