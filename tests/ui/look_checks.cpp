#include "look_checks.h"

#include <algorithm>
#include <cmath>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolBar>
#include <QWidget>

namespace rescue::ui::look {

namespace {

// Shown to a person now: visible, inside a visible window, with a non-empty area.
bool shown(const QWidget& w) {
    return w.isVisible() && w.width() > 0 && w.height() > 0;
}

QString describe(const QWidget& w, const QString& text) {
    QString name = QString::fromLatin1(w.metaObject()->className());
    if (!w.objectName().isEmpty())
        name += QLatin1Char('#') + w.objectName();
    QString shortText = text.simplified();
    if (shortText.size() > 60)
        shortText = shortText.left(57) + QStringLiteral("...");
    return QStringLiteral("%1 \"%2\"").arg(name, shortText);
}

double channel(double c) {
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

// The colour the widget's text is drawn on: its own background when it paints one, else the
// nearest ancestor's that does, else the window's.
QColor backgroundBehind(const QWidget& w) {
    if (qobject_cast<const QAbstractButton*>(&w) && !w.inherits("QCheckBox") && !w.inherits("QRadioButton"))
        return w.palette().color(QPalette::Button);
    for (const QWidget* p = &w; p; p = p->parentWidget()) {
        if (p->autoFillBackground() || p->testAttribute(Qt::WA_StyledBackground) || p->isWindow())
            return p->palette().color(p->backgroundRole());
    }
    return w.palette().color(QPalette::Window);
}

QColor textColour(const QWidget& w) {
    if (qobject_cast<const QAbstractButton*>(&w) && !w.inherits("QCheckBox") && !w.inherits("QRadioButton"))
        return w.palette().color(QPalette::ButtonText);
    return w.palette().color(w.foregroundRole());
}

bool largeText(const QWidget& w) {
    const QFont f = w.font();
    const double points = f.pointSizeF() > 0 ? f.pointSizeF() : f.pixelSize() * 0.75;
    return points >= 18.0 || (points >= 14.0 && f.bold());
}

template <typename Check>
QStringList eachTextWidget(const QWidget& root, Check check) {
    QStringList findings;
    QList<const QWidget*> widgets{&root};
    for (QWidget* w : root.findChildren<QWidget*>())
        widgets << w;
    for (const QWidget* w : widgets) {
        if (!shown(*w))
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(w); label && !label->text().isEmpty()) {
            if (auto finding = check(*w, label->text()); !finding.isEmpty())
                findings << finding;
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w);
                   button && !button->text().isEmpty()) {
            if (auto finding = check(*w, button->text()); !finding.isEmpty())
                findings << finding;
        }
    }
    return findings;
}

}  // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList clippedText(const QWidget& root) {
    return eachTextWidget(root, [](const QWidget& w, const QString& text) -> QString {
        const auto* label = qobject_cast<const QLabel*>(&w);
        if (label && label->wordWrap()) {
            // A wrapping label needs the height its text takes at its width.
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                return QStringLiteral("%1 needs %2 px of height, has %3")
                    .arg(describe(w, text))
                    .arg(needed)
                    .arg(label->height());
            return {};
        }
        const QSize hint = w.sizeHint();
        if (hint.width() > w.width() + 1 || hint.height() > w.height() + 1)
            return QStringLiteral("%1 needs %2x%3 px, has %4x%5")
                .arg(describe(w, text))
                .arg(hint.width())
                .arg(hint.height())
                .arg(w.width())
                .arg(w.height());
        return {};
    });
}

QStringList lowContrast(const QWidget& root) {
    return eachTextWidget(root, [](const QWidget& w, const QString& text) -> QString {
        if (!w.isEnabled())
            return {};  // disabled text is meant to read as unavailable (WCAG exempts it)
        const double ratio = contrastRatio(textColour(w), backgroundBehind(w));
        const double needed = largeText(w) ? 3.0 : 4.5;
        if (ratio + 1e-9 < needed)
            return QStringLiteral("%1 has contrast %2:1 (%3 on %4), needs %5:1")
                .arg(describe(w, text))
                .arg(ratio, 0, 'f', 2)
                .arg(textColour(w).name(), backgroundBehind(w).name())
                .arg(needed, 0, 'f', 1);
        return {};
    });
}

