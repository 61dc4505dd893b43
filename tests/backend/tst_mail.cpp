#include "auth/authservice.h"
#include "auth/ratelimiter.h"
#include "core/config.h"
#include "http/apierror.h"
#include "mail/mailer.h"
#include "mail/mailmessage.h"
#include "mail/mailsender.h"
#include "mail/mailtemplates.h"
#include "mail/pubmailnotifier.h"
#include "pubs/pubcontroller.h"
#include "store/database.h"
#include "store/mailoutboxrepository.h"
#include "store/usertokenrepository.h"
#include "store/userrepository.h"
#include "testbackend.h"
#include "testhttpclient.h"

#include <QJsonArray>

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace buttcloud;
using namespace std::chrono_literals;

namespace {
// Decodes what encodeHeaderText made: encoded words joined, plain text as it is.
QString decodeHeader(const QByteArray &header)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    QByteArray utf8;
    bool any = false;
    for (const QRegularExpressionMatch &match : word.globalMatch(QString::fromLatin1(header))) {
        utf8 += QByteArray::fromBase64(match.captured(1).toLatin1());
        any = true;
    }
    return any ? QString::fromUtf8(utf8) : QString::fromLatin1(header);
}

// The base64 body of the part with this content type, decoded.
QString mimePart(const QByteArray &mime, const QByteArray &contentType)
{
    const qsizetype header = mime.indexOf("Content-Type: " + contentType + ";");
    if (header < 0)
        return {};
    const qsizetype start = mime.indexOf("\r\n\r\n", header) + 4;
    qsizetype end = mime.indexOf("\r\n--", start);
    if (end < 0)
        end = mime.size();
    return QString::fromUtf8(QByteArray::fromBase64(mime.mid(start, end - start).replace("\r\n", "")));
}

QString tokenIn(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("token=([A-Za-z0-9_%-]+)"));
    return QUrl::fromPercentEncoding(token.match(text).captured(1).toLatin1());
}

MimeMail sampleMail()
{
    return MimeMail{Mailbox{"ButtCloud", "noreply@example.org"}, Mailbox{"Alice", "alice@example.org"}, "help@example.org",
                    "Hello", "plain text", "<p>html</p>", "<abc.def@example.org>", "en",
                    QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)};
}

QString errorFieldOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const ApiError &error) {
        return error.message();
    }
    return {};
}
}

class TestMail final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void mimeHasBothAlternatives();
    void textOnlyMail();
    void headerEncoding_data();
    void headerEncoding();
    void mailboxFormatting();
    void refusesInjection_data();
    void refusesInjection();
    void addresses_data();
    void addresses();
    void templatesFollowLanguage();
    void retryDelayDoublesUpToTheCap();
    void outboxDedupesAndMarksSentOnce();
    void lapsedSendingIsDueAgainWithItsMessageId();
    void requeueOnlyFailedOrQueued();
    void signupQueuesOneWelcomeInItsTransaction();
    void verificationTokenIsSingleUse();
    void expiredTokenIsRefused();
    void passwordResetRateLimitedAndRevokesSessions();
    void resetForUnknownEmailQueuesNothing();
    void oneActiveTokenPerPurpose();
    void pubAlertsAreRateLimitedPerWindow();
    void pubReadyOnceAndDownAlert();
    void oldPubsGetNoLateReadyMail();
    void rateLimiterCountsPerKeyAndWindow();
    void resetRequestsPerSourceAreLimited();
    void senderRetriesWhenSmtpIsUnreachable();
    void lapsedLastAttemptIsFailedNotResent();
    void disabledSenderKeepsMailsQueued();
    void outboxRoutesAreForAdmins();
    void mailConfiguration_data();
    void mailConfiguration();

private:
    QList<OutboxMailRecord> outbox(const QString &state = {}) const;

    std::unique_ptr<TestBackend> m_backend;
};

void TestMail::init()
{
    m_backend = std::make_unique<TestBackend>();
}

QList<OutboxMailRecord> TestMail::outbox(const QString &state) const
{
    return MailOutboxRepository(m_backend->database()).list(state, 1000);
}

void TestMail::mimeHasBothAlternatives()
{
    const QByteArray mime = buildMime(sampleMail());
    QVERIFY(mime.startsWith("From: ButtCloud <noreply@example.org>\r\nTo: Alice <alice@example.org>\r\nReply-To: help@example.org\r\n"));
    QVERIFY(mime.contains("\r\nSubject: Hello\r\n"));
    QVERIFY(mime.contains("\r\nDate: Fri, 02 Jan 2026 03:04:05 +0000\r\n"));
    QVERIFY(mime.contains("\r\nMessage-ID: <abc.def@example.org>\r\n"));
    QVERIFY(mime.contains("\r\nContent-Language: en\r\n"));
    QVERIFY(mime.contains("\r\nContent-Type: multipart/alternative;\r\n boundary=\"=_buttcloud_"));
    QCOMPARE(mimePart(mime, "text/plain"), QString("plain text"));
    QCOMPARE(mimePart(mime, "text/html"), QString("<p>html</p>"));
    QVERIFY(mime.endsWith("--\r\n"));
    // Every line ends in CRLF and stays within SMTP's limit.
    for (const QByteArray &line : mime.split('\n')) {
        QVERIFY(line.isEmpty() || line.endsWith('\r'));
        QVERIFY(line.size() <= 78);
    }
}

