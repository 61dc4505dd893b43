// Rollouts, a pub's export, import and move, and backups: the typed services and their models
// against the fake server (docs/api.md, "Rollouts", "Export, import and move", "Backups").
#include "models/backupsmodel.h"
#include "models/custodyservice.h"
#include "models/eventstream.h"
#include "models/pubsmodel.h"
#include "models/rolloutsmodel.h"
#include "signedinclient.h"
#include "waitforresult.h"
#include "wire/errorcodes.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;

namespace {
const QUrl Server(QStringLiteral("http://127.0.0.1:1"));

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QJsonObject rolloutJson()
{
    return {{QStringLiteral("id"), QStringLiteral("rol000000001")},
            {QStringLiteral("image"), QStringLiteral("buttcloud/pub:16.0.2")},
            {QStringLiteral("batchSize"), 2},
            {QStringLiteral("pauseSeconds"), 1.5},
            {QStringLiteral("state"), QStringLiteral("paused")},
            {QStringLiteral("pubs"), QJsonArray{QJsonObject{{QStringLiteral("pubId"), QStringLiteral("pub000000001")},
                                                            {QStringLiteral("fromImage"), QStringLiteral("buttcloud/pub:16.0.1")},
                                                            {QStringLiteral("state"), QStringLiteral("failed")},
                                                            {QStringLiteral("message"), QStringLiteral("answered as another feed")}}}},
            {QStringLiteral("updatedCount"), 0},
            {QStringLiteral("failedPubId"), QStringLiteral("pub000000001")},
            {QStringLiteral("message"), QStringLiteral("pub000000001 failed")},
            {QStringLiteral("createdAt"), 1764633600000LL},
            {QStringLiteral("updatedAt"), 1764633660000LL}};
}

template<typename T, typename Call>
Result<T> wait(Call call)
{
    return test::waitForResult<T>([&](QObject *context, std::function<void(const Result<T> &)> handler) {
        call(context, handler);
    });
}
}

