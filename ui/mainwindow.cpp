#include "ui/mainwindow.h"

#include "models/eventstream.h"
#include "models/jobprogresstracker.h"
#include "models/pubalertnotifier.h"
#include "models/pubfilterproxymodel.h"
#include "models/pubsmodel.h"
#include "models/session.h"
#include "ui/aboutdialog.h"
#include "ui/accountspage.h"
#include "ui/auditpage.h"
#include "ui/billingpage.h"
#include "ui/bulkcommanddialog.h"
#include "ui/changepassworddialog.h"
#include "ui/createpubdialog.h"
#include "ui/hubspage.h"
#include "ui/jobspage.h"
#include "ui/messagebox.h"
#include "ui/offlinebanner.h"
#include "ui/verifyemailbanner.h"
#include "ui/verifyemaildialog.h"
#include "ui/pubcustodyactions.h"
#include "ui/pubpage.h"
#include "ui/rolloutspage.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QHideEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace buttcloud {

namespace {
bool canStart(const Pub &pub)
{
    return pub.status == PubStatus::Down || pub.status == PubStatus::Failed || pub.status == PubStatus::None
        || pub.desiredState == PubDesiredState::Stopped;
}

bool canStop(const Pub &pub)
{
    return pub.desiredState == PubDesiredState::Running && pub.status != PubStatus::Removing
        && pub.status != PubStatus::Down && pub.status != PubStatus::None;
}
}

