#include "models/commandservice.h"
#include "models/eventstream.h"
#include "models/loglinesmodel.h"
#include "models/publogfeed.h"
#include "models/pubservice.h"
#include "models/pubsmodel.h"
#include "models/statsservice.h"
#include "models/timelinemodel.h"
#include "screenshot.h"
#include "pubpagefixture.h"
#include "signedinclient.h"
#include "ui/publogview.h"
#include "ui/pubpage.h"
#include "ui/pubtimelineview.h"
#include "widgetlookup.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;
using namespace std::chrono_literals;

namespace {
using test::child;
using test::grabAndSave;

const QDateTime Start = QDateTime(QDate(2026, 12, 2), QTime(7, 42, 25), Qt::UTC);
}

// The pub page's Logs and Timeline tabs against the fake server, driven by object names.
class TestPubLogsTabs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::PubPageFixture>();
        m_client = &m_fixture->client;
        QVERIFY(m_fixture->signIn());
        m_pubId = m_client->server.addPub(QStringLiteral("alice"));
        const char *startup[] = {"ssb-server 16.0.1 starting", "my key ID: @Fd2xAe6RgB1c9J0K1LQ5zVrTUX3oEp3aZqRm0yRHlLs=.ed25519",
                                 "Listening on 0.0.0.0:8008 (multiserver net plugin)",
                                 "Listening on 0.0.0.0:8989 (multiserver ws plugin)", "ssb-server 16.0.1 started"};
        for (int i = 0; i < 5; ++i)
            m_client->server.addLogLine(m_pubId, Start.addMSecs(i * 40), QString::fromLatin1(startup[i]));
        m_client->server.addLogLine(m_pubId, Start.addSecs(5), QStringLiteral("gossip: connection refused by 10.0.0.9:8008"), true);
        const auto entry = [this](int minutesAgo, const char *source, const char *kind, const char *summary, const char *actor = "") {
            m_client->server.addTimelineEntry(m_pubId, Start.addSecs(-60 * minutesAgo), QLatin1String(source), QLatin1String(kind),
                                              QLatin1String(summary), QLatin1String(actor));
        };
        entry(1, "docker", "start", "the pub's container started");
        entry(2, "docker", "die", "the pub's container stopped (exit code 137)");
        entry(3, "mail", "pub_down", "pub_down mail to alice@example.org (sent)");
        entry(4, "command", "invite.create", "ran invite.create (exit code 0)", "ButtCloud staff");
        entry(5, "billing", "invoice.paid", "invoice.paid");
        entry(6, "job", "pub.create.succeeded", "pub.create succeeded");
        entry(7, "job", "pub.create.queued", "pub.create queued", "alice@example.org");

        QVERIFY(m_fixture->openPage(m_pubId, QSize(1100, 560)));
        m_page = m_fixture->page;
        m_stream = m_fixture->stream.get();
    }

    void cleanup()
    {
        m_fixture.reset();
    }

    void logsTabFollowsAndFilters()
    {
        auto *tabs = child<QTabWidget>(m_page, "pubTabWidget");
        tabs->setCurrentWidget(m_page->logView());
        auto *table = child<QTableView>(m_page, "logTableView");
        QTRY_COMPARE(table->model()->rowCount(), 6);
        QCOMPARE(table->model()->index(5, LogLinesModel::StreamColumn).data().toString(), QStringLiteral("stderr"));
        QVERIFY(!child<QLineEdit>(m_page, "logSearchEdit")->accessibleName().isEmpty());

        // Live: the stream subscription is in place once the server delivers to it.
        QTRY_COMPARE(m_stream->subscriptionCount(QStringLiteral("pub.logs"), m_pubId), 1);
        const QDateTime live = Start.addSecs(30);
        // Live: once the server has the subscription, what it sends is shown.
        QTRY_VERIFY(m_client->server.streamMessages().join(u' ').contains(QStringLiteral("pub.logs")));
        m_client->server.sendLogLines(m_pubId, QJsonArray{test::FakeApiServer::logLineJson(live, QStringLiteral("peer connected: @x"))});
        QTRY_COMPARE(table->model()->rowCount(), 7);
        const int followed = table->model()->rowCount();

        // Paused: new lines wait, and come on resume.
        auto *pause = child<QPushButton>(m_page, "logPauseButton");
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(m_page->logFeed()->isPaused());
        m_client->server.sendLogLines(m_pubId, QJsonArray{test::FakeApiServer::logLineJson(live.addSecs(1), QStringLiteral("while paused"))});
        QTRY_COMPARE(m_page->logFeed()->waitingLines(), 1);
        QCOMPARE(table->model()->rowCount(), followed);
        QVERIFY(child<QLabel>(m_page, "logStatusLabel")->text().contains(QStringLiteral("1")));
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), followed + 1);

        // Search keeps the matching lines.
        QTest::keyClicks(child<QLineEdit>(m_page, "logSearchEdit"), QStringLiteral("8008")); // a stdout and a stderr line
        QCOMPARE(table->model()->rowCount(), 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.txt"));
        QCOMPARE(m_page->logView()->saveTo(path), QString());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QCOMPARE(text.count('\n'), 2);
        QVERIFY(text.contains("2026-12-02T07:42:25.080Z stdout Listening on 0.0.0.0:8008"));
        QVERIFY(text.contains("stderr gossip: connection refused"));
        // Case does not matter.
        child<QLineEdit>(m_page, "logSearchEdit")->setText(QStringLiteral("LISTENING"));
        QCOMPARE(table->model()->rowCount(), 2);
        child<QLineEdit>(m_page, "logSearchEdit")->setText(QStringLiteral("8008"));
        grabAndSave(m_page, QStringLiteral("pub-logs.png"), dir);
        child<QLineEdit>(m_page, "logSearchEdit")->clear();
        QCOMPARE(table->model()->rowCount(), followed + 1);
    }

    void timelineTabShowsEntries()
    {
        auto *tabs = child<QTabWidget>(m_page, "pubTabWidget");
        tabs->setCurrentWidget(m_page->timelineView());
        auto *table = child<QTableView>(m_page, "timelineTableView");
        QTRY_COMPARE(table->model()->rowCount(), 7);
        QCOMPARE(table->model()->index(0, TimelineModel::SummaryColumn).data().toString(), QStringLiteral("the pub's container started"));
        QCOMPARE(table->model()->index(3, TimelineModel::ActorColumn).data().toString(), QStringLiteral("ButtCloud staff"));
        QTemporaryDir dir;
        grabAndSave(m_page, QStringLiteral("pub-timeline.png"), dir);

        auto *sources = child<QComboBox>(m_page, "timelineSourceComboBox");
        sources->setCurrentIndex(sources->findData(QStringLiteral("docker")));
        QCOMPARE(table->model()->rowCount(), 2);
        sources->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 7);

        // Paging back with the button: older entries are appended.
        m_page->timelineModel()->setPageSize(3);
        QTest::mouseClick(child<QPushButton>(m_page, "timelineRefreshButton"), Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 3);
        auto *older = child<QPushButton>(m_page, "timelineLoadOlderButton");
        QTRY_VERIFY(older->isEnabled());
        QTest::mouseClick(older, Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 6);
        QVERIFY(m_client->server.lastTimelineQuery().contains(QStringLiteral("before=")));
    }

    void errorsAreShown()
    {
        m_client->server.setFailLogs(true);
        auto *tabs = child<QTabWidget>(m_page, "pubTabWidget");
        tabs->setCurrentWidget(m_page->logView());
        QTest::mouseClick(child<QPushButton>(m_page, "logReloadButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(m_page, "logStatusLabel")->text().contains(QStringLiteral("Could not read the log")));
        tabs->setCurrentWidget(m_page->timelineView());
        QTest::mouseClick(child<QPushButton>(m_page, "timelineRefreshButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(m_page, "timelineStatusLabel")->text().contains(QStringLiteral("Could not read the timeline")));
        // Back: the next answer clears the error.
        m_client->server.setFailLogs(false);
        QTest::mouseClick(child<QPushButton>(m_page, "timelineRefreshButton"), Qt::LeftButton);
        QTRY_VERIFY(!child<QLabel>(m_page, "timelineStatusLabel")->text().contains(QStringLiteral("Could not")));
    }

private:
    std::unique_ptr<test::PubPageFixture> m_fixture;
    test::SignedInClient *m_client = nullptr;
    EventStream *m_stream = nullptr;
    QPointer<PubPage> m_page;
    QString m_pubId;
};

QTEST_MAIN(TestPubLogsTabs)
#include "tst_publogs.moc"
