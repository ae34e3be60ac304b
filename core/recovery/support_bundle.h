#pragma once
// A support bundle: what a support person needs to understand a wizard run, in one folder a
// person can zip and attach to a ticket. Plain files so it can be read without the workbench:
//
//   README.txt                what is inside
//   report.txt                reportText(outcome): the forum / ticket text
//   wizard.json               toJson(outcome): checks, verdicts, plan, steps, resets
//   identification.json       the probe and the board as the checks identified them
//   option-bytes-before.json  exportJson of the option bytes as first read (null when unread)
//   option-bytes-after.json   ... and as they ended
//   journal.jsonl             the engine's journal lines of the wizard's job
//
// Secrets: the journal is already redacted by the engine, and credentials never enter the
// outcome. As a second guard every file written passes through a Redactor loaded with the
// contents of `secretFiles` (the key and password files the person chose; a password file's
// password as well), so a secret that
// slipped into a text anyway is replaced by "[redacted]" instead of shipped.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/engine/event.h"
#include "core/recovery/wizard.h"

namespace rescue::recovery {

struct SupportBundleInput {
    const WizardOutcome* outcome = nullptr;
    std::filesystem::path journalFile;               // empty: no journal in the bundle
    std::optional<engine::JobId> job;                // only this job's lines; all lines when unset
    std::vector<std::filesystem::path> secretFiles;  // key, password files: their bytes never appear
};

// Writes the bundle into `directory` (created; existing files of the same names replaced).
// Returns the list of files written, relative to `directory`.
Result<std::vector<std::string>> writeSupportBundle(const SupportBundleInput& input,
                                                    const std::filesystem::path& directory);

// The identification part on its own (also in the bundle): probe, part, UID, DPIDR, lifecycle.
nlohmann::json identificationJson(const WizardOutcome& outcome);

}  // namespace rescue::recovery
