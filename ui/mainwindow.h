#pragma once

#include "models/accountrecovery.h"
#include "models/apitypes.h"
#include "models/clientsettings.h"
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
class QMenu;
class QSystemTrayIcon;
class QTableView;
class QTabWidget;
class QToolBar;

namespace buttcloud {

class AccountsPage;
class AuditPage;
class PubAlertNotifier;
class BillingPage;
class EventStream;
class HubsPage;
class JobProgressTracker;
class JobsPage;
class PubFilterProxyModel;
class PubCustodyActions;
class PubPage;
class PubsModel;
class RolloutsPage;
class Session;

// The signed-in user's pubs: a filterable, sortable table and the actions on them, enabled by the
// selection and the user's role. Admins and support staff also get the Hubs, Jobs, Audit Log,
// Accounts and Rollouts pages, as tabs beside the pubs; everyone gets Billing when the server bills. With
// ClientSettings it remembers its layout (geometry, toolbars, each table's columns) and raises
// desktop notifications for pubs going down.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // settings is optional (not owned; must outlive the window): without it nothing is remembered
    // and no desktop notification is shown.
    explicit MainWindow(Session *session, ClientSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    PubsModel *pubsModel() const;
    EventStream *eventStream() const;
    // The open page of a pub, opening it if needed.
    PubPage *openPubPage(const Pub &pub);

    // Asks for the verification link (prefilled with link) and confirms the user's email address.
    void openVerifyEmailDialog(const QString &link = {});

    enum Page { PubsTab, HubsTab, JobsTab, AuditTab, AccountsTab, BillingTab, RolloutsTab };
    void showPage(Page page);
    PubAlertNotifier *pubAlertNotifier() const;
    PubCustodyActions *custodyActions() const;
    // The page shown now; the same after a rebuild in another language (ClientApp).
    Page currentPage() const;

Q_SIGNALS:
    // The user asked to sign out; the session is already signed out when this is emitted.
    void signOutRequested();
    // The user chose another server profile in Settings; the session is not signed out yet.
    void switchProfileRequested(const buttcloud::ServerProfile &profile);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    static QString roleLabel(Role role);
    void createActions();
    void createMenusAndToolBar();
    void createCentralWidget();
    void updatePages();
    void onPageChanged(int index);
    void updateAccountLabel();
    void updateActions();
    // The one selected pub; nothing when none or several are selected.
    std::optional<Pub> selectedPub() const;
    QStringList selectedPubIds() const;

    void openSelectedPub();
    void showPubContextMenu(const QPoint &position);
    void newPub();
    void startPub();
    void stopPub();
    void deletePub();
    void runCommandOnSelected();
    void signOut();
    void refreshCurrentPage();
    void openSettings();
    void openAbout();
    void openChangePassword();
    void showPubAlert(const QString &title, const QString &message);
    void restoreLayout();
    void saveLayout();
    // Puts the server's answer for a pub action into the table, or explains why it failed.
    PubService::Handler<Pub> actionResultHandler(const QString &failureTitle);

    Session *m_session;
    PubService m_pubService;
    StatsService m_statsService;
    CommandService m_commandService;
    AccountRecoveryService m_recoveryService;
    EventStream *m_eventStream;
    JobProgressTracker *m_jobTracker;
    PubsModel *m_pubsModel;
    PubFilterProxyModel *m_proxyModel;
    QTableView *m_tableView = nullptr;
    QTabWidget *m_pagesTabWidget = nullptr;
    QToolBar *m_pubsToolBar = nullptr;
    QMenu *m_goMenu = nullptr;
    HubsPage *m_hubsPage = nullptr;
    JobsPage *m_jobsPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    AccountsPage *m_accountsPage = nullptr;
    ClientSettings *m_settings;
    PubAlertNotifier *m_alertNotifier;
    QSystemTrayIcon *m_trayIcon = nullptr;
    BillingPage *m_billingPage = nullptr;
    RolloutsPage *m_rolloutsPage = nullptr;
    PubCustodyActions *m_custodyActions = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_accountLabel = nullptr;
    QHash<QString, QPointer<PubPage>> m_pubPages;
    QString m_refreshFailure; // the status bar message of the last failed refresh
    QAction *m_openAction = nullptr;
    QAction *m_newPubAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_bulkCommandAction = nullptr;
    QList<QAction *> m_pageActions; // one per Page, in order
    QAction *m_refreshAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

}
