#pragma once

#include "models/hubservice.h"

#include <QWidget>
#include <optional>

class QChartView;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace buttcloud {

class CommandService;
class EventStream;
class HubsModel;
class PubsModel;
class Session;

// The swarm's hubs and their capacity: a table, a chart of memory reserved and free per hub, the
// totals, the plan and a "what if N more pubs" figure. Admins add, drain and remove hubs; support
// staff see the same without those controls. Both run read-only commands on a hub's pubs.
class HubsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubsPage)

public:
    // None are owned; all must outlive the page.
    HubsPage(Session *session, EventStream *stream, CommandService *commands, PubsModel *pubs, QWidget *parent = nullptr);
    ~HubsPage() override;

    HubsModel *hubsModel() const;
    // Loads the hubs and the capacity (again).
    void reload();

Q_SIGNALS:
    // A hub action queued a job (join, drain, remove): for whoever follows job progress.
    void jobStarted(const buttcloud::Job &job, const QString &subject);

private:
    void loadCapacity();
    void showCapacity(const Capacity &capacity);
    void updateControls();
    std::optional<Hub> selectedHub() const;
    void addHub();
    void drainHub();
    void removeHub();
    void runCommandOnPubs();
    HubService::Handler<Hub> hubActionHandler(const QString &failureTitle);

    Session *m_session;
    EventStream *m_stream;
    CommandService *m_commands;
    PubsModel *m_pubs;
    HubService m_service;
    HubsModel *m_model;
    QPushButton *m_addButton;
    QPushButton *m_drainButton;
    QPushButton *m_removeButton;
    QPushButton *m_commandButton;
    QPushButton *m_refreshButton;
    QLabel *m_errorLabel;
    QTableView *m_tableView;
    QChartView *m_chartView;
    QLabel *m_totalsLabel;
    QLabel *m_observedLabel;
    QLabel *m_planLabel;
    QSpinBox *m_whatIfSpinBox;
    QLabel *m_whatIfLabel;
    QTimer *m_whatIfTimer;
};

}
