#include "ui/da_jobs.h"

#include <fmt/format.h>

#include "core/auth/certificate_chain.h"
#include "core/auth/password.h"
#include "core/common/clock.h"
#include "core/device/catalog.h"

namespace rescue::ui {
namespace {

using nlohmann::json;

std::string_view phaseName(auth::DaProgress::Phase phase) {
    switch (phase) {
        case auth::DaProgress::Phase::Started:
            return "started";
        case auth::DaProgress::Phase::Done:
            return "done";
        case auth::DaProgress::Phase::Failed:
            return "failed";
    }
    return "started";
}

// The session's steps as DA log lines the panel follows (see the header).
auth::DaObserver observerFor(engine::JobContext& ctx) {
    return [&ctx](const auth::DaProgress& p) {
        const std::string title(auth::stepTitle(p.step));
        const json fields{{"da_step", std::string(auth::stepId(p.step))},
                          {"title", title},
                          {"phase", std::string(phaseName(p.phase))},
                          {"detail", p.detail},
                          {"elapsed_ms", p.elapsedMs},
                          {"round_trips", p.roundTrips}};
        switch (p.phase) {
            case auth::DaProgress::Phase::Started:
                // A granted action (the regression's erase and reboot) runs on the chip
                // whatever the host does: Cancel waits for it.
                ctx.progress(-1.0, title, p.step != auth::DaStep::FollowAction);
                ctx.log(engine::LogLevel::Debug, engine::channel::Da, title + "…", fields);
                break;
            case auth::DaProgress::Phase::Done:
                ctx.log(engine::LogLevel::Info, engine::channel::Da,
                        fmt::format("{:.1f} ms  {}{}", p.elapsedMs, title,
                                    p.detail.empty() ? "" : ": " + p.detail),
                        fields);
                break;
            case auth::DaProgress::Phase::Failed:
                ctx.log(engine::LogLevel::Error, engine::channel::Da,
                        fmt::format("{} failed: {}", title, p.detail), fields);
                break;
        }
    };
}

json discoveryJson(const auth::DaDiscovery& d, std::optional<auth::DaFamily> family) {
    json lines = json::array();
    for (const auto& l : d.lines)
        lines.push_back({{"label", l.label}, {"value", l.value}, {"text", auth::formatDiscoveryLine(l)}});
    json offered = json::array();
    auto offer = [&](int bit, std::string id, std::string label) {
        const std::string consequence =
            family ? auth::erasingConsequence(*family, auth::PermissionMask::fromBits({bit})) : std::string();
        offered.push_back(
            {{"bit", bit}, {"id", std::move(id)}, {"label", std::move(label)}, {"consequence", consequence}});
    };
    for (const auto& o : d.offered)
        offer(o.bit, o.id, o.label);
    // A chip that lists nothing (password chips such as the H503) still grants what its
    // provisioning allows: the family's permissions are offered, marked as not listed.
    const bool listed = !d.offered.empty();
    if (!listed && family)
        for (const auto& p : auth::stPermissions(*family))
            offer(p.bit, std::string(p.id), std::string(p.displayName));
    return json{{"lines", std::move(lines)},
                {"raw", toHex(d.raw)},
                {"offered", std::move(offered)},
                {"listed_by_chip", listed}};
}

// One opened probe and a session on it; the probe is detached whatever happens.
struct SessionRun {
    std::unique_ptr<probe::DebugProbe> probe;
    std::unique_ptr<auth::DaSession> session;
    json result = json::object();

    Status open(engine::JobContext& ctx, ProbeWorkspace& workspace, const std::string& uri) {
        auto catalog = device::sharedCatalog();
        if (!catalog)
            return catalog.error();
        ctx.progress(-1.0, fmt::format("Opening {}", uri));
        auto opened = workspace.open(ctx, uri);
        if (!opened)
            return opened.error();
        probe = std::move(*opened);
        result["probe"] = probeInfoToJson(probe->info());
        auth::DaSessionOptions options;
        options.observer = observerFor(ctx);
        options.stopRequested = [&ctx] { return ctx.cancelled(); };
        session = std::make_unique<auth::DaSession>(*probe, *catalog, std::move(options));
        return {};
    }

