#include "ui/pubtimelineview.h"

#include "models/timelinemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace buttcloud {

PubTimelineView::PubTimelineView(TimelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_sourceComboBox(new QComboBox(this))
    , m_refreshButton(new QPushButton(tr("&Refresh"), this))
    , m_loadOlderButton(new QPushButton(tr("Load &older"), this))
    , m_statusLabel(new QLabel(this))
    , m_tableView(new QTableView(this))
{
    setObjectName(QStringLiteral("pubTimelineView"));
    m_sourceComboBox->setObjectName(QStringLiteral("timelineSourceComboBox"));
    m_sourceComboBox->setAccessibleName(tr("Show entries from"));
    m_sourceComboBox->addItem(tr("Everything"), QString());
    for (const TimelineEntry::Source source : {TimelineEntry::Source::Docker, TimelineEntry::Source::Job,
                                               TimelineEntry::Source::Billing, TimelineEntry::Source::Mail,
                                               TimelineEntry::Source::Command})
        m_sourceComboBox->addItem(TimelineModel::sourceTitle(source), sourceName(source));
    m_refreshButton->setObjectName(QStringLiteral("timelineRefreshButton"));
    m_refreshButton->setAccessibleName(tr("Read the newest entries again"));
    m_loadOlderButton->setObjectName(QStringLiteral("timelineLoadOlderButton"));
    m_loadOlderButton->setAccessibleName(tr("Load older entries"));
    m_statusLabel->setObjectName(QStringLiteral("timelineStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Timeline status"));

    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(TimelineModel::SourceRole);
    m_tableView->setObjectName(QStringLiteral("timelineTableView"));
    m_tableView->setAccessibleName(tr("Timeline entries"));
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setSectionResizeMode(TimelineModel::TimeColumn, QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(TimelineModel::SourceColumn, QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(TimelineModel::SummaryColumn, QHeaderView::Stretch);
    m_tableView->horizontalHeader()->setSectionResizeMode(TimelineModel::ActorColumn, QHeaderView::ResizeToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_sourceComboBox);
    bar->addStretch(1);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_loadOlderButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_statusLabel);

    connect(m_sourceComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString source = m_sourceComboBox->currentData().toString();
        m_proxy->setFilterRegularExpression(source.isEmpty() ? QRegularExpression()
                                                             : QRegularExpression(QLatin1Char('^') + source + QLatin1Char('$')));
        updateState();
    });
    connect(m_refreshButton, &QPushButton::clicked, m_model, &TimelineModel::refresh);
    connect(m_loadOlderButton, &QPushButton::clicked, m_model, &TimelineModel::loadOlder);
    connect(m_tableView->verticalScrollBar(), &QScrollBar::valueChanged, this, &PubTimelineView::loadOlderAtEnd);
    connect(m_model, &TimelineModel::loadingChanged, this, &PubTimelineView::updateState);
    connect(m_model, &TimelineModel::loaded, this, [this] {
        m_error.clear();
        updateState();
    });
    connect(m_model, &TimelineModel::loadFailed, this, [this](const QString &message) {
        m_error = message;
        updateState();
    });
    updateState();
}

PubTimelineView::~PubTimelineView() = default;

void PubTimelineView::setSourceFilter(const QString &source)
{
    const int index = m_sourceComboBox->findData(source);
    if (index >= 0)
        m_sourceComboBox->setCurrentIndex(index);
}

int PubTimelineView::shownEntryCount() const
{
    return m_proxy->rowCount();
}

void PubTimelineView::loadOlderAtEnd(int scrollValue)
{
    const QScrollBar *bar = m_tableView->verticalScrollBar();
    if (bar->maximum() > 0 && scrollValue >= bar->maximum() && m_model->canLoadOlder() && !m_model->isLoading())
        m_model->loadOlder();
}

void PubTimelineView::updateState()
{
    m_loadOlderButton->setEnabled(m_model->canLoadOlder() && !m_model->isLoading());
    m_refreshButton->setEnabled(!m_model->isLoading());
    if (!m_error.isEmpty())
        m_statusLabel->setText(tr("Could not read the timeline: %1").arg(m_error));
    else if (m_model->isLoading())
        m_statusLabel->setText(tr("Loading…"));
    else
        m_statusLabel->setText(tr("%n entry(ies) shown.", nullptr, m_proxy->rowCount()));
}

}
