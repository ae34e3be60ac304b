#include "ui/optionbytes/wrp_sector_map.h"

#include <algorithm>

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/optionbytes/wrp_map.h"
#include "ui/verdict_styles.h"

namespace rescue::ui {
namespace {

constexpr char kProtectedCell[] =
    "QToolButton { background: #fdecea; color: #611a15; border: 1px solid #e57373; border-radius: 3px; }";
constexpr char kFreeCell[] =
    "QToolButton { background: #e8f5e9; color: #1b4d20; border: 1px solid #66bb6a; border-radius: 3px; }";
constexpr char kPendingBorder[] = "QToolButton { border: 3px solid #1565c0; }";

QString cellName(const QString& field, unsigned bit) {
    return QStringLiteral("wrpCell_%1_%2").arg(field).arg(bit);
}

}  // namespace

WrpSectorMap::WrpSectorMap(QWidget* parent)
    : QWidget(parent), m_grid(new QGridLayout), m_summary(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("wrpSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_grid->setSpacing(3);
    layout->addLayout(m_grid);
}

void WrpSectorMap::clear() {
    // Later, not now: the cell being clicked is often the one asking for the redraw.
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->setObjectName(QString());
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_summary->clear();
}

void WrpSectorMap::show(const optionbytes::OptionByteImage& current,
                        const optionbytes::OptionByteImage& proposed, const device::Part* part) {
    clear();
    if (!part) {
        m_summary->setText(tr("The part's flash size is not known, so its sectors cannot be drawn."));
        return;
    }
    const auto now = optionbytes::wrpMaps(current, *part);
    const auto maps = optionbytes::wrpMaps(proposed, *part);
    int row = 0;
    unsigned protectedCount = 0, total = 0;
    constexpr int kColumns = 8;
    for (std::size_t m = 0; m < maps.size(); ++m) {
        const auto& map = maps[m];
        const QString field = qs(map.field);
        auto* title = new QLabel(tr("Bank %1 (%2), %n sector(s):", "", static_cast<int>(map.sectorsInBank))
                                     .arg(map.bank)
                                     .arg(field),
                                 this);
        m_grid->addWidget(title, row++, 0, 1, kColumns);
        const auto* def = proposed.table().field(map.field);
        for (std::size_t i = 0; i < map.groups.size(); ++i) {
            const auto& g = map.groups[i];
            auto* cell = new QToolButton(this);
            cell->setObjectName(cellName(field, g.bit));
            cell->setCheckable(true);
            cell->setChecked(g.isProtected);
            cell->setMinimumSize(44, 30);
            cell->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            const QString sectors = g.firstSector == g.lastSector
                                        ? QString::number(g.firstSector)
                                        : QStringLiteral("%1-%2").arg(g.firstSector).arg(g.lastSector);
            cell->setText(g.isProtected ? QStringLiteral("\u25A0 %1").arg(sectors) : sectors);
            // Wide enough for its sector range ("100-103"): the tab scrolls rather than cut it.
            cell->setMinimumWidth(std::max(44, cell->sizeHint().width()));
            const bool pending =
                m < now.size() && i < now[m].groups.size() && now[m].groups[i].isProtected != g.isProtected;
            cell->setStyleSheet(QString::fromLatin1(g.isProtected ? kProtectedCell : kFreeCell) +
                                (pending ? QString::fromLatin1(kPendingBorder) : QString()));
            cell->setToolTip((g.isProtected ? tr("Sector(s) %1 of bank %2: write-protected (bit %3 = %4). "
                                                 "Click to unprotect.")
                                            : tr("Sector(s) %1 of bank %2: not protected (bit %3 = %4). "
                                                 "Click to protect."))
                                 .arg(sectors)
                                 .arg(map.bank)
                                 .arg(g.bit)
                                 .arg(def && def->activeLow == g.isProtected ? 0 : 1));
            protectedCount += g.isProtected ? 1 : 0;
            ++total;
            if (def) {
                const std::string name = def->name;
                const bool activeLow = def->activeLow;
                const unsigned bit = g.bit;
                const bool wasProtected = g.isProtected;
                auto value = proposed.field(name);
                const std::uint32_t v = value ? *value : 0;
                connect(cell, &QToolButton::clicked, this, [this, name, activeLow, bit, wasProtected, v] {
                    // Protect = the bit at its protecting level (0 when active low).
                    const bool protect = !wasProtected;
                    const bool bitSet = protect != activeLow;
                    const std::uint32_t next = bitSet ? (v | (1u << bit)) : (v & ~(1u << bit));
                    emit fieldEdited(qs(name), next);
                });
            }
            m_grid->addWidget(cell, row + static_cast<int>(i) / kColumns, static_cast<int>(i) % kColumns);
        }
        row += (static_cast<int>(map.groups.size()) + kColumns - 1) / kColumns;
    }
    m_summary->setText(protectedCount == 0 ? tr("No sector is write-protected.")
                       : protectedCount == total
                           ? tr("Every sector is write-protected: no erase or programming will succeed.")
                           : tr("%1 of %2 cells write-protected.").arg(protectedCount).arg(total));
    m_summary->setStyleSheet(QString::fromLatin1(protectedCount == total && total > 0 ? kBadStyle
                                                 : protectedCount > 0                 ? kWarnStyle
                                                                                      : kGoodStyle));
}

QToolButton* WrpSectorMap::cell(const QString& field, unsigned bit) const {
    return findChild<QToolButton*>(cellName(field, bit));
}

int WrpSectorMap::protectedCells() const {
    int n = 0;
    for (auto* b : findChildren<QToolButton*>())
        n += b->objectName().startsWith(QLatin1String("wrpCell_")) && b->isChecked() ? 1 : 0;
    return n;
}

int WrpSectorMap::cellCount() const {
    int n = 0;
    for (auto* b : findChildren<QToolButton*>())
        n += b->objectName().startsWith(QLatin1String("wrpCell_")) ? 1 : 0;
    return n;
}

}  // namespace rescue::ui