MainWindow::MainWindow(Session *session, ClientSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_pubService(session)
    , m_statsService(session)
    , m_commandService(session)
    , m_eventStream(new EventStream(session, this))
    , m_jobTracker(new JobProgressTracker(m_eventStream, this))
    , m_pubsModel(new PubsModel(&m_pubService, this))
    , m_proxyModel(new PubFilterProxyModel(this))
    , m_settings(settings)
    , m_alertNotifier(new PubAlertNotifier(m_eventStream, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ButtCloud"));
    m_proxyModel->setSourceModel(m_pubsModel);
    m_pubsModel->setLiveSources(m_eventStream, &m_statsService);
    m_custodyActions = new PubCustodyActions(m_session, m_pubsModel, m_jobTracker, this);
    connect(m_custodyActions, &PubCustodyActions::statusMessage, this, [this](const QString &message, int timeoutMs) {
        statusBar()->showMessage(message, timeoutMs);
    });

    createActions();
    createMenusAndToolBar();
    createCentralWidget();

    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    statusBar()->addPermanentWidget(m_accountLabel);

    connect(m_pubsModel, &PubsModel::refreshFailed, this, [this](const QString &message) {
        m_refreshFailure = message;
        statusBar()->showMessage(message);
    });
    // A good refresh takes back its failure message, never someone else's (e.g. a job's progress).
    connect(m_pubsModel, &PubsModel::refreshed, this, [this] {
        if (!m_refreshFailure.isEmpty() && statusBar()->currentMessage() == m_refreshFailure)
            statusBar()->clearMessage();
        m_refreshFailure.clear();
    });
    // Long operations (pub and hub jobs) report each step here until they finish.
    connect(m_jobTracker, &JobProgressTracker::progress, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    connect(m_jobTracker, &JobProgressTracker::jobFinished, this, [this](const Job &, const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_pubsModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_pubsModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_session, &Session::signedIn, this, [this] {
        updateAccountLabel();
        updateActions();
        updatePages();
        if (isVisible()) {
            m_pubsModel->refresh();
            m_eventStream->start();
        }
    });
    connect(m_session, &Session::signedOut, m_pubsModel, &PubsModel::clear);
    connect(m_session, &Session::sessionExpired, m_pubsModel, &PubsModel::clear);

    // Notifications compare a pub's new status with the one before: the list gives the first.
    connect(m_pubsModel, &PubsModel::refreshed, this, [this] {
        for (int row = 0; row < m_pubsModel->rowCount(); ++row) {
            if (const std::optional<Pub> pub = m_pubsModel->pubAt(row))
                m_alertNotifier->observe(*pub);
        }
    });
    connect(m_alertNotifier, &PubAlertNotifier::alert, this,
            [this](PubAlertKind, const QString &, const QString &title, const QString &message) { showPubAlert(title, message); });
    m_alertNotifier->setEnabled(m_settings && m_settings->notificationsEnabled());
    if (m_settings) {
        connect(m_settings, &ClientSettings::notificationsEnabledChanged, m_alertNotifier, &PubAlertNotifier::setEnabled);
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            m_trayIcon = new QSystemTrayIcon(qApp->windowIcon(), this);
            m_trayIcon->setToolTip(tr("ButtCloud"));
        }
    }

    updateAccountLabel();
    updateActions();
    updatePages();
    resize(1000, 620);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    saveLayout();
    // Pub pages are children: deleted by QWidget's destructor they would report their end to
    // m_pubPages after it is gone. They go first, while the window is whole.
    const QList<QPointer<PubPage>> pages = m_pubPages.values();
    for (const QPointer<PubPage> &page : pages)
        delete page.data();
}

PubsModel *MainWindow::pubsModel() const
{
    return m_pubsModel;
}

EventStream *MainWindow::eventStream() const
{
    return m_eventStream;
}

PubPage *MainWindow::openPubPage(const Pub &pub)
{
    QPointer<PubPage> &page = m_pubPages[pub.id];
    if (!page) {
        page = new PubPage(pub, {m_pubsModel, m_eventStream, &m_statsService, &m_commandService}, this);
        connect(page, &QObject::destroyed, this, [this, pubId = pub.id] { m_pubPages.remove(pubId); });
    }
    page->show();
    page->raise();
    page->activateWindow();
    return page;
}

void MainWindow::openSelectedPub()
{
    if (const std::optional<Pub> pub = selectedPub())
        openPubPage(*pub);
}

void MainWindow::showPubContextMenu(const QPoint &position)
{
    if (!m_tableView->indexAt(position).isValid())
        return;
    QMenu menu(this);
    for (QAction *action : {m_openAction, m_startAction, m_stopAction, m_deleteAction})
        menu.addAction(action);
    menu.addSeparator();
    for (QAction *action : {m_custodyActions->exportAction(), m_custodyActions->moveAction(), m_bulkCommandAction})
        menu.addAction(action);
    menu.exec(m_tableView->viewport()->mapToGlobal(position));
}

void MainWindow::createActions()
{
    // Theme icons where the desktop has them, Qt's own otherwise (e.g. offscreen, minimal desktops).
    const auto icon = [this](const char *themeName, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(themeName), style()->standardIcon(fallback));
    };
    const auto makeAction = [this](const QIcon &actionIcon, const QString &text, const char *objectName,
                                   QKeySequence shortcut) {
        auto *action = new QAction(actionIcon, text, this);
        action->setObjectName(QString::fromLatin1(objectName));
        action->setShortcut(shortcut);
        return action;
    };
    m_openAction = makeAction(icon("document-open", QStyle::SP_DirOpenIcon), tr("&Open"), "openAction",
                              QKeySequence::Open);
    m_newPubAction = makeAction(icon("list-add", QStyle::SP_FileDialogNewFolder), tr("&New Pub…"), "newPubAction",
                                QKeySequence::New);
    m_startAction = makeAction(icon("media-playback-start", QStyle::SP_MediaPlay), tr("&Start"), "startAction", {});
    m_stopAction = makeAction(icon("media-playback-stop", QStyle::SP_MediaStop), tr("S&top"), "stopAction", {});
    m_deleteAction = makeAction(icon("edit-delete", QStyle::SP_TrashIcon), tr("&Delete…"), "deleteAction",
                                QKeySequence::Delete);
    m_bulkCommandAction = makeAction(icon("utilities-terminal", QStyle::SP_ComputerIcon), tr("Run &Command…"),
                                     "bulkCommandAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_bulkCommandAction->setToolTip(tr("Run a read-only command on the selected pubs"));
    const QList<std::pair<QString, const char *>> pages{{tr("&Pubs"), "showPubsAction"},
                                                        {tr("&Hubs"), "showHubsAction"},
                                                        {tr("&Jobs"), "showJobsAction"},
                                                        {tr("&Audit Log"), "showAuditAction"},
                                                        {tr("A&ccounts"), "showAccountsAction"},
                                                        {tr("&Billing"), "showBillingAction"},
                                                        {tr("&Rollouts"), "showRolloutsAction"}};
    for (qsizetype page = 0; page < pages.size(); ++page) {
        QAction *action = makeAction({}, pages.at(page).first, pages.at(page).second,
                                     QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(Page(page)); });
        m_pageActions.append(action);
    }
    m_refreshAction = makeAction(icon("view-refresh", QStyle::SP_BrowserReload), tr("&Refresh"), "refreshAction",
                                 QKeySequence::Refresh);
    m_signOutAction = makeAction(icon("system-log-out", QStyle::SP_DialogCloseButton), tr("Sign &Out"),
                                 "signOutAction", {});
    m_quitAction = makeAction(icon("application-exit", QStyle::SP_DialogCloseButton), tr("&Quit"), "quitAction",
                              QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_changePasswordAction = makeAction(icon("dialog-password", QStyle::SP_DialogApplyButton), tr("Change &Password…"),
                                        "changePasswordAction", {});
    m_settingsAction = makeAction(icon("preferences-system", QStyle::SP_FileDialogDetailedView), tr("&Settings…"),
                                  "settingsAction", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setEnabled(m_settings != nullptr);
    m_aboutAction = makeAction(icon("help-about", QStyle::SP_MessageBoxInformation), tr("&About ButtCloud"), "aboutAction", {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_changePasswordAction, &QAction::triggered, this, &MainWindow::openChangePassword);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::openAbout);

    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSelectedPub);
    connect(m_newPubAction, &QAction::triggered, this, &MainWindow::newPub);
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startPub);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopPub);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deletePub);
    connect(m_bulkCommandAction, &QAction::triggered, this, &MainWindow::runCommandOnSelected);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrentPage);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::quit);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_changePasswordAction);
    fileMenu->addAction(m_settingsAction);
    fileMenu->addAction(m_signOutAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *pubMenu = menuBar()->addMenu(tr("&Pub"));
    for (QAction *action : {m_openAction, m_newPubAction, m_startAction, m_stopAction, m_deleteAction})
        pubMenu->addAction(action);
    pubMenu->addSeparator();
    pubMenu->addAction(m_custodyActions->exportAction());
    pubMenu->addAction(m_custodyActions->importAction());
    pubMenu->addAction(m_custodyActions->moveAction());
    pubMenu->addSeparator();
    pubMenu->addAction(m_bulkCommandAction);
    pubMenu->addAction(m_refreshAction);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->addActions(m_pageActions);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);

    m_pubsToolBar = addToolBar(tr("Pubs"));
    m_pubsToolBar->setObjectName(QStringLiteral("pubsToolBar"));
    m_pubsToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pubsToolBar->setMovable(false);
    for (QAction *action : {m_openAction, m_newPubAction, m_custodyActions->importAction(), m_startAction,
                            m_stopAction, m_deleteAction, m_bulkCommandAction, m_refreshAction})
        m_pubsToolBar->addAction(action);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    m_filterEdit = new QLineEdit(central);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setAccessibleName(tr("Filter pubs"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, address or status"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxyModel, &PubFilterProxyModel::setFilterText);

    m_tableView = new QTableView(central);
    m_tableView->setObjectName(QStringLiteral("pubsTableView"));
    m_tableView->setAccessibleName(tr("Pubs"));
    m_tableView->setModel(m_proxyModel);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(PubsModel::CreatedColumn, Qt::DescendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection); // several for bulk commands
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    // Names and addresses are what people look for: they get the room, the rest fits its content.
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(PubsModel::NameColumn, QHeaderView::Stretch);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_tableView, &QTableView::doubleClicked, this, &MainWindow::openSelectedPub);
    m_tableView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tableView, &QTableView::customContextMenuRequested, this, &MainWindow::showPubContextMenu);

    auto *pubsPage = new QWidget(central);
    auto *pubsLayout = new QVBoxLayout(pubsPage);
    pubsLayout->setContentsMargins(0, 0, 0, 0);
    pubsLayout->addWidget(m_filterEdit);
    pubsLayout->addWidget(m_tableView);

    m_hubsPage = new HubsPage(m_session, m_eventStream, &m_commandService, m_pubsModel, central);
    m_jobsPage = new JobsPage(m_session, m_eventStream, m_pubsModel, central);
    m_auditPage = new AuditPage(m_session, m_pubsModel, central);
    m_accountsPage = new AccountsPage(m_session, central);
    m_billingPage = new BillingPage(m_session, m_pubsModel, central);
    m_rolloutsPage = new RolloutsPage(m_session, m_eventStream, m_pubsModel, [this] { return selectedPubIds(); }, central);
    connect(m_billingPage, &BillingPage::catalogChanged, this, &MainWindow::updatePages);
    connect(m_hubsPage, &HubsPage::jobStarted, m_jobTracker, &JobProgressTracker::track);

    m_pagesTabWidget = new QTabWidget(central);
    m_pagesTabWidget->setObjectName(QStringLiteral("pagesTabWidget"));
    m_pagesTabWidget->setAccessibleName(tr("Pages"));
    m_pagesTabWidget->setDocumentMode(true);
    m_pagesTabWidget->addTab(pubsPage, tr("Pubs"));
    m_pagesTabWidget->addTab(m_hubsPage, tr("Hubs"));
    m_pagesTabWidget->addTab(m_jobsPage, tr("Jobs"));
    m_pagesTabWidget->addTab(m_auditPage, tr("Audit Log"));
    m_pagesTabWidget->addTab(m_accountsPage, tr("Accounts"));
    m_pagesTabWidget->addTab(m_billingPage, tr("Billing"));
    m_pagesTabWidget->addTab(m_rolloutsPage, tr("Rollouts"));
    connect(m_pagesTabWidget, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);

    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new OfflineBanner(m_eventStream, central));
    auto *verifyBanner = new VerifyEmailBanner(m_session, central);
    connect(verifyBanner, &VerifyEmailBanner::verifyRequested, this, [this] { openVerifyEmailDialog(); });
    layout->addWidget(verifyBanner);
    layout->addWidget(m_pagesTabWidget);
    setCentralWidget(central);
}

