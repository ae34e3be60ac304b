#pragma once
// What a person trips over when they look at a window, as checks a test can make on the live
// widget tree: text cut off by a widget too small for it, text too faint to read against its
// background (WCAG 2 contrast), a window that opens partly off the screen, a control a screen
// reader cannot name, and one the keyboard cannot reach. Each finding
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

// Visible controls a screen reader would announce with no name: buttons, fields, combo and
// spin boxes, lists, trees and tables, sliders, with neither their own text, an accessible
// name nor a buddy label (a tooltip is a description, not a name).
QStringList unnamedControls(const QWidget& root);

// Visible, enabled controls that Tab never reaches (no Qt::TabFocus), so a person without a
// mouse cannot use them. Tool bar buttons are left out (their actions are in the menus), and
// so are a dock's float and close buttons (View shows and hides every dock).
QStringList keyboardUnreachable(const QWidget& root);

// Visible scroll areas (a dock's or a page's content, not lists and tables) that need a
// horizontal scroll bar: their content is cut off at the side until a person scrolls.
QStringList cutOffSideways(const QWidget& root);

// All of them, for one window.
QStringList everything(const QWidget& window);

}  // namespace rescue::ui::look
