#include "models/accountrecovery.h"
#include "signedinclient.h"
#include "waitforresult.h"
#include "wire/errorcodes.h"

#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;
using namespace buttcloud::test;

namespace {
const QString Email = QStringLiteral("a@example.org");
const QString NewPassword = QStringLiteral("a new password");
const QString ResetToken = QStringLiteral("pr_") + QString(43, QLatin1Char('A'));
const QString VerifyToken = QStringLiteral("ve_abcdefghijklmnopqrstuvwxyz-_0123456789ABCDE");
}

class TestAccountRecovery final : public QObject
{
    Q_OBJECT

private:
    Result<Done> requestReset(FakeApiServer &server, const QString &email)
    {
        return waitForResult<Done>([&](QObject *context, auto handler) {
            m_service.requestPasswordReset(server.url(), email, context, handler);
        });
    }

    Result<Done> confirmReset(FakeApiServer &server, const QString &link, const QString &password, const QString &repeated)
    {
        return waitForResult<Done>([&](QObject *context, auto handler) {
            m_service.confirmPasswordReset(server.url(), link, password, repeated, context, handler);
        });
    }

    Result<Done> verify(FakeApiServer &server, const QString &link)
    {
        return waitForResult<Done>([&](QObject *context, auto handler) {
            m_service.verifyEmail(server.url(), link, context, handler);
        });
    }