void TestMail::textOnlyMail()
{
    MimeMail mail = sampleMail();
    mail.htmlBody.clear();
    mail.textBody = QString("Grüße, ") + QString(200, 'x');
    const QByteArray mime = buildMime(mail);
    QVERIFY(!mime.contains("multipart"));
    QVERIFY(mime.contains("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"));
    QCOMPARE(mimePart(mime, "text/plain"), mail.textBody);
}

void TestMail::headerEncoding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plain");
    QTest::newRow("ascii") << "Your pub is ready" << true;
    QTest::newRow("umlaut") << "Bitte bestätige deine Adresse" << false;
    QTest::newRow("long") << QString("Ñandú ").repeated(30) << false;
    QTest::newRow("emoji") << QString("pub 🍺 ready 🍺🍺🍺🍺🍺🍺🍺🍺🍺🍺🍺🍺🍺🍺🍺🍺🍺🍺🍺🍺") << false;
    QTest::newRow("looks encoded") << "=?UTF-8?B?eA==?=" << false;
}

void TestMail::headerEncoding()
{
    QFETCH(QString, text);
    QFETCH(bool, plain);
    const QByteArray encoded = encodeHeaderText(text);
    QCOMPARE(encoded == text.toLatin1(), plain);
    for (const QByteArray &line : encoded.split('\n')) {
        QVERIFY(line.size() <= 76);
        for (const char c : line)
            QVERIFY(c == '\r' ? true : (c >= 0x20 && c < 0x7f));
    }
    if (!plain)
        QCOMPARE(decodeHeader(encoded), text);
}

void TestMail::mailboxFormatting()
{
    QCOMPARE(formatMailbox({"", "a@example.org"}), QByteArray("a@example.org"));
    QCOMPARE(formatMailbox({"Alice Smith", "a@example.org"}), QByteArray("Alice Smith <a@example.org>"));
    QCOMPARE(formatMailbox({"Smith, Alice", "a@example.org"}), QByteArray("\"Smith, Alice\" <a@example.org>"));
    const QByteArray encodedName = formatMailbox({"Jörg \"J\"", "j@example.org"});
    QVERIFY(encodedName.endsWith(" <j@example.org>"));
    QCOMPARE(decodeHeader(encodedName.left(encodedName.indexOf(' '))), QString("Jörg \"J\""));
    const std::optional<Mailbox> parsed = MailRules::parseMailbox("Bütt Cloud <noreply@example.org>");
    QVERIFY(parsed);
    QCOMPARE(parsed->name, QString("Bütt Cloud"));
    QCOMPARE(parsed->address, QString("noreply@example.org"));
    QVERIFY(!MailRules::parseMailbox("Eve <eve@example.org>\r\nBcc: x@example.org"));
    QVERIFY(!MailRules::parseMailbox("Eve\n <eve@example.org>"));
}

void TestMail::refusesInjection_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("subject CRLF") << "subject" << "Hi\r\nBcc: victim@example.org";
    QTest::newRow("subject LF") << "subject" << "Hi\nBcc: victim@example.org";
    QTest::newRow("subject CR") << "subject" << "Hi\rBcc: victim@example.org";
    QTest::newRow("subject NUL") << "subject" << QString("Hi") + QChar(0) + "x";
    QTest::newRow("subject U+2028") << "subject" << QString("Hi") + QChar(0x2028) + "x";
    QTest::newRow("recipient name") << "toName" << "Eve\r\nBcc: victim@example.org";
    QTest::newRow("sender name") << "fromName" << "Eve\nX-Evil: 1";
    QTest::newRow("recipient CRLF") << "to" << "eve@example.org\r\nBcc: victim@example.org";
    QTest::newRow("recipient two") << "to" << "eve@example.org, victim@example.org";
    QTest::newRow("reply-to") << "replyTo" << "eve@example.org>\r\nBcc: x@example.org";
    QTest::newRow("message-id") << "messageId" << "<a@b>\r\nBcc: x@example.org";
}

