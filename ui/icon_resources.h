#pragma once
// rescue-ui is a static library: the linker drops its compiled-in resources (icons) unless
// something references them, so every entry point calls this once before using an icon.

namespace rescue::ui {

void initResources();

}  // namespace rescue::ui
