// Mail end to end: a real buttcloudd sending through a real SMTP server on loopback (aiosmtpd),
// read back from what that server received. No Docker needed.
#include "serverprocess.h"
#include "smtpsink.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace buttcloud::test;
using namespace Qt::StringLiterals;

namespace {
const QString Password = u"a long enough password"_s;
const QString AdminEmail = u"admin@buttcloud.example.org"_s;


QJsonObject signupBody(const QString &name, const QString &email)
{
    return {{u"name"_s, name}, {u"email"_s, email}, {u"password"_s, Password}};
}
}

class MailTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signupSendsOneWelcomeWithAWorkingLink();
    void mailsWaitForTheSmtpServerAndGoOutOnce();
    void badAddressesAndInjectionAreRefused_data();
    void badAddressesAndInjectionAreRefused();
    void passwordResetEndToEnd();
    void stoppedMidSendResendsWithTheSameMessageId();
    void tlsPolicies_data();
    void tlsPolicies();

private:
    bool startServer(const QStringList &extraArguments = {});
    QString adminToken();
    // What the tests' users got: the admin's own "account created" mail (from `user add`) left out.
    QJsonArray outbox(const QString &state = {});
    QList<ReceivedMail> mails() const;

    std::unique_ptr<SmtpSink> m_smtp;
    std::unique_ptr<ServerProcess> m_server;
    QString m_adminToken;
};

void MailTest::init()
{
    // AUTH with credentials from a file, as an operator would configure it.
    m_smtp = std::make_unique<SmtpSink>(SmtpSinkOptions{u"mailer"_s, u"smtp-secret"_s});
    m_server = std::make_unique<ServerProcess>();
    m_adminToken.clear();
}

void MailTest::cleanup()
{
    m_server.reset();
    m_smtp.reset();
}

bool MailTest::startServer(const QStringList &extraArguments)
{
    const QString credentials = m_server->dataDir() + u"/smtp-credentials"_s; // removed with the data directory
    QFile file(credentials);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    file.write("mailer\nsmtp-secret\n");
    file.close();
    return m_server->start(QStringList{u"--docker-host"_s, u"unix:///nonexistent/docker.sock"_s,
                                          u"--mail-smtp-url"_s, m_smtp->url(),
                                          u"--mail-credentials-file"_s, credentials,
                                          u"--mail-from"_s, u"ButtCloud Tests <noreply@buttcloud.example.org>"_s,
                                          u"--mail-reply-to"_s, u"help@buttcloud.example.org"_s,
                                          u"--mail-retry-base"_s, u"200ms"_s, u"--mail-retry-max"_s, u"1s"_s} + extraArguments);
}

QString MailTest::adminToken()
{
    if (m_adminToken.isEmpty())
        m_adminToken = m_server->createUserAndSignIn(AdminEmail, u"admin"_s, Password);
    return m_adminToken;
}

QJsonArray MailTest::outbox(const QString &state)
{
    const HttpResult result = m_server->request("GET", u"/api/v1/mail/outbox?state="_s + state, adminToken());
    QJsonArray others;
    for (const QJsonValue &mail : result.body.value(u"mails"_s).toArray()) {
        if (mail.toObject().value(u"to"_s).toString() != AdminEmail)
            others.append(mail);
    }
    return others;
}

QList<ReceivedMail> MailTest::mails() const
{
    QList<ReceivedMail> others;
    for (const ReceivedMail &mail : m_smtp->mails()) {
        if (mail.envelopeTo != QStringList{AdminEmail})
            others.append(mail);
    }
    return others;
}

