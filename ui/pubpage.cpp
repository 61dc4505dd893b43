#include "ui/pubpage.h"

#include "models/publogfeed.h"
#include "models/pubstatsfeed.h"
#include "models/pubsmodel.h"
#include "models/statsservice.h"
#include "models/timelinemodel.h"
#include "ui/commandconsole.h"
#include "ui/offlinebanner.h"
#include "ui/publogview.h"
#include "ui/pubtimelineview.h"
#include "ui/pubweblinks.h"
#include "ui/statschartsview.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace buttcloud {

PubPage::PubPage(const Pub &pub, const PubPageServices &services, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_pubId(pub.id)
    , m_services(services)
    , m_feed(new PubStatsFeed(pub.id, services.stats, services.stream, this))
    , m_tabWidget(new QTabWidget(this))
    , m_chartsView(new StatsChartsView(m_feed, m_tabWidget))
    , m_commandConsole(new CommandConsole(pub.id, services.commands, services.stream, m_tabWidget))
    , m_logFeed(new PubLogFeed(pub.id, services.stats->session(), services.stream, this))
    , m_logView(new PubLogView(m_logFeed, m_tabWidget))
    , m_timelineModel(new TimelineModel(pub.id, services.stats->session(), this))
    , m_timelineView(new PubTimelineView(m_timelineModel, m_tabWidget))
{
    setObjectName(QStringLiteral("pubPage"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 — ButtCloud").arg(pub.name));
    m_tabWidget->setObjectName(QStringLiteral("pubTabWidget"));
    m_tabWidget->setAccessibleName(tr("Pub sections"));
    m_tabWidget->addTab(createOverviewTab(), tr("&Overview"));
    m_tabWidget->addTab(m_chartsView, tr("&Charts"));
    m_tabWidget->addTab(m_commandConsole, tr("Co&mmands"));
    m_tabWidget->addTab(m_logView, tr("&Logs"));
    m_tabWidget->addTab(m_timelineView, tr("&Timeline"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (services.stream)
        layout->addWidget(new OfflineBanner(services.stream, this));
    layout->addWidget(m_tabWidget, 1);

    if (m_services.pubs) {
        connect(m_services.pubs, &QAbstractItemModel::dataChanged, this, &PubPage::updateOverview);
        connect(m_services.pubs, &QAbstractItemModel::modelReset, this, &PubPage::onRowsRemoved);
        connect(m_services.pubs, &QAbstractItemModel::rowsRemoved, this, &PubPage::onRowsRemoved);
    }
    connect(m_feed, &PubStatsFeed::updated, this, &PubPage::updateOverview);
    updateOverview();
    m_commandConsole->reload();
    m_timelineModel->refresh();
    resize(960, 640);
}

PubPage::~PubPage() = default;

QString PubPage::pubId() const
{
    return m_pubId;
}

StatsChartsView *PubPage::chartsView() const
{
    return m_chartsView;
}

CommandConsole *PubPage::commandConsole() const
{
    return m_commandConsole;
}

PubStatsFeed *PubPage::statsFeed() const
{
    return m_feed;
}

PubLogFeed *PubPage::logFeed() const
{
    return m_logFeed;
}

PubLogView *PubPage::logView() const
{
    return m_logView;
}

TimelineModel *PubPage::timelineModel() const
{
    return m_timelineModel;
}

PubTimelineView *PubPage::timelineView() const
{
    return m_timelineView;
}

QWidget *PubPage::createOverviewTab()
{
    auto *tab = new QWidget(m_tabWidget);
    tab->setObjectName(QStringLiteral("overviewWidget"));
    m_overviewLayout = new QFormLayout(tab);
    const auto addRow = [this, tab](const QString &label, const char *objectName) {
        auto *value = new QLabel(tab);
        value->setObjectName(QString::fromLatin1(objectName));
        value->setAccessibleName(label);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_overviewLayout->addRow(label + QLatin1Char(':'), value);
        return value;
    };
    m_nameLabel = addRow(tr("Name"), "nameValueLabel");
    m_statusLabel = addRow(tr("Status"), "statusValueLabel");
    m_addressLabel = addRow(tr("Address"), "addressValueLabel");
    m_nodeLabel = addRow(tr("Node"), "nodeValueLabel");
    m_hubLabel = addRow(tr("Pinned to hub"), "hubValueLabel");
    m_imageLabel = addRow(tr("Image"), "imageValueLabel");
    m_createdLabel = addRow(tr("Created"), "createdValueLabel");
    m_cpuLabel = addRow(tr("CPU"), "cpuValueLabel");
    m_memoryLabel = addRow(tr("Memory"), "memoryValueLabel");
    m_webLinks = new PubWebLinks(tab);
    m_overviewLayout->addRow(m_webLinks);
    return tab;
}

void PubPage::updateOverview()
{
    if (!m_services.pubs)
        return;
    const std::optional<Pub> pub = m_services.pubs->pubById(m_pubId);
    if (!pub)
        return;
    const QLocale locale;
    m_nameLabel->setText(pub->name);
    m_statusLabel->setText(pub->statusMessage.isEmpty()
                               ? PubsModel::statusLabel(pub->status)
                               : tr("%1 (%2)").arg(PubsModel::statusLabel(pub->status), pub->statusMessage));
    m_addressLabel->setText(pub->address);
    m_webLinks->setPub(*pub);
    m_nodeLabel->setText(pub->node);
    // Where swarm may run the pub: one hub (after an import or a move there), or anywhere.
    m_hubLabel->setText(pub->hubId.isEmpty() ? tr("None: any node may run it") : pub->hubId);
    m_imageLabel->setText(pub->image);
    m_createdLabel->setText(pub->createdAt.isValid() ? locale.toString(pub->createdAt.toLocalTime(), QLocale::LongFormat)
                                                     : QString());
    // The page's own feed is live at 1 s; the table's figures are the fallback before it has any.
    std::optional<StatsSample> latest = m_feed->series().latest();
    if (!latest)
        latest = m_services.pubs->figures(m_pubId);
    if (!latest || pub->status != PubStatus::Up) {
        m_cpuLabel->setText(tr("—"));
        m_memoryLabel->setText(tr("—"));
        return;
    }
    m_cpuLabel->setText(tr("%1 % of one core").arg(locale.toString(latest->value(StatsMetric::CpuPercent), 'f', 1)));
    m_memoryLabel->setText(tr("%1 of %2").arg(locale.formattedDataSize(qint64(latest->value(StatsMetric::MemoryBytes))),
                                              locale.formattedDataSize(qint64(latest->value(StatsMetric::MemoryLimitBytes)))));
}

void PubPage::onRowsRemoved()
{
    if (m_services.pubs && !m_services.pubs->pubById(m_pubId))
        close(); // the pub is gone (deleted, or the user signed out)
}

}
