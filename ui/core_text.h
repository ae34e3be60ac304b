#pragma once
// A fixed English text from the core, in the user's language: the core marks such texts with
// RESCUE_TR_NOOP(context, text) (core/common/translatable.h) and translations/*.ts translate
// them; a text with values formatted in has no entry and comes back as it is.

#include <string>

#include <QCoreApplication>
#include <QString>

namespace rescue::ui {

inline QString coreText(const char* context, const char* text) {
    return QCoreApplication::translate(context, text);
}

inline QString coreText(const char* context, const std::string& text) {
    return coreText(context, text.c_str());
}

// The wizard's check, step, plan and prompt titles (core/recovery).
inline QString wizardText(const std::string& text) {
    return coreText("Wizard", text);
}

}  // namespace rescue::ui
