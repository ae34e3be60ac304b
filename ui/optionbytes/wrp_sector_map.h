#pragma once
// Write protection as a sector map you click: one cell per WRP bit (a sector, or a group of
// sectors on the H52x/H53x/H56x/H57x), one row per bank. A protected cell is red with a lock
// mark, a free one green; a cell whose state is a pending change has a thick border. Clicking
// a cell flips its protection; the polarity comes from the field table (bit 0 = protected).

#include <QString>
#include <QWidget>

#include "core/device/part.h"
#include "core/optionbytes/option_byte_image.h"

class QGridLayout;
class QLabel;
class QToolButton;

namespace rescue::ui {

class WrpSectorMap : public QWidget {
    Q_OBJECT
public:
    explicit WrpSectorMap(QWidget* parent = nullptr);

    // Shows `proposed`, marking cells that differ from `current`. Without a part the sectors
    // are unknown and the map says so.
    void show(const optionbytes::OptionByteImage& current, const optionbytes::OptionByteImage& proposed,
              const device::Part* part);
    void clear();

    // For tests: the cell of a bit ("WRPS", 3), and how many cells are protected.
    QToolButton* cell(const QString& field, unsigned bit) const;
    int protectedCells() const;
    int cellCount() const;

signals:
    void fieldEdited(const QString& field, quint32 value);

private:
    QGridLayout* m_grid;
    QLabel* m_summary;
};

}  // namespace rescue::ui