class TestCustody final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesARolloutAndRefusesBrokenOnes()
    {
        const Result<Rollout> parsed = parseRollout(rolloutJson(), Server);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        const Rollout &rollout = parsed.value();
        QCOMPARE(rollout.state, RolloutState::Paused);
        QCOMPARE(rollout.pauseSeconds, 1.5);
        QCOMPARE(rollout.pubs.size(), 1);
        QCOMPARE(rollout.pubs.first().state, RolloutPubState::Failed);
        QCOMPARE(rollout.createdAt, QDateTime::fromMSecsSinceEpoch(1764633600000LL, Qt::UTC));
        QVERIFY(canResumeRollout(rollout) && canStopRollout(rollout) && !canPauseRollout(rollout));

        for (const auto &[key, value] : std::initializer_list<std::pair<const char *, QJsonValue>>{
                 {"state", QStringLiteral("exploded")}, {"batchSize", 0}, {"id", QStringLiteral("../x")},
                 {"pubs", QJsonObject{}}, {"image", QString()}}) {
            QJsonObject broken = rolloutJson();
            broken.insert(QLatin1String(key), value);
            QVERIFY2(!parseRollout(broken, Server).ok(), key);
        }
        QJsonObject badPub = rolloutJson();
        badPub.insert(QStringLiteral("pubs"), QJsonArray{QJsonObject{{QStringLiteral("pubId"), QStringLiteral("pub000000001")},
                                                                     {QStringLiteral("state"), QStringLiteral("dancing")}}});
        QVERIFY(!parseRollout(badPub, Server).ok());
    }

    void imageReferencesAreCheckedLikeTheServer_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name and tag") << QStringLiteral("buttcloud/pub:16.0.2") << true;
        QTest::newRow("name only") << QStringLiteral("buttcloud/pub") << true;
        QTest::newRow("registry path") << QStringLiteral("registry.example.org/team/pub:v2-rc_1") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("uppercase name") << QStringLiteral("ButtCloud/pub:1") << false;
        QTest::newRow("digest") << QStringLiteral("buttcloud/pub@sha256:abc") << false;
        QTest::newRow("space") << QStringLiteral("buttcloud/pub :1") << false;
        QTest::newRow("option") << QStringLiteral("--privileged") << false;
        QTest::newRow("empty tag") << QStringLiteral("buttcloud/pub:") << false;
    }

    void imageReferencesAreCheckedLikeTheServer()
    {
        QFETCH(QString, image);
        QFETCH(bool, valid);
        QCOMPARE(isValidImageReference(image), valid);
    }

    void adminsStartPauseResumeAndStopARollout()
    {
        test::SignedInClient client(Role::Admin);
        QVERIFY(client.signIn());
        const QString alice = client.server.addPub(QStringLiteral("alice"));
        client.server.addPub(QStringLiteral("bob"));
        RolloutService service(&client.session);

        const Result<Rollout> created = wait<Rollout>([&](QObject *context, RolloutService::Handler<Rollout> handler) {
            service.create({QStringLiteral("buttcloud/pub:16.0.2"), 2, 30, {alice}}, context, handler);
        });
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QCOMPARE(client.server.lastRolloutBody(),
                 (QJsonObject{{QStringLiteral("image"), QStringLiteral("buttcloud/pub:16.0.2")}, {QStringLiteral("batchSize"), 2},
                              {QStringLiteral("pause"), 30}, {QStringLiteral("pubIds"), QJsonArray{alice}}}));
        QCOMPARE(created.value().pubs.size(), 1);
        const QString id = created.value().id;

        // One unfinished rollout at a time, said in words.
        const Result<Rollout> second = wait<Rollout>([&](QObject *context, RolloutService::Handler<Rollout> handler) {
            service.create({QStringLiteral("buttcloud/pub:16.0.3"), 1, 0, {}}, context, handler);
        });
        QVERIFY(second.error().is(ErrorCode::Conflict));
        QVERIFY(second.errorMessage().contains(QStringLiteral("Another rollout")));

        const auto act = [&](void (RolloutService::*action)(const QString &, QObject *, RolloutService::Handler<Rollout>)) {
            return wait<Rollout>([&](QObject *context, RolloutService::Handler<Rollout> handler) {
                (service.*action)(id, context, handler);
            });
        };
        QCOMPARE(act(&RolloutService::pause).value().state, RolloutState::Paused);
        const Result<Rollout> pausedAgain = act(&RolloutService::pause);
        QCOMPARE(pausedAgain.errorMessage(), QStringLiteral("The rollout is not running."));
        QCOMPARE(act(&RolloutService::resume).value().state, RolloutState::Running);
        QCOMPARE(act(&RolloutService::stop).value().state, RolloutState::Stopped);
        QCOMPARE(act(&RolloutService::stop).errorMessage(), QStringLiteral("The rollout has already ended."));

        const Result<QList<Rollout>> listed = wait<QList<Rollout>>([&](QObject *context, RolloutService::Handler<QList<Rollout>> handler) {
            service.list(context, handler);
        });
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 1);
        QCOMPARE(listed.value().first().id, id);
    }

    void supportStaffMayNotStartARollout()
    {
        test::SignedInClient client(Role::Support);
        QVERIFY(client.signIn());
        RolloutService service(&client.session);
        const Result<Rollout> created = wait<Rollout>([&](QObject *context, RolloutService::Handler<Rollout> handler) {
            service.create({QStringLiteral("buttcloud/pub:16.0.2"), 1, 0, {}}, context, handler);
        });
        QVERIFY(created.error().is(ErrorCode::Forbidden));
    }

    void theRolloutsModelFollowsRolloutJobsOnTheStream()
    {
        test::SignedInClient client(Role::Support);
        QVERIFY(client.signIn());
        const QString alice = client.server.addPub(QStringLiteral("alice"));
        const QString rolloutId = client.server.addRollout(QStringLiteral("buttcloud/pub:16.0.2"), {alice});
        RolloutService service(&client.session);
        RolloutsModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventStream stream(&client.session);
        model.setEventStream(&stream);
        QCOMPARE(stream.subscriptionCount(QStringLiteral("jobs")), 1);
        stream.start();
        QTRY_VERIFY(client.server.streamMessages().contains(QStringLiteral("subscribe:jobs")));

        QSignalSpy loaded(&model, &RolloutsModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RolloutsModel::ImageColumn).data().toString(), QStringLiteral("buttcloud/pub:16.0.2"));
        QCOMPARE(model.index(0, RolloutsModel::ProgressColumn).data().toString(), QStringLiteral("0 of 1"));

        // The rollout's job moves: the list is read again.
        client.server.setRolloutPubState(rolloutId, alice, QStringLiteral("updated"));
        QTRY_COMPARE(model.index(0, RolloutsModel::ProgressColumn).data().toString(), QStringLiteral("1 of 1"));

        // The pubs of a rollout, by name, with their state and message.
        PubsModel pubs(nullptr);
        Pub pub;
        pub.id = alice;
        pub.name = QStringLiteral("alice");
        pub.hubId = QStringLiteral("hub000000002");
        pubs.setPubs({pub});
        QCOMPARE(pubs.index(0, PubsModel::NodeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Pinned to hub hub000000002"));
        RolloutPubsModel rolloutPubs(&pubs);
        QAbstractItemModelTester pubsTester(&rolloutPubs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rolloutPubs.setRollout(model.rolloutAt(0));
        QCOMPARE(rolloutPubs.rowCount(), 1);
        QCOMPARE(rolloutPubs.index(0, RolloutPubsModel::NameColumn).data().toString(), QStringLiteral("alice"));
        QCOMPARE(rolloutPubs.index(0, RolloutPubsModel::StateColumn).data().toString(), QStringLiteral("Updated"));
        rolloutPubs.setRollout(std::nullopt);
        QCOMPARE(rolloutPubs.rowCount(), 0);

        model.setEventStream(nullptr);
        QCOMPARE(stream.subscriptionCount(QStringLiteral("jobs")), 0);
    }

    void anExportIsDownloadedOnceToAPrivateFile()
    {
        test::SignedInClient client(Role::Customer);
        QVERIFY(client.signIn());
        const QString alice = client.server.addPub(QStringLiteral("alice"));
        CustodyService service(&client.session);

        const Result<Job> queued = wait<Job>([&](QObject *context, CustodyService::Handler<Job> handler) {
            service.exportPub(alice, context, handler);
        });
        QVERIFY2(queued.ok(), qPrintable(queued.errorMessage()));
        QCOMPARE(queued.value().kind, QStringLiteral("pub.export"));
        QVERIFY(!queued.value().isFinished());

        // Larger than any JSON reply the client accepts: it must go to disk, not into a buffer.
        const QByteArray archive = test::FakeApiServer::fakeArchive(QStringLiteral("alice"), 20 * 1024 * 1024);
        client.server.finishExport(alice, archive);
        const Result<Job> finished = wait<Job>([&](QObject *context, CustodyService::Handler<Job> handler) {
            service.latestExport(alice, context, handler);
        });
        QVERIFY(finished.ok());
        QCOMPARE(finished.value().state, JobState::Succeeded);
        QVERIFY(!finished.value().exportId.isEmpty());

        const QString path = client.dir.filePath(QStringLiteral("alice.bcpub"));
        qint64 lastDone = 0;
        const auto download = [&] {
            return wait<Done>([&](QObject *context, CustodyService::Handler<Done> handler) {
                service.downloadExport(alice, finished.value().exportId, path, context,
                                       [&lastDone](qint64 done, qint64) { lastDone = done; }, handler);
            });
        };
        const Result<Done> saved = download();
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(readFile(path), archive);
        QVERIFY(readFile(path).startsWith("BUTTCLOUD-PUB-ARCHIVE/1 "));
        QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOwner | QFileDevice::WriteOwner),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(lastDone, qint64(archive.size()));

        // Once only: the second try says so, and leaves the first file as it was.
        const Result<Done> again = download();
        QVERIFY(again.error().is(ErrorCode::NotFound));
        QVERIFY(again.errorMessage().contains(QStringLiteral("downloaded once")));
        QCOMPARE(readFile(path), archive);
    }

    void aDownloadThatCannotBeSavedLeavesNoFile()
    {
        test::SignedInClient client(Role::Admin);
        QVERIFY(client.signIn());
        const QString backupId = client.server.addBackup(QStringLiteral("carol"), test::FakeApiServer::fakeArchive(QStringLiteral("carol"), 1000));
        CustodyService service(&client.session);
        const QString path = client.dir.filePath(QStringLiteral("no-such-dir/carol.bcpub"));
        const Result<Done> saved = wait<Done>([&](QObject *context, CustodyService::Handler<Done> handler) {
            service.downloadBackup(backupId, path, context, {}, handler);
        });
        QVERIFY(saved.error().is(ClientErrorCode::LocalFile));
        QVERIFY(saved.errorMessage().contains(path));
        QVERIFY(!QFileInfo::exists(path));
    }

    void aDownloadSurvivesAnExpiredToken()
    {
        test::SignedInClient client(Role::Admin);
        QVERIFY(client.signIn());
        const QByteArray archive = test::FakeApiServer::fakeArchive(QStringLiteral("carol"), 4096);
        const QString backupId = client.server.addBackup(QStringLiteral("carol"), archive);
        client.server.expireAccessTokens();
        CustodyService service(&client.session);
        const QString path = client.dir.filePath(QStringLiteral("carol-backup.bcpub"));
        const Result<Done> saved = wait<Done>([&](QObject *context, CustodyService::Handler<Done> handler) {
            service.downloadBackup(backupId, path, context, {}, handler);
        });
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(client.server.refreshCount(), 1);
        QCOMPARE(readFile(path), archive); // the 401's body never reached the file
    }

    void anImportStreamsTheFileAndNamesTheHub()
    {
        test::SignedInClient client(Role::Admin);
        QVERIFY(client.signIn());
        const QString hub = client.server.addHub(QStringLiteral("hub-2"));
        const QByteArray archive = test::FakeApiServer::fakeArchive(QStringLiteral("alice"), 3 * 1024 * 1024);
        const QString path = writeFile(client.dir, "alice.bcpub", archive);
        CustodyService service(&client.session);
        qint64 lastDone = 0;
        const auto import = [&](const QString &file, const QString &name, const QString &hubId) {
            return wait<Pub>([&](QObject *context, CustodyService::Handler<Pub> handler) {
                service.importPub(file, name, hubId, context, [&lastDone](qint64 done, qint64) { lastDone = done; }, handler);
            });
        };
        const Result<Pub> imported = import(path, QStringLiteral("alice-2"), hub);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported.value().name, QStringLiteral("alice-2"));
        QCOMPARE(imported.value().hubId, hub);
        QVERIFY(imported.value().job);
        QCOMPARE(imported.value().job->kind, QStringLiteral("pub.import"));
        QCOMPARE(client.server.lastImportBody(), archive);
        QCOMPARE(client.server.lastImportContentType(), QByteArray("application/vnd.buttcloud.pub-archive"));
        QCOMPARE(client.server.lastImportQuery(), QStringLiteral("name=alice-2&hubId=") + hub);
        QCOMPARE(lastDone, qint64(archive.size()));

        const Result<Pub> taken = import(path, QStringLiteral("alice-2"), {});
        QCOMPARE(taken.errorMessage(), QStringLiteral("That pub name is taken."));
        QVERIFY(!client.server.lastImportQuery().contains(QStringLiteral("hubId")));

        const Result<Pub> notAnArchive = import(writeFile(client.dir, "notes.txt", "hello"), QStringLiteral("bob"), {});
        QVERIFY(notAnArchive.error().is(ErrorCode::ValidationFailed));
        QVERIFY(notAnArchive.errorMessage().contains(QStringLiteral("not a ButtCloud pub archive")));

        const Result<Pub> missing = import(client.dir.filePath(QStringLiteral("gone.bcpub")), QStringLiteral("bob"), {});
        QVERIFY(missing.error().is(ClientErrorCode::LocalFile));
        QVERIFY(missing.errorMessage().contains(QStringLiteral("gone.bcpub")));
    }

    void adminsMoveAPubToAnotherReadyHub()
    {
        test::SignedInClient client(Role::Admin);
        QVERIFY(client.signIn());
        const QString alice = client.server.addPub(QStringLiteral("alice"));
        const QString ready = client.server.addHub(QStringLiteral("hub-2"));
        const QString draining = client.server.addHub(QStringLiteral("hub-3"), QStringLiteral("draining"));
        CustodyService service(&client.session);
        const auto move = [&](const QString &hubId) {
            return wait<Pub>([&](QObject *context, CustodyService::Handler<Pub> handler) {
                service.movePub(alice, hubId, context, handler);
            });
        };
        const Result<Pub> moved = move(ready);
        QVERIFY2(moved.ok(), qPrintable(moved.errorMessage()));
        QCOMPARE(client.server.lastMoveBody(), (QJsonObject{{QStringLiteral("hubId"), ready}}));
        QVERIFY(moved.value().job);
        QCOMPARE(moved.value().job->kind, QStringLiteral("pub.move"));
        QCOMPARE(jobKindLabel(moved.value().job->kind), QStringLiteral("Move pub"));
        QVERIFY(move(draining).error().is(ErrorCode::ValidationFailed));
    }

    void backupsAreListedForSupportAndDownloadedOrDeletedByAdmins()
    {
        test::SignedInClient support(Role::Support);
        QVERIFY(support.signIn());
        const QByteArray archive = test::FakeApiServer::fakeArchive(QStringLiteral("carol"), 2048);
        const QString backupId = support.server.addBackup(QStringLiteral("carol"), archive);
        CustodyService service(&support.session);
        BackupsModel model(&service);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &BackupsModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, BackupsModel::PubColumn).data().toString(), QStringLiteral("carol"));
        QCOMPARE(model.index(0, BackupsModel::ReasonColumn).data().toString(), QStringLiteral("Subscription canceled"));
        QCOMPARE(model.backupAt(0)->bytes, qint64(archive.size()));

        const QString path = support.dir.filePath(QStringLiteral("carol-backup.bcpub"));
        const Result<Done> refused = wait<Done>([&](QObject *context, CustodyService::Handler<Done> handler) {
            service.downloadBackup(backupId, path, context, {}, handler);
        });
        QVERIFY(refused.error().is(ErrorCode::Forbidden));
        QVERIFY(!QFileInfo::exists(path));

        test::SignedInClient admin(Role::Admin);
        QVERIFY(admin.signIn());
        const QString adminBackup = admin.server.addBackup(QStringLiteral("carol"), archive);
        CustodyService adminService(&admin.session);
        const Result<Done> saved = wait<Done>([&](QObject *context, CustodyService::Handler<Done> handler) {
            adminService.downloadBackup(adminBackup, path, context, {}, handler);
        });
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(readFile(path), archive);
        const Result<Done> deleted = wait<Done>([&](QObject *context, CustodyService::Handler<Done> handler) {
            adminService.deleteBackup(adminBackup, context, handler);
        });
        QVERIFY2(deleted.ok(), qPrintable(deleted.errorMessage()));
        QVERIFY(admin.server.backups().isEmpty());
        const Result<Done> gone = wait<Done>([&](QObject *context, CustodyService::Handler<Done> handler) {
            adminService.downloadBackup(adminBackup, path, context, {}, handler);
        });
        QCOMPARE(gone.errorMessage(), QStringLiteral("This backup is gone: it expired or was deleted."));
    }
};

QTEST_GUILESS_MAIN(TestCustody)
#include "tst_custody.moc"
