#pragma once
// Internal to core/device: the section parsers behind loadCatalog(). Each throws
// detail::LoadFailure naming file, JSON path and what was expected.

#include <set>
#include <string>
#include <vector>

#include "core/device/family.h"
#include "core/device/json_cursor.h"
#include "core/device/unconfirmed.h"
#include "core/optionbytes/field_table.h"

namespace rescue::device::detail {

Family parseFamily(const JsonCursor& root);
// `stateIds` are the family's lifecycle state ids, checked against frozenIn.
optionbytes::FieldTable parseOptionTable(const JsonCursor& section, const std::set<std::string>& stateIds);
Lifecycle parseLifecycle(const JsonCursor& section, const optionbytes::FieldTable& table);
DebugAuthentication parseDebugAuthentication(const JsonCursor& section, const optionbytes::FieldTable& table);
// {"field": "TZEN", "value": "0xB4"}, checked against the table.
optionbytes::FieldCondition parseCondition(const JsonCursor& c, const optionbytes::FieldTable& table);

// Every object with "confirmed": false, with a readable path.
void collectUnconfirmed(const nlohmann::json& root, const std::string& fileName,
                        std::vector<Unconfirmed>& out);

}  // namespace rescue::device::detail
