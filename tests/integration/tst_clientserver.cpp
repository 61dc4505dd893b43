// What a new admin does on day one, with the real widgets against a real buttcloudd and swarm:
// sign in, create a pub, watch it reach "up", roll its image out, export it to a file and import
// that as a second pub, delete both.
#include "serverprocess.h"
#include "widgetlookup.h"

#include "models/apiclient.h"
#include "models/custodyservice.h"
#include "models/keychainsecretstore.h"
#include "models/pubsmodel.h"
#include "models/rolloutsmodel.h"
#include "models/session.h"
#include "ui/createpubdialog.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/signindialog.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace buttcloud;
using namespace buttcloud::test;

namespace {
const QString AdminEmail = QStringLiteral("first-admin@example.org");
const QString AdminPassword = QStringLiteral("a password for the first admin");

// Runs an asynchronous typed call and waits for its one answer.
template<typename T, typename Call>
Result<T> waitFor(Call call, int timeoutMs = 30000)
{
    std::optional<Result<T>> answer;
    QObject context;
    call(&context, [&answer](const Result<T> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs))
        return ApiError{0, QStringLiteral("test_timeout"), QStringLiteral("no answer")};
    return *answer;
}
}

class ClientServerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void newAdminCreatesAPubAndWatchesItComeUp();

private:
    QString statusOf(QTableView *table, const QString &pubName) const;
    void rolloutIsListed(Session *session, const Pub &pub);
    void exportIsSavedToAFile(Session *session, const Pub &pub, const QString &path);
    void importMakesAPubAgain(Session *session, QTableView *table, const QString &path, const QString &name);
    void deletePub(QWidget *window, QTableView *table, const QString &name);

    ServerProcess m_server;
    QTemporaryDir m_settingsDir;
};

void ClientServerTest::initTestCase()
{
    QVERIFY2(DockerCli::available(), "the Docker engine does not answer: run scripts/lib/docker-up.sh");
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(!m_server.createUserAndSignIn(AdminEmail, QStringLiteral("admin"), AdminPassword).isEmpty());
}

void ClientServerTest::cleanupTestCase()
{
    m_server.stop();
    DockerCli::removeEverythingLabelled(m_server.runLabel());
}

QString ClientServerTest::statusOf(QTableView *table, const QString &pubName) const
{
    const QModelIndexList matches = table->model()->match(table->model()->index(0, PubsModel::NameColumn),
                                                          Qt::DisplayRole, pubName, 1, Qt::MatchExactly);
    if (matches.isEmpty())
        return {};
    const QVariant status = table->model()->index(matches.first().row(), PubsModel::StatusColumn).data(PubsModel::StatusRole);
    return pubStatusName(PubStatus(status.toInt()));
}

void ClientServerTest::newAdminCreatesAPubAndWatchesItComeUp()
{
    QSettings settings(m_settingsDir.filePath(QStringLiteral("client.ini")), QSettings::IniFormat);
    KeychainSecretStore keychain(Session::keychainService());
    ApiClient api;
    Session session(&api, &keychain, &settings);

    SignInDialog signIn(&session);
    signIn.show();
    child<QLineEdit>(&signIn, "serverUrlLineEdit")->setText(m_server.baseUrl().toString());
    QTest::keyClicks(child<QLineEdit>(&signIn, "emailLineEdit"), AdminEmail);
    QTest::keyClicks(child<QLineEdit>(&signIn, "passwordLineEdit"), AdminPassword);
    QTest::mouseClick(child<QPushButton>(&signIn, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!signIn.isVisible(), 10000);
    QCOMPARE(signIn.result(), int(QDialog::Accepted));
    QVERIFY(session.isSignedIn());

    MainWindow window(&session);
    window.show();
    auto *table = child<QTableView>(&window, "pubsTableView");
    QVERIFY(table);

    const QString name = QStringLiteral("first-") + m_server.runLabel().left(6);
    child<QAction>(&window, "newPubAction")->trigger();
    CreatePubDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<CreatePubDialog *>()) && dialog->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), name);
    QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<CreatePubDialog *>(), 10000);

    // The table shows the swarm's real state as it changes: the pub's health check passes within a minute.
    QTRY_VERIFY_WITH_TIMEOUT(!statusOf(table, name).isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(table, name), QStringLiteral("up"), 120000);

    const QModelIndexList row = table->model()->match(table->model()->index(0, PubsModel::NameColumn),
                                                      Qt::DisplayRole, name, 1, Qt::MatchExactly);
    const std::optional<Pub> pub = window.pubsModel()->pubById(row.first().data(PubsModel::PubIdRole).toString());
    QVERIFY(pub);
    rolloutIsListed(&session, *pub);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir archives;
    const QString archive = archives.filePath(name + QStringLiteral(".bcpub"));
    exportIsSavedToAFile(&session, *pub, archive);
    if (QTest::currentTestFailed())
        return;
    const QString copy = name + QStringLiteral("-copy");
    importMakesAPubAgain(&session, table, archive, copy);
    if (QTest::currentTestFailed())
        return;

    deletePub(&window, table, copy);
    deletePub(&window, table, name);
    // Deleted for real: no service of this run is left in the swarm.
    QTRY_VERIFY_WITH_TIMEOUT(DockerCli::run({QStringLiteral("service"), QStringLiteral("ls"), QStringLiteral("-q"),
                                             QStringLiteral("--filter"),
                                             QStringLiteral("label=buttcloud.test=") + m_server.runLabel()})
                                 .trimmed().isEmpty(),
                             30000);
}

