#pragma once

#include "models/apitypes.h"
#include "models/pubservice.h"

#include <QMainWindow>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace buttcloud {

class PubFilterProxyModel;
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

    void newPub();
    void startPub();
    void stopPub();
    void deletePub();
    void signOut();
    // Puts the server's answer for a pub action into the table, or explains why it failed.
    PubService::Handler<Pub> actionResultHandler(const QString &failureTitle);

    Session *m_session;
    PubService m_pubService;
    PubsModel *m_pubsModel;
    PubFilterProxyModel *m_proxyModel;
    QTableView *m_tableView = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_accountLabel = nullptr;
    QAction *m_newPubAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
};

}
