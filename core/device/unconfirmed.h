#pragma once
// A catalog value the reference pages mark as unknown or unconfirmed ("confirmed": false in
// the JSON). The list lets docs and the UI say which numbers a first real board should check.

#include <string>

namespace rescue::device {

struct Unconfirmed {
    std::string file;     // "stm32h56x_h57x.json"
    std::string where;    // readable path: "optionBytes.fields[TZEN].reset"
    std::string pointer;  // JSON pointer: "/optionBytes/fields/23/reset"
    std::string source;   // reference section, e.g. "adac-protocol.md §13.2, §17"
    std::string note;
};

}  // namespace rescue::device
