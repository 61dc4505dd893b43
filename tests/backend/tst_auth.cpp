#include "auth/accesstokens.h"
#include "auth/authservice.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "core/random.h"
#include "http/apierror.h"
#include "store/database.h"
#include "testbackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QTest>

using namespace buttcloud;

namespace {
// The error code an action throws as ApiError, or "" when it throws nothing.
QString errorCodeOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const ApiError &error) {
        return QLatin1String(error.code());
    }
    return {};
}

QByteArray segment(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString signedToken(const QJsonObject &header, const QJsonObject &payload, const QByteArray &key)
{
    const QByteArray input = segment(header) + '.' + segment(payload);
    const QByteArray signature = QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256);
    return QString::fromLatin1(input + '.' + signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
}

class TestAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void passwordHashing();
    void tokenRoundTrip();
    void expiredToken();
    void rejectedTokens_data();
    void rejectedTokens();
    void createUserRules_data();
    void createUserRules();
    void loginFailuresLookAlike();
    void refreshRotates();
    void reusedRefreshTokenRevokesFamily();
    void expiredRefreshToken();
    void logoutRevokesFamily();
    void roleComesFromTheDatabase();
    void passwordChangeRevokesEveryToken();
    void passwordResetRevokesAccessTokens();
    void disabledAccountCannotSignIn();
    void olderTokensWithoutGenerationStillWork();
    void throttleDelaysDoubleUpToTheCap();
    void failuresBlockOnlyTheirAddress();
    void addressBudgetCoversEveryAccount();
    void blocksEndAndCountsAreForgotten();
    void createdAccountHasNoUsablePassword();

private:
    std::unique_ptr<TestBackend> m_backend;
    QByteArray m_key;
};

void TestAuth::init()
{
    m_backend = std::make_unique<TestBackend>();
}

void TestAuth::passwordHashing()
{
    const QString hash = PasswordHasher::hash("correct horse battery staple");
    QVERIFY(hash.startsWith("$argon2id$"));
    QVERIFY(PasswordHasher::verify("correct horse battery staple", hash));
    QVERIFY(!PasswordHasher::verify("correct horse battery stapler", hash));
    QVERIFY(!PasswordHasher::verify("correct horse battery staple", "not a hash"));
    QVERIFY(hash != PasswordHasher::hash("correct horse battery staple")); // salted
}

void TestAuth::tokenRoundTrip()
{
    const AccessTokens tokens(randomBytes(32), std::chrono::seconds(900), [] { return qint64(1000000); });
    const AccessClaims claims = tokens.verify(tokens.issue("abcdefghijkl", Role::Support));
    QCOMPARE(claims.subject, QStringLiteral("abcdefghijkl"));
    QCOMPARE(claims.role, QStringLiteral("support"));
    QCOMPARE(claims.issuedAt, 1000000);
    QCOMPARE(claims.expiresAt, 1000900);
    QVERIFY(!claims.tokenId.isEmpty());
}

void TestAuth::expiredToken()
{
    qint64 now = 1000000;
    const AccessTokens tokens(randomBytes(32), std::chrono::seconds(900), [&now] { return now; });
    const QString token = tokens.issue("abcdefghijkl", Role::Customer);
    now += 899;
    QCOMPARE(errorCodeOf([&] { tokens.verify(token); }), QString());
    now += 1;
    QCOMPARE(errorCodeOf([&] { tokens.verify(token); }), QStringLiteral("token_expired"));
}

void TestAuth::rejectedTokens_data()
{
    const QByteArray key = QByteArray(32, 'k');
    const qint64 later = QDateTime::currentSecsSinceEpoch() + 3600;
    const QJsonObject hs256{{"alg", "HS256"}, {"typ", "JWT"}};
    const QJsonObject payload{{"sub", "abcdefghijkl"}, {"role", "admin"}, {"iat", later - 7200}, {"exp", later}, {"jti", "x"}};
    const QString valid = signedToken(hs256, payload, key);
    const QStringList parts = valid.split('.');

    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("two segments") << parts.mid(0, 2).join('.');
    QTest::newRow("four segments") << valid + ".x";
    QTest::newRow("bad base64") << "!!!.@@@.###";
    QTest::newRow("header not json") << "bm90IGpzb24." + parts.at(1) + '.' + parts.at(2);
    QTest::newRow("forged key") << signedToken(hs256, payload, QByteArray(32, 'f'));
    QTest::newRow("alg none") << QString::fromLatin1(segment({{"alg", "none"}, {"typ", "JWT"}}) + '.' + segment(payload) + '.');
    QTest::newRow("alg HS512") << signedToken({{"alg", "HS512"}, {"typ", "JWT"}}, payload, key);
    QTest::newRow("tampered payload") << parts.at(0) + '.' + QString::fromLatin1(segment({{"sub", "otheruser000"}, {"exp", later}})) + '.' + parts.at(2);
    QTest::newRow("truncated signature") << valid.chopped(4);
    QTest::newRow("no subject") << signedToken(hs256, {{"exp", later}}, key);
    QTest::newRow("no expiry") << signedToken(hs256, {{"sub", "abcdefghijkl"}}, key);
    QTest::newRow("huge") << QString(5000, 'a');
}

