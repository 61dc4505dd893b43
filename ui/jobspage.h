#pragma once

#include "models/jobservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace buttcloud {

class EventStream;
class JobsModel;
class PubsModel;
class ReconcilePlanModel;
class Session;

// The job queue and history with live progress (admins and support; retry and cancel for admins),
// and the reconcile plan: what the orchestrator would do now, without doing it.
class JobsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPage)

public:
    // None are owned; all must outlive the page.
    JobsPage(Session *session, EventStream *stream, PubsModel *pubs, QWidget *parent = nullptr);
    ~JobsPage() override;

    JobsModel *jobsModel() const;
    // Loads the jobs and the plan (again) and follows job changes live from now on.
    void reload();

private:
    void applyFilter();
    void updateControls();
    std::optional<Job> selectedJob() const;
    void retrySelected();
    void cancelSelected();
    // Shows the job the server answered with, or why retry or cancel failed.
    JobService::Handler<Job> jobActionHandler();
    void showError(const QString &message);

    Session *m_session;
    EventStream *m_stream;
    JobService m_service;
    JobsModel *m_jobsModel;
    ReconcilePlanModel *m_planModel;
    QComboBox *m_stateCombo;
    QComboBox *m_kindCombo;
    QPushButton *m_refreshButton;
    QPushButton *m_retryButton;
    QPushButton *m_cancelButton;
    QPushButton *m_olderButton;
    QLabel *m_errorLabel;
    QTableView *m_jobsView;
    QPushButton *m_planButton;
    QLabel *m_planLabel;
    QTableView *m_planView;
};

}