void TestMail::refusesInjection()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    MimeMail mail = sampleMail();
    if (field == "subject")
        mail.subject = value;
    else if (field == "toName")
        mail.to.name = value;
    else if (field == "fromName")
        mail.from.name = value;
    else if (field == "to")
        mail.to.address = value;
    else if (field == "replyTo")
        mail.replyTo = value;
    else
        mail.messageId = value;
    QVERIFY_THROWS_EXCEPTION(MailRefused, buildMime(mail));
}

void TestMail::addresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "alice@example.org" << true;
    QTest::newRow("plus") << "alice+pubs@mail.example.org" << true;
    QTest::newRow("single label") << "buttcloud@localhost" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("no at") << "alice.example.org" << false;
    QTest::newRow("two ats") << "a@b@example.org" << false;
    QTest::newRow("space") << "alice smith@example.org" << false;
    QTest::newRow("angle") << "<alice@example.org>" << false;
    QTest::newRow("comma") << "a@example.org,b@example.org" << false;
    QTest::newRow("quote") << "\"a\"@example.org" << false;
    QTest::newRow("non-ascii") << "jörg@example.org" << false;
    QTest::newRow("leading dot") << ".a@example.org" << false;
    QTest::newRow("double dot") << "a..b@example.org" << false;
    QTest::newRow("domain hyphen") << "a@-example.org" << false;
    QTest::newRow("CRLF") << "a@example.org\r\n" << false;
    QTest::newRow("too long") << QString(250, 'a') + "@example.org" << false;
}

void TestMail::addresses()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(!MailRules::checkAddress(address).has_value(), valid);
}

void TestMail::templatesFollowLanguage()
{
    const QHash<QString, QString> values{{"name", "<b>Eve</b>"}, {"link", "buttcloud://verify-email?token=x&y"}};
    const RenderedMail german = renderMail("welcome", "de", values);
    QCOMPARE(german.language, QString("de"));
    QVERIFY(german.subject.startsWith("Willkommen"));
    QVERIFY(german.textBody.contains("Hallo <b>Eve</b>"));       // text as it is
    QVERIFY(german.htmlBody.contains("Hallo &lt;b&gt;Eve&lt;/b&gt;")); // HTML escaped
    QVERIFY(german.htmlBody.contains("token=x&amp;y"));
    QCOMPARE(renderMail("welcome", "es", values).language, QString("es"));
    QCOMPARE(renderMail("welcome", "fr", values).language, QString("en"));
    QCOMPARE(renderMail("welcome", "", values).language, QString("en"));
    for (const char *kind : {"welcome", "password_reset", "pub_ready", "pub_down", "pub_oom", "payment_failed", "pub_suspended"}) {
        for (const char *language : {"en", "de", "es"}) {
            const RenderedMail mail = renderMail(QLatin1String(kind), QLatin1String(language), {});
            QVERIFY2(!mail.subject.isEmpty() && !mail.textBody.isEmpty() && !mail.htmlBody.isEmpty(), kind);
        }
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, renderMail("no_such_kind", "en", {}));
}

void TestMail::retryDelayDoublesUpToTheCap()
{
    QCOMPARE(mailRetryDelay(1, 30s, 1h), 30000ms);
    QCOMPARE(mailRetryDelay(2, 30s, 1h), 60000ms);
    QCOMPARE(mailRetryDelay(3, 30s, 1h), 120000ms);
    QCOMPARE(mailRetryDelay(8, 30s, 1h), 3600000ms);
    QCOMPARE(mailRetryDelay(1000, 30s, 1h), 3600000ms); // no overflow
}

void TestMail::outboxDedupesAndMarksSentOnce()
{
    const UserRecord alice = m_backend->addUser("alice@example.org", Role::Customer);
    const Mailer mailer(m_backend->database(), MailSettings{});
    QVERIFY(mailer.queue(alice, "payment_failed", {}, "once:1"));
    QVERIFY(!mailer.queue(alice, "payment_failed", {}, "once:1"));
    QVERIFY(mailer.queue(alice, "payment_failed", {}, QString()));
    QVERIFY(mailer.queue(alice, "payment_failed", {}, QString())); // no key: no deduplication
    QCOMPARE(outbox().size(), 3);

    const MailOutboxRepository repository(m_backend->database());
    std::optional<OutboxMailRecord> due = repository.nextDue(currentEpochMs());
    QVERIFY(due);
    QVERIFY(repository.claim(*due, currentEpochMs() + 60000));
    QVERIFY(!repository.claim(*due, currentEpochMs() + 60000)); // the row changed: a second claim loses
    QVERIFY(repository.markSent(due->id, due->attempts + 1, currentEpochMs()));
    QVERIFY(!repository.markSent(due->id, due->attempts + 1, currentEpochMs())); // exactly once
    QCOMPARE(repository.findById(due->id)->state, QString("sent"));
    QVERIFY(repository.findById(due->id)->textBody.isEmpty()); // no one-time links kept after delivery
    QVERIFY(repository.findById(due->id)->htmlBody.isEmpty());
    QCOMPARE(repository.countInState("queued"), 2);
}

