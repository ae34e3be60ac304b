#include "ui/log_view.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/log_export.h"
#include "ui/log_filter_proxy.h"
#include "ui/log_item_delegate.h"
#include "ui/log_model.h"

namespace rescue::ui {

namespace {
constexpr quint32 kStateMagic = 0x52574c56;  // "RWLV"
constexpr quint32 kStateVersion = 1;
}  // namespace

LogView::LogView(LogModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new LogFilterProxy(this)) {
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setAccessibleName(tr("Log"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new LogItemDelegate(m_table));
    m_table->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setCornerButtonEnabled(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform rows: the view never measures a row, which keeps a million of them cheap.
    const int rowHeight = m_table->fontMetrics().height() + 6;
    QHeaderView* rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(rowHeight);
    rows->setDefaultSectionSize(rowHeight);
    rows->hide();
    QHeaderView* columns = m_table->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    const QFontMetrics fm = m_table->fontMetrics();
    columns->resizeSection(LogModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    columns->resizeSection(LogModel::LevelColumn,
                           fm.horizontalAdvance(LogModel::levelName(engine::LogLevel::Warning)) + 16);
    columns->resizeSection(LogModel::ChannelColumn, fm.horizontalAdvance(QStringLiteral("WIZARD")) + 24);

    auto* copy =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/icons/copy.svg"))),
                    tr("&Copy lines"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &LogView::copySelection);
    auto* selectAll = new QAction(tr("Select &all"), this);
    selectAll->setShortcut(QKeySequence::SelectAll);
    selectAll->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(selectAll, &QAction::triggered, m_table, &QTableView::selectAll);
    m_table->addAction(copy);
    m_table->addAction(selectAll);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("logDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(
        tr("Select a line to see when it was logged, by which job, and its fields."));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_splitter, 1);

    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(150);
    connect(m_countTimer, &QTimer::timeout, this, &LogView::updateCount);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        scheduleScrollToBottom();
        scheduleCountUpdate();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LogView::scheduleCountUpdate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogView::scheduleCountUpdate);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LogView::scheduleCountUpdate);
    connect(m_proxy, &LogFilterProxy::filterChanged, this, [this] {
        scheduleCountUpdate();
        scheduleScrollToBottom();
    });
    connect(m_model, &LogModel::channelAdded, this, &LogView::addChannel);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogView::showDetails);
    // Picking a line stops following, so the line stays where the person clicked it.
    connect(m_table, &QTableView::pressed, this, [this] { setFollowTail(false); });
    // Scrolling away from the end stops following; scrolling back to it resumes.
    QScrollBar* bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::actionTriggered, this, [this, bar] {
        QTimer::singleShot(0, this, [this, bar] { setFollowTail(bar->value() >= bar->maximum()); });
    });
    for (const QString& channel : m_model->channelNames())
        addChannel(channel);
    updateCount();
}

