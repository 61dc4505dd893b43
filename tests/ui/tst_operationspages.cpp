// The pages for running the service: bulk commands, audit log, jobs and reconcile plan, hubs and
// capacity, each through the real main window, offscreen, driven by object names.
#include "models/auditlogmodel.h"
#include "models/bulkcommandmodel.h"
#include "models/hubsmodel.h"
#include "models/jobsmodel.h"
#include "models/pubsmodel.h"
#include "models/reconcileplanmodel.h"
#include "screenshot.h"
#include "signedinclient.h"
#include "ui/addhubwizard.h"
#include "ui/auditpage.h"
#include "ui/bulkcommanddialog.h"
#include "ui/hubspage.h"
#include "ui/jobspage.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "widgetlookup.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace buttcloud;

namespace {
using test::child;
using test::selectRowWith;
using test::typeInto;
}

class TestOperationsPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        m_window.reset();
        m_client.reset();
    }

    void customersSeeOnlyTheirPubs()
    {
        QVERIFY(open(Role::Customer));
        auto *tabs = child<QTabWidget>(m_window.get(), "pagesTabWidget");
        QVERIFY(tabs->isTabVisible(MainWindow::PubsTab));
        for (MainWindow::Page page : {MainWindow::HubsTab, MainWindow::JobsTab, MainWindow::AuditTab})
            QVERIFY(!tabs->isTabVisible(page));
        QVERIFY(!child<QAction>(m_window.get(), "showHubsAction")->isVisible());
        QVERIFY(!tabs->tabBar()->isVisible());
        child<QAction>(m_window.get(), "showJobsAction")->trigger();
        QCOMPARE(tabs->currentIndex(), int(MainWindow::PubsTab));
    }

    void pubActionsShowTheirJobsProgress()
    {
        QVERIFY(open(Role::Customer));
        auto *table = child<QTableView>(m_window.get(), "pubsTableView");
        QVERIFY(selectRowWith(table, PubsModel::NameColumn, QStringLiteral("garden")));
        child<QAction>(m_window.get(), "startAction")->trigger();
        QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("garden — Start pub: queued"));
        QTRY_VERIFY(m_client->server.streamMessages().contains(QStringLiteral("subscribe:jobs")));
        const QString jobId = QStringLiteral("job000000001"); // the fake's first job: this start
        QCOMPARE(m_client->server.job(jobId).value(QStringLiteral("kind")).toString(), QStringLiteral("pub.start"));
        m_client->server.setJobState(jobId, QStringLiteral("running"), QStringLiteral("scaling to 1"));
        QTRY_COMPARE(m_window->statusBar()->currentMessage(),
                     QStringLiteral("garden — Start pub: scaling to 1 (running, attempt 1 of 8)"));
        m_client->server.setJobState(jobId, QStringLiteral("succeeded"));
        QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("garden — Start pub: succeeded"));
    }

    void bulkCommandShowsEachPubsResult()
    {
        QVERIFY(open(Role::Support));
        auto *table = child<QTableView>(m_window.get(), "pubsTableView");
        auto *bulk = child<QAction>(m_window.get(), "bulkCommandAction");
        QVERIFY(!bulk->isEnabled());
        QVERIFY(selectRowWith(table, PubsModel::NameColumn, QStringLiteral("alice")));
        QVERIFY(selectRowWith(table, PubsModel::NameColumn, QStringLiteral("garden")));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);
        QVERIFY(bulk->isEnabled());
        QVERIFY(!child<QAction>(m_window.get(), "openAction")->isEnabled()); // one pub at a time
        bulk->trigger();
        BulkCommandDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<BulkCommandDialog *>()) && dialog->isVisible());
        auto *commands = child<QComboBox>(dialog, "bulkCommandComboBox");
        QTRY_COMPARE(commands->count(), 3); // read-only ones only: whoami, status, version
        QCOMPARE(commands->findText(QStringLiteral("invite.create")), -1);
        commands->setCurrentIndex(commands->findText(QStringLiteral("whoami")));
        QTest::mouseClick(child<QPushButton>(dialog, "bulkRunButton"), Qt::LeftButton);
        auto *results = child<QTableView>(dialog, "bulkResultsTableView");
        auto *status = child<QLabel>(dialog, "bulkStatusLabel");
        QTRY_COMPARE(status->text(), QStringLiteral("Succeeded on 1 of 2 pub(s)."));
        QCOMPARE(results->model()->rowCount(), 2);
        const QModelIndexList garden = results->model()->match(results->model()->index(0, BulkCommandModel::PubColumn),
                                                                Qt::DisplayRole, QStringLiteral("garden"));
        QCOMPARE(garden.size(), 1);
        QCOMPARE(garden.first().siblingAtColumn(BulkCommandModel::OutcomeColumn).data().toString(),
                 QStringLiteral("That conflicts with what is already on the server."));
        QTemporaryDir dir;
        test::grabAndSave(dialog, QStringLiteral("bulk-command.png"), dir);
    }

    void auditLogFiltersAndPages()
    {
        m_client = std::make_unique<test::SignedInClient>(Role::Support);
        QVERIFY(m_client->signIn());
        const QString alice = m_client->server.addPub(QStringLiteral("alice"));
        const QString bob = m_client->server.addPub(QStringLiteral("bob"));
        for (int i = 0; i < 60; ++i)
            m_client->server.addAuditEntry(i % 3 ? alice : bob, i % 2 ? QStringLiteral("whoami") : QStringLiteral("invite.create"), 0);
        QVERIFY(showWindow());
        child<QAction>(m_window.get(), "showAuditAction")->trigger();
        auto *page = m_window->findChild<AuditPage *>();
        page->model()->setPageSize(25);
        auto *table = child<QTableView>(page, "auditTableView");
        QTRY_VERIFY(table->model()->rowCount() > 0);
        child<QPushButton>(page, "auditRefreshButton")->click(); // now with the page size of this test
        QTRY_COMPARE(table->model()->rowCount(), 25);
        auto *older = child<QPushButton>(page, "auditOlderButton");
        QTRY_VERIFY(older->isEnabled());
        older->click();
        QTRY_COMPARE(table->model()->rowCount(), 50);
        QVERIFY(m_client->server.lastAuditQuery().contains(QStringLiteral("before=")));

        auto *pubs = child<QComboBox>(page, "auditPubComboBox");
        QTRY_COMPARE(pubs->count(), 3); // all, alice, bob
        pubs->setCurrentIndex(pubs->findText(QStringLiteral("bob")));
        Q_EMIT pubs->activated(pubs->currentIndex());
        QTRY_COMPARE(table->model()->rowCount(), 20);
        QCOMPARE(table->model()->index(0, AuditLogModel::PubColumn).data().toString(), QStringLiteral("bob"));
        QTemporaryDir dir;
        test::grabAndSave(m_window.get(), QStringLiteral("audit-log.png"), dir);

        m_client->server.setFailOperations(true);
        child<QPushButton>(page, "auditRefreshButton")->click();
        auto *error = child<QLabel>(page, "auditErrorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("Docker engine")));
    }

    void jobsPageRetriesAndFollowsLive()
    {
        m_client = std::make_unique<test::SignedInClient>(Role::Admin);
        QVERIFY(m_client->signIn());
        const QString failed = m_client->server.addJob(QStringLiteral("pub.start"), QStringLiteral("failed"));
        m_client->server.setJobState(failed, QStringLiteral("failed"), {}, QStringLiteral("engine did not answer"));
        m_client->server.addJob(QStringLiteral("hub.join"), QStringLiteral("succeeded"));
        const QString running = m_client->server.addJob(QStringLiteral("pub.create"), QStringLiteral("running"));
        m_client->server.addReconcileDifference(QStringLiteral("spec_drift"), QString(), QStringLiteral("image differs"),
                                                QStringLiteral("pub.update"));
        QVERIFY(showWindow());
        child<QAction>(m_window.get(), "showJobsAction")->trigger();
        auto *page = m_window->findChild<JobsPage *>();
        auto *table = child<QTableView>(page, "jobsTableView");
        QTRY_COMPARE(table->model()->rowCount(), 3);
        auto *retry = child<QPushButton>(page, "jobsRetryButton");
        auto *cancel = child<QPushButton>(page, "jobsCancelButton");
        QVERIFY(retry->isVisible() && cancel->isVisible());
        QVERIFY(!retry->isEnabled());

        QVERIFY(selectRowWith(table, JobsModel::KindColumn, QStringLiteral("Start pub")));
        QVERIFY(retry->isEnabled());
        QVERIFY(!cancel->isEnabled());
        retry->click();
        QTRY_COMPARE(table->model()->index(table->selectionModel()->selectedRows().first().row(), JobsModel::StateColumn).data().toString(),
                     QStringLiteral("Queued"));
        QVERIFY(!retry->isEnabled());
        // Retrying what is queued now is refused by the server and explained.
        retry->setEnabled(true);
        retry->click();
        auto *error = child<QLabel>(page, "jobsErrorLabel");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Only failed or canceled jobs can be retried."));

        // Progress arrives live over the stream.
        QTRY_VERIFY(m_client->server.streamMessages().contains(QStringLiteral("subscribe:jobs")));
        m_client->server.setJobState(running, QStringLiteral("running"), QStringLiteral("waiting for the task"));
        QTRY_VERIFY(!table->model()->match(table->model()->index(0, JobsModel::ProgressColumn), Qt::DisplayRole,
                                           QStringLiteral("waiting for the task")).isEmpty());

        auto *states = child<QComboBox>(page, "jobsStateComboBox");
        states->setCurrentIndex(states->findData(QStringLiteral("succeeded")));
        Q_EMIT states->activated(states->currentIndex());
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(m_client->server.lastJobsQuery().contains(QStringLiteral("state=succeeded")));

        auto *plan = child<QTableView>(page, "planTableView");
        QTRY_COMPARE(plan->model()->rowCount(), 1);
        QCOMPARE(plan->model()->index(0, ReconcilePlanModel::DifferenceColumn).data().toString(), QStringLiteral("Spec drift"));
        QVERIFY(child<QLabel>(page, "planLabel")->text().contains(QStringLiteral("1 difference")));
        states->setCurrentIndex(0);
        Q_EMIT states->activated(0);
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QTemporaryDir dir;
        test::grabAndSave(m_window.get(), QStringLiteral("jobs.png"), dir);
    }

    void supportSeesJobsWithoutControls()
    {
        QVERIFY(open(Role::Support));
        m_client->server.addJob(QStringLiteral("pub.start"), QStringLiteral("failed"));
        child<QAction>(m_window.get(), "showJobsAction")->trigger();
        auto *page = m_window->findChild<JobsPage *>();
        QTRY_VERIFY(page->jobsModel()->rowCount() > 0);
        QVERIFY(!child<QPushButton>(page, "jobsRetryButton")->isVisible());
        QVERIFY(!child<QPushButton>(page, "jobsCancelButton")->isVisible());
    }

    void hubsPageShowsCapacityAndAddsAHub()
    {
        m_client = std::make_unique<test::SignedInClient>(Role::Admin);
        QVERIFY(m_client->signIn());
        m_client->server.addHub(QStringLiteral("local"), QStringLiteral("ready"), 9);
        m_client->server.addHub(QStringLiteral("hub-2"), QStringLiteral("ready"), 4);
        QVERIFY(showWindow());
        child<QAction>(m_window.get(), "showHubsAction")->trigger();
        auto *page = m_window->findChild<HubsPage *>();
        auto *table = child<QTableView>(page, "hubsTableView");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        auto *chart = child<QChartView>(page, "capacityChartView");
        QTRY_COMPARE(chart->chart()->series().size(), 1);
        QCOMPARE(static_cast<QAbstractBarSeries *>(chart->chart()->series().first())->barSets().size(), 2); // reserved, free
        QVERIFY(child<QLabel>(page, "capacityTotalsLabel")->text().startsWith(QStringLiteral("13 pubs on 2 hubs")));
        auto *whatIf = child<QSpinBox>(page, "capacityWhatIfSpinBox");
        whatIf->setValue(40);
        QTRY_COMPARE(child<QLabel>(page, "capacityWhatIfLabel")->text(),
                     QStringLiteral("With 40 more pub(s): 4 hubs needed, 2 to add."));
        QCOMPARE(m_client->server.lastCapacityQuery(), QStringLiteral("extraPubs=40"));
        QTemporaryDir dir;
        test::grabAndSave(m_window.get(), QStringLiteral("hubs.png"), dir);

        // The wizard: an unreachable machine is explained, a reachable one shows its fingerprint.
        QTest::mouseClick(child<QPushButton>(page, "hubsAddButton"), Qt::LeftButton);
        AddHubWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = page->findChild<AddHubWizard *>()) && wizard->isVisible());
        auto *next = child<QPushButton>(wizard, "addHubNextButton");
        QVERIFY(!next->isEnabled());
        typeInto(child<QLineEdit>(wizard, "hubHostLineEdit"), QStringLiteral("unreachable.example.org"));
        QTest::mouseClick(next, Qt::LeftButton);
        auto *error = child<QLabel>(wizard, "addHubErrorLabel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("could not connect")));
        QCOMPARE(wizard->currentStep(), AddHubWizard::AddressStep);

        typeInto(child<QLineEdit>(wizard, "hubHostLineEdit"), QStringLiteral("203.0.113.9"));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(wizard->currentStep(), AddHubWizard::HostKeyStep);
        QVERIFY(child<QLabel>(wizard, "hubFingerprintLabel")->text().contains(m_client->server.probeFingerprint()));
        QVERIFY(!next->isEnabled()); // not before the operator confirmed it
        child<QCheckBox>(wizard, "hubConfirmCheckBox")->setChecked(true);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentStep(), AddHubWizard::AccountStep);

        auto *add = child<QPushButton>(wizard, "addHubAddButton");
        typeInto(child<QLineEdit>(wizard, "hubNameLineEdit"), QStringLiteral("hub-3"));
        typeInto(child<QLineEdit>(wizard, "hubKeyFileLineEdit"), dir.filePath(QStringLiteral("missing")));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(error->isVisible() && error->text().startsWith(QStringLiteral("Could not read")));
        QVERIFY(m_client->server.lastAddHubBody().isEmpty());

        const QString keyPath = dir.filePath(QStringLiteral("id_ed25519"));
        QFile key(keyPath);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n");
        key.close();
        typeInto(child<QLineEdit>(wizard, "hubKeyFileLineEdit"), keyPath);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(!page->findChild<AddHubWizard *>());
        QCOMPARE(m_client->server.lastAddHubBody().value(QStringLiteral("host")).toString(), QStringLiteral("203.0.113.9"));
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("hub-3 — Join hub: queued"));
    }

    void hubsAreDrainedAfterConfirmation()
    {
        m_client = std::make_unique<test::SignedInClient>(Role::Admin);
        QVERIFY(m_client->signIn());
        m_client->server.addHub(QStringLiteral("hub-2"), QStringLiteral("ready"), 4);
        QVERIFY(showWindow());
        child<QAction>(m_window.get(), "showHubsAction")->trigger();
        auto *page = m_window->findChild<HubsPage *>();
        auto *table = child<QTableView>(page, "hubsTableView");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        auto *drain = child<QPushButton>(page, "hubsDrainButton");
        auto *remove = child<QPushButton>(page, "hubsRemoveButton");
        QVERIFY(!drain->isEnabled());
        table->selectRow(0);
        QVERIFY(drain->isEnabled());
        QVERIFY(!remove->isEnabled()); // not drained yet

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        drain->click();
        QTest::qWait(100);
        QCOMPARE(m_client->server.hubs().first().value(QStringLiteral("state")).toString(), QStringLiteral("ready"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        drain->click();
        QTRY_COMPARE(table->model()->index(0, HubsModel::StateColumn).data().toString(), QStringLiteral("Draining"));
        QVERIFY(!drain->isEnabled());
    }

    void supportSeesHubsWithoutControls()
    {
        QVERIFY(open(Role::Support));
        m_client->server.addHub(QStringLiteral("hub-1"), QStringLiteral("ready"), 3); // where the fake's pubs run
        child<QAction>(m_window.get(), "showHubsAction")->trigger();
        auto *page = m_window->findChild<HubsPage *>();
        QTRY_COMPARE(page->hubsModel()->rowCount(), 1);
        for (const char *name : {"hubsAddButton", "hubsDrainButton", "hubsRemoveButton"})
            QVERIFY2(!child<QPushButton>(page, name)->isVisible(), name);
        QVERIFY(child<QPushButton>(page, "hubsRefreshButton")->isVisible());
        QVERIFY(child<QSpinBox>(page, "capacityWhatIfSpinBox")->isVisible());

        // Read-only commands on every pub of a hub are for support staff too.
        auto *command = child<QPushButton>(page, "hubsCommandButton");
        QVERIFY(!command->isEnabled());
        child<QTableView>(page, "hubsTableView")->selectRow(0);
        QVERIFY(command->isEnabled());
        command->click();
        BulkCommandDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<BulkCommandDialog *>()) && dialog->isVisible());
        QTRY_VERIFY(child<QPushButton>(dialog, "bulkRunButton")->isEnabled());
        child<QPushButton>(dialog, "bulkRunButton")->click();
        QTRY_COMPARE(child<QLabel>(dialog, "bulkStatusLabel")->text(), QStringLiteral("Succeeded on 1 of 3 pub(s)."));
        QCOMPARE(m_client->server.lastBulkCommandBody().value(QStringLiteral("node")).toString(), QStringLiteral("hub-1"));
        QVERIFY(!m_client->server.lastBulkCommandBody().contains(QStringLiteral("pubIds")));
    }

private:
    // A signed-in client of this role with three pubs, and the main window on its pubs.
    bool open(Role role)
    {
        m_client = std::make_unique<test::SignedInClient>(role);
        if (!m_client->signIn())
            return false;
        m_client->server.addPub(QStringLiteral("alice"));
        m_client->server.addPub(QStringLiteral("garden"), PubStatus::Down);
        m_client->server.addPub(QStringLiteral("harbour"), PubStatus::Failed);
        return showWindow() && QTest::qWaitFor([this] { return m_window->pubsModel()->rowCount() == 3; }, 5000);
    }

    bool showWindow()
    {
        m_window = std::make_unique<MainWindow>(&m_client->session);
        m_window->resize(1100, 700);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    std::unique_ptr<test::SignedInClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestOperationsPages)
#include "tst_operationspages.moc"