void MainWindow::openVerifyEmailDialog(const QString &link)
{
    auto *dialog = new VerifyEmailDialog(&m_recoveryService, m_session->serverUrl(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLink(link);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("Your email address is verified."), 10000);
        m_session->reloadUser(); // the banner goes once the server's answer is in
    });
    dialog->open();
}

void MainWindow::showPage(Page page)
{
    if (m_pagesTabWidget->isTabVisible(page))
        m_pagesTabWidget->setCurrentIndex(page);
}

void MainWindow::updatePages()
{
    // Hubs, jobs and the audit log are for the people who run the service.
    const bool operatesService = m_session->isSignedIn() && m_session->user().role != Role::Customer;
    for (Page page : {HubsTab, JobsTab, AuditTab, AccountsTab, RolloutsTab}) {
        m_pagesTabWidget->setTabVisible(page, operatesService);
        m_pageActions.at(page)->setVisible(operatesService);
    }
    // Billing is for everyone, when the server bills at all.
    const bool billing = m_session->isSignedIn() && m_billingPage->isAvailable();
    m_pagesTabWidget->setTabVisible(BillingTab, billing);
    m_pageActions.at(BillingTab)->setVisible(billing);
    if (!m_pagesTabWidget->isTabVisible(m_pagesTabWidget->currentIndex()))
        m_pagesTabWidget->setCurrentIndex(PubsTab);
    // A customer of a server that does not bill has one page: no tabs and no menu between pages.
    const bool severalPages = operatesService || billing;
    m_pagesTabWidget->tabBar()->setVisible(severalPages);
    m_goMenu->menuAction()->setVisible(severalPages);
}

