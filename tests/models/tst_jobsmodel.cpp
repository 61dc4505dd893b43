#include "models/eventstream.h"
#include "models/jobprogresstracker.h"
#include "models/jobsmodel.h"
#include "models/reconcileplanmodel.h"
#include "signedinclient.h"
#include "waitforresult.h"
#include "wire/errorcodes.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;
using namespace std::chrono_literals;

namespace {
const QUrl Server(QStringLiteral("http://127.0.0.1:1"));

QJsonObject jobJson()
{
    return {{QStringLiteral("id"), QStringLiteral("job000000001")}, {QStringLiteral("kind"), QStringLiteral("pub.create")},
            {QStringLiteral("state"), QStringLiteral("running")}, {QStringLiteral("pubId"), QStringLiteral("pub000000001")},
            {QStringLiteral("hubId"), QString()}, {QStringLiteral("progress"), QStringLiteral("creating service")},
            {QStringLiteral("attempts"), 1}, {QStringLiteral("maxAttempts"), 8},
            {QStringLiteral("createdAt"), QStringLiteral("2026-11-24T18:00:00Z")}, {QStringLiteral("finishedAt"), QJsonValue::Null}};
}

QJsonObject with(QJsonObject json, const char *key, const QJsonValue &value)
{
    json.insert(QString::fromLatin1(key), value);
    return json;
}
}

class TestJobsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAJob()
    {
        const Result<Job> job = parseJob(jobJson(), Server);
        QVERIFY(job.ok());
        QCOMPARE(job.value().kind, QStringLiteral("pub.create"));
        QCOMPARE(job.value().state, JobState::Running);
        QCOMPARE(job.value().attempts, 1);
        QVERIFY(!job.value().isFinished());
        QVERIFY(!job.value().finishedAt.isValid());
        QCOMPARE(jobSummary(job.value()), QStringLiteral("Create pub: creating service (running, attempt 1 of 8)"));
    }

    void refusesABrokenJob_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("no id") << with(jobJson(), "id", QString());
        QTest::newRow("id with slash") << with(jobJson(), "id", QStringLiteral("../jobs"));
        QTest::newRow("unknown state") << with(jobJson(), "state", QStringLiteral("sleeping"));
        QTest::newRow("no kind") << with(jobJson(), "kind", QString());
        QTest::newRow("bad pub id") << with(jobJson(), "pubId", QStringLiteral("PUB 1"));
        QTest::newRow("negative attempts") << with(jobJson(), "attempts", -1);
    }

    void refusesABrokenJob()
    {
        QFETCH(QJsonObject, json);
        const Result<Job> job = parseJob(json, Server);
        QVERIFY(!job.ok());
        QVERIFY(job.error().is(ClientErrorCode::InvalidReply));
    }

    void aPubCarriesItsJob()
    {
        const QJsonObject pub{{QStringLiteral("id"), QStringLiteral("pub000000001")}, {QStringLiteral("name"), QStringLiteral("alice")},
                              {QStringLiteral("status"), QStringLiteral("starting")}, {QStringLiteral("desiredState"), QStringLiteral("running")},
                              {QStringLiteral("job"), jobJson()}};
        const Result<Pub> parsed = parsePub(pub, Server);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().job.has_value());
        QCOMPARE(parsed.value().job->id, QStringLiteral("job000000001"));
        QVERIFY(!parsePub(with(pub, "job", with(jobJson(), "state", QStringLiteral("?"))), Server).ok());
    }

    void listsFiltersAndPages()
    {
        test::SignedInClient client(Role::Support);
        QVERIFY(client.signIn());
        for (int i = 0; i < 5; ++i)
            client.server.addJob(QStringLiteral("pub.create"), QStringLiteral("succeeded"));
        client.server.addJob(QStringLiteral("hub.join"), QStringLiteral("failed"));
        JobService service(&client.session);
        JobsModel model(&service);
        QAbstractItemModelTester tester(&model);
        model.setPageSize(4);
        QSignalSpy loaded(&model, &JobsModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, JobsModel::KindColumn).data().toString(), QStringLiteral("Join hub")); // newest first
        QVERIFY(model.canLoadOlder());
        model.loadOlder();
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(client.server.lastJobsQuery().contains(QStringLiteral("before=")));
        QVERIFY(!model.canLoadOlder());

        model.setFilter(QStringLiteral("failed"), QString());
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(client.server.lastJobsQuery().contains(QStringLiteral("state=failed")));
        model.setFilter(QString(), QStringLiteral("pub.create"));
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(client.server.lastJobsQuery().contains(QStringLiteral("kind=pub.create")));
    }

    void customersAreRefused()
    {
        test::SignedInClient client(Role::Customer);
        QVERIFY(client.signIn());
        JobService service(&client.session);
        JobsModel model(&service);
        QSignalSpy failed(&model, &JobsModel::loadFailed);
        model.refresh();
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().first().toString(), QStringLiteral("Your account is not allowed to do this."));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }

    void retryAndCancelExplainConflicts()
    {
        test::SignedInClient client(Role::Admin);
        QVERIFY(client.signIn());
        const QString failed = client.server.addJob(QStringLiteral("pub.start"), QStringLiteral("failed"));
        const QString queued = client.server.addJob(QStringLiteral("pub.stop"), QStringLiteral("queued"));
        JobService service(&client.session);

        const auto retry = [&service](const QString &id) {
            return test::waitForResult<Job>([&](QObject *context, JobService::Handler<Job> handler) {
                service.retry(id, context, handler);
            });
        };
        const auto cancel = [&service](const QString &id) {
            return test::waitForResult<Job>([&](QObject *context, JobService::Handler<Job> handler) {
                service.cancel(id, context, handler);
            });
        };
        const Result<Job> retried = retry(failed);
        QVERIFY2(retried.ok(), qPrintable(retried.errorMessage()));
        QCOMPARE(retried.value().state, JobState::Queued);
        const Result<Job> again = retry(queued);
        QVERIFY(again.error().is(ErrorCode::Conflict));
        QCOMPARE(again.errorMessage(), QStringLiteral("Only failed or canceled jobs can be retried."));

        const Result<Job> canceled = cancel(queued);
        QVERIFY(canceled.ok());
        QCOMPARE(canceled.value().state, JobState::Canceled);
        QCOMPARE(cancel(queued).errorMessage(), QStringLiteral("The job has already finished."));
        QVERIFY(cancel(QStringLiteral("job999999999")).error().is(ErrorCode::NotFound));
    }

    void supportMayNotRetry()
    {
        test::SignedInClient client(Role::Support);
        QVERIFY(client.signIn());
        const QString failed = client.server.addJob(QStringLiteral("pub.start"), QStringLiteral("failed"));
        JobService service(&client.session);
        const Result<Job> retried = test::waitForResult<Job>([&](QObject *context, JobService::Handler<Job> handler) {
            service.retry(failed, context, handler);
        });
        QVERIFY(retried.error().is(ErrorCode::Forbidden));
    }

    void followsJobsLive()
    {
        test::SignedInClient client(Role::Admin);
        QVERIFY(client.signIn());
        const QString running = client.server.addJob(QStringLiteral("pub.create"), QStringLiteral("running"));
        JobService service(&client.session);
        EventStream stream(&client.session);
        JobsModel model(&service);
        QAbstractItemModelTester tester(&model);
        model.setEventStream(&stream);
        QCOMPARE(stream.subscriptionCount(QStringLiteral("jobs")), 1);
        model.setFilter(QStringLiteral("running"), QString());
        QSignalSpy loaded(&model, &JobsModel::loaded);
        QVERIFY(loaded.wait());
        stream.start();
        QTRY_VERIFY(client.server.streamMessages().contains(QStringLiteral("subscribe:jobs")));

        client.server.setJobState(running, QStringLiteral("running"), QStringLiteral("pulling image"));
        QTRY_COMPARE(model.index(0, JobsModel::ProgressColumn).data().toString(), QStringLiteral("pulling image"));
        // A new running job appears at the top; one that leaves the filter leaves the table.
        const QString other = client.server.addJob(QStringLiteral("pub.stop"), QStringLiteral("queued"));
        client.server.setJobState(other, QStringLiteral("running"), QStringLiteral("scaling to 0"));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, JobsModel::KindColumn).data().toString(), QStringLiteral("Stop pub"));
        client.server.setJobState(running, QStringLiteral("succeeded"));
        QTRY_COMPARE(model.rowCount(), 1);
    }

    void trackerReportsUntilTheJobFinishes()
    {
        test::SignedInClient client(Role::Customer);
        QVERIFY(client.signIn());
        const QString id = client.server.addJob(QStringLiteral("pub.create"), QStringLiteral("queued"));
        EventStream stream(&client.session);
        stream.start();
        QTRY_COMPARE(stream.state(), EventStream::State::Online);
        JobProgressTracker tracker(&stream);
        QSignalSpy progress(&tracker, &JobProgressTracker::progress);
        QSignalSpy finished(&tracker, &JobProgressTracker::jobFinished);
        tracker.track(parseJob(client.server.job(id), Server).value(), QStringLiteral("alice"));
        QCOMPARE(progress.size(), 1);
        QCOMPARE(progress.last().first().toString(), QStringLiteral("alice — Create pub: queued"));
        QTRY_VERIFY(client.server.streamMessages().contains(QStringLiteral("subscribe:jobs")));

        client.server.setJobState(id, QStringLiteral("running"), QStringLiteral("creating service"));
        QTRY_COMPARE(progress.size(), 2);
        QCOMPARE(progress.last().first().toString(),
                 QStringLiteral("alice — Create pub: creating service (running, attempt 1 of 8)"));
        client.server.setJobState(id, QStringLiteral("failed"), {}, QStringLiteral("no hub has room"));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("alice — Create pub: failed: no hub has room"));
        QCOMPARE(tracker.trackedCount(), 0);
        QTRY_VERIFY(client.server.streamMessages().contains(QStringLiteral("unsubscribe:jobs")));
    }

    void showsTheReconcilePlan()
    {
        test::SignedInClient client(Role::Support);
        QVERIFY(client.signIn());
        client.server.addReconcileDifference(QStringLiteral("service_missing"), QStringLiteral("pub000000042"),
                                             QStringLiteral("pub alice should run but has no service"), QStringLiteral("pub.create"));
        JobService service(&client.session);
        ReconcilePlanModel model(&service, nullptr);
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&model, &ReconcilePlanModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ReconcilePlanModel::DifferenceColumn).data().toString(), QStringLiteral("Service missing"));
        QCOMPARE(model.index(0, ReconcilePlanModel::JobColumn).data().toString(), QStringLiteral("Create pub (would be queued)"));
        QCOMPARE(model.checkedAt(), QDateTime(QDate(2026, 11, 24), QTime(18, 30), Qt::UTC));

        client.server.setFailOperations(true);
        QSignalSpy failed(&model, &ReconcilePlanModel::loadFailed);
        model.refresh();
        QVERIFY(failed.wait());
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("Docker engine")));
        QCOMPARE(model.rowCount(), 1); // the last good plan stays
    }

    void refusesABrokenPlan()
    {
        QVERIFY(!parseReconcilePlan(QJsonObject{{QStringLiteral("differences"), QStringLiteral("none")}}, Server).ok());
        QVERIFY(!parseReconcilePlan(QJsonObject{{QStringLiteral("differences"), QJsonArray{QJsonObject{}}}}, Server).ok());
        QVERIFY(parseReconcilePlan(QJsonObject{{QStringLiteral("differences"), QJsonArray{}}}, Server).ok());
    }
};

QTEST_GUILESS_MAIN(TestJobsModel)
#include "tst_jobsmodel.moc"
