#include "core/device/json_cursor.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "core/device/names.h"

namespace rescue::device::detail {

namespace {
constexpr std::array<std::string_view, 5> kValueObjectKeys{"value", "confirmed", "source", "note",
                                                           "alternatives"};

std::string escapePointerToken(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out.push_back(c);
    }
    return out;
}

std::string contextOf(const nlohmann::json& node, const std::string& inherited) {
    if (!node.is_object())
        return inherited;
    for (const char* key : {"name", "id", "line"}) {
        auto it = node.find(key);
        if (it != node.end() && it->is_string())
            return it->get<std::string>();
    }
    return inherited;
}
}  // namespace

JsonCursor::JsonCursor(const nlohmann::json& node, std::shared_ptr<const std::string> file,
                       std::string pointer, std::string context)
    : m_node(&node),
      m_file(std::move(file)),
      m_pointer(std::move(pointer)),
      m_context(contextOf(node, context)) {}

bool JsonCursor::has(std::string_view key) const {
    if (!m_node->is_object())
        return false;
    auto it = m_node->find(key);
    return it != m_node->end() && !it->is_null();
}

JsonCursor JsonCursor::operator[](std::string_view key) const {
    if (!m_node->is_object())
        expected("an object");
    auto it = m_node->find(key);
    if (it == m_node->end())
        fail("catalog.missing-field", fmt::format("the required field \"{}\" is missing", key));
    return JsonCursor(*it, m_file, m_pointer + "/" + escapePointerToken(key), m_context);
}

std::optional<JsonCursor> JsonCursor::optional(std::string_view key) const {
    if (!has(key))
        return std::nullopt;
    return (*this)[key];
}

bool JsonCursor::isNull() const {
    return m_node->is_null();
}

bool JsonCursor::isString() const {
    return valueNode().is_string();
}

bool JsonCursor::isValueObject() const {
    if (!m_node->is_object() || !m_node->contains("value"))
        return false;
    for (const auto& item : m_node->items())
        if (std::find(kValueObjectKeys.begin(), kValueObjectKeys.end(), item.key()) == kValueObjectKeys.end())
            return false;
    return true;
}

const nlohmann::json& JsonCursor::valueNode() const {
    return isValueObject() ? m_node->at("value") : *m_node;
}

std::string JsonCursor::valuePointer() const {
    return isValueObject() ? m_pointer + "/value" : m_pointer;
}

std::vector<JsonCursor> JsonCursor::alternatives() const {
    std::vector<JsonCursor> out;
    if (!isValueObject() || !m_node->contains("alternatives"))
        return out;
    const auto& list = m_node->at("alternatives");
    JsonCursor listCursor(list, m_file, m_pointer + "/alternatives", m_context);
    if (!list.is_array())
        listCursor.expected("an array of alternatives");
    for (std::size_t i = 0; i < list.size(); ++i)
        out.emplace_back(list[i], m_file, listCursor.m_pointer + "/" + std::to_string(i), m_context);
    return out;
}

std::string JsonCursor::strOrEmpty() const {
    const auto& v = valueNode();
    if (!v.is_string())
        expected("a string");
    return v.get<std::string>();
}

std::string JsonCursor::str() const {
    auto s = strOrEmpty();
    if (s.empty())
        expected("a non-empty string");
    return s;
}

std::uint32_t JsonCursor::u32() const {
    const auto& v = valueNode();
    if (v.is_number_unsigned() || (v.is_number_integer() && v.get<std::int64_t>() >= 0)) {
        auto n = v.get<std::uint64_t>();
        if (n > 0xFFFFFFFFull)
            expected("a 32-bit unsigned number");
        return static_cast<std::uint32_t>(n);
    }
    if (v.is_string()) {
        auto text = v.get<std::string>();
        bool looksHex = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
        if (auto n = parseNumber(text); n && looksHex)
            return *n;
        fail("catalog.bad-hex",
             fmt::format("expected a hexadecimal number such as \"0x1F\" (at most 32 bits), found \"{}\"",
                         text));
    }
    expected("a number or a hexadecimal string such as \"0x1F\"");
}

unsigned JsonCursor::uint(unsigned max) const {
    const auto& v = valueNode();
    if (!(v.is_number_unsigned() || (v.is_number_integer() && v.get<std::int64_t>() >= 0)))
        expected(fmt::format("an unsigned integer (0..{})", max));
    auto n = v.get<std::uint64_t>();
    if (n > max)
        fail("catalog.out-of-range", fmt::format("expected an integer in 0..{}, found {}", max, n));
    return static_cast<unsigned>(n);
}

bool JsonCursor::boolean() const {
    const auto& v = valueNode();
    if (!v.is_boolean())
        expected("true or false");
    return v.get<bool>();
}

std::vector<JsonCursor> JsonCursor::array() const {
    const auto& v = valueNode();
    if (!v.is_array())
        expected("an array");
    std::vector<JsonCursor> out;
    auto base = valuePointer();
    for (std::size_t i = 0; i < v.size(); ++i)
        out.emplace_back(v[i], m_file, base + "/" + std::to_string(i), m_context);
    return out;
}

std::vector<JsonCursor> JsonCursor::stringOrArray() const {
    if (valueNode().is_string())
        return {isValueObject() ? JsonCursor(valueNode(), m_file, valuePointer(), m_context) : *this};
    return array();
}

std::vector<std::pair<std::string, JsonCursor>> JsonCursor::members() const {
    const auto& v = valueNode();
    if (!v.is_object())
        expected("an object");
    std::vector<std::pair<std::string, JsonCursor>> out;
    auto base = valuePointer();
    for (const auto& item : v.items())
        out.emplace_back(item.key(), JsonCursor(item.value(), m_file,
                                                base + "/" + escapePointerToken(item.key()), m_context));
    return out;
}

void JsonCursor::allowOnly(std::initializer_list<std::string_view> keys) const {
    if (!m_node->is_object())
        expected("an object");
    for (const auto& item : m_node->items()) {
        const auto& key = item.key();
        if (key == "source" || key == "note" || key == "confirmed")
            continue;
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
            std::string known;
            for (auto k : keys)
                known += (known.empty() ? "" : ", ") + std::string(k);
            fail("catalog.unknown-key", fmt::format("unknown field \"{}\" (known here: {})", key, known));
        }
    }
    if (auto it = m_node->find("confirmed"); it != m_node->end() && !it->is_boolean())
        JsonCursor(*it, m_file, m_pointer + "/confirmed", m_context).expected("true or false");
}

std::string JsonCursor::describeFound() const {
    const auto& v = valueNode();
    std::string dumped = v.dump();
    if (dumped.size() > 40)
        dumped = dumped.substr(0, 37) + "...";
    return fmt::format("{} {}", v.type_name(), dumped);
}

void JsonCursor::expected(std::string_view what) const {
    fail("catalog.wrong-type", fmt::format("expected {}, found {}", what, describeFound()));
}

void JsonCursor::fail(std::string code, std::string problem) const {
    std::string where = m_pointer.empty() ? std::string("/") : m_pointer;
    std::string context = m_context.empty() ? std::string() : fmt::format(" (in \"{}\")", m_context);
    Error e = makeError(std::move(code), fmt::format("{}: {}{}: {}.", file(), where, context, problem),
                        "Correct the device catalog file, or reinstall it if it was not edited on purpose.");
    e.with("file", file()).with("json path", where);
    throw LoadFailure{std::move(e)};
}

}  // namespace rescue::device::detail
