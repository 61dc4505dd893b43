#pragma once

#include "models/apitypes.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;

namespace buttcloud {

class CommandConsole;
class CommandService;
class EventStream;
class PubLogFeed;
class PubLogView;
class PubStatsFeed;
class PubTimelineView;
class PubsModel;
class TimelineModel;
class PubWebLinks;
class StatsChartsView;
class StatsService;

// What a pub page needs from the client core. None are owned; all must outlive the page.
struct PubPageServices
{
    PubsModel *pubs = nullptr; // the pub's current state and figures
    EventStream *stream = nullptr;
    StatsService *stats = nullptr;
    CommandService *commands = nullptr;
};

// One pub in its own window: Overview (its state and live figures), Charts, Commands, Logs (its
// output, followed live) and Timeline (what happened to it). Closes itself when the pub is removed.
class PubPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubPage)

public:
    PubPage(const Pub &pub, const PubPageServices &services, QWidget *parent = nullptr);
    ~PubPage() override;

    QString pubId() const;
    StatsChartsView *chartsView() const;
    CommandConsole *commandConsole() const;
    PubStatsFeed *statsFeed() const;
    PubLogFeed *logFeed() const;
    PubLogView *logView() const;
    TimelineModel *timelineModel() const;
    PubTimelineView *timelineView() const;

private:
    QWidget *createOverviewTab();
    void updateOverview();
    void onRowsRemoved();

    QString m_pubId;
    PubPageServices m_services;
    PubStatsFeed *m_feed;
    QTabWidget *m_tabWidget;
    QFormLayout *m_overviewLayout = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_nodeLabel = nullptr;
    QLabel *m_hubLabel = nullptr;
    QLabel *m_imageLabel = nullptr;
    QLabel *m_createdLabel = nullptr;
    QLabel *m_cpuLabel = nullptr;
    QLabel *m_memoryLabel = nullptr;
    PubWebLinks *m_webLinks = nullptr;
    StatsChartsView *m_chartsView;
    CommandConsole *m_commandConsole;
    PubLogFeed *m_logFeed;
    PubLogView *m_logView;
    TimelineModel *m_timelineModel;
    PubTimelineView *m_timelineView;
};

}