void TestAuth::rejectedTokens()
{
    QFETCH(QString, token);
    const AccessTokens tokens(QByteArray(32, 'k'), std::chrono::seconds(900));
    QCOMPARE(errorCodeOf([&] { tokens.verify(token); }), QStringLiteral("unauthenticated"));
}

void TestAuth::createUserRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("fine") << "Bob" << "Bob@Example.org" << "long enough pass" << "" << "";
    QTest::newRow("taken, other case") << "Al" << "ALICE@example.org" << "long enough pass" << "conflict" << "email";
    QTest::newRow("short password") << "Bob" << "bob@example.org" << "short" << "validation_failed" << "password";
    QTest::newRow("long password") << "Bob" << "bob@example.org" << QString(1025, 'p') << "validation_failed" << "password";
    QTest::newRow("bad email") << "Bob" << "bob.example.org" << "long enough pass" << "validation_failed" << "email";
    QTest::newRow("email no domain dot") << "Bob" << "bob@localhost" << "long enough pass" << "validation_failed" << "email";
    QTest::newRow("blank name") << "   " << "bob@example.org" << "long enough pass" << "validation_failed" << "name";
    QTest::newRow("long name") << QString(101, 'n') << "bob@example.org" << "long enough pass" << "validation_failed" << "name";
}

void TestAuth::createUserRules()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, code);
    QFETCH(QString, mentioned);
    m_backend->addUser("alice@example.org", Role::Customer);
    try {
        const UserRecord user = m_backend->auth().createUser(name, email, password, Role::Customer);
        QVERIFY2(code.isEmpty(), "expected a refusal");
        QCOMPARE(user.email, email.toLower());
        QVERIFY(PasswordHasher::verify(password, user.passwordHash));
    } catch (const ApiError &error) {
        QCOMPARE(QLatin1String(error.code()), code);
        QVERIFY2(error.message().startsWith(mentioned), qPrintable(error.message()));
    }
}

void TestAuth::loginFailuresLookAlike()
{
    m_backend->addUser("alice@example.org", Role::Customer);
    const AuthService &auth = m_backend->auth();
    QCOMPARE(errorCodeOf([&] { auth.login("alice@example.org", "wrong password!"); }), QStringLiteral("invalid_credentials"));
    QCOMPARE(errorCodeOf([&] { auth.login("nobody@example.org", TestBackend::password()); }), QStringLiteral("invalid_credentials"));
    const SessionTokens session = auth.login("  Alice@Example.ORG ", TestBackend::password());
    QVERIFY(session.refreshToken.startsWith("rt_"));
    QCOMPARE(session.expiresInSeconds, 900);
    QCOMPARE(auth.authenticate(session.accessToken).email, QStringLiteral("alice@example.org"));
}

void TestAuth::refreshRotates()
{
    m_backend->addUser("alice@example.org", Role::Customer);
    const AuthService &auth = m_backend->auth();
    const SessionTokens first = auth.login("alice@example.org", TestBackend::password());
    const SessionTokens second = auth.refresh(first.refreshToken);
    QVERIFY(second.refreshToken != first.refreshToken);
    QCOMPARE(second.user.email, QStringLiteral("alice@example.org"));
    const SessionTokens third = auth.refresh(second.refreshToken);
    QVERIFY(!third.accessToken.isEmpty());
    QCOMPARE(errorCodeOf([&] { auth.refresh("rt_unknown"); }), QStringLiteral("invalid_refresh_token"));
    QCOMPARE(errorCodeOf([&] { auth.refresh("no prefix"); }), QStringLiteral("invalid_refresh_token"));
}