QWidget* LogView::buildFilterBar() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 2, 4, 2);

    m_level = new QComboBox(bar);
    m_level->setObjectName(QStringLiteral("logLevelFilter"));
    m_level->addItem(tr("All levels"), static_cast<int>(engine::LogLevel::Debug));
    m_level->addItem(tr("Info and above"), static_cast<int>(engine::LogLevel::Info));
    m_level->addItem(tr("Warnings and errors"), static_cast<int>(engine::LogLevel::Warning));
    m_level->addItem(tr("Errors only"), static_cast<int>(engine::LogLevel::Error));
    m_level->setToolTip(tr("Show lines of this level and above"));
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinimumLevel(static_cast<engine::LogLevel>(m_level->currentData().toInt()));
    });

    m_channelMenu = new QMenu(bar);
    m_channelButton = new QPushButton(tr("Channels"), bar);
    m_channelButton->setObjectName(QStringLiteral("logChannelFilter"));
    m_channelButton->setMenu(m_channelMenu);
    // Nothing to choose from until a line has named its channel.
    m_channelButton->setEnabled(false);
    m_channelButton->setToolTip(tr("Channels appear here as lines arrive"));

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setPlaceholderText(tr("Search messages"));
    m_search->setClearButtonEnabled(true);
    // Re-filtering a million rows per keystroke would stutter; wait for a pause in typing.
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] { m_proxy->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this, searchDelay] {
        searchDelay->stop();
        m_proxy->setSearchText(m_search->text());
    });

    m_followButton = new QToolButton(bar);
    m_followButton->setObjectName(QStringLiteral("logFollowTail"));
    m_followButton->setCheckable(true);
    m_followButton->setChecked(m_followTail);
    m_followButton->setIcon(
        QIcon::fromTheme(QStringLiteral("go-bottom"), QIcon(QStringLiteral(":/icons/follow-tail.svg"))));
    m_followButton->setText(tr("Follow"));
    m_followButton->setToolTip(tr("Keep the newest line in view"));
    m_followButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_followButton, &QToolButton::toggled, this, &LogView::setFollowTail);

    auto* exportMenu = new QMenu(bar);
    exportMenu->addAction(tr("As &text…"), this, [this] { exportWithDialog(ExportFormat::Text); });
    exportMenu->addAction(tr("As &JSON lines…"), this, [this] { exportWithDialog(ExportFormat::JsonLines); });
    auto* exportButton = new QPushButton(tr("Export"), bar);
    exportButton->setObjectName(QStringLiteral("logExport"));
    exportButton->setIcon(
        QIcon::fromTheme(QStringLiteral("document-save-as"), QIcon(QStringLiteral(":/icons/export.svg"))));
    exportButton->setToolTip(tr("Save the lines the filter shows"));
    exportButton->setMenu(exportMenu);

    auto* clearButton = new QToolButton(bar);
    clearButton->setObjectName(QStringLiteral("logClear"));
    clearButton->setText(tr("Clear"));
    clearButton->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-clear"), QIcon(QStringLiteral(":/icons/clear.svg"))));
    clearButton->setToolTip(tr("Remove every line from this view (the journal on disk keeps them)"));
    clearButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(clearButton, &QToolButton::clicked, m_model, &LogModel::clear);

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("logCount"));

    row->addWidget(m_level);
    row->addWidget(m_channelButton);
    row->addWidget(m_search, 1);
    row->addWidget(m_followButton);
    row->addWidget(exportButton);
    row->addWidget(clearButton);
    row->addWidget(m_count);
    return bar;
}

void LogView::addChannel(const QString& channel) {
    // Kept sorted so a channel is easy to find whatever order they first appeared in.
    const QList<QAction*> actions = m_channelMenu->actions();
    QAction* before = nullptr;
    for (QAction* a : actions) {
        if (a->text() == channel)
            return;
        if (!before && a->text().compare(channel, Qt::CaseInsensitive) > 0)
            before = a;
    }
    m_channelButton->setEnabled(true);
    m_channelButton->setToolTip(tr("Choose which channels are shown"));
    auto* action = new QAction(channel, m_channelMenu);
    action->setCheckable(true);
    action->setChecked(!m_proxy->hiddenChannels().contains(channel));
    connect(action, &QAction::toggled, this, &LogView::applyChannelMenu);
    m_channelMenu->insertAction(before, action);
}

void LogView::applyChannelMenu() {
    QSet<QString> hidden;
    for (QAction* a : m_channelMenu->actions()) {
        if (!a->isChecked())
            hidden.insert(a->text());
    }
    m_proxy->setHiddenChannels(hidden);
    m_channelButton->setText(hidden.isEmpty()
                                 ? tr("Channels")
                                 : tr("Channels (%n hidden)", nullptr, static_cast<int>(hidden.size())));
}

void LogView::setFollowTail(bool follow) {
    if (follow == m_followTail)
        return;
    m_followTail = follow;
    m_followButton->setChecked(follow);
    if (follow)
        scheduleScrollToBottom();
    emit followTailChanged(follow);
}

