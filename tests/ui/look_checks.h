#pragma once
// What a person trips over when they look at a window, as checks a test can make on the live
// widget tree: text cut off by a widget too small for it, text too faint to read against its
// background (WCAG 2 contrast), and a window that opens partly off the screen. Each finding
// names the widget (class, object name, text) so the failure says where to look.

#include <QColor>
#include <QStringList>

class QWidget;

namespace rescue::ui::look {

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor& a, const QColor& b);

// Visible labels and buttons under `root` whose text does not fit their size.
QStringList clippedText(const QWidget& root);

// Visible labels and buttons under `root` whose text colour is below 4.5:1 against the
// background they are drawn on (3:1 for large text: 18 pt, or 14 pt bold).
QStringList lowContrast(const QWidget& root);

// A top-level window not wholly inside its screen's available area.
QStringList offScreen(const QWidget& window);

// All three, for one window.
QStringList everything(const QWidget& window);

}  // namespace rescue::ui::look
