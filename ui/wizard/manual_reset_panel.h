#pragma once
// The manual-reset instruction, big and clear: "PRESS AND HOLD RESET" with "I'm holding it",
// then "LET GO OF RESET" with "Release now" and a countdown of the window in which the
// workbench listens for the chip. On a lab board nobody can press the physical button, so a
// "RESET button (lab board)" push button stands in for it: held with the mouse it holds the
// board's RESET (answering "holding"), let go it releases it (answering "release" first, so
// the workbench is listening when the chip comes out of reset).

#include <QElapsedTimer>
#include <QWidget>

#include "core/engine/event.h"

class QLabel;
class QPushButton;
class QTimer;

namespace rescue::ui {

class LabHands;

class ManualResetPanel : public QWidget {
    Q_OBJECT
public:
    explicit ManualResetPanel(QWidget* parent = nullptr);

    // The lab board's hands, or null on a real board.
    void setLabHands(LabHands* hands);
    void showPrompt(const engine::Prompt& prompt);
    // The prompt ended ("answered", "timed-out", "withdrawn"), whoever answered it: an answered
    // release starts the listening countdown.
    void promptClosed(const QString& how);
    void stop();

    QString stage() const { return m_stage; }
    QString instruction() const;
    QString countdownText() const;
    QPushButton* holdingButton() const { return m_holding; }
    QPushButton* releaseButton() const { return m_release; }
    QPushButton* labButton() const { return m_lab; }

signals:
    void answered(const rescue::engine::Prompt& prompt, const QString& choice);

private:
    void tick();
    void onLabPressed();
    void onLabReleased();

    LabHands* m_hands = nullptr;
    std::optional<engine::Prompt> m_prompt;
    QString m_stage;
    qint64 m_windowMs = 0;
    QElapsedTimer m_since;
    bool m_listening = false;
    QLabel* m_instruction = nullptr;
    QLabel* m_question = nullptr;
    QLabel* m_countdown = nullptr;
    QPushButton* m_holding = nullptr;
    QPushButton* m_release = nullptr;
    QPushButton* m_lab = nullptr;
    QTimer* m_timer = nullptr;
};

}  // namespace rescue::ui