void TestAuth::reusedRefreshTokenRevokesFamily()
{
    m_backend->addUser("alice@example.org", Role::Customer);
    const AuthService &auth = m_backend->auth();
    const SessionTokens stolen = auth.login("alice@example.org", TestBackend::password());
    const SessionTokens otherSignIn = auth.login("alice@example.org", TestBackend::password());
    const SessionTokens rotated = auth.refresh(stolen.refreshToken);

    QCOMPARE(errorCodeOf([&] { auth.refresh(stolen.refreshToken); }), QStringLiteral("invalid_refresh_token"));
    // The legitimate holder's newer token belongs to the same family: gone too.
    QCOMPARE(errorCodeOf([&] { auth.refresh(rotated.refreshToken); }), QStringLiteral("invalid_refresh_token"));
    // Another sign-in is untouched.
    QCOMPARE(errorCodeOf([&] { auth.refresh(otherSignIn.refreshToken); }), QString());
}

void TestAuth::expiredRefreshToken()
{
    m_backend->addUser("alice@example.org", Role::Customer);
    const AuthService instantExpiry(m_backend->database(), m_backend->accessTokens(), std::chrono::seconds(0));
    const SessionTokens session = instantExpiry.login("alice@example.org", TestBackend::password());
    QCOMPARE(errorCodeOf([&] { instantExpiry.refresh(session.refreshToken); }), QStringLiteral("invalid_refresh_token"));
}

void TestAuth::logoutRevokesFamily()
{
    m_backend->addUser("alice@example.org", Role::Customer);
    const AuthService &auth = m_backend->auth();
    const SessionTokens first = auth.login("alice@example.org", TestBackend::password());
    const SessionTokens rotated = auth.refresh(first.refreshToken);
    auth.logout(first.refreshToken);
    QCOMPARE(errorCodeOf([&] { auth.refresh(rotated.refreshToken); }), QStringLiteral("invalid_refresh_token"));
    QCOMPARE(errorCodeOf([&] { auth.logout("rt_unknown"); }), QString());
}

void TestAuth::roleComesFromTheDatabase()
{
    const UserRecord admin = m_backend->addUser("admin@example.org", Role::Admin);
    const QString token = m_backend->accessTokenFor(admin);
    m_backend->database().exec("UPDATE users SET role = ? WHERE id = ?", {"customer", admin.id});
    QCOMPARE(m_backend->auth().authenticate(token).role, Role::Customer);
    m_backend->database().exec("DELETE FROM users WHERE id = ?", {admin.id});
    QCOMPARE(errorCodeOf([&] { m_backend->auth().authenticate(token); }), QStringLiteral("unauthenticated"));
}

void TestAuth::passwordChangeRevokesEveryToken()
{
    const UserRecord alice = m_backend->addUser("alice@example.org", Role::Customer);
    const AuthService &auth = m_backend->auth();
    const SessionTokens laptop = auth.login("alice@example.org", TestBackend::password());
    const SessionTokens phone = auth.login("alice@example.org", TestBackend::password());

    QCOMPARE(errorCodeOf([&] { auth.changePassword(alice, "wrong password!", "a brand new password"); }),
             QStringLiteral("invalid_credentials"));
    QCOMPARE(errorCodeOf([&] { auth.changePassword(alice, TestBackend::password(), "short"); }),
             QStringLiteral("validation_failed"));
    QCOMPARE(errorCodeOf([&] { auth.authenticate(laptop.accessToken); }), QString()); // refusals change nothing

    const SessionTokens changed = auth.changePassword(alice, TestBackend::password(), "a brand new password");
    for (const SessionTokens &old : {laptop, phone}) {
        QCOMPARE(errorCodeOf([&] { auth.authenticate(old.accessToken); }), QStringLiteral("unauthenticated"));
        QCOMPARE(errorCodeOf([&] { auth.refresh(old.refreshToken); }), QStringLiteral("invalid_refresh_token"));
    }
    QCOMPARE(auth.authenticate(changed.accessToken).id, alice.id);
    const SessionTokens refreshed = auth.refresh(changed.refreshToken);
    QCOMPARE(auth.authenticate(refreshed.accessToken).id, alice.id);
    QCOMPARE(errorCodeOf([&] { auth.login("alice@example.org", TestBackend::password()); }), QStringLiteral("invalid_credentials"));
    QCOMPARE(auth.login("alice@example.org", "a brand new password").user.id, alice.id);
}