void MailTest::signupSendsOneWelcomeWithAWorkingLink()
{
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->lastError()));
    QVERIFY2(startServer(), qPrintable(m_server->lastError()));

    QJsonObject body = signupBody(u"Jörg Müller"_s, u"jorg@example.org"_s);
    body.insert(u"language"_s, u"de"_s);
    const HttpResult signup = m_server->requestJson("POST", u"/api/v1/auth/signup"_s, {}, body);
    QCOMPARE(signup.status, 201);
    QCOMPARE(signup.body.value(u"emailVerified"_s).toBool(true), false);

    QTRY_COMPARE_WITH_TIMEOUT(mails().size(), 1, 30000);
    const ReceivedMail mail = mails().first();
    QCOMPARE(mail.envelopeFrom, u"noreply@buttcloud.example.org"_s);
    QCOMPARE(mail.envelopeTo, QStringList{u"jorg@example.org"_s});
    QCOMPARE(mail.header("To"), u"Jörg Müller <jorg@example.org>"_s);
    QCOMPARE(mail.header("From"), u"ButtCloud Tests <noreply@buttcloud.example.org>"_s);
    QCOMPARE(mail.header("Reply-To"), u"help@buttcloud.example.org"_s);
    QVERIFY2(mail.header("Subject").startsWith(u"Willkommen bei ButtCloud"_s), qPrintable(mail.header("Subject")));
    QCOMPARE(mail.header("Content-Language"), u"de"_s);
    QVERIFY(mail.header("Content-Type").startsWith(u"multipart/alternative"_s));
    QVERIFY(!mail.header("Message-ID").isEmpty());
    const QString token = tokenFromLink(mail.body("text/plain"), u"verify-email"_s);
    QVERIFY2(!token.isEmpty(), qPrintable(mail.body("text/plain")));
    QVERIFY(mail.body("text/html").contains(u"verify-email?token="_s));

    // The link works, once.
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/verify-email"_s, {}, {{u"token"_s, token}}).status, 204);
    const HttpResult again = m_server->requestJson("POST", u"/api/v1/auth/verify-email"_s, {}, {{u"token"_s, token}});
    QCOMPARE(again.status, 422);
    QCOMPARE(again.errorCode(), u"validation_failed"_s);
    const HttpResult login = m_server->requestJson("POST", u"/api/v1/auth/login"_s, {},
                                                   {{u"email"_s, u"jorg@example.org"_s}, {u"password"_s, Password}});
    const QString access = login.body.value(u"accessToken"_s).toString();
    QCOMPARE(m_server->request("GET", u"/api/v1/me"_s, access).body.value(u"emailVerified"_s).toBool(), true);

    // Exactly one: by the time the admin sees the welcome as sent, nothing else went out.
    const QJsonArray sent = outbox(u"sent"_s);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().toObject().value(u"kind"_s).toString(), u"welcome"_s);
    QCOMPARE(sent.first().toObject().value(u"attempts"_s).toInt(), 1);
    QCOMPARE(outbox().size(), 1);
    QCOMPARE(mails().size(), 1);
    // Customers do not see the outbox.
    QCOMPARE(m_server->request("GET", u"/api/v1/mail/outbox"_s, access).status, 403);
    QVERIFY(!m_server->output().contains(u"smtp-secret"_s));
}

void MailTest::mailsWaitForTheSmtpServerAndGoOutOnce()
{
    // The SMTP server is not there yet.
    QVERIFY2(startServer(), qPrintable(m_server->lastError()));
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/signup"_s, {}, signupBody(u"Ann"_s, u"ann@example.org"_s)).status, 201);

    // Attempts fail and back off; the mail stays queued with the reason.
    QTRY_VERIFY_WITH_TIMEOUT(!outbox(u"queued"_s).isEmpty()
                                 && outbox(u"queued"_s).first().toObject().value(u"attempts"_s).toInt() >= 2, 30000);
    const QJsonObject waiting = outbox(u"queued"_s).first().toObject();
    QVERIFY(!waiting.value(u"lastError"_s).toString().isEmpty());
    QCOMPARE(waiting.value(u"kind"_s).toString(), u"welcome"_s);

    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->lastError()));
    QTRY_COMPARE_WITH_TIMEOUT(outbox(u"sent"_s).size(), 1, 30000);
    QCOMPARE(mails().size(), 1);
    QCOMPARE(mails().first().header("Message-ID"), outbox(u"sent"_s).first().toObject().value(u"messageId"_s).toString());
    QVERIFY(outbox(u"queued"_s).isEmpty());

    // A server restart sends nothing again.
    m_server->stop();
    QVERIFY2(startServer(), qPrintable(m_server->lastError())); // same data: the admin's token stays valid
    QCOMPARE(outbox(u"sent"_s).size(), 1);
    QCOMPARE(mails().size(), 1);

    // Only failed or queued mails can be queued again.
    const QString id = outbox(u"sent"_s).first().toObject().value(u"id"_s).toString();
    QCOMPARE(m_server->request("POST", u"/api/v1/mail/outbox/"_s + id + u"/retry"_s, adminToken()).status, 409);
    QCOMPARE(m_server->request("POST", u"/api/v1/mail/outbox/nosuchmail/retry"_s, adminToken()).status, 404);
    QCOMPARE(m_server->request("GET", u"/api/v1/mail/outbox?state=lost"_s, adminToken()).status, 422);
}

