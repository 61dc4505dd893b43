#pragma once

#include "models/apitypes.h"
#include "models/commandservice.h"
#include "models/pubservice.h"
#include "models/statsservice.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace buttcloud {

class EventStream;
class PubFilterProxyModel;
class PubPage;
class PubsModel;
class Session;

// The signed-in user's pubs: a filterable, sortable table and the actions on them, enabled by the
// selection and the user's role.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    PubsModel *pubsModel() const;
    EventStream *eventStream() const;
    // The open page of a pub, opening it if needed.
    PubPage *openPubPage(const Pub &pub);

Q_SIGNALS:
    // The user asked to sign out; the session is already signed out when this is emitted.
    void signOutRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    static QString roleLabel(Role role);
    void createActions();
    void createMenusAndToolBar();
    void createCentralWidget();
    void updateAccountLabel();
    void updateActions();
    std::optional<Pub> selectedPub() const;

    void openSelectedPub();
    void newPub();
    void startPub();
    void stopPub();
    void deletePub();
    void signOut();
    // Puts the server's answer for a pub action into the table, or explains why it failed.
    PubService::Handler<Pub> actionResultHandler(const QString &failureTitle);

    Session *m_session;
    PubService m_pubService;
    StatsService m_statsService;
    CommandService m_commandService;
    EventStream *m_eventStream;
    PubsModel *m_pubsModel;
    PubFilterProxyModel *m_proxyModel;
    QTableView *m_tableView = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_accountLabel = nullptr;
    QHash<QString, QPointer<PubPage>> m_pubPages;
    QAction *m_openAction = nullptr;
    QAction *m_newPubAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
};

}
