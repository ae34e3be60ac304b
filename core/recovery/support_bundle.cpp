#include "core/recovery/support_bundle.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "core/auth/password.h"
#include "core/common/bytes.h"
#include "core/engine/redactor.h"

namespace rescue::recovery {
namespace fs = std::filesystem;
namespace {

Error writeError(const fs::path& file, const std::string& why) {
    return makeError("recovery.bundle-write",
                     fmt::format("The support bundle could not write {}.", file.string()),
                     "Choose a folder you can write to, with some free space.")
        .with("reason", why);
}

Status writeText(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out)
        return writeError(file, "write failed");
    return {};
}

std::optional<std::string> readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The job's lines of the journal, each passed through the redactor.
Result<std::string> journalLines(const SupportBundleInput& input, const engine::Redactor& redactor) {
    std::ifstream in(input.journalFile, std::ios::binary);
    if (!in)
        return makeError(
            "recovery.bundle-journal",
            fmt::format("The journal {} could not be read.", input.journalFile.string()),
            "The bundle is written without it; attach the journal from the workbench's data folder.");
    std::string out, line;
    while (std::getline(in, line)) {
        if (input.job) {
            const auto j = nlohmann::json::parse(line, nullptr, false);
            if (j.is_discarded() || !j.is_object() || j.value("job", engine::JobId{0}) != *input.job)
                continue;
        }
        out += redactor.redact(line);
        out += '\n';
    }
    return out;
}

const char* kReadme =
    "Rescue Workbench support bundle\n"
    "\n"
    "report.txt                the wizard's report (the text for a forum post or a ticket)\n"
    "wizard.json               checks with evidence, verdicts, plan, steps and reset tries\n"
    "identification.json       the probe and the board as the checks identified them\n"
    "option-bytes-before.json  the option bytes as first read (null when they could not be read)\n"
    "option-bytes-after.json   the option bytes as they ended (null when not read again)\n"
    "journal.jsonl             every event of the wizard's run, one JSON object per line\n"
    "\n"
    "No private key, password or passphrase is in these files.\n";

}  // namespace

nlohmann::json identificationJson(const WizardOutcome& o) {
    const auto& f = o.diagnosis.facts;
    nlohmann::json j;
    j["probe"] = {{"uri", f.probeUri},
                  {"model", f.probeModel},
                  {"serial", f.probeSerial},
                  {"firmware", f.probeFirmware}};
    j["voltage"] = f.voltage ? nlohmann::json(*f.voltage) : nlohmann::json();
    j["dpidr"] = f.dpidr ? nlohmann::json(hex32(*f.dpidr)) : nlohmann::json();
    j["dp_mode"] = f.dpMode;
    j["device"] = f.deviceName;
    j["dev_id"] = fmt::format("0x{:03X}", f.devId);
    j["uid"] = f.uid ? nlohmann::json(*f.uid) : nlohmann::json();
    j["lifecycle"] = f.lifecycle;
    j["lifecycle_source"] = f.lifecycleSource;
    j["nrst"] = device::toString(f.nrst);
    j["ap0_answers"] = f.ap0Answers;
    j["core_ap_answers"] = f.coreApAnswers;
    j["da_provisioned"] = f.daProvisioned ? nlohmann::json(*f.daProvisioned) : nlohmann::json();
    j["da_permissions"] = f.daPermissions;
    return j;
}

Result<std::vector<std::string>> writeSupportBundle(const SupportBundleInput& input,
                                                    const fs::path& directory) {
    if (!input.outcome)
        return makeError("recovery.bundle-empty", "There is no wizard run to put in a support bundle.",
                         "Run the wizard first.");
    std::error_code ec;
    fs::create_directories(directory, ec);
    if (ec)
        return writeError(directory, ec.message());

    engine::Redactor redactor;
    for (const auto& file : input.secretFiles) {
        if (file.empty())
            continue;
        if (auto bytes = readAll(file)) {
            redactor.add(std::string_view(*bytes));  // a PEM key registers its body, DER and scalar too
            std::fill(bytes->begin(), bytes->end(), '\0');  // the file's content is the secret
        }
        if (auto pw = auth::loadPasswordFile(file))  // a password.bin holds the password in a TLV
            redactor.add(pw->password.view());
    }

    const WizardOutcome& o = *input.outcome;
    std::vector<std::pair<std::string, std::string>> files = {
        {"README.txt", kReadme},
        {"report.txt", reportText(o)},
        {"wizard.json", toJson(o).dump(2)},
        {"identification.json", identificationJson(o).dump(2)},
        {"option-bytes-before.json", o.optionBytesBefore.dump(2)},
        {"option-bytes-after.json", o.optionBytesAfter.dump(2)},
    };
    if (!input.journalFile.empty()) {
        auto journal = journalLines(input, redactor);
        files.emplace_back("journal.jsonl", journal ? *journal : journal.error().describe() + "\n");
    }
    std::vector<std::string> written;
    for (auto& [name, text] : files) {
        if (Status s = writeText(directory / name, redactor.redact(text)); !s)
            return s.error();
        written.push_back(name);
    }
    return written;
}

}  // namespace rescue::recovery
