// How a rollout reads swarm's rolling update of one pub: a failure is seen as soon as swarm reports
// it (rollback or pause begun, a new task failed), and an earlier update's outcome never counts.
#include "rollouts/rolloutcontroller.h"
#include "swarm/pubruntime.h"

#include <QTest>

using namespace buttcloud;

class TestRolloutFailure final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void swarmsReactionIsAFailure_data();
    void swarmsReactionIsAFailure();
};

namespace {
const QString Before = QStringLiteral("2026-12-01T09:00:00Z");
const QString Now = QStringLiteral("2026-12-02T10:00:00.123456789Z");
}

void TestRolloutFailure::swarmsReactionIsAFailure_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("startedAt");
    QTest::addColumn<bool>("taskFailed"); // the pub's newest task
    QTest::addColumn<QString>("mentions"); // empty: no failure (yet)

    QTest::newRow("updating") << "updating" << Now << false << "";
    QTest::newRow("updating, up") << "updating" << Now << false << "";
    QTest::newRow("completed") << "completed" << Now << false << "";
    QTest::newRow("rollback started") << "rollback_started" << Now << false << "rolls it back (swarm's words)";
    QTest::newRow("rollback completed") << "rollback_completed" << Now << false << "rolls it back";
    QTest::newRow("paused") << "paused" << Now << true << "paused its update (swarm's words)";
    QTest::newRow("rollback paused") << "rollback_paused" << Now << true << "paused its update";
    QTest::newRow("new task failed") << "updating" << Now << true << "its new task failed: task: non-zero exit (3)";
    // Not this rollout's update: the state is left over from before it.
    QTest::newRow("earlier rollback") << "rollback_completed" << Before << false << "";
    QTest::newRow("earlier failure") << "updating" << Before << true << "";
    QTest::newRow("never updated") << "" << "" << true << "";
}

void TestRolloutFailure::swarmsReactionIsAFailure()
{
    QFETCH(QString, state);
    QFETCH(QString, startedAt);
    QFETCH(bool, taskFailed);
    QFETCH(QString, mentions);
    ObservedPub service;
    service.pubId = QStringLiteral("p1");
    service.status = taskFailed ? PubStatus::Failed : PubStatus::Starting;
    service.message = QStringLiteral("task: non-zero exit (3)");
    service.updateState = state;
    service.updateStartedAt = startedAt;
    service.updateMessage = QStringLiteral("swarm's words");
    const QString failure = updateFailure(service, Before);
    if (mentions.isEmpty())
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    else
        QVERIFY2(failure.contains(mentions), qPrintable(failure));
}

QTEST_GUILESS_MAIN(TestRolloutFailure)
#include "tst_rolloutfailure.moc"