void MainWindow::onPageChanged(int index)
{
    m_pubsToolBar->setVisible(index == PubsTab);
    if (!m_session->isSignedIn())
        return;
    // Each page loads when it is opened, so a fleet's jobs and audit log cost nothing until wanted.
    switch (Page(index)) {
    case PubsTab: break;
    case HubsTab: m_hubsPage->reload(); break;
    case JobsTab: m_jobsPage->reload(); break;
    case AuditTab: m_auditPage->reload(); break;
    case AccountsTab: m_accountsPage->reload(); break;
    case BillingTab: m_billingPage->reload(); break;
    case RolloutsTab: m_rolloutsPage->reload(); break;
    }
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pagesTabWidget->currentIndex());
}

PubAlertNotifier *MainWindow::pubAlertNotifier() const
{
    return m_alertNotifier;
}

PubCustodyActions *MainWindow::custodyActions() const
{
    return m_custodyActions;
}

void MainWindow::refreshCurrentPage()
{
    if (currentPage() == PubsTab)
        m_pubsModel->refresh();
    else
        onPageChanged(m_pagesTabWidget->currentIndex()); // each page loads again when opened
}

void MainWindow::openSettings()
{
    if (!m_settings)
        return;
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::switchProfileRequested, this, &MainWindow::switchProfileRequested);
    dialog->open();
}

void MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openChangePassword()
{
    auto *dialog = new ChangePasswordDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        statusBar()->showMessage(tr("Your password is changed; every other sign-in of your account has ended."), 10000);
    });
    dialog->open();
}

void MainWindow::showPubAlert(const QString &title, const QString &message)
{
    statusBar()->showMessage(title, 10000);
    if (m_trayIcon) {
        m_trayIcon->show(); // a message needs a visible icon on most desktops
        m_trayIcon->showMessage(title, message, QSystemTrayIcon::Warning);
    }
}

void MainWindow::restoreLayout()
{
    if (!m_settings)
        return;
    restoreGeometry(m_settings->layout(QStringLiteral("mainWindow/geometry")));
    restoreState(m_settings->layout(QStringLiteral("mainWindow/state")));
    // Every table keeps its column widths and order, by object name.
    for (QTableView *table : centralWidget()->findChildren<QTableView *>()) {
        if (!table->objectName().isEmpty())
            table->horizontalHeader()->restoreState(m_settings->layout(QStringLiteral("tables/") + table->objectName()));
    }
    m_pubsToolBar->setVisible(currentPage() == PubsTab); // the saved state may be of another page
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    m_settings->setLayout(QStringLiteral("mainWindow/geometry"), saveGeometry());
    m_settings->setLayout(QStringLiteral("mainWindow/state"), saveState());
    for (QTableView *table : centralWidget()->findChildren<QTableView *>()) {
        if (!table->objectName().isEmpty())
            m_settings->setLayout(QStringLiteral("tables/") + table->objectName(), table->horizontalHeader()->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_pubsModel->setPollingActive(true);
    if (m_session->isSignedIn())
        m_eventStream->start();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_pubsModel->setPollingActive(false);
    // Minimising (a spontaneous hide) keeps the stream: open pub pages still draw live.
    if (!event->spontaneous())
        m_eventStream->stop();
}

QString MainWindow::roleLabel(Role role)
{
    switch (role) {
    case Role::Customer: return tr("customer");
    case Role::Support: return tr("support");
    case Role::Admin: return tr("administrator");
    }
    return {};
}

void MainWindow::updateAccountLabel()
{
    if (!m_session->isSignedIn()) {
        m_accountLabel->setText(tr("Not signed in"));
        return;
    }
    const User user = m_session->user();
    m_accountLabel->setText(tr("Signed in as %1 (%2) to %3")
                                .arg(user.email, roleLabel(user.role), m_session->serverUrl().toDisplayString()));
}

void MainWindow::updateActions()
{
    const bool mayChange = m_session->isSignedIn() && m_session->user().role != Role::Support;
    const std::optional<Pub> pub = selectedPub();
    const bool removing = pub && pub->status == PubStatus::Removing;
    m_openAction->setEnabled(pub.has_value());
    m_newPubAction->setEnabled(mayChange);
    m_startAction->setEnabled(mayChange && pub && canStart(*pub));
    m_stopAction->setEnabled(mayChange && pub && canStop(*pub));
    m_deleteAction->setEnabled(mayChange && pub && !removing);
    const qsizetype selected = m_tableView->selectionModel()->selectedRows().size();
    m_bulkCommandAction->setEnabled(m_session->isSignedIn() && selected > 0 && selected <= MaxBulkCommandPubs);
    m_refreshAction->setEnabled(m_session->isSignedIn());
    m_custodyActions->setCurrentPub(pub);
    m_signOutAction->setEnabled(m_session->isSignedIn());
    m_changePasswordAction->setEnabled(m_session->isSignedIn());
}

std::optional<Pub> MainWindow::selectedPub() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return std::nullopt;
    return m_pubsModel->pubAt(m_proxyModel->mapToSource(rows.first()).row());
}

QStringList MainWindow::selectedPubIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_tableView->selectionModel()->selectedRows())
        ids.append(row.data(PubsModel::PubIdRole).toString());
    return ids;
}