void TestAuth::passwordResetRevokesAccessTokens()
{
    const UserRecord alice = m_backend->addUser("alice@example.org", Role::Customer);
    const AuthService &auth = m_backend->auth();
    const SessionTokens session = auth.login("alice@example.org", TestBackend::password());
    auth.sendPasswordReset(alice); // an admin's reset: mailed at once
    auth.sendPasswordReset(alice); // and again: no per-account window for admins
    QSqlQuery query = m_backend->database().exec("SELECT text_body FROM mail_outbox WHERE kind = 'password_reset'"
                                                 " ORDER BY created_at DESC, id");
    QStringList bodies;
    while (query.next())
        bodies.append(query.value(0).toString());
    QCOMPARE(bodies.size(), 2);
    // The later mail's token replaced the earlier one: either may be first at the same millisecond.
    static const QRegularExpression tokenPattern("token=([A-Za-z0-9_%-]+)");
    int confirmed = 0;
    for (const QString &body : bodies) {
        const QString token = QUrl::fromPercentEncoding(tokenPattern.match(body).captured(1).toLatin1());
        if (errorCodeOf([&] { auth.confirmPasswordReset(token, "a brand new password"); }).isEmpty())
            ++confirmed;
    }
    QCOMPARE(confirmed, 1);
    QCOMPARE(errorCodeOf([&] { auth.authenticate(session.accessToken); }), QStringLiteral("unauthenticated"));
    QCOMPARE(errorCodeOf([&] { auth.refresh(session.refreshToken); }), QStringLiteral("invalid_refresh_token"));
}

void TestAuth::disabledAccountCannotSignIn()
{
    const UserRecord alice = m_backend->addUser("alice@example.org", Role::Customer);
    const AuthService &auth = m_backend->auth();
    const SessionTokens session = auth.login("alice@example.org", TestBackend::password());
    m_backend->database().exec("UPDATE users SET disabled = ? WHERE id = ?", {true, alice.id});
    QCOMPARE(errorCodeOf([&] { auth.login("alice@example.org", TestBackend::password()); }), QStringLiteral("account_disabled"));
    // No hint without the password.
    QCOMPARE(errorCodeOf([&] { auth.login("alice@example.org", "wrong password!"); }), QStringLiteral("invalid_credentials"));
    QCOMPARE(errorCodeOf([&] { auth.authenticate(session.accessToken); }), QStringLiteral("unauthenticated"));
    QCOMPARE(errorCodeOf([&] { auth.refresh(session.refreshToken); }), QStringLiteral("invalid_refresh_token"));
}

void TestAuth::olderTokensWithoutGenerationStillWork()
{
    // Tokens issued before generations existed carry no "gen": they count as generation 0.
    const UserRecord alice = m_backend->addUser("alice@example.org", Role::Customer);
    QCOMPARE(m_backend->auth().authenticate(m_backend->accessTokenFor(alice)).id, alice.id);
    QCOMPARE(m_backend->accessTokens().verify(m_backend->accessTokens().issue(alice.id, Role::Customer, 3)).generation, 3);
}

void TestAuth::throttleDelaysDoubleUpToTheCap()
{
    const LoginThrottle throttle(m_backend->database());
    using std::chrono::milliseconds;
    QCOMPARE(throttle.delayAfter(5, 5), milliseconds(0));
    QCOMPARE(throttle.delayAfter(6, 5), milliseconds(30000));
    QCOMPARE(throttle.delayAfter(7, 5), milliseconds(60000));
    QCOMPARE(throttle.delayAfter(10, 5), milliseconds(480000));
    QCOMPARE(throttle.delayAfter(11, 5), milliseconds(900000));
    QCOMPARE(throttle.delayAfter(100000, 5), milliseconds(900000)); // capped, no overflow
}

void TestAuth::failuresBlockOnlyTheirAddress()
{
    m_backend->addUser("alice@example.org", Role::Customer);
    const AuthService &auth = m_backend->auth();
    const QString attacker = "203.0.113.66";
    for (int attempt = 1; attempt <= 6; ++attempt)
        QCOMPARE(errorCodeOf([&] { auth.login("alice@example.org", "guess " + QString::number(attempt), attacker); }),
                 QStringLiteral("invalid_credentials"));
    // Blocked before the password is even checked: the right one is refused too, from there.
    try {
        auth.login("alice@example.org", TestBackend::password(), attacker);
        QFAIL("expected rate_limited");
    } catch (const ApiError &error) {
        QCOMPARE(QLatin1String(error.code()), QStringLiteral("rate_limited"));
        QVERIFY(error.retryAfterSeconds() > 0 && error.retryAfterSeconds() <= 30);
        QVERIFY2(error.message().contains("try again"), qPrintable(error.message()));
    }
    // Alice at home is never blocked by the attacker's failures.
    QCOMPARE(auth.login("alice@example.org", TestBackend::password(), "198.51.100.7").user.email, QStringLiteral("alice@example.org"));
    // Other accounts from the attacker's address are not blocked by one account's failures.
    QCOMPARE(errorCodeOf([&] { auth.login("bob@example.org", "guess", attacker); }), QStringLiteral("invalid_credentials"));
}

