#include "ui/icon_resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a function in the global namespace, so it cannot be called from
// inside ours.
static void initIconResources() {
    Q_INIT_RESOURCE(icons);
}

namespace rescue::ui {

void initResources() {
    static const bool done = [] {
        initIconResources();
        return true;
    }();
    (void)done;
}

}  // namespace rescue::ui
