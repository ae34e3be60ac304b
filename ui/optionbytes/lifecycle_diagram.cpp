#include "ui/optionbytes/lifecycle_diagram.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/verdict_styles.h"

namespace rescue::ui {
namespace {

constexpr char kCurrent[] =
    "QToolButton { background: #1565c0; color: white; font-weight: bold; border: 2px solid #0d47a1; "
    "border-radius: 4px; padding: 4px; }";
constexpr char kAllowed[] =
    "QToolButton { background: #e8f5e9; color: #1b4d20; border: 2px solid #43a047; border-radius: 4px; "
    "padding: 4px; }";
constexpr char kRefused[] =
    "QToolButton { background: #eeeeee; color: #595959; border: 1px dashed #bdbdbd; border-radius: 4px; "
    "padding: 4px; }";
constexpr char kRequested[] = "QToolButton { border: 3px solid #f0a020; }";

const char* markName(LifecycleDiagram::Mark m) {
    switch (m) {
        case LifecycleDiagram::Mark::Current:
            return "current";
        case LifecycleDiagram::Mark::Allowed:
            return "allowed";
        case LifecycleDiagram::Mark::Refused:
            return "refused";
        case LifecycleDiagram::Mark::HardwareOnly:
            return "hardware";
    }
    return "refused";
}

}  // namespace

LifecycleDiagram::LifecycleDiagram(QWidget* parent)
    : QWidget(parent), m_row(new QGridLayout), m_legend(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(2);
    layout->addLayout(m_row);
    m_legend->setWordWrap(true);
    m_legend->setText(
        tr("Blue: the state in force. Green: a move the validator allows. Grey: refused "
           "or hardware-only (hover for why). Orange outline: the state asked for."));
    layout->addWidget(m_legend);
}

void LifecycleDiagram::clear() {
    while (QLayoutItem* item = m_row->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->setObjectName(QString());
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
}

void LifecycleDiagram::show(const device::Lifecycle& lifecycle, const std::map<std::string, StateView>& marks,
                            std::optional<std::uint8_t> requested) {
    clear();
    // Four states a row, in the catalog's order (the order the chip moves in), numbered so the
    // order still reads when the rows wrap.
    constexpr int kColumns = 4;
    int index = 0;
    for (const auto& s : lifecycle.states) {
        auto it = marks.find(s.id);
        const StateView view = it != marks.end() ? it->second : StateView{Mark::HardwareOnly, {}};
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("lifecycle_%1").arg(qs(s.id)));
        b->setProperty("mark", QString::fromLatin1(markName(view.mark)));
        b->setText(QStringLiteral("%1 %2").arg(index + 1).arg(qs(s.name)));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        QString style = QString::fromLatin1(view.mark == Mark::Current   ? kCurrent
                                            : view.mark == Mark::Allowed ? kAllowed
                                                                         : kRefused);
        if (requested && *requested == s.code && view.mark != Mark::Current)
            style += QString::fromLatin1(kRequested);
        b->setStyleSheet(style);
        b->setMinimumWidth(b->sizeHint().width());  // the name whole; the editor scrolls instead
        QString tip = QStringLiteral("%1 (0x%2)").arg(qs(s.name)).arg(s.code, 2, 16, QLatin1Char('0'));
        if (view.mark == Mark::Current)
            tip += QLatin1String(": ") + tr("the state in force");
        else if (view.mark == Mark::HardwareOnly)
            tip += QLatin1String(": ") + tr("the chip passes through it by itself; it cannot be asked for");
        else if (!view.why.isEmpty())
            tip += QLatin1String(": ") + view.why;
        b->setToolTip(tip);
        const std::uint8_t code = s.code;
        const bool askable = s.userSettable && view.mark != Mark::HardwareOnly;
        b->setEnabled(askable || view.mark == Mark::Current);
        connect(b, &QToolButton::clicked, this, [this, code] { emit stateChosen(code); });
        m_row->addWidget(b, index / kColumns, index % kColumns);
        ++index;
    }
}

QToolButton* LifecycleDiagram::stateButton(const QString& id) const {
    return findChild<QToolButton*>(QStringLiteral("lifecycle_%1").arg(id));
}

QString LifecycleDiagram::markOf(const QString& id) const {
    auto* b = stateButton(id);
    return b ? b->property("mark").toString() : QString();
}

}  // namespace rescue::ui