void TestAuth::addressBudgetCoversEveryAccount()
{
    const LoginThrottle throttle(m_backend->database());
    const qint64 now = 1'000'000'000'000;
    const QString address = "203.0.113.9";
    for (int account = 0; account < 50; ++account)
        throttle.recordFailure(QStringLiteral("user%1@example.org").arg(account), address, now);
    QCOMPARE(errorCodeOf([&] { throttle.check("fresh@example.org", address, now); }), QString());
    throttle.recordFailure("user50@example.org", address, now);
    QCOMPARE(errorCodeOf([&] { throttle.check("fresh@example.org", address, now); }), QStringLiteral("rate_limited"));
    QCOMPARE(errorCodeOf([&] { throttle.check("fresh@example.org", "198.51.100.7", now); }), QString());
}

void TestAuth::blocksEndAndCountsAreForgotten()
{
    const LoginThrottle throttle(m_backend->database());
    qint64 now = 1'000'000'000'000;
    const QString account = "alice@example.org";
    const QString address = "203.0.113.9";
    for (int failure = 0; failure < 6; ++failure)
        throttle.recordFailure(account, address, now);
    QCOMPARE(errorCodeOf([&] { throttle.check(account, address, now + 29999); }), QStringLiteral("rate_limited"));
    QCOMPARE(errorCodeOf([&] { throttle.check(account, address, now + 30000); }), QString());
    now += 30000;
    throttle.recordFailure(account, address, now); // the 7th: 60 s
    QCOMPARE(errorCodeOf([&] { throttle.check(account, address, now + 59999); }), QStringLiteral("rate_limited"));

    // A day without failures starts the count again, and old counts are pruned.
    now += 25LL * 3600 * 1000;
    throttle.recordFailure(account, address, now);
    QCOMPARE(errorCodeOf([&] { throttle.check(account, address, now); }), QString());
    throttle.recordFailure("someone@example.org", "192.0.2.1", now + 25LL * 3600 * 1000);
    QSqlQuery query = m_backend->database().exec("SELECT COUNT(*) FROM login_failures WHERE scope_key LIKE ?", {"%203.0.113.9%"});
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    // A success clears the account's count at that address.
    for (int failure = 0; failure < 6; ++failure)
        throttle.recordFailure(account, address, now);
    throttle.recordSuccess(account, address);
    QCOMPARE(errorCodeOf([&] { throttle.check(account, address, now); }), QString());
}

void TestAuth::createdAccountHasNoUsablePassword()
{
    const AuthService &auth = m_backend->auth();
    const UserRecord carol = auth.createAccount("Carol", "Carol@Example.org", Role::Support);
    QCOMPARE(carol.email, QStringLiteral("carol@example.org"));
    QCOMPARE(carol.role, Role::Support);
    QVERIFY(carol.passwordHash.startsWith("$argon2id$"));
    QCOMPARE(errorCodeOf([&] { auth.login("carol@example.org", ""); }), QStringLiteral("invalid_credentials"));
    QCOMPARE(errorCodeOf([&] { auth.createAccount("C", "carol@example.org", Role::Customer); }), QStringLiteral("conflict"));
    QCOMPARE(errorCodeOf([&] { auth.createAccount("C", "c@example.org", Role::Customer, {}, "short"); }),
             QStringLiteral("validation_failed"));
    // The set-password link is mailed in the same transaction, valid for 7 days.
    QSqlQuery query = m_backend->database().exec(
        "SELECT t.expires_at - t.created_at, m.kind FROM user_tokens t JOIN mail_outbox m ON m.recipient = ?"
        " WHERE t.user_id = ? AND t.purpose = 'password_reset'", {carol.email, carol.id});
    QVERIFY(query.next());
    QVERIFY(query.value(0).toLongLong() >= 7LL * 24 * 3600 * 1000 - 1000);
    QCOMPARE(query.value(1).toString(), QStringLiteral("account_created"));
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