void MainWindow::runCommandOnSelected()
{
    const QStringList pubIds = selectedPubIds();
    if (pubIds.isEmpty())
        return;
    auto *dialog = new BulkCommandDialog({pubIds, {}}, &m_commandService, m_pubsModel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::newPub()
{
    auto *dialog = new CreatePubDialog(&m_pubService, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPlanCatalog(m_billingPage->catalog());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Pub pub = dialog->createdPub();
        m_pubsModel->updatePub(pub);
        if (pub.job)
            m_jobTracker->track(*pub.job, pub.name);
        else
            statusBar()->showMessage(tr("Pub %1 is being created.").arg(pub.name), 5000);
    });
    dialog->open();
}

void MainWindow::startPub()
{
    if (const std::optional<Pub> pub = selectedPub())
        m_pubService.start(pub->id, this, actionResultHandler(tr("Could not start the pub")));
}

void MainWindow::stopPub()
{
    if (const std::optional<Pub> pub = selectedPub())
        m_pubService.stop(pub->id, this, actionResultHandler(tr("Could not stop the pub")));
}

void MainWindow::deletePub()
{
    const std::optional<Pub> pub = selectedPub();
    if (!pub)
        return;
    const MessageBox::Answer answer = MessageBox::question(
        this, tr("Delete Pub"),
        tr("Delete the pub “%1”? Its peers will no longer reach it at %2.").arg(pub->name, pub->address),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        tr("Also delete its data (identity, messages and invites): this cannot be undone"));
    if (answer.button != QMessageBox::Yes)
        return;
    m_pubService.remove(pub->id, answer.optionChecked, this, actionResultHandler(tr("Could not delete the pub")));
}

PubService::Handler<Pub> MainWindow::actionResultHandler(const QString &failureTitle)
{
    return [this, failureTitle](const Result<Pub> &result) {
        if (result.ok()) {
            m_pubsModel->updatePub(result.value());
            if (result.value().job)
                m_jobTracker->track(*result.value().job, result.value().name);
            updateActions();
            return;
        }
        MessageBox::warning(this, failureTitle, result.error().message);
        m_pubsModel->refresh(); // the pub may have changed or vanished meanwhile
    };
}

void MainWindow::signOut()
{
    m_session->signOut();
    updateAccountLabel();
    updateActions();
    Q_EMIT signOutRequested();
}

}
