#include "ui/wizard/manual_reset_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "core/recovery/prompts.h"
#include "ui/verdict_styles.h"
#include "ui/wizard/wizard_job.h"

namespace rescue::ui {
namespace answer = recovery::answer;

namespace {
QString latin(std::string_view s) {
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}
}  // namespace

ManualResetPanel::ManualResetPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("wizardManualReset"));
    auto* layout = new QVBoxLayout(this);
    m_instruction = new QLabel(this);
    m_instruction->setObjectName(QStringLiteral("wizardResetInstruction"));
    m_instruction->setAlignment(Qt::AlignCenter);
    m_instruction->setWordWrap(true);
    QFont huge = m_instruction->font();
    huge.setPointSizeF(huge.pointSizeF() * 2.4);
    huge.setBold(true);
    m_instruction->setFont(huge);
    layout->addWidget(m_instruction);
    m_question = new QLabel(this);
    m_question->setWordWrap(true);
    m_question->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_question);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("wizardResetCountdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    QFont mid = m_countdown->font();
    mid.setPointSizeF(mid.pointSizeF() * 1.4);
    m_countdown->setFont(mid);
    layout->addWidget(m_countdown);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_holding = new QPushButton(tr("I'm holding it"), this);
    m_holding->setObjectName(QStringLiteral("wizardHolding"));
    m_release = new QPushButton(tr("Release now"), this);
    m_release->setObjectName(QStringLiteral("wizardRelease"));
    m_lab = new QPushButton(tr("RESET button (lab board)\nhold it down with the mouse"), this);
    m_lab->setObjectName(QStringLiteral("wizardLabReset"));
    m_lab->setMinimumSize(260, 70);
    m_lab->setStyleSheet(
        QStringLiteral("QPushButton { background: #37474f; color: white; border-radius: 8px; "
                       "font-weight: bold; } QPushButton:pressed { background: #c62828; }"));
    for (auto* b : {m_holding, m_release}) {
        b->setMinimumHeight(44);
        buttons->addWidget(b);
    }
    buttons->addWidget(m_lab);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_holding, &QPushButton::clicked, this, [this] {
        if (m_prompt)
            emit answered(*m_prompt, latin(answer::kHolding));
    });
    connect(m_release, &QPushButton::clicked, this, [this] {
        if (m_prompt)
            emit answered(*m_prompt, latin(answer::kRelease));
    });
    connect(m_lab, &QPushButton::pressed, this, &ManualResetPanel::onLabPressed);
    connect(m_lab, &QPushButton::released, this, &ManualResetPanel::onLabReleased);
    m_timer = new QTimer(this);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &ManualResetPanel::tick);
    setLabHands(nullptr);
}

void ManualResetPanel::setLabHands(LabHands* hands) {
    m_hands = hands;
    m_lab->setVisible(hands != nullptr);
}

void ManualResetPanel::showPrompt(const engine::Prompt& p) {
    m_prompt = p;
    m_listening = false;
    m_stage = p.details.is_object() ? qs(p.details.value("stage", std::string())) : QString();
    m_windowMs = p.details.is_object() ? p.details.value("windowMs", 0LL) : 0;
    const int attempt = p.details.is_object() ? p.details.value("attempt", 1) : 1;
    const bool press = m_stage == QLatin1String("press");
    const bool lab = m_hands != nullptr;
    if (press) {
        m_instruction->setText(lab ? tr("PRESS AND HOLD the lab board's RESET") : tr("PRESS AND HOLD RESET"));
        m_instruction->setStyleSheet(QString::fromLatin1(kWarnStyle));
    } else {
        m_instruction->setText(lab ? tr("LET GO of the RESET button") : tr("RELEASE RESET NOW"));
        m_instruction->setStyleSheet(QString::fromLatin1(kGoodStyle));
    }
    QString question = qs(p.question);
    if (attempt > 1)
        question = tr("Try %1. %2").arg(attempt).arg(question);
    if (lab)
        question += press ? tr("\nHold the RESET button below down with the mouse and keep holding it.")
                          : tr("\nLet go of the mouse button: that releases RESET.");
    m_question->setText(question);
    // On a lab board the mouse is on the lab button: the answer comes from holding and letting go.
    m_holding->setVisible(press && !lab);
    m_release->setVisible(!press && !lab);
    m_lab->setEnabled(lab);
    m_lab->setText(press || !m_lab->isDown()
                       ? tr("RESET button (lab board)\nhold it down with the mouse")
                       : tr("RESET held (lab board)\nlet go of the mouse button to release"));
    if (p.deadline) {
        m_since.start();
        m_windowMs = p.deadline->count();
        m_listening = true;  // counts down to the prompt's deadline
        m_timer->start();
    } else if (press) {
        m_countdown->setText(tr("No hurry: take your time to hold the button."));
        m_timer->stop();
    } else {
        m_countdown->setText(tr("After you let go, the workbench listens for the chip for %1 s.")
                                 .arg((m_windowMs + 999) / 1000));
        m_timer->stop();
    }
}

void ManualResetPanel::promptClosed(const QString& how) {
    const bool answeredNow = how == QLatin1String("answered");
    const bool release = m_stage == QLatin1String("release") && answeredNow;
    m_prompt.reset();
    m_holding->setVisible(false);
    m_release->setVisible(false);
    if (release) {
        m_instruction->setText(tr("Listening for the chip…"));
        m_instruction->setStyleSheet(QString::fromLatin1(kNeutralStyle));
        m_since.start();
        m_listening = true;
        tick();
        m_timer->start();
    } else if (m_stage == QLatin1String("press") && answeredNow) {
        m_instruction->setText(m_hands ? tr("KEEP HOLDING the RESET button") : tr("KEEP HOLDING RESET"));
        m_countdown->setText(tr("The workbench writes the request into the chip while you hold it…"));
        m_timer->stop();
    }
}

void ManualResetPanel::stop() {
    m_prompt.reset();
    m_listening = false;
    m_timer->stop();
    if (m_hands && m_lab->isDown())
        m_lab->setDown(false);
}

QString ManualResetPanel::instruction() const {
    return m_instruction->text();
}

QString ManualResetPanel::countdownText() const {
    return m_countdown->text();
}

void ManualResetPanel::tick() {
    if (!m_listening)
        return;
    const qint64 left = std::max<qint64>(0, m_windowMs - m_since.elapsed());
    m_countdown->setText(tr("%1 s left").arg((left + 999) / 1000));
    if (left == 0)
        m_timer->stop();
}

void ManualResetPanel::onLabPressed() {
    if (!m_hands)
        return;
    m_hands->press();
    if (m_prompt && m_stage == QLatin1String("press"))
        emit answered(*m_prompt, latin(answer::kHolding));
}

void ManualResetPanel::onLabReleased() {
    if (!m_hands)
        return;
    // Answer first: the workbench starts listening, then the chip leaves reset (the boot ROM
    // waits about a second for a host, far longer than this takes).
    if (m_prompt && m_stage == QLatin1String("release"))
        emit answered(*m_prompt, latin(answer::kRelease));
    m_hands->release();
}

}  // namespace rescue::ui
