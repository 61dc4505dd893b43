#include "fakeapiserver.h"
#include "fakesecretstore.h"
#include "models/apiclient.h"
#include "models/pubservice.h"
#include "models/session.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;

namespace {
const QString Email = QStringLiteral("alice@example.org");
const QString Password = QStringLiteral("correct horse battery");

// One client installation: its settings file, keychain and session.
struct Client
{
    explicit Client(const QString &settingsPath, test::FakeSecretStore *secrets)
        : settings(settingsPath, QSettings::IniFormat)
        , session(&api, secrets, &settings)
        , pubs(&session)
    {
    }

    ApiClient api;
    QSettings settings;
    Session session;
    PubService pubs;
};

Result<QList<Pub>> listPubs(Client &client, QObject *context)
{
    std::optional<Result<QList<Pub>>> result;
    client.pubs.list(context, [&result](const Result<QList<Pub>> &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return ApiError{0, QStringLiteral("test_timeout"), {}};
    return *result;
}
}

class TestSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void signInKeepsTheUser();
    void wrongPasswordFailsSignIn();
    void expiredTokenIsRefreshedAndRetriedOnce();
    void refreshIsTriedOnlyOnce();
    void concurrentExpiriesShareOneRefresh();
    void revokedSessionExpires();
    void callsWithoutSessionFail();
    void rememberedSessionRestores();
    void withoutRememberNothingIsStored();
    void missingKeychainIsReportedAndNothingStored();
    void restoreWithoutEntryIsQuiet();
    void deadRememberedTokenIsForgotten();
    void unreachableServerKeepsRememberedToken();
    void signOutForgetsEverything();

private:
    void signIn(Client &client, bool remember);

    std::unique_ptr<test::FakeApiServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    test::FakeSecretStore m_secrets;
    QString m_settingsPath;
};

void TestSession::init()
{
    m_server = std::make_unique<test::FakeApiServer>();
    QVERIFY(m_server->start());
    m_server->addUser(Email, Password, Role::Admin);
    m_server->addPub(QStringLiteral("alice"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_settingsPath = m_dir->filePath(QStringLiteral("client.ini"));
    m_secrets.setAvailable(true);
    for (const QString &key : m_secrets.secrets().keys())
        m_secrets.remove(key, [](const SecretResult &) {});
    QTRY_VERIFY(m_secrets.secrets().isEmpty());
}

void TestSession::signIn(Client &client, bool remember)
{
    QSignalSpy signedIn(&client.session, &Session::signedIn);
    client.session.signIn(m_server->url(), Email, Password, remember);
    QVERIFY(signedIn.wait());
}

void TestSession::signInKeepsTheUser()
{
    Client client(m_settingsPath, &m_secrets);
    signIn(client, false);
    QVERIFY(client.session.isSignedIn());
    QCOMPARE(client.session.user().email, Email);
    QCOMPARE(client.session.user().role, Role::Admin);
    QCOMPARE(client.session.serverUrl(), m_server->url());
}

void TestSession::wrongPasswordFailsSignIn()
{
    Client client(m_settingsPath, &m_secrets);
    QSignalSpy failed(&client.session, &Session::signInFailed);
    client.session.signIn(m_server->url(), Email, QStringLiteral("wrong password"), true);
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().first().toString(), QStringLiteral("Wrong email or password."));
    QVERIFY(!client.session.isSignedIn());
    QVERIFY(m_secrets.secrets().isEmpty());
}

void TestSession::expiredTokenIsRefreshedAndRetriedOnce()
{
    Client client(m_settingsPath, &m_secrets);
    signIn(client, false);
    m_server->expireAccessTokens();

    const Result<QList<Pub>> pubs = listPubs(client, this);
    QVERIFY2(pubs.ok(), qPrintable(pubs.errorMessage()));
    QCOMPARE(pubs.value().size(), 1);
    QCOMPARE(m_server->refreshCount(), 1);
    QCOMPARE(m_server->pubListCount(), 2); // the expired attempt and the retry

    // Expired again after the retry: refreshed again, never looping.
    m_server->expireAccessTokens();
    QVERIFY(listPubs(client, this).ok());
    QCOMPARE(m_server->refreshCount(), 2);
}

void TestSession::refreshIsTriedOnlyOnce()
{
    Client client(m_settingsPath, &m_secrets);
    signIn(client, false);
    m_server->setIssueExpiredTokens(true);
    m_server->expireAccessTokens();

    const Result<QList<Pub>> pubs = listPubs(client, this);
    QVERIFY(!pubs.ok());
    QCOMPARE(pubs.error().code, QStringLiteral("token_expired"));
    QCOMPARE(m_server->refreshCount(), 1);
    QCOMPARE(m_server->pubListCount(), 2);
}

void TestSession::concurrentExpiriesShareOneRefresh()
{
    Client client(m_settingsPath, &m_secrets);
    signIn(client, false);
    m_server->expireAccessTokens();

    int answered = 0;
    for (int i = 0; i < 3; ++i) {
        client.pubs.list(this, [&answered](const Result<QList<Pub>> &result) {
            QVERIFY(result.ok());
            ++answered;
        });
    }
    QTRY_COMPARE(answered, 3);
    QCOMPARE(m_server->refreshCount(), 1);
}

void TestSession::revokedSessionExpires()
{
    Client client(m_settingsPath, &m_secrets);
    signIn(client, false);
    m_server->expireAccessTokens();
    m_server->revokeRefreshTokens();
    QSignalSpy expired(&client.session, &Session::sessionExpired);

    const Result<QList<Pub>> pubs = listPubs(client, this);
    QVERIFY(!pubs.ok());
    QCOMPARE(pubs.error().code, QStringLiteral("invalid_refresh_token"));
    QCOMPARE(expired.size(), 1);
    QVERIFY(!client.session.isSignedIn());
}

void TestSession::callsWithoutSessionFail()
{
    Client client(m_settingsPath, &m_secrets);
    const Result<QList<Pub>> pubs = listPubs(client, this);
    QVERIFY(!pubs.ok());
    QCOMPARE(pubs.error().code, QStringLiteral("not_signed_in"));
    QCOMPARE(m_server->pubListCount(), 0);
}

void TestSession::rememberedSessionRestores()
{
    {
        Client first(m_settingsPath, &m_secrets);
        signIn(first, true);
        QTRY_VERIFY(first.session.hasRememberedAccount());
        QCOMPARE(m_secrets.secrets().value(Session::keychainKey(m_server->url(), Email)), m_server->lastIssuedRefreshToken());
    }

    Client second(m_settingsPath, &m_secrets);
    QVERIFY(second.session.hasRememberedAccount());
    QCOMPARE(second.session.rememberedEmail(), Email);
    QSignalSpy restored(&second.session, &Session::restoreFinished);
    second.session.restore();
    QVERIFY(restored.wait());
    QCOMPARE(restored.first().first().toBool(), true);
    QVERIFY(second.session.isSignedIn());
    QCOMPARE(m_server->loginCount(), 1);
    // Refresh tokens are single use: the keychain must now hold the new one.
    QTRY_COMPARE(m_secrets.secrets().value(Session::keychainKey(m_server->url(), Email)), m_server->lastIssuedRefreshToken());
}

void TestSession::withoutRememberNothingIsStored()
{
    Client client(m_settingsPath, &m_secrets);
    signIn(client, false);
    QTest::qWait(20);
    QVERIFY(m_secrets.secrets().isEmpty());
    QVERIFY(!client.session.hasRememberedAccount());
}

void TestSession::missingKeychainIsReportedAndNothingStored()
{
    m_secrets.setAvailable(false);
    Client client(m_settingsPath, &m_secrets);
    QSignalSpy unavailable(&client.session, &Session::keychainUnavailable);
    signIn(client, true);
    QVERIFY(unavailable.wait());
    QVERIFY(unavailable.first().first().toString().contains(QStringLiteral("cannot remember you")));
    QVERIFY(client.session.isSignedIn()); // signing in still worked
    QVERIFY(!client.session.hasRememberedAccount());
    QVERIFY(client.settings.allKeys().isEmpty());
}

void TestSession::restoreWithoutEntryIsQuiet()
{
    Client client(m_settingsPath, &m_secrets);
    client.settings.setValue(QStringLiteral("session/rememberedServerUrl"), m_server->url().toString());
    client.settings.setValue(QStringLiteral("session/rememberedEmail"), Email);
    QSignalSpy restored(&client.session, &Session::restoreFinished);
    QSignalSpy unavailable(&client.session, &Session::keychainUnavailable);
    client.session.restore();
    QVERIFY(restored.wait());
    QCOMPARE(restored.first().at(0).toBool(), false);
    QCOMPARE(restored.first().at(1).toString(), QString());
    QCOMPARE(unavailable.size(), 0);
    QVERIFY(!client.session.hasRememberedAccount());
}

void TestSession::deadRememberedTokenIsForgotten()
{
    {
        Client first(m_settingsPath, &m_secrets);
        signIn(first, true);
        QTRY_VERIFY(first.session.hasRememberedAccount());
    }
    m_server->revokeRefreshTokens();
    Client second(m_settingsPath, &m_secrets);
    QSignalSpy restored(&second.session, &Session::restoreFinished);
    second.session.restore();
    QVERIFY(restored.wait());
    QCOMPARE(restored.first().at(0).toBool(), false);
    QVERIFY(!second.session.hasRememberedAccount());
    QTRY_VERIFY(m_secrets.secrets().isEmpty());
}

void TestSession::unreachableServerKeepsRememberedToken()
{
    {
        Client first(m_settingsPath, &m_secrets);
        signIn(first, true);
        QTRY_VERIFY(first.session.hasRememberedAccount());
    }
    const QString stored = m_secrets.secrets().value(Session::keychainKey(m_server->url(), Email));
    m_server.reset(); // the server is down at start-up

    Client second(m_settingsPath, &m_secrets);
    QSignalSpy restored(&second.session, &Session::restoreFinished);
    second.session.restore();
    QVERIFY(restored.wait());
    QCOMPARE(restored.first().at(0).toBool(), false);
    QVERIFY(restored.first().at(1).toString().contains(QStringLiteral("could not be reached")));
    QVERIFY(second.session.hasRememberedAccount()); // try again next time
    QCOMPARE(m_secrets.secrets().size(), 1);
    QCOMPARE(m_secrets.secrets().values().first(), stored);
}

void TestSession::signOutForgetsEverything()
{
    Client client(m_settingsPath, &m_secrets);
    signIn(client, true);
    QTRY_VERIFY(client.session.hasRememberedAccount());
    QSignalSpy signedOut(&client.session, &Session::signedOut);
    client.session.signOut();
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!client.session.isSignedIn());
    QVERIFY(!client.session.hasRememberedAccount());
    QTRY_VERIFY(m_secrets.secrets().isEmpty());
    QTRY_COMPARE(m_server->logoutCount(), 1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
