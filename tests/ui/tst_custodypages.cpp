// Rollouts, a pub's export, import and move, and the backups of canceled pubs, through the real
// main window (or the view itself), offscreen, driven by object names.
#include "models/backupsmodel.h"
#include "models/pubsmodel.h"
#include "models/rolloutsmodel.h"
#include "screenshot.h"
#include "signedinclient.h"
#include "ui/backupsview.h"
#include "ui/custodydialogs.h"
#include "ui/filechooser.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/newrolloutdialog.h"
#include "ui/pubcustodyactions.h"
#include "ui/pubpage.h"
#include "ui/rolloutspage.h"
#include "widgetlookup.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace buttcloud;

namespace {
using test::child;
using test::controlsWithoutNames;
using test::selectRowWith;
using test::typeInto;

template<typename Dialog>
QPointer<Dialog> waitForDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] { return (dialog = parent->findChild<Dialog *>()) && dialog->isVisible(); }, 5000);
    return QPointer<Dialog>(shown ? dialog : nullptr);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}

class TestCustodyPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        m_window.reset();
        m_client.reset();
    }

    void adminsStartPauseAndStopARollout()
    {
        QVERIFY(open(Role::Admin));
        m_client->server.addRollout(QStringLiteral("buttcloud/pub:16.0.1"), {m_alice}, QStringLiteral("completed"));
        // Pubs chosen in the pubs list are what "selected pubs" means.
        auto *pubsTable = child<QTableView>(m_window.get(), "pubsTableView");
        QVERIFY(selectRowWith(pubsTable, PubsModel::NameColumn, QStringLiteral("alice")));
        QVERIFY(selectRowWith(pubsTable, PubsModel::NameColumn, QStringLiteral("garden")));

        QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier); // after the existing pages
        auto *tabs = child<QTabWidget>(m_window.get(), "pagesTabWidget");
        QCOMPARE(tabs->currentIndex(), int(MainWindow::RolloutsTab));
        auto *page = m_window->findChild<RolloutsPage *>();
        auto *table = child<QTableView>(page, "rolloutsTableView");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(!child<QPushButton>(page, "rolloutsPauseButton")->isEnabled()); // completed

        child<QPushButton>(page, "rolloutsNewButton")->click();
        auto dialog = waitForDialog<NewRolloutDialog>(page);
        QVERIFY(dialog);
        auto *start = child<QPushButton>(dialog, "rolloutStartButton");
        auto *error = child<QLabel>(dialog, "rolloutErrorLabel");
        QVERIFY(!start->isEnabled());
        typeInto(child<QLineEdit>(dialog, "rolloutImageLineEdit"), QStringLiteral("ButtCloud/Pub:16.0.2"));
        QVERIFY(error->isVisible());
        QVERIFY(!start->isEnabled());
        typeInto(child<QLineEdit>(dialog, "rolloutImageLineEdit"), QStringLiteral("buttcloud/pub:16.0.2"));
        QVERIFY(!error->isVisible());
        QVERIFY(start->isEnabled());
        child<QSpinBox>(dialog, "rolloutBatchSpinBox")->setValue(2);
        child<QSpinBox>(dialog, "rolloutPauseSpinBox")->setValue(60);
        auto *selected = child<QRadioButton>(dialog, "rolloutSelectedPubsRadioButton");
        QVERIFY(selected->isEnabled());
        QVERIFY(selected->text().contains(QStringLiteral("2 pub")));
        selected->setChecked(true);
        QVERIFY(controlsWithoutNames(dialog).isEmpty());
        start->click();
        QTRY_VERIFY(!dialog);
        const QJsonObject body = m_client->server.lastRolloutBody();
        QCOMPARE(body.value(QStringLiteral("batchSize")).toInt(), 2);
        QCOMPARE(body.value(QStringLiteral("pause")).toInt(), 60);
        QCOMPARE(body.value(QStringLiteral("pubIds")).toArray().size(), 2);

        // The new rollout is listed first and selected, with its pubs below.
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, RolloutsModel::ImageColumn).data().toString(), QStringLiteral("buttcloud/pub:16.0.2"));
        QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), 0);
        auto *pubs = child<QTableView>(page, "rolloutPubsTableView");
        QCOMPARE(pubs->model()->rowCount(), 2);
        QVERIFY(pubs->model()->match(pubs->model()->index(0, RolloutPubsModel::NameColumn), Qt::DisplayRole,
                                     QStringLiteral("garden")).size() == 1);

        // Live: a pub's progress shows without a click, and the selection stays.
        const QString rolloutId = table->model()->index(0, 0).data(RolloutsModel::RolloutIdRole).toString();
        m_client->server.setRolloutPubState(rolloutId, m_alice, QStringLiteral("failed"), QStringLiteral("not healthy within 6 minutes"));
        QTRY_COMPARE(pubs->model()->match(pubs->model()->index(0, RolloutPubsModel::MessageColumn), Qt::DisplayRole,
                                          QStringLiteral("not healthy within 6 minutes")).size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), 0);
        QTemporaryDir dir;
        test::grabAndSave(m_window.get(), QStringLiteral("rollouts.png"), dir);

        auto *pause = child<QPushButton>(page, "rolloutsPauseButton");
        QVERIFY(pause->isEnabled());
        pause->click();
        QTRY_COMPARE(table->model()->index(0, RolloutsModel::StateColumn).data().toString(), QStringLiteral("Paused"));
        QVERIFY(child<QPushButton>(page, "rolloutsResumeButton")->isEnabled());

        // Stop asks first; "Cancel" leaves it paused.
        auto *stop = child<QPushButton>(page, "rolloutsStopButton");
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        stop->click();
        QCOMPARE(m_client->server.rollout(rolloutId).value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        stop->click();
        QTRY_COMPARE(table->model()->index(0, RolloutsModel::StateColumn).data().toString(), QStringLiteral("Stopped"));
        QVERIFY(!stop->isEnabled());
        QVERIFY(controlsWithoutNames(page).isEmpty());
    }

    void supportSeesRolloutsWithoutControlsAndCustomersNotAtAll()
    {
        QVERIFY(open(Role::Support));
        m_client->server.addRollout(QStringLiteral("buttcloud/pub:16.0.2"), {m_alice});
        child<QAction>(m_window.get(), "showRolloutsAction")->trigger();
        auto *page = m_window->findChild<RolloutsPage *>();
        QTRY_COMPARE(child<QTableView>(page, "rolloutsTableView")->model()->rowCount(), 1);
        for (const char *name : {"rolloutsNewButton", "rolloutsPauseButton", "rolloutsResumeButton", "rolloutsStopButton"})
            QVERIFY2(!child<QPushButton>(page, name)->isVisible(), name);
        QVERIFY(child<QPushButton>(page, "rolloutsRefreshButton")->isVisible());
        QCOMPARE(child<QTableView>(page, "rolloutPubsTableView")->model()->rowCount(), 1);
        // Support staff may neither take a pub's identity out nor bring one in.
        for (const char *name : {"exportPubAction", "importPubAction", "movePubAction"})
            QVERIFY2(!child<QAction>(m_window.get(), name)->isVisible(), name);

        m_window.reset();
        m_client.reset();
        QVERIFY(open(Role::Customer));
        auto *tabs = child<QTabWidget>(m_window.get(), "pagesTabWidget");
        QVERIFY(!tabs->isTabVisible(MainWindow::RolloutsTab));
        QVERIFY(!child<QAction>(m_window.get(), "showRolloutsAction")->isVisible());
        QVERIFY(child<QAction>(m_window.get(), "exportPubAction")->isVisible());
        QVERIFY(child<QAction>(m_window.get(), "importPubAction")->isVisible());
        QVERIFY(!child<QAction>(m_window.get(), "movePubAction")->isVisible());
    }

    void anExportIsFollowedThenSavedWhereTheUserSays()
    {
        QVERIFY(open(Role::Customer));
        auto *exportAction = child<QAction>(m_window.get(), "exportPubAction");
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(selectRowWith(child<QTableView>(m_window.get(), "pubsTableView"), PubsModel::NameColumn, QStringLiteral("alice")));
        QVERIFY(exportAction->isEnabled());
        exportAction->trigger();
        PubCustodyActions *actions = m_window->custodyActions();
        QTRY_COMPARE(actions->pendingExportCount(), 1);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("alice — Export pub")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alice.bcpub"));
        FileChooser::setNextAnswer(path);
        const QByteArray archive = test::FakeApiServer::fakeArchive(QStringLiteral("alice"), 100000);
        m_client->server.finishExport(m_alice, archive);
        QTRY_COMPARE(actions->pendingExportCount(), 0);
        QTRY_COMPARE(readFile(path), archive);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("is saved to")));
        QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());

        // A failed export says why, and asks for no file.
        exportAction->trigger();
        QTRY_COMPARE(actions->pendingExportCount(), 1);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        m_client->server.finishExport(m_alice, {}, false);
        QTRY_COMPARE(actions->pendingExportCount(), 0);
    }

    void importAndMoveDialogsValidateAndOfferReadyHubs()
    {
        QVERIFY(open(Role::Admin));
        const QString hub2 = m_client->server.addHub(QStringLiteral("hub-2"));
        m_client->server.addHub(QStringLiteral("hub-3"), QStringLiteral("draining"));
        QTemporaryDir dir;
        const QString archivePath = dir.filePath(QStringLiteral("harbour-copy.bcpub"));
        QFile file(archivePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::FakeApiServer::fakeArchive(QStringLiteral("harbour"), 5000));
        file.close();

        child<QAction>(m_window.get(), "importPubAction")->trigger();
        auto import = waitForDialog<ImportPubDialog>(m_window.get());
        QVERIFY(import);
        auto *importButton = child<QPushButton>(import, "importButton");
        QVERIFY(!importButton->isEnabled());
        auto *hubs = child<QComboBox>(import, "importHubComboBox");
        QTRY_COMPARE(hubs->count(), 2); // anywhere, or the one ready hub
        QCOMPARE(hubs->itemText(1), QStringLiteral("hub-2"));
        typeInto(child<QLineEdit>(import, "importNameLineEdit"), QStringLiteral("Bad Name"));
        QVERIFY(child<QLabel>(import, "importErrorLabel")->isVisible());
        child<QLineEdit>(import, "importNameLineEdit")->clear();
        FileChooser::setNextAnswer(archivePath);
        child<QPushButton>(import, "importBrowseButton")->click();
        QCOMPARE(child<QLineEdit>(import, "importFileLineEdit")->text(), archivePath);
        QCOMPARE(child<QLineEdit>(import, "importNameLineEdit")->text(), QStringLiteral("harbour-copy"));
        QVERIFY(importButton->isEnabled());
        hubs->setCurrentIndex(1);
        QVERIFY(controlsWithoutNames(import).isEmpty());
        importButton->click();
        QTRY_VERIFY(!import);
        QCOMPARE(m_client->server.lastImportQuery(), QStringLiteral("name=harbour-copy&hubId=") + hub2);
        QTRY_VERIFY(m_window->pubsModel()->rowCount() == 4);

        // Move: only ready hubs other than the pub's own.
        QVERIFY(selectRowWith(child<QTableView>(m_window.get(), "pubsTableView"), PubsModel::NameColumn, QStringLiteral("alice"),
                              QItemSelectionModel::ClearAndSelect));
        child<QAction>(m_window.get(), "movePubAction")->trigger();
        auto move = waitForDialog<MovePubDialog>(m_window.get());
        QVERIFY(move);
        auto *target = child<QComboBox>(move, "moveHubComboBox");
        QTRY_COMPARE(target->count(), 1);
        QCOMPARE(target->currentData().toString(), hub2);
        QVERIFY(controlsWithoutNames(move).isEmpty());
        child<QPushButton>(move, "moveButton")->click();
        QTRY_VERIFY(!move);
        QCOMPARE(m_client->server.lastMoveBody().value(QStringLiteral("hubId")).toString(), hub2);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("alice — Move pub")));
    }

    void backupsAreDownloadedAndDeletedByAdminsOnly()
    {
        m_client = std::make_unique<test::SignedInClient>(Role::Admin);
        QVERIFY(m_client->signIn());
        const QByteArray archive = test::FakeApiServer::fakeArchive(QStringLiteral("carol"), 3000);
        m_client->server.addBackup(QStringLiteral("carol"), archive);
        BackupsView view(&m_client->session);
        view.show();
        view.reload();
        auto *table = child<QTableView>(&view, "backupsTableView");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        auto *download = child<QPushButton>(&view, "backupsDownloadButton");
        auto *remove = child<QPushButton>(&view, "backupsDeleteButton");
        QVERIFY(!download->isEnabled());
        table->selectRow(0);
        QVERIFY(download->isEnabled() && remove->isEnabled());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("carol-backup.bcpub"));
        FileChooser::setNextAnswer(path);
        download->click();
        QTRY_COMPARE(readFile(path), archive);
        QTRY_VERIFY(child<QLabel>(&view, "backupsMessageLabel")->text().startsWith(QStringLiteral("Saved to")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        remove->click();
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(m_client->server.backups().isEmpty());
        QVERIFY(controlsWithoutNames(&view).isEmpty());

        test::SignedInClient support(Role::Support);
        QVERIFY(support.signIn());
        support.server.addBackup(QStringLiteral("carol"), archive);
        BackupsView supportView(&support.session);
        supportView.show();
        supportView.reload();
        QTRY_COMPARE(child<QTableView>(&supportView, "backupsTableView")->model()->rowCount(), 1);
        QVERIFY(!child<QPushButton>(&supportView, "backupsDownloadButton")->isVisible());
        QVERIFY(!child<QPushButton>(&supportView, "backupsDeleteButton")->isVisible());
    }

    void aPubPageShowsThePinnedHub()
    {
        QVERIFY(open(Role::Admin));
        const std::optional<Pub> alice = m_window->pubsModel()->pubById(m_alice);
        QVERIFY(alice);
        Pub pinned = *alice;
        pinned.hubId = QStringLiteral("hub000000009");
        m_window->pubsModel()->updatePub(pinned);
        QWidget *page = m_window->openPubPage(pinned);
        QTRY_COMPARE(child<QLabel>(page, "hubValueLabel")->text(), QStringLiteral("hub000000009"));
        page->close();
    }

private:
    // A signed-in client of this role with three pubs, and the main window on its pubs.
    bool open(Role role)
    {
        m_client = std::make_unique<test::SignedInClient>(role);
        if (!m_client->signIn())
            return false;
        m_alice = m_client->server.addPub(QStringLiteral("alice"));
        m_client->server.addPub(QStringLiteral("garden"), PubStatus::Down);
        m_client->server.addPub(QStringLiteral("harbour"));
        m_window = std::make_unique<MainWindow>(&m_client->session);
        m_window->resize(1100, 700);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get())
            && QTest::qWaitFor([this] { return m_window->pubsModel()->rowCount() == 3; }, 5000);
    }

    std::unique_ptr<test::SignedInClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    QString m_alice;
};

QTEST_MAIN(TestCustodyPages)
#include "tst_custodypages.moc"
