#include "app/cli/cli_app.h"

#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "app/cli/cli_output.h"
#include "app/cli/cli_probe.h"
#include "app/cli/commands.h"
#include "app/cli/cube_args.h"
#include "app/cli/exit_codes.h"
#include "core/common/version.h"

namespace rescue::cli {

int run(int argc, char** argv) {
    return run(argc, argv, std::cout, std::cerr);
}

int run(int argc, char** argv, std::ostream& out, std::ostream& err) {
    CLI::App app{
        "rescue: recover STM32H5 / STM32H7RS boards stuck after Debug Authentication\n"
        "provisioning or a product-state change. Without a probe attached, every command\n"
        "can run on the built-in virtual lab (--probe lab:NAME).",
        "rescue"};
    app.set_version_flag("--version", std::string("rescue ") + std::string(version()));
    app.footer(
        std::string("\n") + exitCodeHelp +
        "\nProbe URIs: usb, stlink:SERIAL, cmsis-dap[:SERIAL], stlink-tcp://HOST:PORT[/SERIAL], lab:NAME, "
        "lab:FILE.json or replay:FILE (a recorded session)\n");
    app.require_subcommand(1);

    CliState state;
    app.add_flag("--json", state.json, "Print one JSON object on stdout instead of human output");
    // Let `rescue da discover --json` work as well as `rescue --json da discover`.
    app.fallthrough();

    registerCommands(app, state);

    CliOutput output(out, err);
    // STM32CubeProgrammer's `-c port=SWD ... debugauth=N` style becomes `da discover|auth`.
    std::vector<std::string> translated;
    std::vector<char*> translatedArgv;
    if (auto cube = translateCubeArgs(std::vector<std::string>(argv, argv + argc))) {
        if (!*cube) {
            output.setJson(std::find(argv, argv + argc, std::string("--json")) != argv + argc);
            output.fail(cube->error());
            return output.finish(Usage);
        }
        translated = std::move(**cube);
        for (auto& a : translated)
            translatedArgv.push_back(a.data());
        argc = static_cast<int>(translatedArgv.size());
        argv = translatedArgv.data();
    }
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return Done;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return Done;
    } catch (const CLI::CallForVersion&) {
        out << app.version() << '\n';
        return Done;
    } catch (const CLI::ParseError& e) {
        // CLI11 applies --json only once the whole line parsed: look for it here.
        output.setJson(state.json || std::find(argv + 1, argv + argc, std::string("--json")) != argv + argc);
        std::string message = e.what();
        // "A subcommand is required" for `rescue --frobnicate` or `rescue frobnicate`: name it.
        if (app.get_subcommands().empty())
            for (int i = 1; i < argc; ++i)
                if (std::string_view(argv[i]) != "--json") {
                    message = std::string("'") + argv[i] + "' is not a command or an option of rescue.";
                    break;
                }
        output.fail(makeError("cli.usage", message, "Run `rescue --help` for the commands and options."));
        return output.finish(Usage);
    }
    output.setJson(state.json);
    if (!state.action) {
        output.fail(makeError("cli.usage", "No command was given.", "Run `rescue --help`."));
        return output.finish(Usage);
    }
    try {
        const int code = state.action(output);
        reportRecording(output);
        return output.finish(code);
    } catch (const std::exception& e) {
        // A bug, not a user error: say so plainly rather than crash without a word.
        output.fail(makeError("cli.internal", std::string("Internal error: ") + e.what(),
                              "Please report this with the journal file from the data directory."));
        return output.finish(TargetSaidNo);
    }
}

}  // namespace rescue::cli
