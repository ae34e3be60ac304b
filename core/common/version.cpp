#include "core/common/version.h"

namespace rescue {
std::string_view version() { return RESCUE_VERSION; }
}  // namespace rescue
