#pragma once
// Marks a fixed English text that the GUI shows in the user's language. The core stays
// Qt-free and English (the CLI and the journal use the text as it is); translations/update.sh
// tells lupdate to read this marker like QT_TRANSLATE_NOOP, and the GUI looks the text up
// with QCoreApplication::translate(context, text). Only whole literals: a text with values
// formatted into it has no entry and is shown as it is.

#define RESCUE_TR_NOOP(context, text) text
