#pragma once
// How the GUI shows a core Error in the user's language. The error catalogue
// (core/common/error_catalogue.h) gives every code a title and a fix that translations/*.ts
// translate; the Error's own message keeps the exact values (addresses, files, states) and
// stays English, as the log and the CLI write it. In English, or for a code with no
// translation, the GUI shows the message and hint as they are.

#include <QString>

#include "core/common/error.h"

namespace rescue::ui {

struct ShownError {
    QString headline;  // the translated title, or the message
    QString detail;    // the English message under a translated title; empty otherwise
    QString advice;    // the translated fix, or the hint
};

ShownError shownError(const Error& error);

// The headline with the detail after it: what a box shows above its advice.
QString shownErrorBody(const ShownError& shown);

// One paragraph for a label or a message box: "headline detail advice", plain text.
QString shownErrorText(const Error& error);

// The same as rich text: the headline bold, the detail in the palette's text colour, the
// advice in italics; every part HTML-escaped.
QString shownErrorHtml(const Error& error);

}  // namespace rescue::ui
