#include "core/common/paths.h"

#include <cstdlib>
#include <system_error>

namespace rescue {
namespace fs = std::filesystem;

namespace {
fs::path envPath(const char* name) {
    const char* v = std::getenv(name);
    return (v && *v) ? fs::path(v) : fs::path();
}

fs::path executableDir() {
    std::error_code ec;
    auto exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}
}  // namespace

fs::path userDataDir() {
    fs::path base = envPath("XDG_DATA_HOME");
    if (base.empty()) {
        fs::path home = envPath("HOME");
        base = home.empty() ? fs::temp_directory_path() : home / ".local" / "share";
    }
    fs::path dir = base / "rescue-workbench";
    std::error_code ec;
    fs::create_directories(dir, ec);
    return dir;
}

fs::path resourceDir() {
    if (auto env = envPath("RESCUE_RESOURCE_DIR"); !env.empty())
        return env;
    if (auto exe = executableDir(); !exe.empty()) {
        auto installed = exe.parent_path() / "share" / "rescue-workbench";
        std::error_code ec;
        if (fs::is_directory(installed / "devices", ec))
            return installed;
    }
    return fs::path(RESCUE_SOURCE_RESOURCE_DIR);
}

}  // namespace rescue
