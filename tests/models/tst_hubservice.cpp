#include "models/hubservice.h"
#include "models/hubsmodel.h"
#include "signedinclient.h"
#include "waitforresult.h"
#include "wire/errorcodes.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;

namespace {
const QUrl Server(QStringLiteral("http://127.0.0.1:1"));
const QByteArray PrivateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n";

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}
}

class TestHubService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAHubAndRefusesBrokenOnes()
    {
        const QJsonObject hub{{QStringLiteral("id"), QStringLiteral("hub000000001")}, {QStringLiteral("name"), QStringLiteral("hub-2")},
                              {QStringLiteral("state"), QStringLiteral("draining")}, {QStringLiteral("port"), 2222},
                              {QStringLiteral("memoryBytes"), 16106127360.0}, {QStringLiteral("pubs"), 3}};
        const Result<Hub> parsed = parseHub(hub, Server);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().state, HubState::Draining);
        QCOMPARE(parsed.value().port, 2222);
        QCOMPARE(parsed.value().memoryBytes, 16106127360LL);
        QVERIFY(!canDrainHub(parsed.value()));
        QVERIFY(!canRemoveHub(parsed.value()));

        QJsonObject broken = hub;
        broken.insert(QStringLiteral("state"), QStringLiteral("melting"));
        QVERIFY(!parseHub(broken, Server).ok());
        broken = hub;
        broken.insert(QStringLiteral("port"), 70000);
        QVERIFY(!parseHub(broken, Server).ok());
        broken = hub;
        broken.remove(QStringLiteral("name"));
        QVERIFY(!parseHub(broken, Server).ok());
        QVERIFY(!parseHubList(QJsonObject{{QStringLiteral("hubs"), QJsonObject{}}}, Server).ok());
    }

    void probeShowsTheFingerprintOrWhyNot()
    {
        test::SignedInClient client(Role::Admin);
        QVERIFY(client.signIn());
        HubService service(&client.session);
        const auto probe = [&service](const QString &host) {
            return test::waitForResult<HostKeyProbe>([&](QObject *context, HubService::Handler<HostKeyProbe> handler) {
                service.probe(host, 22, context, handler);
            });
        };
        const Result<HostKeyProbe> probed = probe(QStringLiteral("203.0.113.7"));
        QVERIFY2(probed.ok(), qPrintable(probed.errorMessage()));
        QCOMPARE(probed.value().fingerprint, client.server.probeFingerprint());
        QCOMPARE(probed.value().keyType, QStringLiteral("ssh-ed25519"));
        QVERIFY(!probed.value().knownHost);

        const Result<HostKeyProbe> unreachable = probe(QStringLiteral("unreachable.example.org"));
        QVERIFY(unreachable.error().is(ErrorCode::HubUnreachable));
        QCOMPARE(unreachable.errorMessage(),
                 QStringLiteral("The server could not connect to the machine over SSH: connection refused"));
        // Only a SHA-256 fingerprint is good enough to confirm.
        QVERIFY(!parseHostKeyProbe(QJsonObject{{QStringLiteral("hostKeyType"), QStringLiteral("ssh-rsa")},
                                               {QStringLiteral("hostKeyFingerprint"), QStringLiteral("MD5:aa:bb")}}, Server).ok());
    }

    void addReadsTheKeyFileAndSendsIt()
    {
        test::SignedInClient client(Role::Admin);
        QVERIFY(client.signIn());
        HubService service(&client.session);
        NewHub hub{QStringLiteral("hub-2"), QStringLiteral("203.0.113.7"), 22, QStringLiteral("root"),
                   writeFile(client.dir, "id_ed25519", PrivateKey), client.server.probeFingerprint()};
        const auto add = [&service](const NewHub &newHub) {
            return test::waitForResult<Hub>([&](QObject *context, HubService::Handler<Hub> handler) {
                service.add(newHub, context, handler);
            });
        };
        const Result<Hub> added = add(hub);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        QCOMPARE(added.value().state, HubState::Joining);
        QVERIFY(added.value().job.has_value());
        QCOMPARE(added.value().job->kind, QStringLiteral("hub.join"));
        QCOMPARE(client.server.lastAddHubBody().value(QStringLiteral("privateKey")).toString(), QString::fromLatin1(PrivateKey));
        QCOMPARE(client.server.lastAddHubBody().value(QStringLiteral("hostKeyFingerprint")).toString(), client.server.probeFingerprint());

        QCOMPARE(add(hub).errorMessage(), QStringLiteral("A hub with that name or address exists already."));
        hub.name = QStringLiteral("hub-3");
        hub.hostKeyFingerprint = QStringLiteral("SHA256:somethingElseEntirely0000000000000000000000");
        QVERIFY(add(hub).error().is(ErrorCode::HostKeyMismatch));
    }

    void addRefusesUnsuitableKeyFiles_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no such file
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("Could not read");
        QTest::newRow("public key") << QByteArray("ssh-ed25519 AAAAC3Nza... me@host\n") << QStringLiteral("is not an OpenSSH private key");
        QTest::newRow("huge") << QByteArray(HubService::MaxPrivateKeyBytes + 1, 'a') << QStringLiteral("is too large");
    }

    void addRefusesUnsuitableKeyFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        test::SignedInClient client(Role::Admin);
        QVERIFY(client.signIn());
        HubService service(&client.session);
        const QString path = content.isEmpty() ? client.dir.filePath(QStringLiteral("nothing-here")) : writeFile(client.dir, "key", content);
        const NewHub hub{QStringLiteral("hub-2"), QStringLiteral("203.0.113.7"), 22, QStringLiteral("root"), path,
                         client.server.probeFingerprint()};
        const Result<Hub> added = test::waitForResult<Hub>([&](QObject *context, HubService::Handler<Hub> handler) {
            service.add(hub, context, handler);
        });
        QVERIFY(added.error().is(ClientErrorCode::KeyFile));
        QVERIFY2(added.errorMessage().contains(problem), qPrintable(added.errorMessage()));
        QVERIFY(client.server.lastAddHubBody().isEmpty()); // nothing was sent
    }

    void drainAndRemove()
    {
        test::SignedInClient client(Role::Admin);
        QVERIFY(client.signIn());
        const QString busy = client.server.addHub(QStringLiteral("hub-1"), QStringLiteral("ready"), 3);
        HubService service(&client.session);
        const auto act = [&service](const QString &id, bool drain) {
            return test::waitForResult<Hub>([&](QObject *context, HubService::Handler<Hub> handler) {
                if (drain)
                    service.drain(id, context, handler);
                else
                    service.remove(id, context, handler);
            });
        };
        const Result<Hub> removed = act(busy, false);
        QVERIFY(removed.error().is(ErrorCode::Conflict));
        QVERIFY(removed.errorMessage().startsWith(QStringLiteral("Only a drained hub without pubs can be removed.")));
        const Result<Hub> drained = act(busy, true);
        QVERIFY(drained.ok());
        QCOMPARE(drained.value().state, HubState::Draining);
        QCOMPARE(drained.value().job->kind, QStringLiteral("hub.drain"));

        HubsModel model(&service);
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&model, &HubsModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, HubsModel::StateColumn).data().toString(), QStringLiteral("Draining"));
        QCOMPARE(model.index(0, HubsModel::AddressColumn).data().toString(), QStringLiteral("root@203.0.113.7:22"));
    }

    void capacityWithWhatIf()
    {
        test::SignedInClient client(Role::Support);
        QVERIFY(client.signIn());
        client.server.addHub(QStringLiteral("hub-1"), QStringLiteral("ready"), 3);
        client.server.addHub(QStringLiteral("hub-2"), QStringLiteral("ready"), 12);
        HubService service(&client.session);
        const Result<Capacity> capacity = test::waitForResult<Capacity>([&](QObject *context, HubService::Handler<Capacity> handler) {
            service.capacity(20, context, handler);
        });
        QVERIFY2(capacity.ok(), qPrintable(capacity.errorMessage()));
        QCOMPARE(client.server.lastCapacityQuery(), QStringLiteral("extraPubs=20"));
        QCOMPARE(capacity.value().hubs.size(), 2);
        QCOMPARE(capacity.value().hubs.at(1).reservedBytes, 12LL * 1024 * 1024 * 1024);
        QCOMPARE(capacity.value().totals.pubs, 15);
        QCOMPARE(capacity.value().whatIf.extraPubs, 20);
        QCOMPARE(capacity.value().whatIf.hubsNeeded, 3);
        QCOMPARE(capacity.value().whatIf.hubsToAdd, 1);
        QCOMPARE(capacity.value().observed.pubsPerHub, 57);
        QCOMPARE(capacityWhatIfText(capacity.value()), QStringLiteral("With 20 more pub(s): 3 hubs needed, 1 to add."));
        QVERIFY(capacityPlanText(capacity.value()).startsWith(QStringLiteral("Plan: no change")));
        QVERIFY(!parseCapacity(QJsonObject{{QStringLiteral("hubs"), QJsonArray{}}}, Server).ok()); // no totals, no plan
    }

    void customersSeeNoHubs()
    {
        test::SignedInClient client(Role::Customer);
        QVERIFY(client.signIn());
        HubService service(&client.session);
        const Result<QList<Hub>> hubs = test::waitForResult<QList<Hub>>([&](QObject *context, HubService::Handler<QList<Hub>> handler) {
            service.list(context, handler);
        });
        QVERIFY(hubs.error().is(ErrorCode::Forbidden));
    }
};

QTEST_GUILESS_MAIN(TestHubService)
#include "tst_hubservice.moc"