void TestMail::lapsedSendingIsDueAgainWithItsMessageId()
{
    const UserRecord alice = m_backend->addUser("alice@example.org", Role::Customer);
    const Mailer mailer(m_backend->database(), MailSettings{});
    QVERIFY(mailer.queue(alice, "payment_failed", {}, {}));
    const MailOutboxRepository repository(m_backend->database());
    const OutboxMailRecord queued = *repository.nextDue(currentEpochMs());
    const qint64 leaseUntil = currentEpochMs() + 60000;
    QVERIFY(repository.claim(queued, leaseUntil));
    // While the claim holds (a send in flight), it is not due; after it lapses (a crash), it is.
    QVERIFY(!repository.nextDue(leaseUntil - 1));
    const std::optional<OutboxMailRecord> again = repository.nextDue(leaseUntil);
    QVERIFY(again);
    QCOMPARE(again->state, QString("sending"));
    QCOMPARE(again->messageId, queued.messageId);
    QVERIFY(repository.claim(*again, leaseUntil + 60000));
    QCOMPARE(repository.findById(queued.id)->attempts, 2);
    // The first attempt's late answer cannot mark it: only the current attempt may.
    QVERIFY(!repository.markSent(queued.id, 1, currentEpochMs()));
    QVERIFY(repository.markSent(queued.id, 2, currentEpochMs()));
}

void TestMail::requeueOnlyFailedOrQueued()
{
    const UserRecord alice = m_backend->addUser("alice@example.org", Role::Customer);
    QVERIFY(Mailer(m_backend->database(), MailSettings{}).queue(alice, "payment_failed", {}, {}));
    const MailOutboxRepository repository(m_backend->database());
    const OutboxMailRecord mail = *repository.nextDue(currentEpochMs());
    QVERIFY(repository.claim(mail, currentEpochMs() + 1000));
    QVERIFY(!repository.requeue(mail.id, currentEpochMs())); // sending
    repository.markAttemptFailed(mail.id, 1, "SMTP 550: no", true, currentEpochMs());
    QCOMPARE(repository.findById(mail.id)->state, QString("failed"));
    QCOMPARE(repository.findById(mail.id)->lastError, QString("SMTP 550: no"));
    QVERIFY(repository.requeue(mail.id, currentEpochMs()));
    QCOMPARE(repository.findById(mail.id)->state, QString("queued"));
    QCOMPARE(repository.findById(mail.id)->attempts, 0);
}

void TestMail::signupQueuesOneWelcomeInItsTransaction()
{
    const UserRecord user = m_backend->auth().createUser("Jörg", "jorg@example.org", "long enough password", Role::Customer, "de");
    QCOMPARE(user.language, QString("de"));
    QVERIFY(!user.emailVerified);
    const QList<OutboxMailRecord> mails = outbox();
    QCOMPARE(mails.size(), 1);
    QCOMPARE(mails.first().kind, QString("welcome"));
    QCOMPARE(mails.first().recipient, QString("jorg@example.org"));
    QCOMPARE(mails.first().language, QString("de"));
    QCOMPARE(mails.first().state, QString("queued"));
    QVERIFY(mails.first().textBody.contains("buttcloud://verify-email?token=ve_"));

    // A refused sign-up (taken address) stores neither account nor mail.
    QVERIFY_THROWS_EXCEPTION(ApiError, m_backend->auth().createUser("Other", "jorg@example.org", "long enough password", Role::Customer));
    QCOMPARE(outbox().size(), 1);
    // Names that would break a header are refused before anything is stored.
    QCOMPARE(errorFieldOf([&] { m_backend->auth().createUser("Eve\r\nBcc: x@example.org", "eve@example.org", "long enough password", Role::Customer); }),
             QString("name: must not contain line breaks or control characters"));
    QVERIFY(!errorFieldOf([&] { m_backend->auth().createUser("Eve", "eve@example.org\r\nBcc: x@example.org", "long enough password", Role::Customer); }).isEmpty());
    QVERIFY(!errorFieldOf([&] { m_backend->auth().createUser("Eve", "eve@example.org", "long enough password", Role::Customer, "fr"); }).isEmpty());
    QCOMPARE(outbox().size(), 1);
}

