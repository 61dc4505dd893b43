#include "models/bulkcommandmodel.h"
#include "models/commandhistorymodel.h"
#include "models/commandservice.h"
#include "signedinclient.h"
#include "waitforresult.h"
#include "wire/errorcodes.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;

namespace {
CommandSpec inviteCreate()
{
    CommandArgumentSpec uses;
    uses.name = QStringLiteral("uses");
    uses.type = CommandArgumentSpec::Type::Integer;
    uses.minimum = 1;
    uses.maximum = 100;
    CommandArgumentSpec note;
    note.name = QStringLiteral("note");
    note.type = CommandArgumentSpec::Type::String;
    note.maxLength = 20;
    note.pattern = QStringLiteral("[a-z ]*");
    CommandArgumentSpec verbose;
    verbose.name = QStringLiteral("verbose");
    verbose.type = CommandArgumentSpec::Type::Boolean;
    return {QStringLiteral("invite.create"), {}, false, 30, {uses, note, verbose}};
}
}

class TestCommandService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validatesArguments_data()
    {
        QTest::addColumn<QJsonObject>("arguments");
        QTest::addColumn<QString>("problem"); // empty: valid

        QTest::newRow("none") << QJsonObject{} << QString();
        QTest::newRow("in range") << QJsonObject{{QStringLiteral("uses"), 100}} << QString();
        QTest::newRow("zero") << QJsonObject{{QStringLiteral("uses"), 0}} << QStringLiteral("uses: must be from 1 to 100");
        QTest::newRow("too many") << QJsonObject{{QStringLiteral("uses"), 101}} << QStringLiteral("uses: must be from 1 to 100");
        QTest::newRow("fraction") << QJsonObject{{QStringLiteral("uses"), 1.5}} << QStringLiteral("uses: must be a whole number");
        QTest::newRow("injection as a number") << QJsonObject{{QStringLiteral("uses"), QStringLiteral("1; rm -rf /")}}
                                               << QStringLiteral("uses: must be a whole number");
        QTest::newRow("unknown") << QJsonObject{{QStringLiteral("force"), true}}
                                 << QStringLiteral("force: invite.create takes no such argument");
        QTest::newRow("pattern") << QJsonObject{{QStringLiteral("note"), QStringLiteral("$(reboot)")}}
                                 << QStringLiteral("note: has the wrong form");
        QTest::newRow("control character") << QJsonObject{{QStringLiteral("note"), QStringLiteral("a\nb")}}
                                           << QStringLiteral("note: must not contain control characters");
        QTest::newRow("too long") << QJsonObject{{QStringLiteral("note"), QString(10240, QLatin1Char('a'))}}
                                  << QStringLiteral("note: must be at most 20 characters");
        QTest::newRow("boolean") << QJsonObject{{QStringLiteral("verbose"), QStringLiteral("yes")}}
                                 << QStringLiteral("verbose: must be true or false");
    }

    void validatesArguments()
    {
        QFETCH(QJsonObject, arguments);
        QFETCH(QString, problem);
        QCOMPARE(validateCommandArguments(inviteCreate(), arguments).value_or(QString()), problem);
    }

    void requiredArgumentsMustBeThere()
    {
        CommandSpec command = inviteCreate();
        command.arguments[0].required = true;
        QCOMPARE(validateCommandArguments(command, {}).value_or(QString()), QStringLiteral("uses: is required"));
    }

    void listsTheAllowListAndSkipsWhatItCannotCheck()
    {
        const QJsonObject weird{{QStringLiteral("name"), QStringLiteral("blob")},
                                {QStringLiteral("arguments"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                                                     {QStringLiteral("type"), QStringLiteral("binary")}}}}};
        const QJsonObject plain{{QStringLiteral("name"), QStringLiteral("whoami")}, {QStringLiteral("readOnly"), true}};
        const Result<QList<CommandSpec>> parsed = parseCommandList(
            {{QStringLiteral("commands"), QJsonArray{weird, plain}}}, QUrl(QStringLiteral("http://example.org")));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().size(), 1);
        QCOMPARE(parsed.value().constFirst().name, QStringLiteral("whoami"));
        QVERIFY(!parseCommandList({{QStringLiteral("commands"), 3}}, QUrl(QStringLiteral("http://example.org"))).ok());

        test::SignedInClient client;
        QVERIFY(client.signIn());
        CommandService service(&client.session);
        const Result<QList<CommandSpec>> listed = test::waitForResult<QList<CommandSpec>>(
            [&service](QObject *context, CommandService::Handler<QList<CommandSpec>> handler) { service.list(context, handler); });
        QVERIFY2(listed.ok(), qPrintable(listed.errorMessage()));
        QCOMPARE(listed.value().size(), 4);
        QCOMPARE(listed.value().at(1).arguments.constFirst().maximum, 100);
    }

    void refusesInvalidArgumentsWithoutSending()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        const QString pubId = client.server.addPub(QStringLiteral("alice"));
        CommandService service(&client.session);
        const Result<CommandRun> refused = test::waitForResult<CommandRun>([&](QObject *context, CommandService::Handler<CommandRun> handler) {
            service.run(pubId, inviteCreate(), {{QStringLiteral("uses"), 500}}, context, handler);
        });
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().is(ErrorCode::ValidationFailed));
        QCOMPARE(client.server.commandRunCount(), 0);
    }

    void runsACommand()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        const QString pubId = client.server.addPub(QStringLiteral("alice"));
        CommandService service(&client.session);
        const Result<CommandRun> run = test::waitForResult<CommandRun>([&](QObject *context, CommandService::Handler<CommandRun> handler) {
            service.run(pubId, inviteCreate(), {{QStringLiteral("uses"), 3}}, context, handler);
        });
        QVERIFY2(run.ok(), qPrintable(run.errorMessage()));
        QVERIFY(run.value().succeeded());
        QVERIFY(run.value().result.toString().endsWith(QStringLiteral("~FAKEinviteSeed3=")));
        QCOMPARE(client.server.lastCommandBody().value(QStringLiteral("command")).toString(), QStringLiteral("invite.create"));
        QCOMPARE(client.server.lastCommandBody().value(QStringLiteral("arguments")).toObject().value(QStringLiteral("uses")).toInt(), 3);
    }

    void refusesBrokenRunReplies()
    {
        const QUrl server(QStringLiteral("http://example.org"));
        QVERIFY(!parseCommandRun({{QStringLiteral("command"), QStringLiteral("whoami")}}, server).ok());
        QVERIFY(!parseCommandRun({{QStringLiteral("command"), QStringLiteral("whoami")}, {QStringLiteral("output"), QString()},
                                  {QStringLiteral("exitCode"), QStringLiteral("0")}}, server).ok());
        const Result<CommandRun> timedOut = parseCommandRun(
            {{QStringLiteral("command"), QStringLiteral("whoami")}, {QStringLiteral("output"), QString()},
             {QStringLiteral("exitCode"), QJsonValue::Null}, {QStringLiteral("timedOut"), true}}, server);
        QVERIFY(timedOut.ok());
        QVERIFY(!timedOut.value().exitCode);
        QVERIFY(!timedOut.value().succeeded());
    }

    void bulkRunGivesEachPubItsResult()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        const QString up = client.server.addPub(QStringLiteral("alice"));
        const QString down = client.server.addPub(QStringLiteral("garden"), PubStatus::Down);
        CommandService service(&client.session);
        BulkCommandModel model(&service, nullptr);
        QAbstractItemModelTester tester(&model);
        QSignalSpy finished(&model, &BulkCommandModel::finished);
        const CommandSpec whoami{QStringLiteral("whoami"), {}, true, 10, {}};
        model.run({{up, down, QStringLiteral("pub999999999")}, {}}, whoami);
        QVERIFY(model.isRunning());
        QCOMPARE(model.index(0, BulkCommandModel::OutcomeColumn).data().toString(), QStringLiteral("Running…"));
        QVERIFY(finished.wait());
        QCOMPARE(client.server.lastBulkCommandBody().value(QStringLiteral("pubIds")).toArray().size(), 3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, BulkCommandModel::OutcomeColumn).data().toString(), QStringLiteral("Exit code 0"));
        QVERIFY(model.index(0, 0).data(BulkCommandModel::SucceededRole).toBool());
        QCOMPARE(model.index(0, BulkCommandModel::OutputColumn).data().toString(), QStringLiteral("{\"id\": \"@alice=.ed25519\"}"));
        QCOMPARE(model.resultAt(1)->errorCode, QStringLiteral("conflict"));
        QCOMPARE(model.index(2, BulkCommandModel::OutcomeColumn).data().toString(), QStringLiteral("That item does not exist (any more)."));
    }

    void bulkRunRefusesBeforeSending()
    {
        test::SignedInClient client;
        QVERIFY(client.signIn());
        CommandService service(&client.session);
        BulkCommandModel model(&service, nullptr);
        QSignalSpy failed(&model, &BulkCommandModel::runFailed);
        model.run({{QStringLiteral("pub000000001")}, {}}, inviteCreate());
        QVERIFY(failed.wait());
        QVERIFY(failed.last().first().toString().contains(QStringLiteral("only read-only commands")));
        QStringList tooMany;
        for (int i = 0; i <= MaxBulkCommandPubs; ++i)
            tooMany.append(QStringLiteral("pub%1").arg(i, 9, 10, QLatin1Char('0')));
        model.run({tooMany, {}}, CommandSpec{QStringLiteral("whoami"), {}, true, 10, {}});
        QVERIFY(failed.wait());
        QCOMPARE(failed.last().first().toString(), QStringLiteral("Choose 1 to 100 pubs"));
        QVERIFY(client.server.lastBulkCommandBody().isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

    void refusesBrokenBulkReplies()
    {
        const QUrl server(QStringLiteral("http://example.org"));
        const auto parse = [&server](const QJsonObject &result) {
            return parseBulkCommandResults({{QStringLiteral("results"), QJsonArray{result}}}, server).ok();
        };
        QVERIFY(parse({{QStringLiteral("pubId"), QStringLiteral("pub1")}, {QStringLiteral("exitCode"), 0}}));
        QVERIFY(!parse({{QStringLiteral("pubId"), QStringLiteral("pub1")}, {QStringLiteral("exitCode"), QJsonValue::Null}})); // neither
        QVERIFY(!parse({{QStringLiteral("pubId"), QStringLiteral("../x")}, {QStringLiteral("exitCode"), 0}}));
        QVERIFY(!parse({{QStringLiteral("pubId"), QStringLiteral("pub1")}, {QStringLiteral("exitCode"), QJsonValue::Null},
                        {QStringLiteral("error"), QJsonObject{}}})); // an error without a code
    }

    void historyIsNewestFirstAndBounded()
    {
        CommandHistoryModel history;
        QAbstractItemModelTester tester(&history);
        for (int i = 0; i < CommandHistoryModel::MaxEntries + 5; ++i) {
            CommandRun run;
            run.command = QStringLiteral("invite.create");
            run.arguments = {{QStringLiteral("uses"), i}};
            run.exitCode = 0;
            history.add(run);
        }
        QCOMPARE(history.rowCount(), CommandHistoryModel::MaxEntries);
        QVERIFY(history.index(0).data().toString().contains(QStringLiteral("invite.create uses=%1").arg(CommandHistoryModel::MaxEntries + 4)));
        QCOMPARE(history.index(0).data(CommandHistoryModel::ExitCodeRole).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommandService)
#include "tst_commandservice.moc"
