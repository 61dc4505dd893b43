#include "models/commandservice.h"
#include "models/eventstream.h"
#include "models/pubservice.h"
#include "models/pubsmodel.h"
#include "models/pubstatsfeed.h"
#include "models/statsservice.h"
#include "pubpagefixture.h"
#include "signedinclient.h"
#include "screenshot.h"
#include "widgetlookup.h"
#include "ui/commandconsole.h"
#include "ui/offlinebanner.h"
#include "ui/pubpage.h"
#include "ui/statschartsview.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;
using namespace std::chrono_literals;

namespace {
using test::child;
using test::grabAndSave;

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

qsizetype pointCount(QChartView *view)
{
    qsizetype count = 0;
    for (QAbstractSeries *series : view->chart()->series())
        count += static_cast<QLineSeries *>(series)->count();
    return count;
}
}

class TestPubPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<test::PubPageFixture>();
        m_client = &m_fixture->client;
        QVERIFY(m_fixture->signIn());
        m_pubId = m_client->server.addPub(QStringLiteral("alice"));
        QVERIFY(m_fixture->openPage(m_pubId, QSize(1100, 720)));
        m_page = m_fixture->page;
    }

    void cleanup()
    {
        m_fixture.reset();
    }

    void drawsChartsFromHistoryAndLiveSamples()
    {
        auto *tabs = child<QTabWidget>(m_page, "pubTabWidget");
        StatsChartsView *charts = m_page->chartsView();
        tabs->setCurrentWidget(charts);
        QTRY_VERIFY(m_page->statsFeed()->series().size(StatsSeries::Tier::Raw) > 800);
        charts->redraw();
        for (const char *name : {"cpuChartView", "memoryChartView", "networkChartView", "blockIoChartView"}) {
            auto *view = child<QChartView>(charts, name);
            QVERIFY(view);
            QVERIFY2(pointCount(view) > 50, name);
            QVERIFY(!view->accessibleName().isEmpty());
            QCOMPARE(view->chart()->animationOptions(), QChart::NoAnimation);
        }
        QVERIFY(!charts->describeSampleNear(QDateTime::currentDateTimeUtc()).isEmpty());
        QTemporaryDir dir;
        const QImage image = grabAndSave(m_page, QStringLiteral("pub-charts.png"), dir);
        QVERIFY(distinctColours(image) > 20); // lines, axes and text, not a blank window

        // Live samples extend the charts; paused charts hold still until resumed.
        charts->setPaused(true);
        const QList<StatsSample> before = charts->shownSamples();
        const QDateTime next = m_page->statsFeed()->series().latestRawTime().addSecs(1);
        m_client->server.sendStats(m_pubId, test::FakeApiServer::sampleJson(next, 55));
        QTRY_COMPARE(m_page->statsFeed()->series().latestRawTime(), next);
        QTest::qWait(300);
        QCOMPARE(charts->shownSamples().size(), before.size());
        charts->setPaused(false);
        QCOMPARE(charts->shownSamples().constLast().time, next);

        // CSV export writes exactly what is shown.
        const QString csvPath = dir.filePath(QStringLiteral("alice.csv"));
        QCOMPARE(charts->exportCsv(csvPath), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), charts->shownSamples().size() + 1);
    }

    void longerRangesUseMinutePoints()
    {
        StatsChartsView *charts = m_page->chartsView();
        child<QTabWidget>(m_page, "pubTabWidget")->setCurrentWidget(charts);
        charts->setRangeIndex(3); // 7 days
        QTRY_VERIFY(m_page->statsFeed()->series().size(StatsSeries::Tier::Aggregated) > 5000);
        QVERIFY(m_client->server.lastStatsQuery().contains(QStringLiteral("step=120")));
        charts->redraw();
        auto *cpu = child<QChartView>(charts, "cpuChartView");
        QVERIFY(pointCount(cpu) > 100);
        QVERIFY(pointCount(cpu) <= 2 * qsizetype(cpu->width()));
    }

    void drawsAnHourOfSecondsSmoothly()
    {
        StatsChartsView *charts = m_page->chartsView();
        child<QTabWidget>(m_page, "pubTabWidget")->setCurrentWidget(charts);
        charts->setRangeIndex(1); // 1 hour
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int second = 0; second < 3600; ++second) {
            const std::optional<StatsSample> sample = parseStatsSample(
                test::FakeApiServer::sampleJson(start.addSecs(second), 5 + second % 10));
            m_page->statsFeed()->addLiveSample(*sample);
        }
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 10; ++i)
            charts->redraw();
        const qint64 perRedraw = timer.elapsed() / 10;
        // Printed, not asserted (timings vary with the machine): smoothness comes from the decimation below.
        qInfo("one redraw of an hour of 1 s samples: %lld ms", perRedraw);
        auto *cpu = child<QChartView>(charts, "cpuChartView");
        QVERIFY(pointCount(cpu) <= 2 * qsizetype(cpu->width()));
    }

    void consoleRunsWhoami()
    {
        CommandConsole *console = m_page->commandConsole();
        child<QTabWidget>(m_page, "pubTabWidget")->setCurrentWidget(console);
        auto *commands = child<QComboBox>(console, "commandComboBox");
        QTRY_COMPARE(commands->count(), 4);
        commands->setCurrentText(QStringLiteral("whoami"));
        auto *run = child<QPushButton>(console, "runPushButton");
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY(console->output().contains(QStringLiteral("@FAKEfeedIdForTests")));
        QCOMPARE(m_client->server.lastCommandBody().value(QStringLiteral("command")).toString(), QStringLiteral("whoami"));
        // The output may come over the stream before the answer that adds the run to the history.
        QTRY_COMPARE(child<QListView>(console, "historyListView")->model()->rowCount(), 1);
        QVERIFY(console->invite().isEmpty());
    }

    void consoleRefusesInvalidArgumentsAndShowsInvitesAsQrCodes()
    {
        CommandConsole *console = m_page->commandConsole();
        child<QTabWidget>(m_page, "pubTabWidget")->setCurrentWidget(console);
        auto *commands = child<QComboBox>(console, "commandComboBox");
        QTRY_COMPARE(commands->count(), 4);
        commands->setCurrentText(QStringLiteral("invite.create"));
        auto *uses = child<QLineEdit>(console, "usesLineEdit");
        QVERIFY(uses);
        QCOMPARE(uses->accessibleName(), QStringLiteral("uses"));
        auto *run = child<QPushButton>(console, "runPushButton");
        auto *problem = child<QLabel>(console, "problemLabel");

        for (const QString &bad : {QStringLiteral("500"), QStringLiteral("1; rm -rf /"), QStringLiteral("$(id)")}) {
            uses->clear();
            QTest::keyClicks(uses, bad);
            QVERIFY(!run->isEnabled());
            QVERIFY(problem->isVisible());
            QVERIFY(problem->text().startsWith(QStringLiteral("uses:")));
            QTest::keyClick(uses, Qt::Key_Return); // Enter runs too, and is refused the same way
        }
        QTest::qWait(100);
        QCOMPARE(m_client->server.commandRunCount(), 0); // nothing reached the server

        uses->clear();
        QTest::keyClicks(uses, QStringLiteral("2"));
        QVERIFY(run->isEnabled());
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY(!console->invite().isEmpty());
        QVERIFY(console->invite().endsWith(QStringLiteral("~FAKEinviteSeed2=")));
        QCOMPARE(child<QLineEdit>(console, "inviteLineEdit")->text(), console->invite());
        auto *qrCode = child<QLabel>(console, "qrCodeLabel");
        QVERIFY(qrCode->isVisible());
        QVERIFY(!qrCode->pixmap().isNull());
        QVERIFY(qrCode->pixmap().width() > 100);
        QTemporaryDir dir;
        grabAndSave(m_page, QStringLiteral("pub-console.png"), dir);
    }

    void showsTheBannerWhileOffline()
    {
        auto *banner = child<OfflineBanner>(m_page, "offlineBannerLabel");
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        m_client->server.setRejectStreams(true);
        m_client->server.dropStreams();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("offline")));
        m_client->server.setRejectStreams(false);
        QTRY_VERIFY(!banner->isVisible());
    }

    void overviewFollowsThePub()
    {
        auto *status = child<QLabel>(m_page, "statusValueLabel");
        QCOMPARE(status->text(), PubsModel::statusLabel(PubStatus::Up));
        // Sent over the stream: only once the server has the subscription (under load it may not yet).
        QTRY_VERIFY(m_client->server.streamMessages().contains(QStringLiteral("subscribe:pubs")));
        m_client->server.setPubStatus(m_pubId, PubStatus::Stopping);
        QTRY_COMPARE(status->text(), PubsModel::statusLabel(PubStatus::Stopping));
        QPointer<PubPage> page(m_page);
        m_client->server.removePub(m_pubId);
        QTRY_VERIFY(!page); // closes (and deletes) itself when the pub is gone
    }

private:
    std::unique_ptr<test::PubPageFixture> m_fixture;
    test::SignedInClient *m_client = nullptr;
    QPointer<PubPage> m_page;
    QString m_pubId;
};

QTEST_MAIN(TestPubPage)
#include "tst_pubpage.moc"
