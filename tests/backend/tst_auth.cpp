#include "auth/accesstokens.h"
#include "auth/authservice.h"
#include "auth/passwordhasher.h"
#include "core/random.h"
#include "http/apierror.h"
#include "store/database.h"
#include "testbackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
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

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
