#pragma once
// The live log widget: a table with uniform rows over LogFilterProxy, the filter controls,
// follow-tail, copy (Ctrl+C, as text lines), export (text, JSON lines), and a details pane
// for the selected line's structured fields.

#include <QByteArray>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace rescue::ui {

class LogFilterProxy;
class LogModel;

class LogView : public QWidget {
    Q_OBJECT
public:
    enum class ExportFormat { Text, JsonLines };

    explicit LogView(LogModel* model, QWidget* parent = nullptr);

    LogModel* model() const { return m_model; }
    LogFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }

    bool followTail() const { return m_followTail; }
    void setFollowTail(bool follow);

    // The selected rows as text lines (the export's text format), in view order.
    QString selectedText() const;
    // Writes the rows the filter lets through; on failure returns false with a sentence in
    // `error`.
    bool exportVisibleRows(const QString& path, ExportFormat format, QString* error = nullptr) const;

    // Column widths, splitter position, filters and follow-tail, for QSettings.
    QByteArray saveState() const;
    bool restoreState(const QByteArray& state);

public slots:
    void copySelection();
    void exportWithDialog(rescue::ui::LogView::ExportFormat format);

signals:
    void followTailChanged(bool follow);

private:
    QWidget* buildFilterBar();
    void addChannel(const QString& channel);
    void applyChannelMenu();
    void scheduleScrollToBottom();
    void scheduleCountUpdate();
    void updateCount();
    void showDetails();

    LogModel* m_model;
    LogFilterProxy* m_proxy;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QComboBox* m_level = nullptr;
    QPushButton* m_channelButton = nullptr;
    QMenu* m_channelMenu = nullptr;
    QLineEdit* m_search = nullptr;
    QToolButton* m_followButton = nullptr;
    QLabel* m_count = nullptr;
    QTimer* m_countTimer = nullptr;
    bool m_followTail = true;
    bool m_scrollPending = false;
};

}  // namespace rescue::ui
