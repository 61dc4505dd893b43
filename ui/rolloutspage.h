#pragma once

#include "models/rolloutservice.h"

#include <QStringList>
#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace buttcloud {

class EventStream;
class InlineMessageLabel;
class PubsModel;
class RolloutPubsModel;
class RolloutsModel;
class Session;

// Rollouts of a new pub image over the fleet: the list (image, state, pubs updated of all,
// created), the selected rollout's pubs with their state and message. Admins start, pause, resume
// and stop rollouts; support staff see the same without those controls. Live: a change of a
// rollout job on the stream reloads the list.
class RolloutsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutsPage)

public:
    // None are owned; all must outlive the page. selectedPubIds gives the pubs selected in the
    // pubs list, offered by "New Rollout" as the pubs to update.
    RolloutsPage(Session *session, EventStream *stream, PubsModel *pubs, std::function<QStringList()> selectedPubIds,
                 QWidget *parent = nullptr);
    ~RolloutsPage() override;

    RolloutsModel *rolloutsModel() const;
    RolloutPubsModel *rolloutPubsModel() const;
    // Loads the rollouts (again) and follows the stream.
    void reload();

private:
    void updateControls();
    void showSelectedRollout();
    std::optional<Rollout> selectedRollout() const;
    void selectRollout(const QString &rolloutId);
    void newRollout();
    void pauseRollout();
    void resumeRollout();
    void stopRollout();
    RolloutService::Handler<Rollout> actionHandler(const QString &failureTitle);

    Session *m_session;
    EventStream *m_stream;
    std::function<QStringList()> m_selectedPubIds;
    RolloutService m_service;
    RolloutsModel *m_model;
    RolloutPubsModel *m_pubsModel;
    QString m_selectedId; // kept across reloads, which reset the table
    QPushButton *m_newButton;
    QPushButton *m_pauseButton;
    QPushButton *m_resumeButton;
    QPushButton *m_stopButton;
    QPushButton *m_refreshButton;
    InlineMessageLabel *m_errorLabel;
    QTableView *m_tableView;
    QLabel *m_detailLabel;
    QTableView *m_pubsView;
};

}
