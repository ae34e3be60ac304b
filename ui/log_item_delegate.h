#pragma once
// Paints a log cell with one text layout instead of the style's three (size, elision, draw):
// at 25 repaints a second during a burst, the default delegate's text handling was most of
// the GUI thread's time. Text that does not fit is clipped at the cell's edge.

#include <QStyledItemDelegate>

namespace rescue::ui {

class LogItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

}  // namespace rescue::ui
