#pragma once
// The log as text lines (for a person, for the clipboard) and as JSON lines in the journal's
// format (for tools). Both write what the view shows: the rows that pass the filter.

#include <vector>

#include <QIODevice>
#include <QString>

namespace rescue::ui {

class LogModel;

// "2024-05-01 12:00:00.123  INFO   DA        text  {"field":1}": local time, untranslated
// level and channel so a line reads the same in any language and any support ticket.
QString formatLogLineAsText(const LogModel& model, int sourceRow);
// The same line as the journal writes it (engine::toJsonLine), without a trailing newline.
QByteArray formatLogLineAsJson(const LogModel& model, int sourceRow);

// Write one line per row, each ending with '\n'. On failure they return false and, when
// `error` is given, a sentence saying what went wrong.
bool writeLogAsText(const LogModel& model, const std::vector<int>& sourceRows, QIODevice& out,
                    QString* error = nullptr);
bool writeLogAsJsonLines(const LogModel& model, const std::vector<int>& sourceRows, QIODevice& out,
                         QString* error = nullptr);

}  // namespace rescue::ui