    std::optional<auth::DaFamily> daFamily() const { return session ? session->daFamily() : std::nullopt; }

    void addFigures() {
        if (!session)
            return;
        result["round_trips"] = session->roundTrips();
        result["elapsed_ms"] = toMilliseconds(session->elapsed());
        result["lab"] = probe->info().transport == "lab";
        result["family"] = session->family() ? session->family()->name : std::string();
        const auto fam = daFamily();
        result["da_family"] = fam ? daFamilyId(*fam) : std::string();
    }

    // The error goes to the log with its step, code and hint (the panel shows the same).
    engine::JobResult fail(engine::JobContext& ctx, Error error) {
        addFigures();
        json evidence = json::array();
        for (const auto& e : error.evidence)
            evidence.push_back({{"name", e.name}, {"value", e.value}});
        ctx.log(engine::LogLevel::Error, engine::channel::Da, error.message,
                {{"code", error.code}, {"evidence", evidence}, {"hint", error.hint}});
        if (probe)
            (void)probe->detach();
        return error;
    }

    engine::JobResult finish() {
        addFigures();
        if (probe)
            (void)probe->detach();
        return result;
    }
};

}  // namespace

std::string daFamilyId(auth::DaFamily family) {
    return family == auth::DaFamily::Stm32H5 ? "h5" : "h7rs";
}

Result<auth::DaCredentials> loadDaCredentials(const DaCredentialFiles& files,
                                              const auth::PassphraseProvider& passphrase) {
    if (files.method == DaCredentialFiles::Method::Password) {
        if (files.passwordFile.empty())
            return makeError("ui.da.no-password", "No password file is chosen.",
                             "Choose ST's password.bin or a file holding the raw password.");
        auto pw = auth::loadPasswordFile(files.passwordFile);
        if (!pw)
            return pw.error();
        return auth::DaCredentials(auth::PasswordCredentials{pw->password});
    }
    if (files.keyFile.empty() || files.chainFile.empty())
        return makeError(
            "ui.da.no-certificate", "The certificate method needs a private key and a chain.",
            "Choose the leaf key (key_3_leaf.pem) and the chain, root first (cert_leaf_chain.b64).");
    auto chain = auth::loadChainFile(files.chainFile);
    if (!chain)
        return chain.error();
    auto key = auth::PrivateKey::loadFile(files.keyFile, passphrase);
    if (!key)
        return key.error();
    return auth::DaCredentials(
        auth::CertificateCredentials{chain->chain, std::make_shared<auth::PrivateKey>(std::move(*key))});
}

DaVerifyResult verifyDaCredentials(const DaCredentialFiles& files, const auth::PassphraseProvider& passphrase,
                                   std::optional<auth::DaFamily> family, std::optional<int> permissionBit) {
    DaVerifyResult out;
    auth::CredentialCheckInput in;
    in.family = family;
    if (permissionBit) {
        in.requested = auth::PermissionMask::fromBits({*permissionBit});
        in.requestedName = std::to_string(*permissionBit);
        if (family)
            if (const auto* p = auth::findStPermission(*family, *permissionBit))
                in.requestedName = std::string(p->id);
    }
    if (files.method == DaCredentialFiles::Method::Password) {
        if (files.passwordFile.empty()) {
            out.inputError = makeError("ui.da.no-password", "No password file is chosen.",
                                       "Choose ST's password.bin or a file holding the raw password.");
            return out;
        }
        auto pw = auth::loadPasswordFile(files.passwordFile);
        if (!pw) {
            out.inputError = pw.error();
            return out;
        }
        in.passwordHash = auth::passwordHash(pw->password.view());
    } else {
        if (files.chainFile.empty()) {
            out.inputError = makeError("ui.da.no-certificate", "No certificate chain is chosen.",
                                       "Choose the chain, root first (cert_leaf_chain.b64).");
            return out;
        }
        auto chain = auth::loadChainFile(files.chainFile);
        if (!chain) {
            out.inputError = chain.error();
            return out;
        }
        in.chain = chain->chain;
        if (!files.keyFile.empty()) {
            auto key = auth::PrivateKey::loadFile(files.keyFile, passphrase);
            if (!key) {
                out.inputError = key.error();
                return out;
            }
            in.signingKey = key->publicKey();
        }
    }
    out.report = auth::checkCredentials(in);
    return out;
}

engine::JobFunction makeDaDiscoverJob(std::shared_ptr<ProbeWorkspace> workspace, std::string uri) {
    return [workspace = std::move(workspace),
            uri = std::move(uri)](engine::JobContext& ctx) -> engine::JobResult {
        SessionRun run;
        ctx.info(engine::channel::Da, fmt::format("Debug Authentication discovery on {}.", uri));
        if (Status s = run.open(ctx, *workspace, uri); !s)
            return run.fail(ctx, s.error());
        if (Status s = run.session->open(); !s)
            return run.fail(ctx, s.error());
        auto d = run.session->discover();
        if (!d)
            return run.fail(ctx, d.error());
        run.result["discovery"] = discoveryJson(*d, run.daFamily());
        for (const auto& l : d->lines)
            ctx.info(engine::channel::Da, "discovery: " + auth::formatDiscoveryLine(l));
        return run.finish();
    };
}

engine::JobFunction makeDaAuthJob(std::shared_ptr<ProbeWorkspace> workspace, DaAuthRequest request) {
    return [workspace = std::move(workspace),
            request = std::move(request)](engine::JobContext& ctx) -> engine::JobResult {
        // A password, or the key's PEM form (body, DER, scalar), is redacted from every event
        // while the job holds it.
        std::optional<engine::ScopedSecret> secret;
        const auto* password = std::get_if<auth::PasswordCredentials>(&request.credentials);
        const auto* certificate = std::get_if<auth::CertificateCredentials>(&request.credentials);
        if (password && ctx.redactor())
            secret.emplace(*ctx.redactor(), password->password.view());
        if (certificate && certificate->leafKey && ctx.redactor()) {
            const auth::SecretBytes pem = certificate->leafKey->toPkcs8Pem();
            secret.emplace(*ctx.redactor(), pem.view());
        }

        SessionRun run;
        ctx.info(engine::channel::Da,
                 fmt::format("Debug Authentication on {} with {}, permission bit {}.", request.uri,
                             password == nullptr ? "certificates" : "a password", request.permissionBit));
        run.result["method"] = password == nullptr ? "certificate" : "password";
        if (Status s = run.open(ctx, *workspace, request.uri); !s)
            return run.fail(ctx, s.error());
        if (Status s = run.session->open(); !s)
            return run.fail(ctx, s.error());
        auto d = run.session->discover();
        if (!d)
            return run.fail(ctx, d.error());
        run.result["discovery"] = discoveryJson(*d, run.daFamily());

        const auto requested = auth::PermissionMask::fromBits({request.permissionBit});
        run.result["requested"] = requested.toShortHex();
        const auto fam = run.daFamily();
        const std::string consequence = fam ? auth::erasingConsequence(*fam, requested) : std::string();
        run.result["consequence"] = consequence;
        if (!consequence.empty())
            ctx.warning(engine::channel::Da, consequence);

        auto outcome = run.session->authenticate(request.credentials, requested);
        if (!outcome)
            return run.fail(ctx, outcome.error());
        run.result["state_before"] = outcome->stateBefore;
        run.result["state_after"] = outcome->stateAfter;
        run.result["ap1_open"] = outcome->ap1Open;
        run.result["notes"] = outcome->notes;
        ctx.info(engine::channel::Da, outcome->stateAfter.empty()
                                          ? std::string("Authentication successful.")
                                          : fmt::format("Authentication successful: {} -> {}.",
                                                        outcome->stateBefore, outcome->stateAfter));
        for (const auto& n : outcome->notes)
            ctx.info(engine::channel::Da, n);
        ctx.state("target", outcome->stateAfter.empty() ? "authenticated" : outcome->stateAfter,
                  run.session->family() ? run.session->family()->name : std::string());
        return run.finish();
    };
}

}  // namespace rescue::ui