void MailTest::badAddressesAndInjectionAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::newRow("CRLF in name") << u"Eve\r\nBcc: victim@example.org"_s << u"eve@example.org"_s;
    QTest::newRow("LF in name") << u"Eve\nSubject: hi"_s << u"eve@example.org"_s;
    QTest::newRow("CRLF in email") << u"Eve"_s << u"eve@example.org\r\nBcc: victim@example.org"_s;
    QTest::newRow("two addresses") << u"Eve"_s << u"eve@example.org,victim@example.org"_s;
    QTest::newRow("angle brackets") << u"Eve"_s << u"<eve@example.org>"_s;
    QTest::newRow("no domain") << u"Eve"_s << u"eve@"_s;
    QTest::newRow("non-ascii") << u"Eve"_s << u"evé@example.org"_s;
}

void MailTest::badAddressesAndInjectionAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->lastError()));
    QVERIFY2(startServer(), qPrintable(m_server->lastError()));
    const HttpResult signup = m_server->requestJson("POST", u"/api/v1/auth/signup"_s, {}, signupBody(name, email));
    QCOMPARE(signup.status, 422);
    QCOMPARE(signup.errorCode(), u"validation_failed"_s);
    // A reset for such an address answers like any other, and mails nothing.
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/password-reset"_s, {}, {{u"email"_s, email}}).status, 202);
    QCOMPARE(outbox().size(), 0);
    QCOMPARE(mails().size(), 0);
}

void MailTest::passwordResetEndToEnd()
{
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->lastError()));
    QVERIFY2(startServer(), qPrintable(m_server->lastError()));
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/signup"_s, {}, signupBody(u"Bob"_s, u"bob@example.org"_s)).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(mails().size(), 1, 30000); // the welcome
    const HttpResult login = m_server->requestJson("POST", u"/api/v1/auth/login"_s, {},
                                                   {{u"email"_s, u"bob@example.org"_s}, {u"password"_s, Password}});
    const QString oldRefresh = login.body.value(u"refreshToken"_s).toString();
    QVERIFY(!oldRefresh.isEmpty());

    // Unknown addresses answer the same and mail nothing.
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/password-reset"_s, {}, {{u"email"_s, u"nobody@example.org"_s}}).status, 202);
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/password-reset"_s, {}, {{u"email"_s, u"bob@example.org"_s}}).status, 202);
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/password-reset"_s, {}, {{u"email"_s, u"bob@example.org"_s}}).status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(mails().size(), 2, 30000);
    const ReceivedMail reset = mails().last();
    QCOMPARE(reset.envelopeTo, QStringList{u"bob@example.org"_s});
    QCOMPARE(reset.header("Subject"), u"Reset your ButtCloud password"_s);
    const QString token = tokenFromLink(reset.body("text/plain"), u"reset-password"_s);
    QVERIFY2(!token.isEmpty(), qPrintable(reset.body("text/plain")));

    const QString newPassword = u"another long password"_s;
    const HttpResult weak = m_server->requestJson("POST", u"/api/v1/auth/password-reset/confirm"_s, {},
                                                  {{u"token"_s, token}, {u"password"_s, u"short"_s}});
    QCOMPARE(weak.status, 422);
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/password-reset/confirm"_s, {},
                                   {{u"token"_s, token}, {u"password"_s, newPassword}}).status, 204);
    // Single use, old sessions gone, old password gone, new one works.
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/password-reset/confirm"_s, {},
                                   {{u"token"_s, token}, {u"password"_s, u"yet another password"_s}}).status, 422);
    const HttpResult refresh = m_server->requestJson("POST", u"/api/v1/auth/refresh"_s, {}, {{u"refreshToken"_s, oldRefresh}});
    QCOMPARE(refresh.status, 401);
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/login"_s, {},
                                   {{u"email"_s, u"bob@example.org"_s}, {u"password"_s, Password}}).status, 401);
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/login"_s, {},
                                   {{u"email"_s, u"bob@example.org"_s}, {u"password"_s, newPassword}}).status, 200);
    QCOMPARE(mails().size(), 2);
}

