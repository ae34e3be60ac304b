#include "ui/option_byte_panel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rescue::ui {

OptionBytePanel::OptionBytePanel(QWidget* parent) : QWidget(parent), m_status(new QLabel(this)) {
    m_status->setObjectName(QStringLiteral("optionByteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMargin(6);
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setText(
        tr("The option-byte editor is not in this build yet. The Devices panel shows the main option "
           "bytes of a connected target; on the command line, `rescue ob read --probe URI` shows them all "
           "and `rescue ob check` / `rescue ob write` validate and change them."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addStretch(1);
}

}  // namespace rescue::ui