void TestMail::verificationTokenIsSingleUse()
{
    const UserRecord user = m_backend->auth().createUser("Ann", "ann@example.org", "long enough password", Role::Customer);
    const QString token = tokenIn(outbox().first().textBody);
    QVERIFY(token.startsWith("ve_"));
    QCOMPARE(errorFieldOf([&] { m_backend->auth().verifyEmail("ve_wrong"); }), QString("token: is not valid: it is unknown, used or expired"));
    m_backend->auth().verifyEmail(token);
    QVERIFY(UserRepository(m_backend->database()).findById(user.id)->emailVerified);
    QVERIFY(!errorFieldOf([&] { m_backend->auth().verifyEmail(token); }).isEmpty());
    // A verification token is no reset token.
    QVERIFY(!errorFieldOf([&] { m_backend->auth().confirmPasswordReset(token, "another long password"); }).isEmpty());
}

void TestMail::expiredTokenIsRefused()
{
    const UserRecord user = m_backend->auth().createUser("Ann", "ann@example.org", "long enough password", Role::Customer);
    const QString token = tokenIn(outbox().first().textBody);
    m_backend->database().exec("UPDATE user_tokens SET expires_at = ? WHERE user_id = ?", {currentEpochMs() - 1, user.id});
    QVERIFY(!errorFieldOf([&] { m_backend->auth().verifyEmail(token); }).isEmpty());
    QVERIFY(!UserRepository(m_backend->database()).findById(user.id)->emailVerified);
}

void TestMail::passwordResetRateLimitedAndRevokesSessions()
{
    const UserRecord user = m_backend->addUser("bob@example.org", Role::Customer);
    const SessionTokens session = m_backend->auth().login("bob@example.org", TestBackend::password());
    m_backend->auth().requestPasswordReset("  BOB@example.org ");
    m_backend->auth().requestPasswordReset("bob@example.org"); // within the window: no second mail
    const QList<OutboxMailRecord> resets = outbox();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(resets.first().kind, QString("password_reset"));
    const QString token = tokenIn(resets.first().textBody);
    QVERIFY(token.startsWith("pr_"));

    QCOMPARE(errorFieldOf([&] { m_backend->auth().confirmPasswordReset(token, "short"); }), QString("password: must be at least 10 characters"));
    m_backend->auth().confirmPasswordReset(token, "a brand new password"); // the failed try did not use it up
    QVERIFY_THROWS_EXCEPTION(ApiError, m_backend->auth().refresh(session.refreshToken));
    QVERIFY_THROWS_EXCEPTION(ApiError, m_backend->auth().login("bob@example.org", TestBackend::password()));
    QCOMPARE(m_backend->auth().login("bob@example.org", "a brand new password").user.id, user.id);
    QVERIFY(UserRepository(m_backend->database()).findById(user.id)->emailVerified);
    QVERIFY(!errorFieldOf([&] { m_backend->auth().confirmPasswordReset(token, "yet another password"); }).isEmpty());
}

void TestMail::resetForUnknownEmailQueuesNothing()
{
    m_backend->auth().requestPasswordReset("nobody@example.org");
    m_backend->auth().requestPasswordReset("nobody@example.org\r\nBcc: x@example.org");
    QVERIFY(outbox().isEmpty());
}

void TestMail::oneActiveTokenPerPurpose()
{
    const UserRecord user = m_backend->addUser("carol@example.org", Role::Customer);
    const UserTokenRepository tokens(m_backend->database());
    const qint64 later = currentEpochMs() + 60000;
    tokens.replace({"tok1", user.id, "password_reset", later}, "hash-one");
    tokens.replace({"tok2", user.id, "verify_email", later}, "hash-two");
    tokens.replace({"tok3", user.id, "password_reset", later}, "hash-three");
    QVERIFY(!tokens.findByHash("hash-one"));  // replaced by the newer reset token
    QVERIFY(tokens.findByHash("hash-two"));   // another purpose stays
    QVERIFY(tokens.consume("tok3", currentEpochMs()));
    QVERIFY(!tokens.consume("tok3", currentEpochMs()));
    QVERIFY(!tokens.consume("tok2", later)); // expired at that moment
}

void TestMail::pubAlertsAreRateLimitedPerWindow()
{
    const UserRecord owner = m_backend->addUser("owner@example.org", Role::Customer);
    m_backend->addUser("admin1@example.org", Role::Admin);
    m_backend->addUser("admin2@example.org", Role::Admin);
    m_backend->addUser("support@example.org", Role::Support);
    const PubRecord pub = m_backend->pubs().create(owner.id, "flappy").pub;
    MailSettings settings;
    settings.alertWindow = 3600s;
    const Mailer mailer(m_backend->database(), settings);
    QCOMPARE(mailer.queuePubAlert(PubAlert::Down, pub, "task failed"), 3); // owner and both admins
    for (int flap = 0; flap < 20; ++flap)
        QCOMPARE(mailer.queuePubAlert(PubAlert::Down, pub, "task failed"), 0);
    QCOMPARE(mailer.queuePubAlert(PubAlert::OutOfMemory, pub, "OOM killed"), 3); // another kind
    QCOMPARE(outbox().size(), 6);
    // A new window opens a new slot.
    MailSettings tiny;
    tiny.alertWindow = 1s;
    const Mailer quick(m_backend->database(), tiny);
    QCOMPARE(quick.queuePubAlert(PubAlert::Down, pub, "again"), 3);
    QTest::qWait(1100);
    QCOMPARE(quick.queuePubAlert(PubAlert::Down, pub, "again"), 3);
}

