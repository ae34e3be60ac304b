#pragma once
// The central area before anything is connected: what the workbench is for and the steps
// that lead to a recovered board. Later issues put the diagnosis and the wizard here.

#include <QWidget>

namespace rescue::ui {

class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);
};

}  // namespace rescue::ui
