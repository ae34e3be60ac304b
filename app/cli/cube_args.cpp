#include "app/cli/cube_args.h"

#include <algorithm>

#include <fmt/format.h>

namespace rescue::cli {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

Error cubeError(const std::string& word, const std::string& why) {
    return makeError("cli.usage", fmt::format("The STM32CubeProgrammer argument '{}' {}.", word, why),
                     "Use `rescue da discover|auth --probe URI ...` (see `rescue da --help`).");
}

}  // namespace

std::optional<Result<std::vector<std::string>>> translateCubeArgs(const std::vector<std::string>& args) {
    const bool cube = std::any_of(args.begin(), args.end(),
                                  [](const std::string& a) { return lower(a).starts_with("debugauth="); });
    if (!cube)
        return std::nullopt;
    std::string mode, probe, per, key, cert, pwd;
    bool json = false, yes = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        const auto eq = a.find('=');
        const std::string name = lower(a.substr(0, eq));
        const std::string value = eq == std::string::npos ? std::string() : a.substr(eq + 1);
        if (a == "-c" || a == "--connect")
            continue;
        if (a == "--json") {
            json = true;
        } else if (a == "--yes") {
            yes = true;
        } else if (name == "debugauth") {
            if (value == "1")
                mode = "auth";
            else if (value == "2")
                mode = "discover";
            else
                return Result<std::vector<std::string>>(
                    cubeError(a,
                              "asks for a DA operation this command does not do (1 = authenticate, 2 = "
                              "discovery)"));
        } else if (name == "port") {
            if (lower(value) != "swd")
                return Result<std::vector<std::string>>(cubeError(a, "names a port other than SWD"));
        } else if (name == "sn") {
            probe = "stlink:" + value;
        } else if (name == "probe") {
            probe = value;  // extension: any probe URI (lab:NAME in tests)
        } else if (name == "per") {
            per = value;
        } else if (name == "key") {
            key = value;
        } else if (name == "cert") {
            cert = value;
        } else if (name == "pwd") {
            pwd = value;
        } else if (name == "speed" || name == "freq" || name == "mode" || name == "ap" || name == "reset" ||
                   name == "index") {
            continue;  // connection tuning: the DA session connects its own way
        } else {
            return Result<std::vector<std::string>>(cubeError(a, "is not understood here"));
        }
    }
    std::vector<std::string> out{args.empty() ? std::string("rescue") : args.front()};
    if (json)
        out.push_back("--json");
    out.insert(out.end(), {"da", mode, "--probe", probe.empty() ? std::string("usb") : probe});
    if (mode == "auth") {
        if (!key.empty())
            out.insert(out.end(), {"--key", key});
        if (!cert.empty())
            out.insert(out.end(), {"--cert", cert});
        if (!pwd.empty())
            out.insert(out.end(), {"--password", pwd});
        // A password authenticates for Full Regression only; Cube's scripts give no per= then.
        if (!per.empty())
            out.insert(out.end(),
                       {"--permission", per.size() == 1 && std::isalpha(static_cast<unsigned char>(per[0]))
                                            ? "cube:" + lower(per)
                                            : per});
        else
            out.insert(out.end(), {"--permission", "full-regression"});
        if (yes)
            out.push_back("--yes");
    }
    return Result<std::vector<std::string>>(std::move(out));
}

}  // namespace rescue::cli
