#include "fakeapiserver.h"
#include "models/apiclient.h"
#include "models/pubfilterproxymodel.h"
#include "models/pubservice.h"
#include "models/pubsmodel.h"
#include "models/session.h"
#include "fakesecretstore.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;

namespace {
Pub makePub(const QString &id, const QString &name, PubStatus status = PubStatus::Up)
{
    Pub pub;
    pub.id = id;
    pub.name = name;
    pub.status = status;
    pub.address = QStringLiteral("127.0.0.1:%1").arg(20000 + name.size());
    pub.createdAt = QDateTime(QDate(2026, 11, 24), QTime(18, 0), Qt::UTC);
    return pub;
}

// A user signed in to a fresh fake server, for models fed from the network.
struct SignedIn
{
    SignedIn()
        : settings(dir.filePath(QStringLiteral("client.ini")), QSettings::IniFormat)
        , session(&api, &secrets, &settings)
        , service(&session)
    {
        server.addUser(QStringLiteral("a@example.org"), QStringLiteral("password123"));
    }

    bool signIn()
    {
        if (!server.start())
            return false;
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.signIn(server.url(), QStringLiteral("a@example.org"), QStringLiteral("password123"), false);
        return signedIn.wait();
    }

    test::FakeApiServer server;
    QTemporaryDir dir;
    QSettings settings;
    test::FakeSecretStore secrets;
    ApiClient api;
    Session session;
    PubService service;
};
}

class TestPubsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesInPlace();
    void removesAndInsertsRows();
    void exposesStatusLabelAndColour();
    void filterMatchesNameAddressAndStatus();
    void refreshesFromTheServer();
    void brokenReplyReportsFailure();
};

void TestPubsModel::mergesInPlace()
{
    PubsModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPubs({makePub(QStringLiteral("aaaaaaaaaaaa"), QStringLiteral("alice")),
                   makePub(QStringLiteral("bbbbbbbbbbbb"), QStringLiteral("bob"))});
    QCOMPARE(model.rowCount(), 2);

    const QPersistentModelIndex bob = model.index(1, PubsModel::StatusColumn);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPubs({makePub(QStringLiteral("aaaaaaaaaaaa"), QStringLiteral("alice")),
                   makePub(QStringLiteral("bbbbbbbbbbbb"), QStringLiteral("bob"), PubStatus::Down)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1); // only bob changed
    QVERIFY(bob.isValid());
    QCOMPARE(bob.data().toString(), PubsModel::statusLabel(PubStatus::Down));
}

void TestPubsModel::removesAndInsertsRows()
{
    PubsModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPubs({makePub(QStringLiteral("aaaaaaaaaaaa"), QStringLiteral("alice")),
                   makePub(QStringLiteral("bbbbbbbbbbbb"), QStringLiteral("bob")),
                   makePub(QStringLiteral("cccccccccccc"), QStringLiteral("carol"))});
    const QPersistentModelIndex carol = model.index(2, PubsModel::NameColumn);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.setPubs({makePub(QStringLiteral("dddddddddddd"), QStringLiteral("dave")),
                   makePub(QStringLiteral("cccccccccccc"), QStringLiteral("carol")),
                   makePub(QStringLiteral("aaaaaaaaaaaa"), QStringLiteral("alice"))});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(carol.isValid());
    QCOMPARE(carol.data().toString(), QStringLiteral("carol"));
    QCOMPARE(model.pubById(QStringLiteral("dddddddddddd"))->name, QStringLiteral("dave"));
    QVERIFY(!model.pubById(QStringLiteral("bbbbbbbbbbbb")));

    model.updatePub(makePub(QStringLiteral("eeeeeeeeeeee"), QStringLiteral("erin"), PubStatus::Starting));
    QCOMPARE(model.rowCount(), 4);
    model.setPubs({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPubsModel::exposesStatusLabelAndColour()
{
    PubsModel model(nullptr);
    model.setPubs({makePub(QStringLiteral("aaaaaaaaaaaa"), QStringLiteral("alice"), PubStatus::Failed)});
    const QModelIndex status = model.index(0, PubsModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Failed"));
    QCOMPARE(status.data(PubsModel::StatusRole).toInt(), int(PubStatus::Failed));
    QCOMPARE(status.data(PubsModel::StatusColorRole).value<QColor>(), PubsModel::statusColor(PubStatus::Failed));
    QVERIFY(PubsModel::statusColor(PubStatus::Up) != PubsModel::statusColor(PubStatus::Failed));
    QCOMPARE(model.index(0, PubsModel::NameColumn).data(PubsModel::PubIdRole).toString(), QStringLiteral("aaaaaaaaaaaa"));
    QCOMPARE(model.headerData(PubsModel::AddressColumn, Qt::Horizontal).toString(), QStringLiteral("Address"));
}

void TestPubsModel::filterMatchesNameAddressAndStatus()
{
    PubsModel model(nullptr);
    PubFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPubs({makePub(QStringLiteral("aaaaaaaaaaaa"), QStringLiteral("alice")),
                   makePub(QStringLiteral("bbbbbbbbbbbb"), QStringLiteral("bob"), PubStatus::Down),
                   makePub(QStringLiteral("cccccccccccc"), QStringLiteral("carol-pub"))});
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("ALI"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("stopped"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, PubsModel::NameColumn).data().toString(), QStringLiteral("bob"));
    proxy.setFilterText(QStringLiteral("127.0.0.1:20009")); // carol-pub's address
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("nothing like it"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestPubsModel::refreshesFromTheServer()
{
    SignedIn client;
    QVERIFY(client.signIn());
    test::FakeApiServer &server = client.server;
    const QString first = server.addPub(QStringLiteral("first"));
    PubsModel model(&client.service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &PubsModel::refreshed);
    model.setPollingActive(true);
    QVERIFY(refreshed.wait());
    QCOMPARE(model.rowCount(), 1);

    server.addPub(QStringLiteral("second"));
    server.setPubStatus(first, PubStatus::Down);
    QVERIFY(refreshed.wait(PubsModel::PollInterval.count() + 2000)); // the next poll
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.pubById(first)->status, PubStatus::Down);

    model.setPollingActive(false);
    const int polls = server.pubListCount();
    QTest::qWait(int(PubsModel::PollInterval.count()) + 300);
    QCOMPARE(server.pubListCount(), polls);
}

void TestPubsModel::brokenReplyReportsFailure()
{
    SignedIn client;
    QVERIFY(client.signIn());
    client.server.addPub(QStringLiteral("first"));
    client.server.setBreakPubList(true);
    PubsModel model(&client.service);
    QSignalSpy failed(&model, &PubsModel::refreshFailed);
    model.refresh();
    QVERIFY(failed.wait());
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("does not understand")));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPubsModel)
#include "tst_pubsmodel.moc"
