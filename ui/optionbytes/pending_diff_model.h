#pragma once
// The pending changes as a table a person reads before Apply: field, current value, new value
// (a boot ROM service field shows how it is set instead of a current value it cannot read).

#include <vector>

#include <QAbstractTableModel>

#include "core/optionbytes/ob_change_operation.h"

namespace rescue::ui {

class PendingDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Field, Current, New, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setChanges(std::vector<optionbytes::PendingChange> changes);
    const std::vector<optionbytes::PendingChange>& changes() const { return m_changes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<optionbytes::PendingChange> m_changes;
};

}  // namespace rescue::ui
