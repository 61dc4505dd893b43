// Accounts (docs/api.md, "Users"), changing one's own password, the client's settings and the
// pub alerts, against the in-process fake API.
#include "models/accountservice.h"
#include "models/clientsettings.h"
#include "models/eventstream.h"
#include "models/pubalertnotifier.h"
#include "models/translations.h"
#include "models/usersmodel.h"
#include "signedinclient.h"
#include "waitforresult.h"
#include "wire/errorcodes.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;

namespace {
const QString Admin = QStringLiteral("a@example.org");

Pub pubWith(const QString &id, PubStatus status, const QString &message = {},
            PubDesiredState desired = PubDesiredState::Running)
{
    Pub pub;
    pub.id = id;
    pub.name = QStringLiteral("garden");
    pub.status = status;
    pub.desiredState = desired;
    pub.statusMessage = message;
    return pub;
}
}

class TestAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_client = std::make_unique<test::SignedInClient>(Role::Admin);
        m_client->server.addUser(QStringLiteral("carol@example.org"), QStringLiteral("password123"), Role::Customer);
        m_client->server.addUser(QStringLiteral("sam@example.org"), QStringLiteral("password123"), Role::Support);
        m_client->server.setLastSignIn(QStringLiteral("carol@example.org"), QStringLiteral("2026-11-30T09:15:00Z"));
        QVERIFY(m_client->signIn());
        m_service = std::make_unique<AccountService>(&m_client->session);
    }

    void cleanup()
    {
        m_service.reset();
        m_client.reset();
    }

    void listsFiltersAndParsesAccounts()
    {
        UsersModel model(m_service.get());
        QAbstractItemModelTester tester(&model);
        QSignalSpy loaded(&model, &UsersModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.userAt(0)->email, Admin); // sorted by email
        const User carol = *model.userAt(1);
        QCOMPARE(carol.lastSignInAt, QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC));
        QCOMPARE(model.index(2, UsersModel::RoleColumn).data().toString(), QStringLiteral("Support"));
        QCOMPARE(model.index(0, UsersModel::LastSignInColumn).data().toString(), QStringLiteral("Never"));

        model.setFilter({QStringLiteral("CAROL"), std::nullopt});
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({QString(), Role::Support});
        QVERIFY(loaded.wait());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.userAt(0)->role, Role::Support);
    }

    void listRefusesABrokenAnswerAndReportsFailures()
    {
        QVERIFY(!parseUserList(QJsonObject{{QStringLiteral("users"), QStringLiteral("nope")}}, m_client->server.url()).ok());
        QVERIFY(!parseUserList(QJsonObject{{QStringLiteral("users"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}}}}},
                               m_client->server.url()).ok());
        m_client->server.setFailOperations(true);
        UsersModel model(m_service.get());
        QSignalSpy failed(&model, &UsersModel::loadFailed);
        model.refresh();
        QVERIFY(failed.wait());
        QCOMPARE(model.rowCount(), 0);
    }

    void createsAnAccountAndRefusesATakenEmail()
    {
        NewAccount account{QStringLiteral("Dora"), QStringLiteral("dora@example.org"), Role::Support, QStringLiteral("de")};
        const Result<User> created = test::waitForResult<User>([&](QObject *context, auto handler) {
            m_service->create(account, context, handler);
        });
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QCOMPARE(created.value().role, Role::Support);
        QVERIFY(!m_client->server.mailedResetToken(QStringLiteral("dora@example.org")).isEmpty()); // the welcome link

        const Result<User> again = test::waitForResult<User>([&](QObject *context, auto handler) {
            m_service->create(account, context, handler);
        });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QString::fromLatin1(ErrorCode::Conflict));
        QCOMPARE(again.errorMessage(), QStringLiteral("An account with that email address exists already."));
    }

    void changesRolesAndDisablesButNeverOnesOwnAccount()
    {
        const QString carol = m_client->server.userIdOf(QStringLiteral("carol@example.org"));
        AccountChange promote;
        promote.role = Role::Support;
        Result<User> changed = test::waitForResult<User>([&](QObject *context, auto handler) {
            m_service->update(carol, promote, context, handler);
        });
        QVERIFY(changed.ok());
        QCOMPARE(changed.value().role, Role::Support);

        AccountChange disable;
        disable.disabled = true;
        changed = test::waitForResult<User>([&](QObject *context, auto handler) { m_service->update(carol, disable, context, handler); });
        QVERIFY(changed.ok());
        QVERIFY(changed.value().disabled);

        const QString self = m_client->session.user().id;
        changed = test::waitForResult<User>([&](QObject *context, auto handler) { m_service->update(self, disable, context, handler); });
        QVERIFY(!changed.ok());
        QCOMPARE(changed.errorMessage(), QStringLiteral("You cannot change your own role or disable your own account."));

        const Result<Done> reset = test::waitForResult<Done>([&](QObject *context, auto handler) {
            m_service->sendPasswordReset(carol, context, handler);
        });
        QVERIFY(reset.ok());
        QCOMPARE(m_client->server.passwordResetRequests(), QStringList{QStringLiteral("carol@example.org")});
        const Result<Done> unknown = test::waitForResult<Done>([&](QObject *context, auto handler) {
            m_service->sendPasswordReset(QStringLiteral("user99999999"), context, handler);
        });
        QCOMPARE(unknown.error().code, QString::fromLatin1(ErrorCode::NotFound));
    }

    void changingThePasswordKeepsThisSessionAndEndsTheOthers()
    {
        const QString oldRefresh = m_client->server.lastIssuedRefreshToken();
        QSignalSpy tokenChanged(&m_client->session, &Session::accessTokenChanged);
        Result<Done> wrong = test::waitForResult<Done>([&](QObject *context, auto handler) {
            m_client->session.changePassword(QStringLiteral("not it"), QStringLiteral("a-new-password"), context, handler);
        });
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.errorMessage(), QStringLiteral("The current password is wrong."));
        QVERIFY(m_client->session.isSignedIn());

        const Result<Done> changed = test::waitForResult<Done>([&](QObject *context, auto handler) {
            m_client->session.changePassword(QStringLiteral("password123"), QStringLiteral("a-new-password"), context, handler);
        });
        QVERIFY2(changed.ok(), qPrintable(changed.errorMessage()));
        QCOMPARE(tokenChanged.size(), 1);
        QCOMPARE(m_client->server.passwordOf(Admin), QStringLiteral("a-new-password"));
        QVERIFY(m_client->server.lastIssuedRefreshToken() != oldRefresh);
        // The session goes on with the new tokens.
        UsersModel model(m_service.get());
        QSignalSpy loaded(&model, &UsersModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait());
    }

    void settingsKeepProfilesLanguageAndTheme()
    {
        ClientSettings settings(&m_client->settings);
        QCOMPARE(settings.theme(), ThemeChoice::System);
        QVERIFY(settings.notificationsEnabled());
        QSignalSpy languageChanged(&settings, &ClientSettings::languageChanged);
        settings.setLanguage(QStringLiteral("de"));
        settings.setLanguage(QStringLiteral("de"));
        QCOMPARE(languageChanged.size(), 1);
        QCOMPARE(ClientSettings::languageLabel(QStringLiteral("es")), QStringLiteral("Español"));
        QCOMPARE(ClientSettings::languageLabel(QStringLiteral("en")), QStringLiteral("English"));
        settings.setLanguage(QStringLiteral("klingon"));
        QCOMPARE(settings.language(), QString());
        settings.setTheme(ThemeChoice::Dark);
        QCOMPARE(settings.theme(), ThemeChoice::Dark);

        QVERIFY(settings.saveProfile({QStringLiteral("Fleet"), QUrl(QStringLiteral("https://fleet.example.org/"))}));
        QVERIFY(settings.saveProfile({QStringLiteral("Home"), QUrl(QStringLiteral("http://127.0.0.1:8080"))}));
        QVERIFY(!settings.saveProfile({QStringLiteral("Bad"), QUrl(QStringLiteral("ftp://example.org"))}));
        QVERIFY(!settings.saveProfile({QStringLiteral("  "), QUrl(QStringLiteral("https://example.org"))}));
        QCOMPARE(settings.profiles().size(), 2);
        QCOMPARE(settings.profile(QStringLiteral("Fleet"))->serverUrl, QUrl(QStringLiteral("https://fleet.example.org")));
        QVERIFY(settings.saveProfile({QStringLiteral("Fleet"), QUrl(QStringLiteral("https://fleet2.example.org"))}));
        QCOMPARE(settings.profiles().size(), 2);
        settings.setCurrentProfileName(QStringLiteral("Fleet"));
        settings.removeProfile(QStringLiteral("Fleet"));
        QCOMPARE(settings.profiles().size(), 1);
        QCOMPARE(settings.currentProfileName(), QString());

        settings.setLayout(QStringLiteral("mainWindow/geometry"), QByteArray("blob"));
        QCOMPARE(ClientSettings(&m_client->settings).layout(QStringLiteral("mainWindow/geometry")), QByteArray("blob"));
    }

    void aDisabledAccountIsToldSo()
    {
        AccountChange disable;
        disable.disabled = true;
        const Result<User> disabled = test::waitForResult<User>([&](QObject *context, auto handler) {
            m_service->update(m_client->server.userIdOf(QStringLiteral("carol@example.org")), disable, context, handler);
        });
        QVERIFY(disabled.ok());
        QSignalSpy failed(&m_client->session, &Session::signInFailed);
        m_client->session.signIn(m_client->server.url(), QStringLiteral("carol@example.org"), QStringLiteral("password123"), false);
        QVERIFY(failed.wait());
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("This account is disabled. Ask an administrator to enable it."));
        QCOMPARE(messageForServerError(429, QStringLiteral("rate_limited"), QStringLiteral("try again in 60 seconds")),
                 QStringLiteral("Too many failed sign-ins: try again in 60 seconds"));
    }

    void eachProfileRemembersItsOwnSignIn()
    {
        // Signed in (not remembered) with no profile; the fleet profile remembers its own account.
        QSignalSpy signedOut(&m_client->session, &Session::signedOut);
        const int logoutsBefore = m_client->server.logoutCount();
        m_client->session.setProfile(QStringLiteral("Fleet"));
        QCOMPARE(signedOut.size(), 1);
        QVERIFY(!m_client->session.isSignedIn());
        QTRY_COMPARE(m_client->server.logoutCount(), logoutsBefore + 1); // a sign-in nobody can come back to
        QVERIFY(!m_client->session.hasRememberedAccount());
        QSignalSpy signedIn(&m_client->session, &Session::signedIn);
        m_client->session.signIn(m_client->server.url(), QStringLiteral("carol@example.org"), QStringLiteral("password123"), true);
        QVERIFY(signedIn.wait());
        QTRY_COMPARE(m_client->session.rememberedEmail(), QStringLiteral("carol@example.org"));

        // Home: another account remembered, Fleet's stays in the keychain and the settings.
        m_client->session.setProfile(QStringLiteral("Home"));
        QVERIFY(!m_client->session.hasRememberedAccount());
        m_client->session.signIn(m_client->server.url(), QStringLiteral("sam@example.org"), QStringLiteral("password123"), true);
        QVERIFY(signedIn.wait());
        QTRY_COMPARE(m_client->session.rememberedEmail(), QStringLiteral("sam@example.org"));
        QCOMPARE(m_client->secrets.secrets().size(), 2);

        m_client->session.setProfile(QStringLiteral("Fleet"));
        QCOMPARE(m_client->session.rememberedEmail(), QStringLiteral("carol@example.org"));
        QSignalSpy restored(&m_client->session, &Session::restoreFinished);
        m_client->session.restore();
        QVERIFY(restored.wait());
        QVERIFY(restored.at(0).at(0).toBool());
        QCOMPARE(m_client->session.user().email, QStringLiteral("carol@example.org"));

        // Signing out forgets this profile's sign-in only.
        m_client->session.signOut();
        QVERIFY(!m_client->session.hasRememberedAccount());
        QTRY_COMPARE(m_client->secrets.secrets().size(), 1);
        m_client->session.setProfile(QStringLiteral("Home"));
        QCOMPARE(m_client->session.rememberedEmail(), QStringLiteral("sam@example.org"));
    }

    void translationsFollowTheChosenLanguage()
    {
        Translations translations;
        translations.apply(QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(translations.currentLanguage(), QStringLiteral("de"));
        translations.apply(QStringLiteral("es"));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        translations.apply(QString());
        QCOMPARE(QLocale().language(), QLocale::system().language());
    }

    void alertsForPubsThatFallAndRateLimitsThem()
    {
        EventStream stream(&m_client->session);
        PubAlertNotifier notifier(&stream);
        QDateTime now(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC);
        notifier.setClock([&now] { return now; });
        QSignalSpy alerts(&notifier, &PubAlertNotifier::alert);

        notifier.observe(pubWith(QStringLiteral("pub000000001"), PubStatus::Failed)); // first sight: no news
        QCOMPARE(alerts.size(), 0);
        notifier.observe(pubWith(QStringLiteral("pub000000001"), PubStatus::Up));
        notifier.observe(pubWith(QStringLiteral("pub000000001"), PubStatus::Failed, QStringLiteral("task: non-zero exit (137): OOMKilled")));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).at(0).value<PubAlertKind>(), PubAlertKind::OutOfMemory);
        QCOMPARE(alerts.at(0).at(2).toString(), QStringLiteral("Pub garden ran out of memory"));

        // Flapping within the window: no second alert of the kind.
        notifier.observe(pubWith(QStringLiteral("pub000000001"), PubStatus::Up));
        notifier.observe(pubWith(QStringLiteral("pub000000001"), PubStatus::Failed, QStringLiteral("OOMKilled")));
        QCOMPARE(alerts.size(), 1);
        now = now.addSecs(PubAlertNotifier::AlertWindowSeconds);
        notifier.observe(pubWith(QStringLiteral("pub000000001"), PubStatus::Up));
        notifier.observe(pubWith(QStringLiteral("pub000000001"), PubStatus::Down));
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.at(1).at(0).value<PubAlertKind>(), PubAlertKind::Down);

        // A stop someone asked for is no alert; nor is anything while notifications are off.
        notifier.observe(pubWith(QStringLiteral("pub000000002"), PubStatus::Up));
        notifier.observe(pubWith(QStringLiteral("pub000000002"), PubStatus::Down, {}, PubDesiredState::Stopped));
        notifier.setEnabled(false);
        notifier.observe(pubWith(QStringLiteral("pub000000003"), PubStatus::Up));
        notifier.observe(pubWith(QStringLiteral("pub000000003"), PubStatus::Failed));
        QCOMPARE(alerts.size(), 2);

        // A whole hub failing: a few alerts, one that says there are more, then quiet.
        notifier.setEnabled(true);
        now = now.addSecs(120);
        for (int pub = 10; pub < 20; ++pub) {
            const QString id = QStringLiteral("pub0000000%1").arg(pub);
            notifier.observe(pubWith(id, PubStatus::Up));
            notifier.observe(pubWith(id, PubStatus::Failed));
        }
        QCOMPARE(alerts.size(), 2 + PubAlertNotifier::MaxAlertsPerMinute + 1);
        QCOMPARE(alerts.constLast().at(2).toString(), QStringLiteral("More pubs are in trouble"));
        now = now.addSecs(60);
        notifier.observe(pubWith(QStringLiteral("pub000000030"), PubStatus::Up));
        notifier.observe(pubWith(QStringLiteral("pub000000030"), PubStatus::Failed));
        QCOMPARE(alerts.size(), 2 + PubAlertNotifier::MaxAlertsPerMinute + 2);
    }

private:
    std::unique_ptr<test::SignedInClient> m_client;
    std::unique_ptr<AccountService> m_service;
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