void LogView::scheduleScrollToBottom() {
    // Once per event-loop turn at most, however many batches arrived in it.
    if (!m_followTail || m_scrollPending)
        return;
    m_scrollPending = true;
    QTimer::singleShot(0, this, [this] {
        m_scrollPending = false;
        if (m_followTail)
            m_table->scrollToBottom();
    });
}

void LogView::scheduleCountUpdate() {
    if (!m_countTimer->isActive())
        m_countTimer->start();
}

void LogView::updateCount() {
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    if (total == 0)
        m_count->setText(tr("No lines yet"));
    else if (shown == total)
        m_count->setText(tr("%1 lines").arg(locale.toString(total)));
    else
        m_count->setText(tr("%1 of %2 lines").arg(locale.toString(shown), locale.toString(total)));
}

void LogView::showDetails() {
    const QModelIndex current = m_table->currentIndex();
    m_details->setPlainText(current.isValid() ? current.data(LogModel::DetailsRole).toString() : QString());
}

QString LogView::selectedText() const {
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    lines.reserve(selected.size());
    for (const QModelIndex& index : selected)
        lines.append(formatLogLineAsText(*m_model, m_proxy->mapToSource(index).row()));
    return lines.join(QLatin1Char('\n'));
}

void LogView::copySelection() {
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

bool LogView::exportVisibleRows(const QString& path, ExportFormat format, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2.").arg(path, file.errorString());
        return false;
    }
    const std::vector<int> rows = m_proxy->visibleSourceRows();
    const bool written = format == ExportFormat::Text ? writeLogAsText(*m_model, rows, file, error)
                                                      : writeLogAsJsonLines(*m_model, rows, file, error);
    if (!written) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 could not be saved: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

void LogView::exportWithDialog(ExportFormat format) {
    const bool text = format == ExportFormat::Text;
    const QString path = QFileDialog::getSaveFileName(
        this, text ? tr("Export log as text") : tr("Export log as JSON lines"),
        text ? QStringLiteral("rescue-log.txt") : QStringLiteral("rescue-log.jsonl"),
        text ? tr("Text files (*.txt);;All files (*)") : tr("JSON lines (*.jsonl *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportVisibleRows(path, format, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

QByteArray LogView::saveState() const {
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    QStringList hidden(m_proxy->hiddenChannels().begin(), m_proxy->hiddenChannels().end());
    hidden.sort();
    out << kStateMagic << kStateVersion << m_table->horizontalHeader()->saveState() << m_splitter->saveState()
        << m_level->currentIndex() << hidden << m_followTail;
    return state;
}

bool LogView::restoreState(const QByteArray& state) {
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray header;
    QByteArray splitter;
    int level = 0;
    QStringList hidden;
    bool follow = true;
    in >> magic >> version >> header >> splitter >> level >> hidden >> follow;
    if (in.status() != QDataStream::Ok || magic != kStateMagic || version != kStateVersion)
        return false;
    m_table->horizontalHeader()->restoreState(header);
    m_splitter->restoreState(splitter);
    if (level >= 0 && level < m_level->count())
        m_level->setCurrentIndex(level);
    // The filter first, so channels remembered as hidden enter the menu unchecked.
    const QSet<QString> hiddenSet(hidden.begin(), hidden.end());
    m_proxy->setHiddenChannels(hiddenSet);
    for (const QString& channel : hidden)
        addChannel(channel);
    for (QAction* a : m_channelMenu->actions()) {
        const QSignalBlocker quiet(a);
        a->setChecked(!hiddenSet.contains(a->text()));
    }
    m_channelButton->setText(hiddenSet.isEmpty()
                                 ? tr("Channels")
                                 : tr("Channels (%n hidden)", nullptr, static_cast<int>(hiddenSet.size())));
    setFollowTail(follow);
    return true;
}

}  // namespace rescue::ui
