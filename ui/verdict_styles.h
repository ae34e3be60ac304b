#pragma once
// The coloured boxes panels use for a verdict: good (green), warning (amber), bad (red),
// neutral. Each sets its own text colour so it stays readable under a dark palette.

#include <string>

#include <QString>

namespace rescue::ui {

inline constexpr char kGoodStyle[] =
    "QLabel { background: #e8f5e9; color: #1b4d20; border: 1px solid #66bb6a; border-radius: 4px; padding: "
    "6px; }";
inline constexpr char kWarnStyle[] =
    "QLabel { background: #fff4e0; color: #5d3a00; border: 1px solid #f0a020; border-radius: 4px; padding: "
    "6px; }";
inline constexpr char kBadStyle[] =
    "QLabel { background: #fdecea; color: #611a15; border: 1px solid #e57373; border-radius: 4px; padding: "
    "6px; }";
inline constexpr char kNeutralStyle[] =
    "QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 6px; }";

// Core strings are UTF-8.
inline QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

}  // namespace rescue::ui
