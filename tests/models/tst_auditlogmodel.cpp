#include "models/auditlogmodel.h"
#include "signedinclient.h"
#include "wire/errorcodes.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;

namespace {
const QUrl Server(QStringLiteral("http://127.0.0.1:1"));
}

class TestAuditLogModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEntries()
    {
        const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("aud1")}, {QStringLiteral("at"), QStringLiteral("2026-11-24T18:00:00Z")},
                                {QStringLiteral("userEmail"), QStringLiteral("sam@example.org")}, {QStringLiteral("pubId"), QStringLiteral("pub000000001")},
                                {QStringLiteral("command"), QStringLiteral("invite.create")},
                                {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("uses"), 5}}},
                                {QStringLiteral("exitCode"), QJsonValue::Null}, {QStringLiteral("error"), QStringLiteral("forbidden")}};
        const Result<AuditEntry> parsed = parseAuditEntry(entry, Server);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().argumentsText, QStringLiteral("uses=5"));
        QVERIFY(!parsed.value().exitCode);
        QCOMPARE(parsed.value().error, QStringLiteral("forbidden"));

        QJsonObject truncated = entry;
        truncated.insert(QStringLiteral("arguments"), QJsonObject{{QStringLiteral("truncated"), true},
                                                                  {QStringLiteral("prefix"), QStringLiteral("AAAA")},
                                                                  {QStringLiteral("bytes"), 10240}});
        QCOMPARE(parseAuditEntry(truncated, Server).value().argumentsText, QStringLiteral("(10240 bytes, truncated)"));

        QJsonObject broken = entry;
        broken.insert(QStringLiteral("at"), QStringLiteral("yesterday"));
        QVERIFY(!parseAuditEntry(broken, Server).ok());
        broken = entry;
        broken.insert(QStringLiteral("exitCode"), QStringLiteral("0"));
        QVERIFY(!parseAuditEntry(broken, Server).ok());
        QVERIFY(!parseAuditEntries(QJsonObject{{QStringLiteral("entries"), QJsonArray{1, 2}}}, Server).ok());
    }

    void pagesAndFiltersByPub()
    {
        test::SignedInClient client(Role::Support);
        QVERIFY(client.signIn());
        const QString alice = client.server.addPub(QStringLiteral("alice"));
        const QString bob = client.server.addPub(QStringLiteral("bob"));
        for (int i = 0; i < 3; ++i) {
            client.server.addAuditEntry(alice, QStringLiteral("whoami"), 0);
            client.server.addAuditEntry(bob, QStringLiteral("invite.create"), 0);
        }
        client.server.addAuditEntry(bob, QStringLiteral("invite.create"), 0, QStringLiteral("forbidden"));
        AuditLogModel model(&client.session);
        QAbstractItemModelTester tester(&model);
        model.setPageSize(4);
        QSignalSpy loaded(&model, &AuditLogModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, AuditLogModel::CommandColumn).data().toString(), QStringLiteral("whoami")); // newest first
        QVERIFY(model.canLoadOlder());
        model.loadOlder();
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(!model.canLoadOlder());
        QCOMPARE(model.index(6, AuditLogModel::OutcomeColumn).data().toString(), QStringLiteral("Refused: forbidden"));
        QCOMPARE(model.index(5, AuditLogModel::OutcomeColumn).data().toString(), QStringLiteral("Exit code 0"));
        QCOMPARE(model.index(5, AuditLogModel::ArgumentsColumn).data().toString(), QStringLiteral("uses=1"));

        model.setPubFilter(bob);
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(client.server.lastAuditQuery().contains(QStringLiteral("pubId=") + bob));
        QVERIFY(!client.server.lastAuditQuery().contains(QStringLiteral("before=")));
    }

    void customersAreRefused()
    {
        test::SignedInClient client(Role::Customer);
        QVERIFY(client.signIn());
        AuditLogModel model(&client.session);
        QSignalSpy failed(&model, &AuditLogModel::loadFailed);
        model.refresh();
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().first().toString(), QStringLiteral("Your account is not allowed to do this."));
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canLoadOlder());
    }
};

QTEST_GUILESS_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
