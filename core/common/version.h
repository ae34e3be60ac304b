#pragma once
#include <string_view>

namespace rescue {
std::string_view version();
}
