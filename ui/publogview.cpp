#include "ui/publogview.h"

#include "models/loglinesmodel.h"
#include "models/publogfeed.h"
#include "ui/messagebox.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace buttcloud {

namespace {
// Paints a line with every occurrence of the search text highlighted.
class HighlightDelegate final : public QStyledItemDelegate
{
public:
    HighlightDelegate(const QLineEdit *search, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_search(search)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString needle = m_search->text();
        const QString text = index.data(Qt::DisplayRole).toString();
        if (needle.isEmpty() || !text.contains(needle, Qt::CaseInsensitive)) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem plain = option;
        initStyleOption(&plain, index);
        plain.text.clear();
        plain.widget->style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, plain.widget);

        QString html;
        qsizetype from = 0;
        for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(needle, from, Qt::CaseInsensitive)) {
            html += text.mid(from, at - from).toHtmlEscaped();
            html += QStringLiteral("<span style=\"background-color:#ffd54f;color:#000000\">%1</span>")
                        .arg(text.mid(at, needle.size()).toHtmlEscaped());
            from = at + needle.size();
        }
        html += text.mid(from).toHtmlEscaped();
        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setDocumentMargin(2);
        document.setHtml(QStringLiteral("<span style=\"white-space:pre\">%1</span>").arg(html));
        painter->save();
        painter->translate(option.rect.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
        QAbstractTextDocumentLayout::PaintContext context;
        const QVariant foreground = index.data(Qt::ForegroundRole);
        context.palette.setColor(QPalette::Text, foreground.isValid() ? foreground.value<QBrush>().color()
                                                                      : option.palette.color(QPalette::Text));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

private:
    const QLineEdit *m_search;
};
}

PubLogView::PubLogView(PubLogFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_pauseButton(new QPushButton(tr("&Pause"), this))
    , m_copyButton(new QPushButton(tr("C&opy"), this))
    , m_saveButton(new QPushButton(tr("&Save…"), this))
    , m_reloadButton(new QPushButton(tr("&Reload"), this))
    , m_statusLabel(new QLabel(this))
    , m_tableView(new QTableView(this))
{
    setObjectName(QStringLiteral("pubLogView"));
    m_searchEdit->setObjectName(QStringLiteral("logSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search the lines"));
    m_searchEdit->setAccessibleName(tr("Search the log lines"));
    m_searchEdit->setClearButtonEnabled(true);
    m_pauseButton->setObjectName(QStringLiteral("logPauseButton"));
    m_pauseButton->setCheckable(true);
    m_pauseButton->setAccessibleName(tr("Pause following the log"));
    m_copyButton->setObjectName(QStringLiteral("logCopyButton"));
    m_copyButton->setAccessibleName(tr("Copy the selected lines, or all shown"));
    m_saveButton->setObjectName(QStringLiteral("logSaveButton"));
    m_saveButton->setAccessibleName(tr("Save the shown lines to a file"));
    m_reloadButton->setObjectName(QStringLiteral("logReloadButton"));
    m_reloadButton->setAccessibleName(tr("Read the newest lines again"));
    m_statusLabel->setObjectName(QStringLiteral("logStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Log status"));

    m_proxy->setSourceModel(feed->model());
    m_proxy->setFilterKeyColumn(LogLinesModel::TextColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tableView->setObjectName(QStringLiteral("logTableView"));
    m_tableView->setAccessibleName(tr("Log lines"));
    m_tableView->setModel(m_proxy);
    m_tableView->setItemDelegateForColumn(LogLinesModel::TextColumn, new HighlightDelegate(m_searchEdit, m_tableView));
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 6);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(LogLinesModel::TimeColumn, QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(LogLinesModel::StreamColumn, QHeaderView::ResizeToContents);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_tableView->setFont(mono);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_searchEdit, 1);
    bar->addWidget(m_pauseButton);
    bar->addWidget(m_reloadButton);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_statusLabel);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_tableView->viewport()->update();
        updateStatus();
    });
    connect(m_pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        m_feed->setPaused(paused);
        m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
        updateStatus();
    });
    connect(m_copyButton, &QPushButton::clicked, this, &PubLogView::copyLines);
    connect(m_saveButton, &QPushButton::clicked, this, &PubLogView::chooseSaveFile);
    connect(m_reloadButton, &QPushButton::clicked, m_feed, &PubLogFeed::reload);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PubLogView::onRowsInserted);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PubLogView::onRowsInserted);
    connect(m_feed, &PubLogFeed::loadFailed, this, [this](const QString &message) {
        m_error = message;
        updateStatus();
    });
    connect(m_feed, &PubLogFeed::liveLinesArrived, this, &PubLogView::updateStatus);
    connect(m_feed, &PubLogFeed::loaded, this, [this] {
        m_error.clear();
        updateStatus();
    });
    updateStatus();
}

PubLogView::~PubLogView() = default;

void PubLogView::setSearchText(const QString &text)
{
    m_searchEdit->setText(text);
}

int PubLogView::shownLineCount() const
{
    return m_proxy->rowCount();
}

void PubLogView::onRowsInserted()
{
    // Follow the newest line, unless the reader scrolled up to read something.
    QScrollBar *bar = m_tableView->verticalScrollBar();
    const bool atBottom = bar->value() >= bar->maximum() - 2;
    if (atBottom && !m_feed->isPaused())
        m_tableView->scrollToBottom();
    updateStatus();
}

void PubLogView::updateStatus()
{
    QString status;
    if (!m_error.isEmpty())
        status = tr("Could not read the log: %1").arg(m_error);
    else if (m_feed->isPaused())
        status = tr("Paused: %n new line(s) waiting.", nullptr, m_feed->waitingLines());
    else if (!m_searchEdit->text().isEmpty())
        status = tr("%n matching line(s) of %1.", nullptr, m_proxy->rowCount()).arg(m_feed->model()->rowCount());
    else
        status = tr("Following live: %n line(s).", nullptr, m_feed->model()->rowCount());
    m_statusLabel->setText(status);
}

QString PubLogView::rowsText(const QList<int> &proxyRows) const
{
    QStringList lines;
    for (const int row : proxyRows) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        lines.append(LogLinesModel::format(m_feed->model()->lineAt(source.row())));
    }
    return lines.join(QLatin1Char('\n')) + (lines.isEmpty() ? QString() : QStringLiteral("\n"));
}

QString PubLogView::shownText() const
{
    QList<int> rows;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(row);
    return rowsText(rows);
}

void PubLogView::copyLines()
{
    QList<int> rows;
    for (const QModelIndex &index : m_tableView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(rows.isEmpty() ? shownText() : rowsText(rows));
}

QString PubLogView::saveTo(const QString &filePath) const
{
    return writeLogText(filePath, shownText());
}

void PubLogView::chooseSaveFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Log"), tr("pub-log.txt"), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (const QString problem = saveTo(path); !problem.isEmpty())
        MessageBox::warning(this, tr("Could not save the log"), problem);
}

}
