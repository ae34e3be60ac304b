#include "ui/optionbytes/pending_diff_model.h"

#include "ui/verdict_styles.h"

namespace rescue::ui {

void PendingDiffModel::setChanges(std::vector<optionbytes::PendingChange> changes) {
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int PendingDiffModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int PendingDiffModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingDiffModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& c = m_changes[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
            case Field:
                return qs(c.field);
            case Current:
                return c.via.empty() ? qs(c.from) : tr("(set by the boot ROM service %1)").arg(qs(c.via));
            case New:
                return qs(c.to);
            default:
                return {};
        }
    }
    return {};
}

QVariant PendingDiffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Field:
            return tr("Field");
        case Current:
            return tr("Current");
        case New:
            return tr("New");
        default:
            return {};
    }
}

}  // namespace rescue::ui