QStringList offScreen(const QWidget& window) {
    const QScreen* screen = window.screen();
    if (!screen)
        return {QStringLiteral("%1 is on no screen").arg(describe(window, window.windowTitle()))};
    const QRect area = screen->availableGeometry();
    const QRect frame = window.frameGeometry();
    if (area.contains(frame))
        return {};
    return {QStringLiteral("%1 at %2,%3 %4x%5 is not inside the screen's %6,%7 %8x%9")
                .arg(describe(window, window.windowTitle()))
                .arg(frame.x())
                .arg(frame.y())
                .arg(frame.width())
                .arg(frame.height())
                .arg(area.x())
                .arg(area.y())
                .arg(area.width())
                .arg(area.height())};
}

namespace {

bool isControl(const QWidget& w) {
    return qobject_cast<const QAbstractButton*>(&w) || qobject_cast<const QLineEdit*>(&w) ||
           qobject_cast<const QComboBox*>(&w) || qobject_cast<const QAbstractSpinBox*>(&w) ||
           qobject_cast<const QAbstractItemView*>(&w) || qobject_cast<const QAbstractSlider*>(&w);
}

// Parts of a compound control (a combo box's line edit and popup list, a spin box's line
// edit, a scroll bar, an item view's header and corner button) are named by their owner.
bool partOfAnotherControl(const QWidget& w) {
    if (w.inherits("QScrollBar") || w.inherits("QHeaderView") || w.inherits("QComboBoxListView") ||
        w.inherits("QTableCornerButton"))
        return true;
    for (const QWidget* p = w.parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p) ||
            qobject_cast<const QAbstractItemView*>(p))
            return true;
    return false;
}

QList<const QWidget*> shownControls(const QWidget& root) {
    QList<const QWidget*> out;
    for (const QWidget* w : root.findChildren<QWidget*>())
        if (shown(*w) && isControl(*w) && !partOfAnotherControl(*w))
            out << w;
    return out;
}

}  // namespace

QStringList unnamedControls(const QWidget& root) {
    QStringList out;
    for (const QWidget* w : shownControls(root)) {
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(const_cast<QWidget*>(w));
        const QString name = a ? a->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            out << QStringLiteral("no accessible name: %1").arg(describe(*w, QString()));
    }
    return out;
}

QStringList keyboardUnreachable(const QWidget& root) {
    QStringList out;
    for (const QWidget* w : shownControls(root)) {
        if (!w->isEnabled() || (w->focusPolicy() & Qt::TabFocus))
            continue;
        // Tool bar buttons repeat menu actions; a dock's float and close buttons have the
        // View menu's toggles (Qt never gives them focus).
        if (qobject_cast<const QToolBar*>(w->parentWidget()) || w->inherits("QDockWidgetTitleButton"))
            continue;
        QString text;
        if (auto* b = qobject_cast<const QAbstractButton*>(w))
            text = b->text();
        out << QStringLiteral("not reachable with Tab: %1").arg(describe(*w, text));
    }
    return out;
}

QStringList cutOffSideways(const QWidget& root) {
    QStringList out;
    for (const QScrollArea* area : root.findChildren<QScrollArea*>())
        if (shown(*area) && area->horizontalScrollBar()->isVisible())
            out << QStringLiteral("content wider than its view (horizontal scroll bar): %1")
                       .arg(describe(*area, QString()));
    return out;
}

QStringList everything(const QWidget& window) {
    return offScreen(window) + clippedText(window) + lowContrast(window) + unnamedControls(window) +
           keyboardUnreachable(window) + cutOffSideways(window);
}

}  // namespace rescue::ui::look