void TestMail::pubReadyOnceAndDownAlert()
{
    const UserRecord owner = m_backend->addUser("owner@example.org", Role::Customer);
    const Mailer mailer(m_backend->database(), MailSettings{});
    PubMailNotifier notifier(m_backend->database(), mailer);
    const PubRecord pub = m_backend->pubs().create(owner.id, "readypub").pub;
    const auto setStatus = [&](const char *status, const char *message) {
        m_backend->database().exec("UPDATE pubs SET status = ?, status_message = ? WHERE id = ?",
                                   {QLatin1String(status), QLatin1String(message), pub.id});
        notifier.pubChanged(pub.id);
    };
    setStatus("starting", "");
    setStatus("up", "");
    setStatus("up", "");
    QCOMPARE(outbox().size(), 1);
    QCOMPARE(outbox().first().kind, QString("pub_ready"));
    QVERIFY(outbox().first().textBody.contains("invite.create"));
    setStatus("failed", "task: non-zero exit (137): OOM killed");
    QCOMPARE(outbox().size(), 2);
    QCOMPARE(outbox().first().kind, QString("pub_oom"));
    setStatus("up", "");   // up again: no second "ready"
    setStatus("failed", "exit 1");
    QCOMPARE(outbox().size(), 3);
    QCOMPARE(outbox().first().kind, QString("pub_down"));
    setStatus("up", "");
    setStatus("failed", "exit 1"); // flapping: held back in this window
    QCOMPARE(outbox().size(), 3);
}

void TestMail::oldPubsGetNoLateReadyMail()
{
    const UserRecord owner = m_backend->addUser("owner@example.org", Role::Customer);
    const Mailer mailer(m_backend->database(), MailSettings{});
    PubMailNotifier notifier(m_backend->database(), mailer);
    const PubRecord pub = m_backend->pubs().create(owner.id, "oldpub").pub;
    // Created two days ago and already up when this server first sees it (an upgrade, a restart).
    m_backend->database().exec("UPDATE pubs SET status = 'up', created_at = ? WHERE id = ?",
                               {currentEpochMs() - 48 * 3600 * 1000LL, pub.id});
    notifier.pubChanged(pub.id);
    QVERIFY(outbox().isEmpty());
    // First seen failed: nothing to compare with, no alert.
    m_backend->database().exec("UPDATE pubs SET status = 'failed' WHERE id = ?", {pub.id});
    PubMailNotifier fresh(m_backend->database(), mailer);
    fresh.pubChanged(pub.id);
    QVERIFY(outbox().isEmpty());
}

void TestMail::rateLimiterCountsPerKeyAndWindow()
{
    const RateLimiter limiter(m_backend->database(), "test", 2, 1000ms);
    QVERIFY(limiter.allow("a", 5000));
    QVERIFY(limiter.allow("a", 5500));
    QVERIFY(!limiter.allow("a", 5999));
    QVERIFY(limiter.allow("b", 5999)); // per key
    QVERIFY(limiter.allow("a", 6000)); // a new window
    // Counted in the database: another server on it (or this one restarted) sees the same count.
    const RateLimiter otherServer(m_backend->database(), "test", 2, 1000ms);
    QVERIFY(otherServer.allow("a", 6001));
    QVERIFY(!limiter.allow("a", 6002));
    QVERIFY(!otherServer.allow("a", 6003));
    // Another scope counts apart; earlier windows' rows are dropped as events come.
    QVERIFY(RateLimiter(m_backend->database(), "other", 1, 1000ms).allow("a", 6004));
    QSqlQuery rows = m_backend->database().exec("SELECT COUNT(*) FROM login_failures WHERE scope_key LIKE 'test|%'");
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt(), 1);
}

void TestMail::resetRequestsPerSourceAreLimited()
{
    for (int i = 0; i < AuthService::ResetRequestsPerSource + 5; ++i)
        m_backend->addUser(QStringLiteral("user%1@example.org").arg(i), Role::Customer);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("password reset requests from 192.0.2.1 are over the limit"));
    for (int i = 0; i < AuthService::ResetRequestsPerSource + 1; ++i)
        m_backend->auth().requestPasswordReset(QStringLiteral("user%1@example.org").arg(i), "192.0.2.1");
    QCOMPARE(outbox().size(), AuthService::ResetRequestsPerSource);
    m_backend->auth().requestPasswordReset(QStringLiteral("user%1@example.org").arg(AuthService::ResetRequestsPerSource + 1), "192.0.2.2");
    QCOMPARE(outbox().size(), AuthService::ResetRequestsPerSource + 1);

    // The count is in the database: a restarted server (or another one on it) still refuses the address.
    AuthService restarted(m_backend->database(), m_backend->accessTokens(), std::chrono::hours(1));
    restarted.setMailer(&m_backend->core().mailer());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("password reset requests from 192.0.2.1 are over the limit"));
    restarted.requestPasswordReset(QStringLiteral("user%1@example.org").arg(AuthService::ResetRequestsPerSource + 2), "192.0.2.1");
    QCOMPARE(outbox().size(), AuthService::ResetRequestsPerSource + 1);
}

