#pragma once
// Every option-byte field of the part, grouped by register as the reference manual lists
// them: named values in drop-downs (the catalog's names; a value the table does not list is
// shown as such), numbers as hex with validation (too wide for the field: said beside it,
// nothing taken). Fields set through the boot ROM service (H7RS PRODUCT_STATE) form their own
// group. Built once per read; refresh() shows the pending values and marks changed fields.

#include <map>
#include <optional>

#include <QString>
#include <QWidget>

#include "core/device/part.h"
#include "core/optionbytes/option_byte_image.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace rescue::ui {

class FieldGroups : public QWidget {
    Q_OBJECT
public:
    explicit FieldGroups(QWidget* parent = nullptr);

    void build(const optionbytes::OptionByteImage& image, const device::Part* part);
    void clear();
    // `productState`: the state asked for on a family where it is not a register.
    void refresh(const optionbytes::OptionByteImage& current, const optionbytes::OptionByteImage& proposed,
                 std::optional<std::uint8_t> productState);

    // For tests: the editor of a field (a QComboBox or a QLineEdit), and its inline message.
    QWidget* editor(const QString& field) const;
    QString messageOf(const QString& field) const;

signals:
    void fieldEdited(const QString& field, quint32 value);

private:
    struct Row {
        const optionbytes::FieldDef* field = nullptr;
        QLabel* label = nullptr;
        QComboBox* combo = nullptr;
        QLineEdit* edit = nullptr;
        QLabel* message = nullptr;
    };
    void addRow(QWidget* box, QFormLayout* form, const optionbytes::FieldDef& field);
    void commitText(Row& row);

    QVBoxLayout* m_layout;
    std::map<QString, Row> m_rows;
};

}  // namespace rescue::ui
