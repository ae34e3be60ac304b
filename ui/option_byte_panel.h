#pragma once
// Where the option-byte editor will live. Until a target is connected there is nothing to
// read, so it says exactly that instead of showing a table of made-up values.

#include <QWidget>

class QLabel;

namespace rescue::ui {

class OptionBytePanel : public QWidget {
    Q_OBJECT
public:
    explicit OptionBytePanel(QWidget* parent = nullptr);

private:
    QLabel* m_status;
};

}  // namespace rescue::ui