void TestMail::senderRetriesWhenSmtpIsUnreachable()
{
    const UserRecord alice = m_backend->addUser("alice@example.org", Role::Customer);
    QVERIFY(Mailer(m_backend->database(), MailSettings{}).queue(alice, "payment_failed", {}, {}));
    // A port nobody listens on: take a free one and close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    MailSenderSettings settings;
    settings.smtp.url = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(port));
    settings.smtp.user = "user";
    settings.smtp.password = "do-not-log-me";
    settings.retryBase = 60s;
    settings.maxAttempts = 2;
    MailSender sender(m_backend->database(), settings);
    QSignalSpy attempts(&sender, &MailSender::attemptFinished);
    sender.start();
    QVERIFY(attempts.wait(20000));
    QCOMPARE(attempts.first().at(1).toBool(), false);
    OutboxMailRecord mail = outbox().first();
    QCOMPARE(mail.state, QString("queued"));
    QCOMPARE(mail.attempts, 1);
    QVERIFY(!mail.lastError.isEmpty());
    QVERIFY(!mail.lastError.contains("do-not-log-me"));
    QVERIFY(mail.nextAttemptAt > currentEpochMs() + 50000); // backed off

    // The last allowed attempt fails too: the mail is failed until an admin retries it.
    m_backend->database().exec("UPDATE mail_outbox SET next_attempt_at = 0");
    sender.sendDue();
    QVERIFY(attempts.wait(20000));
    QCOMPARE(outbox().first().state, QString("failed"));
    QCOMPARE(outbox().first().attempts, 2);
}

void TestMail::lapsedLastAttemptIsFailedNotResent()
{
    const UserRecord alice = m_backend->addUser("alice@example.org", Role::Customer);
    QVERIFY(Mailer(m_backend->database(), MailSettings{}).queue(alice, "payment_failed", {}, {}));
    // Left in sending by its last allowed attempt (a server that died mid-send, every time).
    m_backend->database().exec("UPDATE mail_outbox SET state = 'sending', attempts = 3, next_attempt_at = 0");
    MailSenderSettings settings;
    settings.smtp.url = QUrl("smtp://127.0.0.1:9"); // never reached
    settings.maxAttempts = 3;
    MailSender sender(m_backend->database(), settings);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("was left in sending after its last attempt"));
    sender.sendDue();
    QCOMPARE(outbox().first().state, QString("failed"));
    QCOMPARE(outbox().first().attempts, 3);
}

void TestMail::disabledSenderKeepsMailsQueued()
{
    const UserRecord alice = m_backend->addUser("alice@example.org", Role::Customer);
    QVERIFY(Mailer(m_backend->database(), MailSettings{}).queue(alice, "payment_failed", {}, {}));
    MailSender sender(m_backend->database(), MailSenderSettings{});
    QVERIFY(!sender.isEnabled());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("mail is disabled.*1 mails stay queued"));
    sender.start();
    sender.sendDue();
    QCOMPARE(outbox().first().state, QString("queued"));
    QCOMPARE(outbox().first().attempts, 0);
}