// A rollout of the image the pub already runs: the server leaves the pub out (or skips it), the
// rollout completes at once, and the client lists it.
void ClientServerTest::rolloutIsListed(Session *session, const Pub &pub)
{
    RolloutService service(session);
    const Result<Rollout> started = waitFor<Rollout>([&](QObject *context, RolloutService::Handler<Rollout> handler) {
        service.create({pub.image, 1, 0, {pub.id}}, context, handler);
    });
    QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
    QCOMPARE(started.value().image, pub.image);

    RolloutsModel model(&service);
    QSignalSpy loaded(&model, &RolloutsModel::loaded);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            model.refresh();
            if (!loaded.wait(5000))
                return false;
            const int row = model.rowOf(started.value().id);
            return row >= 0 && model.rolloutAt(row)->state == RolloutState::Completed;
        }(),
        60000);
    const Rollout listed = *model.rolloutAt(model.rowOf(started.value().id));
    QCOMPARE(listed.image, pub.image);
    QCOMPARE(listed.updatedCount, 0);
    for (const RolloutPub &entry : listed.pubs) {
        QCOMPARE(entry.pubId, pub.id);
        QCOMPARE(entry.state, RolloutPubState::Skipped);
    }
}

void ClientServerTest::deletePub(QWidget *window, QTableView *table, const QString &name)
{
    const QModelIndexList row = table->model()->match(table->model()->index(0, PubsModel::NameColumn),
                                                      Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QVERIFY(!row.isEmpty());
    table->selectRow(row.first().row());
    MessageBox::setNextAnswer(QMessageBox::Yes, true);
    child<QAction>(window, "deleteAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(table, name).isEmpty(), 60000);
}

// Import: the archive is streamed from the file as the request body; the server makes a new pub
// of it, which comes up.
void ClientServerTest::importMakesAPubAgain(Session *session, QTableView *table, const QString &path, const QString &name)
{
    CustodyService service(session);
    const Result<Pub> imported = waitFor<Pub>([&](QObject *context, CustodyService::Handler<Pub> handler) {
        service.importPub(path, name, {}, context, {}, handler);
    }, 120000);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported.value().name, name);
    QVERIFY(imported.value().job);
    QCOMPARE(imported.value().job->kind, QStringLiteral("pub.import"));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(table, name), QStringLiteral("up"), 180000);
}

// Export: the job stops the pub, archives its volume and starts it again; the archive is then
// downloaded once, to a private file that starts with the format's head line.
void ClientServerTest::exportIsSavedToAFile(Session *session, const Pub &pub, const QString &path)
{
    CustodyService service(session);
    const Result<Job> queued = waitFor<Job>([&](QObject *context, CustodyService::Handler<Job> handler) {
        service.exportPub(pub.id, context, handler);
    });
    QVERIFY2(queued.ok(), qPrintable(queued.errorMessage()));
    std::optional<Job> finished;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const Result<Job> latest = waitFor<Job>([&](QObject *context, CustodyService::Handler<Job> handler) {
                service.latestExport(pub.id, context, handler);
            });
            if (latest.ok() && latest.value().isFinished())
                finished = latest.value();
            return finished.has_value();
        }(),
        180000);
    QVERIFY2(finished->state == JobState::Succeeded, qPrintable(finished->error));
    QVERIFY(!finished->exportId.isEmpty());

    const Result<Done> saved = waitFor<Done>([&](QObject *context, CustodyService::Handler<Done> handler) {
        service.downloadExport(pub.id, finished->exportId, path, context, {}, handler);
    }, 120000);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine(200).startsWith("BUTTCLOUD-PUB-ARCHIVE/1 "));
    QVERIFY(file.size() > 1024);
    QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());

    // One download only: the second says the archive is gone.
    const Result<Done> again = waitFor<Done>([&](QObject *context, CustodyService::Handler<Done> handler) {
        service.downloadExport(pub.id, finished->exportId, path + QStringLiteral(".again"), context, {}, handler);
    });
    QVERIFY(!again.ok());
    QVERIFY(again.errorMessage().contains(QStringLiteral("downloaded once")));
}

QTEST_MAIN(ClientServerTest)
#include "tst_clientserver.moc"
