// Walks a catalog document and lists every object marked "confirmed": false, with a path a
// person can read ("optionBytes.fields[TZEN].reset") next to the exact JSON pointer.

#include <string>

#include "core/device/catalog_loader.h"

namespace rescue::device::detail {

namespace {

// "open" or ["closed", "locked"] -> "open" / "closed,locked"
std::string statesOf(const nlohmann::json& node) {
    if (node.is_string())
        return node.get<std::string>();
    std::string out;
    if (node.is_array())
        for (const auto& item : node)
            out += (out.empty() ? "" : ",") + (item.is_string() ? item.get<std::string>() : item.dump());
    return out;
}

std::string labelOf(const nlohmann::json& node) {
    if (!node.is_object())
        return {};
    for (const char* key : {"name", "id", "line"}) {
        auto it = node.find(key);
        if (it != node.end() && it->is_string())
            return it->get<std::string>();
    }
    auto from = node.find("from");
    auto to = node.find("to");
    if (from != node.end() && to != node.end())
        return statesOf(*from) + "->" + statesOf(*to);
    return {};
}

std::string stringMember(const nlohmann::json& node, const char* key) {
    auto it = node.find(key);
    return (it != node.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

void walk(const nlohmann::json& node, const std::string& where, const std::string& pointer,
          const std::string& fileName, std::vector<Unconfirmed>& out) {
    if (node.is_object()) {
        auto confirmed = node.find("confirmed");
        if (confirmed != node.end() && confirmed->is_boolean() && !confirmed->get<bool>())
            out.push_back(
                {fileName, where, pointer, stringMember(node, "source"), stringMember(node, "note")});
        for (const auto& item : node.items())
            walk(item.value(), where.empty() ? item.key() : where + "." + item.key(),
                 pointer + "/" + item.key(), fileName, out);
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            std::string label = labelOf(node[i]);
            walk(node[i], where + "[" + (label.empty() ? std::to_string(i) : label) + "]",
                 pointer + "/" + std::to_string(i), fileName, out);
        }
    }
}

}  // namespace

void collectUnconfirmed(const nlohmann::json& root, const std::string& fileName,
                        std::vector<Unconfirmed>& out) {
    walk(root, {}, {}, fileName, out);
}

}  // namespace rescue::device::detail