void TestMail::outboxRoutesAreForAdmins()
{
    const UserRecord admin = m_backend->addUser("admin@example.org", Role::Admin);
    const UserRecord support = m_backend->addUser("support@example.org", Role::Support);
    const UserRecord customer = m_backend->addUser("customer@example.org", Role::Customer);
    QVERIFY(Mailer(m_backend->database(), MailSettings{}).queue(customer, "payment_failed", {{"detail", "card declined"}}, {}));
    const QString id = outbox().first().id;
    TestHttpClient client;
    const auto send = [&](const QByteArray &method, const QString &path, const UserRecord *caller) {
        return client.send(method, m_backend->url(path), {}, caller ? m_backend->accessTokenFor(*caller) : QString());
    };
    QCOMPARE(send("GET", "/api/v1/mail/outbox", nullptr).status, 401);
    QCOMPARE(send("GET", "/api/v1/mail/outbox", &customer).status, 403);
    QCOMPARE(send("GET", "/api/v1/mail/outbox", &support).status, 403);
    QCOMPARE(send("POST", "/api/v1/mail/outbox/" + id + "/retry", &support).status, 403);

    const TestReply list = send("GET", "/api/v1/mail/outbox?state=queued", &admin);
    QCOMPARE(list.status, 200);
    const QJsonObject entry = list.json.value("mails").toArray().first().toObject();
    QCOMPARE(entry.value("id").toString(), id);
    QCOMPARE(entry.value("kind").toString(), QString("payment_failed"));
    QCOMPARE(entry.value("to").toString(), QString("customer@example.org"));
    QCOMPARE(entry.value("state").toString(), QString("queued"));
    QVERIFY(!entry.contains("textBody") && !entry.contains("htmlBody"));
    QVERIFY(entry.value("sentAt").isNull());
    QCOMPARE(send("GET", "/api/v1/mail/outbox?state=sent", &admin).json.value("mails").toArray().size(), 0);
    QCOMPARE(send("GET", "/api/v1/mail/outbox?state=lost", &admin).status, 422);
    QCOMPARE(send("GET", "/api/v1/mail/outbox?limit=0", &admin).status, 422);
    QCOMPARE(send("GET", "/api/v1/mail/outbox?limit=many", &admin).status, 422);

    const MailOutboxRepository repository(m_backend->database());
    QVERIFY(repository.claim(*repository.findById(id), currentEpochMs() + 60000));
    QCOMPARE(send("POST", "/api/v1/mail/outbox/" + id + "/retry", &admin).status, 409); // sending
    repository.markAttemptFailed(id, 1, "SMTP 550: mailbox unavailable", true, currentEpochMs());
    const TestReply retried = send("POST", "/api/v1/mail/outbox/" + id + "/retry", &admin);
    QCOMPARE(retried.status, 202);
    QCOMPARE(retried.json.value("state").toString(), QString("queued"));
    QCOMPARE(retried.json.value("attempts").toInt(), 0);
    QCOMPARE(send("POST", "/api/v1/mail/outbox/nosuchmail00/retry", &admin).status, 404);
}

void TestMail::mailConfiguration_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("defaults") << QStringList{} << "";
    QTest::newRow("smtp") << QStringList{"--mail-smtp-url", "smtp://127.0.0.1:2525"} << "";
    QTest::newRow("smtps") << QStringList{"--mail-smtp-url", "smtps://mail.example.org"} << "";
    QTest::newRow("http") << QStringList{"--mail-smtp-url", "http://mail.example.org"} << "invalid --mail-smtp-url";
    QTest::newRow("password in url") << QStringList{"--mail-smtp-url", "smtp://u:secret@mail.example.org"} << "invalid --mail-smtp-url";
    QTest::newRow("starttls") << QStringList{"--mail-starttls", "required"} << "";
    QTest::newRow("bad starttls") << QStringList{"--mail-starttls", "maybe"} << "invalid --mail-starttls";
    QTest::newRow("from") << QStringList{"--mail-from", "Bütt <noreply@example.org>"} << "";
    QTest::newRow("from injection") << QStringList{"--mail-from", "Eve <eve@example.org>\r\nBcc: x@example.org"} << "invalid --mail-from";
    QTest::newRow("reply-to") << QStringList{"--mail-reply-to", "not an address"} << "invalid --mail-reply-to";
    QTest::newRow("link base") << QStringList{"--mail-link-base", "https://example.org/account/"} << "";
    QTest::newRow("app link base") << QStringList{"--mail-link-base", "buttcloud://"} << "";
    QTest::newRow("link base query") << QStringList{"--mail-link-base", "https://example.org/?a=b"} << "invalid --mail-link-base";
    QTest::newRow("attempts") << QStringList{"--mail-max-attempts", "0"} << "invalid --mail-max-attempts";
    QTest::newRow("retry") << QStringList{"--mail-retry-base", "2h", "--mail-retry-max", "1h"} << "--mail-retry-base must not exceed";
    QTest::newRow("no CA file") << QStringList{"--mail-smtp-ca-file", "/nonexistent/ca.pem"} << "invalid --mail-smtp-ca-file";
    QTest::newRow("no credentials file") << QStringList{"--mail-credentials-file", "/nonexistent/creds"} << "cannot read --mail-credentials-file";
}

void TestMail::mailConfiguration()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QProcessEnvironment environment;
    environment.insert("HOME", "/tmp");
    const auto result = parseInvocation(QStringList{"buttcloudd"} + arguments, environment);
    const ConfigError *refusal = std::get_if<ConfigError>(&result);
    const QString message = refusal ? refusal->message : QString();
    QVERIFY2(error.isEmpty() ? !refusal : message.contains(error), qPrintable(message));
    QVERIFY(!message.contains("secret")); // a password in a URL is never echoed
}

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
