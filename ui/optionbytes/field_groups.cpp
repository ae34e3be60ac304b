#include "ui/optionbytes/field_groups.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "core/optionbytes/decode.h"
#include "ui/verdict_styles.h"

namespace rescue::ui {
namespace {

bool usesNames(const optionbytes::FieldDef& f) {
    using optionbytes::FieldKind;
    return !f.values.empty() &&
           (f.kind == FieldKind::Enum || f.kind == FieldKind::Code || f.kind == FieldKind::Flag);
}

QString hexText(std::uint32_t v) {
    return QStringLiteral("0x%1").arg(v, 0, 16).toUpper().replace(QLatin1String("0X"), QLatin1String("0x"));
}

constexpr char kChangedLabel[] = "QLabel { font-weight: bold; color: #1565c0; }";

}  // namespace

FieldGroups::FieldGroups(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void FieldGroups::clear() {
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    m_rows.clear();
}

void FieldGroups::build(const optionbytes::OptionByteImage& image, const device::Part* part) {
    clear();
    const auto& table = image.table();
    auto applies = [part](const optionbytes::FieldDef& f) { return !part || f.appliesToLine(part->line); };
    for (const auto& reg : table.registers) {
        auto* box = new QGroupBox(QStringLiteral("%1 — %2").arg(qs(reg.name), qs(reg.meaning)), this);
        box->setObjectName(QStringLiteral("obRegister_%1").arg(qs(reg.name)));
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const auto* f : table.fieldsOf(reg.name))
            if (applies(*f))
                addRow(box, form, *f);
        if (form->rowCount() == 0) {
            delete box;
            continue;
        }
        m_layout->addWidget(box);
    }
    QGroupBox* service = nullptr;
    for (const auto& f : table.fields) {
        if (f.isRegisterField() || !applies(f))
            continue;
        if (!service) {
            service = new QGroupBox(tr("Set through the boot ROM service"), this);
            service->setObjectName(QStringLiteral("obRegister_service"));
            service->setLayout(new QFormLayout);
            m_layout->addWidget(service);
        }
        addRow(service, static_cast<QFormLayout*>(service->layout()), f);
    }
    m_layout->addStretch(1);
}

void FieldGroups::addRow(QWidget* box, QFormLayout* form, const optionbytes::FieldDef& f) {
    Row row;
    row.field = &f;
    const QString name = qs(f.name);
    row.label = new QLabel(name, box);
    row.label->setToolTip(qs(f.meaning) +
                          (f.serviceCommand.empty()
                               ? QString()
                               : QLatin1String(" ") + tr("(boot ROM service %1)").arg(qs(f.serviceCommand))));
    auto* cell = new QWidget(box);
    auto* v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    if (usesNames(f)) {
        row.combo = new QComboBox(cell);
        row.combo->setObjectName(QStringLiteral("obField_%1").arg(name));
        row.combo->setAccessibleName(name);  // ST's field name, as the label beside it shows it
        row.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.combo->setMinimumContentsLength(12);
        for (const auto& ev : f.values)
            row.combo->addItem(QStringLiteral("%1 %2").arg(hexText(ev.value), qs(ev.name)), ev.value);
        connect(row.combo, &QComboBox::activated, this, [this, name](int index) {
            auto it = m_rows.find(name);
            if (it == m_rows.end())
                return;
            const QVariant value = it->second.combo->itemData(index);
            if (value.isValid())
                emit fieldEdited(name, value.toUInt());
        });
        v->addWidget(row.combo);
    } else {
        row.edit = new QLineEdit(cell);
        row.edit->setObjectName(QStringLiteral("obField_%1").arg(name));
        row.edit->setAccessibleName(name);
        row.edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^(0[xX])?[0-9A-Fa-f]{1,8}$")), row.edit));
        row.edit->setToolTip(tr("Hex, at most 0x%1").arg(f.maxValue(), 0, 16));
        connect(row.edit, &QLineEdit::editingFinished, this, [this, name] {
            auto it = m_rows.find(name);
            if (it != m_rows.end())
                commitText(it->second);
        });
        v->addWidget(row.edit);
    }
    row.message = new QLabel(cell);
    row.message->setObjectName(QStringLiteral("obFieldMessage_%1").arg(name));
    row.message->setWordWrap(true);
    row.message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    row.message->hide();
    v->addWidget(row.message);
    const bool editable = !f.readOnly;
    if (row.combo)
        row.combo->setEnabled(editable);
    if (row.edit)
        row.edit->setReadOnly(!editable);
    form->addRow(row.label, cell);
    m_rows[name] = row;
}

void FieldGroups::commitText(Row& row) {
    QString text = row.edit->text().trimmed();
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        text = text.mid(2);
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok, 16);
    if (!ok || value > row.field->maxValue()) {
        row.message->setText(tr("%1 does not fit %2: at most 0x%3. Nothing was taken.")
                                 .arg(row.edit->text(), qs(row.field->name))
                                 .arg(row.field->maxValue(), 0, 16));
        row.message->show();
        return;
    }
    row.message->hide();
    emit fieldEdited(qs(row.field->name), static_cast<quint32>(value));
}

void FieldGroups::refresh(const optionbytes::OptionByteImage& current,
                          const optionbytes::OptionByteImage& proposed,
                          std::optional<std::uint8_t> productState) {
    for (auto& [name, row] : m_rows) {
        const auto& f = *row.field;
        std::optional<std::uint32_t> now, wanted;
        if (auto v = current.field(f.name))
            now = *v;
        if (auto v = proposed.field(f.name))
            wanted = *v;
        if (!f.isRegisterField() && productState)
            wanted = *productState;
        const bool changed = now && wanted && *now != *wanted;
        row.label->setStyleSheet(changed ? QString::fromLatin1(kChangedLabel) : QString());
        if (!wanted)
            continue;
        if (row.combo) {
            const QSignalBlocker block(row.combo);
            // A value the table does not list gets an item saying so, never a guessed name.
            for (int i = row.combo->count() - 1; i >= 0; --i)
                if (!row.combo->itemData(i).isValid())
                    row.combo->removeItem(i);
            int index = row.combo->findData(*wanted);
            if (index < 0) {
                row.combo->insertItem(0, tr("%1 (not a listed value)").arg(hexText(*wanted)));
                index = 0;
            }
            row.combo->setCurrentIndex(index);
        } else if (row.edit && !row.edit->hasFocus()) {
            row.edit->setText(hexText(*wanted));
        }
    }
}

QWidget* FieldGroups::editor(const QString& field) const {
    auto it = m_rows.find(field);
    if (it == m_rows.end())
        return nullptr;
    return it->second.combo ? static_cast<QWidget*>(it->second.combo) : it->second.edit;
}

QString FieldGroups::messageOf(const QString& field) const {
    auto it = m_rows.find(field);
    return it == m_rows.end() || it->second.message->isHidden() ? QString() : it->second.message->text();
}

}  // namespace rescue::ui
