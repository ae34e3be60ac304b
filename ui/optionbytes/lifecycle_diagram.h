#pragma once
// The product state as a diagram of the family's lifecycle (states from the catalog, in
// order): the state in force highlighted, the one asked for outlined, the states the validator
// lets the chip move to next marked, refused ones greyed (hover says why). Clicking a state
// asks for it; the findings then say what that means.

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include <QWidget>

#include "core/device/lifecycle.h"

class QGridLayout;
class QLabel;
class QToolButton;

namespace rescue::ui {

class LifecycleDiagram : public QWidget {
    Q_OBJECT
public:
    enum class Mark { Current, Allowed, Refused, HardwareOnly };
    struct StateView {
        Mark mark = Mark::Refused;
        QString why;  // the first finding's sentence for a refused move
    };

    explicit LifecycleDiagram(QWidget* parent = nullptr);

    // `marks` by state id; `requested`: the state code asked for, if any.
    void show(const device::Lifecycle& lifecycle, const std::map<std::string, StateView>& marks,
              std::optional<std::uint8_t> requested);
    void clear();

    QToolButton* stateButton(const QString& id) const;
    // "current", "allowed", "refused", "hardware" for a state id (tests, accessibility).
    QString markOf(const QString& id) const;

signals:
    void stateChosen(quint8 code);

private:
    QGridLayout* m_row;
    QLabel* m_legend;
};

}  // namespace rescue::ui
