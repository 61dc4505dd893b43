#include "ui/mainwindow.h"

#include "models/eventstream.h"
#include "models/pubfilterproxymodel.h"
#include "models/pubsmodel.h"
#include "models/session.h"
#include "ui/createpubdialog.h"
#include "ui/messagebox.h"
#include "ui/offlinebanner.h"
#include "ui/pubpage.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QHideEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>
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

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_pubService(session)
    , m_statsService(session)
    , m_commandService(session)
    , m_eventStream(new EventStream(session, this))
    , m_pubsModel(new PubsModel(&m_pubService, this))
    , m_proxyModel(new PubFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ButtCloud"));
    m_proxyModel->setSourceModel(m_pubsModel);
    m_pubsModel->setLiveSources(m_eventStream, &m_statsService);

    createActions();
    createMenusAndToolBar();
    createCentralWidget();

    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    statusBar()->addPermanentWidget(m_accountLabel);

    connect(m_pubsModel, &PubsModel::refreshFailed, this, [this](const QString &message) {
        statusBar()->showMessage(message);
    });
    connect(m_pubsModel, &PubsModel::refreshed, statusBar(), &QStatusBar::clearMessage);
    connect(m_pubsModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_pubsModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_session, &Session::signedIn, this, [this] {
        updateAccountLabel();
        updateActions();
        if (isVisible()) {
            m_pubsModel->refresh();
            m_eventStream->start();
        }
    });
    connect(m_session, &Session::signedOut, m_pubsModel, &PubsModel::clear);
    connect(m_session, &Session::sessionExpired, m_pubsModel, &PubsModel::clear);

    updateAccountLabel();
    updateActions();
    resize(900, 520);
}

MainWindow::~MainWindow() = default;

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
    m_refreshAction = makeAction(icon("view-refresh", QStyle::SP_BrowserReload), tr("&Refresh"), "refreshAction",
                                 QKeySequence::Refresh);
    m_signOutAction = makeAction(icon("system-log-out", QStyle::SP_DialogCloseButton), tr("Sign &Out"),
                                 "signOutAction", {});
    m_quitAction = makeAction(icon("application-exit", QStyle::SP_DialogCloseButton), tr("&Quit"), "quitAction",
                              QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSelectedPub);
    connect(m_newPubAction, &QAction::triggered, this, &MainWindow::newPub);
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startPub);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopPub);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deletePub);
    connect(m_refreshAction, &QAction::triggered, m_pubsModel, &PubsModel::refresh);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::quit);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_signOutAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *pubMenu = menuBar()->addMenu(tr("&Pub"));
    for (QAction *action : {m_openAction, m_newPubAction, m_startAction, m_stopAction, m_deleteAction})
        pubMenu->addAction(action);
    pubMenu->addSeparator();
    pubMenu->addAction(m_refreshAction);

    QToolBar *toolBar = addToolBar(tr("Pubs"));
    toolBar->setObjectName(QStringLiteral("pubsToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    for (QAction *action : {m_openAction, m_newPubAction, m_startAction, m_stopAction, m_deleteAction, m_refreshAction})
        toolBar->addAction(action);
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
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    // Names and addresses are what people look for: they get the room, the rest fits its content.
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableView->horizontalHeader()->setSectionResizeMode(PubsModel::NameColumn, QHeaderView::Stretch);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_tableView, &QTableView::doubleClicked, this, &MainWindow::openSelectedPub);

    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new OfflineBanner(m_eventStream, central));
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_tableView);
    setCentralWidget(central);
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
    m_refreshAction->setEnabled(m_session->isSignedIn());
    m_signOutAction->setEnabled(m_session->isSignedIn());
}

std::optional<Pub> MainWindow::selectedPub() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_pubsModel->pubAt(m_proxyModel->mapToSource(rows.first()).row());
}

void MainWindow::newPub()
{
    auto *dialog = new CreatePubDialog(&m_pubService, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pubsModel->updatePub(dialog->createdPub());
        statusBar()->showMessage(tr("Pub %1 is being created.").arg(dialog->createdPub().name), 5000);
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
