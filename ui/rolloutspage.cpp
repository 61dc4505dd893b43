#include "ui/rolloutspage.h"

#include "models/rolloutsmodel.h"
#include "models/session.h"
#include "ui/inlinemessagelabel.h"
#include "ui/messagebox.h"
#include "ui/newrolloutdialog.h"
#include "ui/pagewidgets.h"

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

RolloutsPage::RolloutsPage(Session *session, EventStream *stream, PubsModel *pubs,
                           std::function<QStringList()> selectedPubIds, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stream(stream)
    , m_selectedPubIds(std::move(selectedPubIds))
    , m_service(session)
    , m_model(new RolloutsModel(&m_service, this))
    , m_pubsModel(new RolloutPubsModel(pubs, this))
    , m_newButton(makeButton(tr("&New Rollout…"), "rolloutsNewButton", tr("Start a new rollout"), this))
    , m_pauseButton(makeButton(tr("&Pause"), "rolloutsPauseButton", tr("Pause the selected rollout"), this))
    , m_resumeButton(makeButton(tr("Re&sume"), "rolloutsResumeButton", tr("Resume the selected rollout"), this))
    , m_stopButton(makeButton(tr("S&top…"), "rolloutsStopButton", tr("Stop the selected rollout"), this))
    , m_refreshButton(makeButton(tr("&Refresh"), "rolloutsRefreshButton", tr("Refresh the rollouts"), this))
    , m_errorLabel(new InlineMessageLabel(QStringLiteral("rolloutsErrorLabel"), tr("Rollouts problem"), this))
    , m_tableView(makeTableView(m_model, "rolloutsTableView", tr("Rollouts"), this))
    , m_detailLabel(new QLabel(this))
    , m_pubsView(makeTableView(m_pubsModel, "rolloutPubsTableView", tr("Pubs of the selected rollout"), this))
{
    setObjectName(QStringLiteral("rolloutsPage"));
    m_detailLabel->setObjectName(QStringLiteral("rolloutDetailLabel"));
    m_detailLabel->setAccessibleName(tr("Selected rollout"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_newButton, &QPushButton::clicked, this, &RolloutsPage::newRollout);
    connect(m_pauseButton, &QPushButton::clicked, this, &RolloutsPage::pauseRollout);
    connect(m_resumeButton, &QPushButton::clicked, this, &RolloutsPage::resumeRollout);
    connect(m_stopButton, &QPushButton::clicked, this, &RolloutsPage::stopRollout);
    connect(m_refreshButton, &QPushButton::clicked, this, &RolloutsPage::reload);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const std::optional<Rollout> rollout = selectedRollout();
        if (rollout)
            m_selectedId = rollout->id;
        showSelectedRollout();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RolloutsPage::showSelectedRollout);
    // A reload resets the table: select again what was selected, else the newest.
    connect(m_model, &RolloutsModel::loaded, this, [this] {
        m_errorLabel->showError({});
        selectRollout(m_model->rowOf(m_selectedId) >= 0 ? m_selectedId : QString());
    });
    connect(m_model, &RolloutsModel::loadFailed, m_errorLabel, &InlineMessageLabel::showError);
    connect(m_session, &Session::signedIn, this, &RolloutsPage::updateControls);
    connect(m_session, &Session::signedOut, m_model, &RolloutsModel::clear);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_newButton, m_pauseButton, m_resumeButton, m_stopButton})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_errorLabel);
    topLayout->addWidget(m_tableView);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_detailLabel);
    bottomLayout->addWidget(m_pubsView);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    showSelectedRollout();
}

RolloutsPage::~RolloutsPage() = default;

RolloutsModel *RolloutsPage::rolloutsModel() const
{
    return m_model;
}

RolloutPubsModel *RolloutsPage::rolloutPubsModel() const
{
    return m_pubsModel;
}

void RolloutsPage::reload()
{
    m_model->setEventStream(m_stream);
    m_model->refresh();
}

std::optional<Rollout> RolloutsPage::selectedRollout() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? std::nullopt : m_model->rolloutAt(rows.first().row());
}

void RolloutsPage::selectRollout(const QString &rolloutId)
{
    const int row = rolloutId.isEmpty() ? 0 : m_model->rowOf(rolloutId);
    if (row >= 0 && row < m_model->rowCount())
        m_tableView->selectRow(row);
    showSelectedRollout();
}

void RolloutsPage::showSelectedRollout()
{
    const std::optional<Rollout> rollout = selectedRollout();
    m_pubsModel->setRollout(rollout);
    if (!rollout) {
        m_detailLabel->setText(m_model->rowCount() == 0 ? tr("No rollouts yet.") : QString());
    } else {
        QString text = tr("%1: %2, %3 of %n pub(s) updated, %4 at a time, %5 s between batches.", nullptr,
                          int(rollout->pubs.size()))
                           .arg(rollout->image, rolloutStateLabel(rollout->state))
                           .arg(rollout->updatedCount)
                           .arg(rollout->batchSize)
                           .arg(QLocale().toString(rollout->pauseSeconds));
        if (!rollout->message.isEmpty())
            text += QLatin1Char(' ') + rollout->message;
        m_detailLabel->setText(text);
    }
    updateControls();
}

void RolloutsPage::updateControls()
{
    // Support staff see the rollouts, but no control they may not use.
    const bool admin = m_session->isSignedIn() && m_session->user().role == Role::Admin;
    for (QPushButton *button : {m_newButton, m_pauseButton, m_resumeButton, m_stopButton})
        button->setVisible(admin);
    const std::optional<Rollout> rollout = selectedRollout();
    m_pauseButton->setEnabled(rollout && canPauseRollout(*rollout));
    m_resumeButton->setEnabled(rollout && canResumeRollout(*rollout));
    m_stopButton->setEnabled(rollout && canStopRollout(*rollout));
    m_refreshButton->setEnabled(m_session->isSignedIn());
}

void RolloutsPage::newRollout()
{
    auto *dialog = new NewRolloutDialog(&m_service, m_selectedPubIds ? m_selectedPubIds() : QStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Rollout rollout = dialog->startedRollout();
        m_model->updateRollout(rollout);
        m_selectedId = rollout.id;
        selectRollout(rollout.id);
    });
    dialog->open();
}

void RolloutsPage::pauseRollout()
{
    if (const std::optional<Rollout> rollout = selectedRollout())
        m_service.pause(rollout->id, this, actionHandler(tr("Could not pause the rollout")));
}

void RolloutsPage::resumeRollout()
{
    if (const std::optional<Rollout> rollout = selectedRollout())
        m_service.resume(rollout->id, this, actionHandler(tr("Could not resume the rollout")));
}

void RolloutsPage::stopRollout()
{
    const std::optional<Rollout> rollout = selectedRollout();
    if (!rollout)
        return;
    const MessageBox::Answer answer = MessageBox::question(
        this, tr("Stop Rollout"),
        tr("Stop the rollout of %1? Pubs already updated keep the new image; the others keep theirs.")
            .arg(rollout->image),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer.button == QMessageBox::Yes)
        m_service.stop(rollout->id, this, actionHandler(tr("Could not stop the rollout")));
}

RolloutService::Handler<Rollout> RolloutsPage::actionHandler(const QString &failureTitle)
{
    return [this, failureTitle](const Result<Rollout> &result) {
        if (!result.ok()) {
            MessageBox::warning(this, failureTitle, result.errorMessage());
            m_model->refresh(); // it may have changed meanwhile
            return;
        }
        m_model->updateRollout(result.value());
    };
}

}
