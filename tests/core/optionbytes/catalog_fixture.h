#pragma once
// The shipped catalog, loaded once per test binary from the source tree.

#include <QtTest>

#include "core/device/catalog.h"

namespace rescue::test {

inline std::shared_ptr<const device::Catalog> shippedCatalog() {
    static auto loaded =
        device::loadCatalog(std::filesystem::path(RESCUE_SOURCE_DIR) / "resources" / "devices");
    if (!loaded)
        qFatal("catalog: %s", loaded.error().describe().c_str());
    return *loaded;
}

inline std::shared_ptr<const device::Family> family(const QString& id) {
    auto f = shippedCatalog()->family(id.toStdString());
    if (!f)
        qFatal("no family %s", qPrintable(id));
    return f;
}

inline device::Part part(const QString& number) {
    auto p = shippedCatalog()->resolvePart(number.toStdString());
    if (!p)
        qFatal("%s", p.error().describe().c_str());
    return *p;
}

}  // namespace rescue::test
