#include "ui/device_panel.h"

#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace rescue::ui {

DevicePanel::DevicePanel(QWidget* parent)
    : QWidget(parent),
      m_probes(new QStandardItemModel(this)),
      m_list(new QListView(this)),
      m_status(new QLabel(this)) {
    m_list->setObjectName(QStringLiteral("probeList"));
    m_list->setModel(m_probes);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setObjectName(QStringLiteral("probeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMargin(6);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);

    connect(m_probes, &QAbstractItemModel::rowsInserted, this, &DevicePanel::updateStatus);
    connect(m_probes, &QAbstractItemModel::rowsRemoved, this, &DevicePanel::updateStatus);
    connect(m_probes, &QAbstractItemModel::modelReset, this, &DevicePanel::updateStatus);
    updateStatus();
}

void DevicePanel::updateStatus() {
    if (m_probes->rowCount() == 0)
        m_status->setText(tr("No probe is attached, and the virtual lab is not loaded yet."));
    else
        m_status->setText(tr("%n probe(s) found.", nullptr, m_probes->rowCount()));
}

}  // namespace rescue::ui
