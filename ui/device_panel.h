#pragma once
// The probes the workbench can see. Starts empty and says so: probe scanning and the
// virtual lab fill it in later issues; until then it shows nothing that is not there.

#include <QWidget>

class QLabel;
class QListView;
class QStandardItemModel;

namespace rescue::ui {

class DevicePanel : public QWidget {
    Q_OBJECT
public:
    explicit DevicePanel(QWidget* parent = nullptr);

    QStandardItemModel* probes() const { return m_probes; }

private:
    void updateStatus();

    QStandardItemModel* m_probes;
    QListView* m_list;
    QLabel* m_status;
};

}  // namespace rescue::ui
