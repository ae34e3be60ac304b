#include "ui/optionbytes/phrase_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/verdict_styles.h"

namespace rescue::ui {

PhraseDialog::PhraseDialog(const std::vector<optionbytes::Finding>& findings, const QStringList& phrases,
                           QWidget* parent)
    : QDialog(parent), m_phrases(phrases) {
    setWindowTitle(tr("Confirm an irreversible change"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("No tool can undo this change. Type each phrase exactly as shown to allow it; "
                      "anything else writes nothing."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const auto& phrase : phrases) {
        QString sentence;
        for (const auto& f : findings)
            if (qs(f.confirmationPhrase) == phrase)
                sentence = qs(f.sentence);
        auto* why = new QLabel(sentence.isEmpty() ? phrase : sentence, this);
        why->setWordWrap(true);
        why->setStyleSheet(QString::fromLatin1(kBadStyle));
        layout->addWidget(why);
        auto* label = new QLabel(tr("Type: <b>%1</b>").arg(phrase.toHtmlEscaped()), this);
        layout->addWidget(label);
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("obPhrase"));
        edit->setPlaceholderText(phrase);
        connect(edit, &QLineEdit::textChanged, this, &PhraseDialog::check);
        m_edits << edit;
        layout->addWidget(edit);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Write"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    check();
}

QStringList PhraseDialog::typed() const {
    QStringList out;
    for (auto* e : m_edits)
        out << e->text();
    return out;
}

void PhraseDialog::check() {
    bool all = true;
    for (int i = 0; i < m_edits.size(); ++i)
        all = all && m_edits[i]->text() == m_phrases.value(i);
    m_ok->setEnabled(all);
}

}  // namespace rescue::ui
