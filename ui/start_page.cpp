#include "ui/start_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rescue::ui {

StartPage::StartPage(QWidget* parent) : QWidget(parent) {
    auto* title = new QLabel(tr("Rescue Workbench"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* intro =
        new QLabel(tr("Brings STM32H5 and STM32H7RS boards back from Debug Authentication and product-state "
                      "trouble."),
                   this);
    intro->setWordWrap(true);

    auto* steps = new QLabel(this);
    steps->setObjectName(QStringLiteral("startSteps"));
    steps->setTextFormat(Qt::RichText);
    steps->setWordWrap(true);
    steps->setText(
        tr("<ol>"
           "<li>Attach a probe, or load the virtual lab (Devices panel).</li>"
           "<li>Connect to the target: the workbench reads its state and option bytes.</li>"
           "<li>Open the recovery wizard: it diagnoses the board, previews every change "
           "and asks before anything irreversible.</li>"
           "</ol>"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(steps);
    layout->addStretch(1);
}

}  // namespace rescue::ui
