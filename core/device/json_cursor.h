#pragma once
// Internal to the catalog loaders: a position in a parsed catalog file that knows its file
// name and JSON path, so every complaint says where it is and what was expected. Readers
// throw LoadFailure; the loader's entry point turns it into an Error (Result), so no
// exception ever leaves core/device.
//
// Values the reference marks as unconfirmed may be written as a "value object":
//   {"value": <v>, "confirmed": false, "source": "...", "note": "...", "alternatives": [...]}
// Scalar and array readers look through such an object transparently.

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/common/error.h"

namespace rescue::device::detail {

struct LoadFailure {
    Error error;
};

class JsonCursor {
public:
    JsonCursor(const nlohmann::json& node, std::shared_ptr<const std::string> file, std::string pointer = {},
               std::string context = {});

    const std::string& file() const { return *m_file; }
    // JSON pointer of this node, "/optionBytes/fields/3/lsb"; "" for the document root.
    const std::string& pointer() const { return m_pointer; }

    bool has(std::string_view key) const;               // present and not null
    JsonCursor operator[](std::string_view key) const;  // required member
    std::optional<JsonCursor> optional(std::string_view key) const;

    bool isNull() const;
    bool isString() const;       // after looking through a value object
    bool isValueObject() const;  // {"value": ..., "confirmed": ...}
    // Alternatives listed in a value object (empty for a plain value).
    std::vector<JsonCursor> alternatives() const;

    std::string str() const;            // non-empty string
    std::string strOrEmpty() const;     // string, may be empty
    std::uint32_t u32() const;          // JSON number or "0x..." string
    unsigned uint(unsigned max) const;  // JSON number 0..max
    bool boolean() const;
    std::vector<JsonCursor> array() const;                            // required array
    std::vector<JsonCursor> stringOrArray() const;                    // "x" or ["x", "y"]
    std::vector<std::pair<std::string, JsonCursor>> members() const;  // required object

    // Refuses keys other than these (plus "source", "note", "confirmed"): a misspelt
    // optional key would otherwise be ignored without a word.
    void allowOnly(std::initializer_list<std::string_view> keys) const;

    [[noreturn]] void fail(std::string code, std::string problem) const;
    [[noreturn]] void expected(std::string_view what) const;

private:
    const nlohmann::json& valueNode() const;  // looks through a value object
    std::string valuePointer() const;
    std::string describeFound() const;

    const nlohmann::json* m_node;
    std::shared_ptr<const std::string> m_file;
    std::string m_pointer;
    std::string m_context;  // the nearest enclosing "name"/"id"/"line", for messages
};

}  // namespace rescue::device::detail
