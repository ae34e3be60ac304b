// `rescue errors`: the error catalogue, for a person who has a code in front of them and for
// the user guide's troubleshooting table.
//   errors                  every code with its title, cause and fix
//   errors CODE             one code (exit 2 when the catalogue has no such code)
//   errors --markdown       the guide's table (docs/user-guide.md, checked by a test)
#include <CLI/CLI.hpp>

#include "app/cli/cli_app.h"
#include "app/cli/cli_output.h"
#include "app/cli/commands.h"
#include "app/cli/exit_codes.h"
#include "core/common/error_catalogue.h"

namespace rescue::cli {
namespace {

struct ErrorsArgs {
    std::string code;
    bool markdown = false;
};

nlohmann::json entryJson(const ErrorCatalogueEntry& e) {
    return {{"code", e.code}, {"title", e.title}, {"cause", e.cause}, {"fix", e.fix}};
}

void printEntry(CliOutput& out, const ErrorCatalogueEntry& e) {
    out.line(std::string(e.code) + "  " + std::string(e.title));
    out.line("  cause: " + std::string(e.cause));
    out.line("  fix:   " + std::string(e.fix));
}

int listErrors(CliOutput& out, const ErrorsArgs& args) {
    if (!args.code.empty()) {
        const ErrorCatalogueEntry* e = findErrorEntry(args.code);
        if (!e) {
            out.fail(makeError("cli.unknown-error-code", "No error has the code \"" + args.code + "\".",
                               "Run `rescue errors` for the list; a code looks like probe.timeout."));
            return ExitCode::Usage;
        }
        out.data()["errors"] = nlohmann::json::array({entryJson(*e)});
        printEntry(out, *e);
        return ExitCode::Done;
    }
    auto& list = out.data()["errors"] = nlohmann::json::array();
    if (args.markdown && !out.json()) {
        std::string table = errorCatalogueMarkdown();
        table.pop_back();  // line() ends it
        out.line(table);
        return ExitCode::Done;
    }
    for (const ErrorCatalogueEntry& e : errorCatalogue()) {
        list.push_back(entryJson(e));
        printEntry(out, e);
    }
    return ExitCode::Done;
}

}  // namespace

void addErrorsCommand(CLI::App& app, CliState& state) {
    auto args = std::make_shared<ErrorsArgs>();
    auto* errors =
        app.add_subcommand("errors", "Explain an error code: what it means, its usual cause and the fix");
    errors->add_option("code", args->code,
                       "One code, as printed in brackets after an error (e.g. probe.timeout)");
    errors->add_flag("--markdown", args->markdown, "Print the troubleshooting table of the user guide");
    errors->callback(
        [&state, args] { state.action = [args](CliOutput& out) { return listErrors(out, *args); }; });
}

}  // namespace rescue::cli