    AccountRecoveryService m_service;

private Q_SLOTS:
    void readsTokensFromLinksAndBareTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        const int verify = int(AccountLinkKind::VerifyEmail);
        const int reset = int(AccountLinkKind::ResetPassword);
        QTest::newRow("reset link") << QStringLiteral("buttcloud://reset-password?token=") + ResetToken << true << reset;
        QTest::newRow("verify link") << QStringLiteral("buttcloud://verify-email?token=") + VerifyToken << true << verify;
        QTest::newRow("https base") << QStringLiteral("https://example.org/account/verify-email?token=") + VerifyToken << true << verify;
        QTest::newRow("in angle brackets") << QStringLiteral("<buttcloud://reset-password?token=") + ResetToken + QStringLiteral(">") << true << reset;
        QTest::newRow("bare token, spaces around") << QStringLiteral("  ") + ResetToken + QStringLiteral("\n") << true << reset;
        QTest::newRow("percent-encoded") << QStringLiteral("buttcloud://verify-email?token=ve%5Fabcdefghijklmnopqrstuvwxyz-_0123456789ABCDE")
                                         << true << verify;
        QTest::newRow("action and token disagree") << QStringLiteral("buttcloud://verify-email?token=") + ResetToken << false << 0;
        QTest::newRow("unknown action") << QStringLiteral("buttcloud://delete-account?token=") + ResetToken << false << 0;
        QTest::newRow("no token") << QStringLiteral("buttcloud://reset-password") << false << 0;
        QTest::newRow("unknown prefix") << QStringLiteral("rt_") + QString(43, QLatin1Char('A')) << false << 0;
        QTest::newRow("truncated") << QStringLiteral("pr_abc") << false << 0;
        QTest::newRow("bad characters") << QStringLiteral("pr_") + QString(40, QLatin1Char('A')) + QStringLiteral("<b>") << false << 0;
        QTest::newRow("empty") << QString() << false << 0;
    }

    void readsTokensFromLinksAndBareTokens()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, kind);
        const std::optional<AccountLink> link = parseAccountLink(text);
        QCOMPARE(link.has_value(), valid);
        if (valid) {
            QCOMPARE(int(link->kind), kind);
            QVERIFY(link->token.startsWith(kind == int(AccountLinkKind::VerifyEmail) ? QLatin1String("ve_") : QLatin1String("pr_")));
            QVERIFY(!link->token.contains(QLatin1Char('%')));
        }
    }

    void checksPasswordsLikeTheServer()
    {
        QVERIFY(PasswordRules::checkNewPassword(QString(9, QLatin1Char('x')), QString(9, QLatin1Char('x'))));
        QVERIFY(!PasswordRules::checkNewPassword(QString(10, QLatin1Char('x')), QString(10, QLatin1Char('x'))));
        QVERIFY(!PasswordRules::checkNewPassword(QString(1024, QLatin1Char('x')), QString(1024, QLatin1Char('x'))));
        QVERIFY(PasswordRules::checkNewPassword(QString(1025, QLatin1Char('x')), QString(1025, QLatin1Char('x'))));
        QVERIFY(PasswordRules::checkNewPassword(NewPassword, NewPassword + QLatin1Char('!')));
    }

    void resetsAPasswordWithTheMailedLink()
    {
        SignedInClient client;
        QVERIFY(client.signIn());
        client.server.setEmailVerified(Email, false);

        QVERIFY(requestReset(client.server, QStringLiteral(" a@example.org ")).ok());
        QCOMPARE(client.server.passwordResetRequests(), QStringList{Email}); // trimmed
        const QString token = client.server.mailedResetToken(Email);
        QVERIFY(!token.isEmpty());

        const QString link = QStringLiteral("buttcloud://reset-password?token=") + token;
        const Result<Done> confirmed = confirmReset(client.server, link, NewPassword, NewPassword);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.errorMessage()));
        QCOMPARE(client.server.passwordOf(Email), NewPassword);
        QVERIFY(client.server.isEmailVerified(Email));

        // Single use: the same link again is refused with a sentence about the link.
        const Result<Done> again = confirmReset(client.server, link, NewPassword, NewPassword);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().httpStatus, 422);
        QVERIFY(again.error().isValidationOf("token"));
        QVERIFY2(again.error().message.contains(QLatin1String("reset link")), qPrintable(again.error().message));
    }

    void anUnknownAddressIsAnsweredTheSame()
    {
        FakeApiServer server;
        QVERIFY(server.start());
        QVERIFY(requestReset(server, QStringLiteral("nobody@example.org")).ok());
        QVERIFY(server.mailedResetToken(QStringLiteral("nobody@example.org")).isEmpty());
    }

    void refusesBadInputWithoutSending()
    {
        FakeApiServer server;
        QVERIFY(server.start());
        server.addUser(Email, QStringLiteral("password123"));

        Result<Done> result = requestReset(server, QStringLiteral("not an address"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 0);
        QVERIFY(result.error().is(ErrorCode::ValidationFailed));
        QVERIFY(server.passwordResetRequests().isEmpty());

        // A verification link where a reset link belongs, a short password, a mistyped repeat.
        result = confirmReset(server, QStringLiteral("buttcloud://verify-email?token=") + VerifyToken, NewPassword, NewPassword);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 0);
        result = confirmReset(server, ResetToken, QStringLiteral("short"), QStringLiteral("short"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 0);
        QVERIFY(result.error().message.contains(QLatin1String("10")));
        result = confirmReset(server, ResetToken, NewPassword, QStringLiteral("another one!"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 0);

        result = verify(server, ResetToken);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 0);

        result = waitForResult<Done>([&](QObject *context, auto handler) {
            m_service.verifyEmail(QUrl(QStringLiteral("ftp://example.org")), VerifyToken, context, handler);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 0);
    }

    void anUnknownTokenIsRefusedByTheServer()
    {
        FakeApiServer server;
        QVERIFY(server.start());
        server.addUser(Email, QStringLiteral("password123"));
        const Result<Done> result = confirmReset(server, ResetToken, NewPassword, NewPassword);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 422);
        QVERIFY(result.error().isValidationOf("token"));
        QCOMPARE(server.passwordOf(Email), QStringLiteral("password123"));
    }

    void verifiesAnEmailAndTheSessionSeesIt()
    {
        SignedInClient client;
        client.server.setEmailVerified(Email, false);
        QVERIFY(client.signIn());
        QVERIFY(!client.session.user().emailVerified);

        const QString token = client.server.issueVerificationToken(Email);
        const Result<Done> verified = verify(client.server, QStringLiteral("buttcloud://verify-email?token=") + token);
        QVERIFY2(verified.ok(), qPrintable(verified.errorMessage()));
        QVERIFY(client.server.isEmailVerified(Email));

        QSignalSpy userChanged(&client.session, &Session::userChanged);
        client.session.reloadUser();
        QVERIFY(userChanged.wait());
        QVERIFY(client.session.user().emailVerified);
        QCOMPARE(client.session.user().email, Email);

        const Result<Done> again = verify(client.server, token);
        QVERIFY(!again.ok());
        QVERIFY(again.error().isValidationOf("token"));
        QVERIFY2(again.error().message.contains(QLatin1String("verification link")), qPrintable(again.error().message));
    }

    void anUnreachableServerIsReported()
    {
        const Result<Done> result = waitForResult<Done>([&](QObject *context, auto handler) {
            m_service.verifyEmail(QUrl(QStringLiteral("http://127.0.0.1:1")), VerifyToken, context, handler);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 0);
        QVERIFY(!result.error().is(ErrorCode::ValidationFailed));
    }
};

QTEST_GUILESS_MAIN(TestAccountRecovery)
#include "tst_accountrecovery.moc"