void MailTest::stoppedMidSendResendsWithTheSameMessageId()
{
    // The SMTP server stores the first mail but answers only much later; meanwhile the server stops.
    m_smtp = std::make_unique<SmtpSink>(SmtpSinkOptions{u"mailer"_s, u"smtp-secret"_s, SmtpSinkOptions::Tls::None, 300});
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->lastError()));
    const QStringList timeout{u"--mail-send-timeout"_s, u"5s"_s};
    QVERIFY2(startServer(timeout), qPrintable(m_server->lastError()));
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/signup"_s, {}, signupBody(u"Cy"_s, u"cy@example.org"_s)).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(mails().size(), 1, 30000);
    adminToken(); // after the welcome: the held first mail must be Cy's, not the admin's own
    m_server->stop(); // mid-send: the mail is delivered, the server never heard so

    QVERIFY2(startServer(timeout), qPrintable(m_server->lastError()));
    // Once the claim lapses it goes again, with its Message-ID: the receiver can tell it is the same.
    QTRY_COMPARE_WITH_TIMEOUT(outbox(u"sent"_s).size(), 1, 60000);
    const QList<ReceivedMail> received = mails();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(1).header("Message-ID"), received.at(0).header("Message-ID"));
    QCOMPARE(received.at(1).body("text/plain"), received.at(0).body("text/plain"));
    QCOMPARE(outbox(u"sent"_s).first().toObject().value(u"attempts"_s).toInt(), 2);
    QVERIFY(m_server->output().contains(u"was left in sending"_s));
}

void MailTest::tlsPolicies_data()
{
    QTest::addColumn<SmtpSinkOptions::Tls>("serverTls");
    QTest::addColumn<QString>("startTls");
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<bool>("delivered");
    using Tls = SmtpSinkOptions::Tls;
    QTest::newRow("STARTTLS required by both") << Tls::RequireStartTls << u"required"_s << true << true;
    QTest::newRow("STARTTLS offered, auto") << Tls::StartTls << u"auto"_s << true << true;
    QTest::newRow("smtps") << Tls::Implicit << u"auto"_s << true << true;
    QTest::newRow("server requires it, never") << Tls::RequireStartTls << u"never"_s << true << false;
    QTest::newRow("required, not offered") << Tls::None << u"required"_s << true << false;
    QTest::newRow("untrusted certificate") << Tls::StartTls << u"auto"_s << false << false;
}

void MailTest::tlsPolicies()
{
    QFETCH(SmtpSinkOptions::Tls, serverTls);
    QFETCH(QString, startTls);
    QFETCH(bool, trusted);
    QFETCH(bool, delivered);
    m_smtp = std::make_unique<SmtpSink>(SmtpSinkOptions{u"mailer"_s, u"smtp-secret"_s, serverTls});
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->lastError()));
    QStringList arguments{u"--mail-starttls"_s, startTls};
    if (trusted && !m_smtp->certificateFile().isEmpty())
        arguments << u"--mail-smtp-ca-file"_s << m_smtp->certificateFile();
    QVERIFY2(startServer(arguments), qPrintable(m_server->lastError()));
    QCOMPARE(m_server->requestJson("POST", u"/api/v1/auth/signup"_s, {}, signupBody(u"Tess"_s, u"tess@example.org"_s)).status, 201);
    if (delivered) {
        QTRY_COMPARE_WITH_TIMEOUT(mails().size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(outbox(u"sent"_s).size(), 1, 10000);
    } else {
        // Refused, and never sent in plain text instead: it waits with the reason.
        QTRY_VERIFY_WITH_TIMEOUT(!outbox(u"queued"_s).isEmpty()
                                     && outbox(u"queued"_s).first().toObject().value(u"attempts"_s).toInt() >= 2, 30000);
        QVERIFY(!outbox(u"queued"_s).first().toObject().value(u"lastError"_s).toString().isEmpty());
        QCOMPARE(mails().size(), 0);
    }
}

QTEST_GUILESS_MAIN(MailTest)
#include "tst_mail.moc"
