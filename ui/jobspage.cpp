#include "ui/jobspage.h"

#include "models/eventstream.h"
#include "models/jobsmodel.h"
#include "models/reconcileplanmodel.h"
#include "models/session.h"
#include "ui/pagewidgets.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace buttcloud {

JobsPage::JobsPage(Session *session, EventStream *stream, PubsModel *pubs, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stream(stream)
    , m_service(session)
    , m_jobsModel(new JobsModel(&m_service, this))
    , m_planModel(new ReconcilePlanModel(&m_service, pubs, this))
    , m_stateCombo(new QComboBox(this))
    , m_kindCombo(new QComboBox(this))
    , m_refreshButton(makeButton(tr("&Refresh"), "jobsRefreshButton", tr("Refresh the jobs"), this))
    , m_retryButton(makeButton(tr("Re&try"), "jobsRetryButton", tr("Retry the selected job"), this))
    , m_cancelButton(makeButton(tr("&Cancel Job"), "jobsCancelButton", tr("Cancel the selected job"), this))
    , m_olderButton(makeButton(tr("Load &Older"), "jobsOlderButton", tr("Load older jobs"), this))
    , m_errorLabel(new QLabel(this))
    , m_jobsView(new QTableView(this))
    , m_planButton(makeButton(tr("Check &Now"), "planRefreshButton", tr("Compute the reconcile plan now"), this))
    , m_planLabel(new QLabel(this))
    , m_planView(new QTableView(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    m_jobsModel->setPubsModel(pubs);

    m_stateCombo->setObjectName(QStringLiteral("jobsStateComboBox"));
    m_stateCombo->setAccessibleName(tr("Show jobs in state"));
    m_stateCombo->addItem(tr("All states"), QString());
    for (JobState state : {JobState::Queued, JobState::Running, JobState::Succeeded, JobState::Failed, JobState::Canceled})
        m_stateCombo->addItem(jobStateLabel(state), jobStateName(state));
    m_kindCombo->setObjectName(QStringLiteral("jobsKindComboBox"));
    m_kindCombo->setAccessibleName(tr("Show jobs of kind"));
    m_kindCombo->addItem(tr("All kinds"), QString());
    for (const QString &kind : knownJobKinds())
        m_kindCombo->addItem(jobKindLabel(kind), kind);
    m_errorLabel->setObjectName(QStringLiteral("jobsErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    setUpTable(m_jobsView, m_jobsModel, "jobsTableView", tr("Jobs"));
    m_jobsView->horizontalHeader()->setSectionResizeMode(JobsModel::ProgressColumn, QHeaderView::Stretch);
    setUpTable(m_planView, m_planModel, "planTableView", tr("Reconcile plan"));
    m_planLabel->setObjectName(QStringLiteral("planLabel"));
    m_planLabel->setWordWrap(true);

    connect(m_stateCombo, &QComboBox::activated, this, &JobsPage::applyFilter);
    connect(m_kindCombo, &QComboBox::activated, this, &JobsPage::applyFilter);
    connect(m_refreshButton, &QPushButton::clicked, m_jobsModel, &JobsModel::refresh);
    connect(m_olderButton, &QPushButton::clicked, m_jobsModel, &JobsModel::loadOlder);
    connect(m_retryButton, &QPushButton::clicked, this, &JobsPage::retrySelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &JobsPage::cancelSelected);
    connect(m_planButton, &QPushButton::clicked, m_planModel, &ReconcilePlanModel::refresh);
    connect(m_jobsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsPage::updateControls);
    connect(m_jobsModel, &QAbstractItemModel::dataChanged, this, &JobsPage::updateControls);
    connect(m_jobsModel, &JobsModel::loadingChanged, this, &JobsPage::updateControls);
    connect(m_jobsModel, &JobsModel::loaded, m_errorLabel, &QLabel::hide);
    connect(m_jobsModel, &JobsModel::loadFailed, this, &JobsPage::showError);
    connect(m_planModel, &ReconcilePlanModel::loaded, this, [this] {
        const QString time = QLocale().toString(m_planModel->checkedAt().toLocalTime(), QLocale::ShortFormat);
        m_planLabel->setText(m_planModel->rowCount() == 0
                                 ? tr("Checked %1: the swarm matches the desired state.").arg(time)
                                 : tr("Checked %1: %n difference(s).", nullptr, m_planModel->rowCount()).arg(time));
    });
    connect(m_planModel, &ReconcilePlanModel::loadFailed, m_planLabel, &QLabel::setText);
    connect(m_session, &Session::signedIn, this, &JobsPage::updateControls);
    connect(m_session, &Session::signedOut, m_jobsModel, &JobsModel::clear);
    connect(m_session, &Session::signedOut, m_planModel, &ReconcilePlanModel::clear);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stateCombo);
    filters->addWidget(m_kindCombo);
    filters->addStretch();
    filters->addWidget(m_refreshButton);
    filters->addWidget(m_retryButton);
    filters->addWidget(m_cancelButton);

    auto *jobsBox = new QGroupBox(tr("Queue and history"), this);
    auto *jobsLayout = new QVBoxLayout(jobsBox);
    jobsLayout->addLayout(filters);
    jobsLayout->addWidget(m_errorLabel);
    jobsLayout->addWidget(m_jobsView);
    jobsLayout->addWidget(m_olderButton, 0, Qt::AlignRight);

    auto *planBox = new QGroupBox(tr("Reconcile plan (dry run)"), this);
    auto *planHeader = new QHBoxLayout;
    planHeader->addWidget(m_planLabel, 1);
    planHeader->addWidget(m_planButton);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addLayout(planHeader);
    planLayout->addWidget(m_planView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(jobsBox);
    splitter->addWidget(planBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    updateControls();
}

JobsPage::~JobsPage() = default;

JobsModel *JobsPage::jobsModel() const
{
    return m_jobsModel;
}

void JobsPage::reload()
{
    m_jobsModel->setEventStream(m_stream);
    m_jobsModel->refresh();
    m_planModel->refresh();
}

void JobsPage::applyFilter()
{
    m_jobsModel->setFilter(m_stateCombo->currentData().toString(), m_kindCombo->currentData().toString());
}

std::optional<Job> JobsPage::selectedJob() const
{
    const QModelIndexList rows = m_jobsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_jobsModel->jobAt(rows.first().row());
}

void JobsPage::updateControls()
{
    // Support staff see the queue but no control they may not use.
    const bool admin = m_session->isSignedIn() && m_session->user().role == Role::Admin;
    m_retryButton->setVisible(admin);
    m_cancelButton->setVisible(admin);
    const std::optional<Job> job = selectedJob();
    m_retryButton->setEnabled(job && (job->state == JobState::Failed || job->state == JobState::Canceled));
    m_cancelButton->setEnabled(job && !job->isFinished() && !job->cancelRequested);
    m_refreshButton->setEnabled(!m_jobsModel->isLoading());
    m_olderButton->setEnabled(!m_jobsModel->isLoading() && m_jobsModel->canLoadOlder());
}

void JobsPage::retrySelected()
{
    if (const std::optional<Job> job = selectedJob()) {
        m_service.retry(job->id, this, jobActionHandler());
    }
}

void JobsPage::cancelSelected()
{
    if (const std::optional<Job> job = selectedJob()) {
        m_service.cancel(job->id, this, jobActionHandler());
    }
}

JobService::Handler<Job> JobsPage::jobActionHandler()
{
    return [this](const Result<Job> &result) {
        if (result.ok())
            m_jobsModel->updateJob(result.value());
        else
            showError(result.errorMessage());
        updateControls();
    };
}

void JobsPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

}
