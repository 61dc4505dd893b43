// Security end to end with a real buttcloudd: HTTPS and WSS on one port with a certificate the test
// makes (openssl), the refusals of bad certificate and key files, and a realistic session with debug
// logging whose whole log is searched for every secret it used. No Docker needed.
#include "billing/stripesignature.h"
#include "serverprocess.h"
#include "smtpsink.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QWebSocket>

#include <algorithm>

using namespace buttcloud::test;
using namespace Qt::StringLiterals;

namespace {
const QString Password = u"a long enough password"_s;
const QString NoDocker = u"unix:///nonexistent/docker.sock"_s;


QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool runOpenSsl(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(arguments.join(u' ')), openssl.readAll().constData());
        return false;
    }
    return true;
}

}

class SecurityTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesBadCertificateFiles_data();
    void refusesBadCertificateFiles();
    void httpsAndWssOnOnePort();
    void secretsNeverReachTheLog();

private:
    QString path(const QString &name) const { return m_files.filePath(name); }
    QStringList tlsArguments() const;

    QTemporaryDir m_files;
};

void SecurityTest::initTestCase()
{
    QVERIFY(m_files.isValid());
    // A self-signed certificate for 127.0.0.1 (the name clients check), another key that does not
    // belong to it, and the same key encrypted.
    const QStringList certificate{u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                                  u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                                  u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s};
    QVERIFY(runOpenSsl(certificate + QStringList{u"-keyout"_s, path(u"key.pem"_s), u"-out"_s, path(u"cert.pem"_s)}));
    QVERIFY(runOpenSsl(certificate + QStringList{u"-keyout"_s, path(u"other-key.pem"_s), u"-out"_s, path(u"other-cert.pem"_s)}));
    QVERIFY(runOpenSsl({u"ec"_s, u"-in"_s, path(u"key.pem"_s), u"-aes256"_s, u"-passout"_s, u"pass:secret-pass"_s,
                        u"-out"_s, path(u"encrypted-key.pem"_s)}));
    for (const QString &key : {u"key.pem"_s, u"other-key.pem"_s, u"encrypted-key.pem"_s})
        QVERIFY(QFile::setPermissions(path(key), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(QFile::copy(path(u"key.pem"_s), path(u"shared-key.pem"_s)));
    QVERIFY(QFile::setPermissions(path(u"shared-key.pem"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(writePrivateFile(path(u"garbage.pem"_s), "-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n"));

    // This process trusts the certificate, as a client given it would.
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificates(path(u"cert.pem"_s));
    QSslConfiguration::setDefaultConfiguration(trusting);
}

QStringList SecurityTest::tlsArguments() const
{
    return {u"--tls-cert"_s, path(u"cert.pem"_s), u"--tls-key"_s, path(u"key.pem"_s)};
}

void SecurityTest::refusesBadCertificateFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned");
    const QString cert = path(u"cert.pem"_s);
    const QString key = path(u"key.pem"_s);
    QTest::newRow("cert without key") << QStringList{u"--tls-cert"_s, cert} << u"go together"_s;
    QTest::newRow("key without cert") << QStringList{u"--tls-key"_s, key} << u"go together"_s;
    QTest::newRow("missing cert") << QStringList{u"--tls-cert"_s, path(u"nope.pem"_s), u"--tls-key"_s, key} << u"cannot read --tls-cert"_s;
    QTest::newRow("missing key") << QStringList{u"--tls-cert"_s, cert, u"--tls-key"_s, path(u"nope.pem"_s)} << u"cannot read --tls-key"_s;
    QTest::newRow("key readable by others") << QStringList{u"--tls-cert"_s, cert, u"--tls-key"_s, path(u"shared-key.pem"_s)} << u"chmod 600"_s;
    QTest::newRow("not a certificate") << QStringList{u"--tls-cert"_s, path(u"garbage.pem"_s), u"--tls-key"_s, key} << u"no PEM certificate"_s;
    QTest::newRow("not a key") << QStringList{u"--tls-cert"_s, cert, u"--tls-key"_s, path(u"garbage.pem"_s)} << u"no PEM private key"_s;
    QTest::newRow("encrypted key") << QStringList{u"--tls-cert"_s, cert, u"--tls-key"_s, path(u"encrypted-key.pem"_s)} << u"encrypted"_s;
    QTest::newRow("mismatched key") << QStringList{u"--tls-cert"_s, cert, u"--tls-key"_s, path(u"other-key.pem"_s)} << u"does not belong"_s;
}

void SecurityTest::refusesBadCertificateFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);
    ServerProcess server;
    QByteArray output;
    const int exitCode = server.runCommand(QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--docker-host"_s, NoDocker} + arguments,
                                           {}, &output);
    QCOMPARE(exitCode, 2);
    QVERIFY2(output.contains(mentioned.toUtf8()), output.constData());
    QVERIFY(!output.contains("BEGIN"));
}

void SecurityTest::httpsAndWssOnOnePort()
{
    ServerProcess server;
    QVERIFY2(server.start(QStringList{u"--docker-host"_s, NoDocker} + tlsArguments()), qPrintable(server.lastError()));
    QCOMPARE(server.baseUrl().scheme(), u"https"_s);

    const HttpResult health = server.request("GET", u"/healthz"_s);
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.value(u"database"_s).toString(), u"ok"_s);
    const QString token = server.createUserAndSignIn(u"admin@example.org"_s, u"admin"_s, Password);
    QVERIFY(!token.isEmpty());
    QCOMPARE(server.request("GET", u"/api/v1/me"_s, token).body.value(u"email"_s).toString(), u"admin@example.org"_s);

    // WSS on the same port: authenticate, subscribe to jobs, see the job a new pub queues.
    QWebSocket socket;
    QList<QJsonObject> messages;
    connect(&socket, &QWebSocket::textMessageReceived, this,
            [&messages](const QString &text) { messages.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QUrl streamUrl = server.baseUrl().resolved(QUrl(u"/api/v1/stream"_s));
    streamUrl.setScheme(u"wss"_s);
    socket.open(streamUrl);
    QVERIFY(connected.wait(10000));
    const auto sendMessage = [&socket](const QJsonObject &message) {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    };
    const auto arrived = [&messages](const QString &type) {
        return std::any_of(messages.cbegin(), messages.cend(),
                           [&type](const QJsonObject &message) { return message.value(u"type"_s).toString() == type; });
    };
    sendMessage({{u"type"_s, u"auth"_s}, {u"token"_s, token}});
    QTRY_VERIFY_WITH_TIMEOUT(arrived(u"ready"_s), 10000);
    sendMessage({{u"type"_s, u"subscribe"_s}, {u"topic"_s, u"jobs"_s}});
    QCOMPARE(server.requestJson("POST", u"/api/v1/pubs"_s, token, {{u"name"_s, u"tlspub"_s}}).status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(arrived(u"job"_s), 10000);
    socket.close();

    // Plain HTTP and plain WebSocket to the TLS port get no answer.
    QUrl plain = server.baseUrl().resolved(QUrl(u"/healthz"_s));
    plain.setScheme(u"http"_s);
    QNetworkAccessManager network;
    QNetworkRequest request(plain);
    request.setTransferTimeout(10000);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(15000));
    QVERIFY2(reply->error() != QNetworkReply::NoError, qPrintable(reply->errorString()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);

    QWebSocket plainSocket;
    QSignalSpy plainConnected(&plainSocket, &QWebSocket::connected);
    QSignalSpy plainDisconnected(&plainSocket, &QWebSocket::disconnected);
    streamUrl.setScheme(u"ws"_s);
    plainSocket.open(streamUrl);
    QVERIFY(plainDisconnected.wait(15000));
    QCOMPARE(plainConnected.count(), 0);
    QVERIFY(server.isRunning());
}

void SecurityTest::secretsNeverReachTheLog()
{
    // Everything at debug level, as an operator chasing a problem would run it.
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    const auto restoreLogging = qScopeGuard([] { qunsetenv("QT_LOGGING_RULES"); });

    SmtpSink smtp(SmtpSinkOptions{u"mailer"_s, u"smtp-secret-Hx7q"_s});
    QVERIFY2(smtp.start(), qPrintable(smtp.lastError()));
    const QByteArray stripeKey = "sk_test_secretKey9f3a";
    const QByteArray webhookSecret = "whsec_secretWebhook51c2";
    QVERIFY(writePrivateFile(path(u"smtp-credentials"_s), "mailer\nsmtp-secret-Hx7q\n"));
    QVERIFY(writePrivateFile(path(u"stripe-key"_s), stripeKey + '\n'));
    QVERIFY(writePrivateFile(path(u"stripe-webhook"_s), webhookSecret + '\n'));

    ServerProcess server;
    QVERIFY2(server.start(QStringList{u"--docker-host"_s, NoDocker, u"--mail-smtp-url"_s, smtp.url(),
                                      u"--mail-credentials-file"_s, path(u"smtp-credentials"_s),
                                      u"--mail-retry-base"_s, u"1s"_s, u"--billing"_s, u"stripe"_s,
                                      u"--stripe-api-url"_s, u"http://127.0.0.1:9"_s,
                                      u"--stripe-secret-key-file"_s, path(u"stripe-key"_s),
                                      u"--stripe-webhook-secret-file"_s, path(u"stripe-webhook"_s)}
                                 + tlsArguments()),
             qPrintable(server.lastError()));

    QStringList secrets{u"smtp-secret-Hx7q"_s, QString::fromLatin1(stripeKey), QString::fromLatin1(webhookSecret)};
    const QString adminPassword = u"admin password 0a9d"_s;
    const QString adminToken = server.createUserAndSignIn(u"root@example.org"_s, u"admin"_s, adminPassword);
    QVERIFY(!adminToken.isEmpty());
    secrets << adminPassword << adminToken;

    // Sign up, sign in, refresh, change the password.
    const QString firstPassword = u"first password 77b1"_s;
    QCOMPARE(server.requestJson("POST", u"/api/v1/auth/signup"_s, {},
                                {{u"name"_s, u"Alice"_s}, {u"email"_s, u"alice@example.org"_s}, {u"password"_s, firstPassword}}).status, 201);
    HttpResult reply = server.requestJson("POST", u"/api/v1/auth/login"_s, {},
                                          {{u"email"_s, u"alice@example.org"_s}, {u"password"_s, firstPassword}});
    QCOMPARE(reply.status, 200);
    secrets << firstPassword << reply.body.value(u"accessToken"_s).toString() << reply.body.value(u"refreshToken"_s).toString();
    reply = server.requestJson("POST", u"/api/v1/auth/refresh"_s, {}, {{u"refreshToken"_s, reply.body.value(u"refreshToken"_s)}});
    QCOMPARE(reply.status, 200);
    secrets << reply.body.value(u"accessToken"_s).toString() << reply.body.value(u"refreshToken"_s).toString();
    const QString secondPassword = u"second password c4e8"_s;
    reply = server.requestJson("POST", u"/api/v1/auth/password"_s, reply.body.value(u"accessToken"_s).toString(),
                               {{u"currentPassword"_s, firstPassword}, {u"newPassword"_s, secondPassword}});
    QCOMPARE(reply.status, 200);
    secrets << secondPassword << reply.body.value(u"accessToken"_s).toString() << reply.body.value(u"refreshToken"_s).toString();
    // Failed sign-ins with passwords that must not show up either.
    for (int attempt = 0; attempt < 7; ++attempt) {
        const QString guess = u"wrong guess %1 e2f0"_s.arg(attempt);
        secrets << guess;
        const int status = server.requestJson("POST", u"/api/v1/auth/login"_s, {},
                                              {{u"email"_s, u"alice@example.org"_s}, {u"password"_s, guess}}).status;
        QVERIFY(status == 401 || status == 429);
    }

    // A password reset through the mailed link, and an account an admin creates.
    QCOMPARE(server.requestJson("POST", u"/api/v1/auth/password-reset"_s, {}, {{u"email"_s, u"alice@example.org"_s}}).status, 202);
    QCOMPARE(server.requestJson("POST", u"/api/v1/users"_s, adminToken,
                                {{u"name"_s, u"Carol"_s}, {u"email"_s, u"carol@example.org"_s}, {u"role"_s, u"support"_s}}).status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(smtp.mails().size() >= 4, 60000); // root's and carol's account mails, alice's welcome and reset
    QString resetToken;
    for (const ReceivedMail &mail : smtp.mails()) {
        const QString text = mail.body("text/plain");
        for (const QString &action : {u"verify-email"_s, u"reset-password"_s}) {
            const QString token = tokenFromLink(text, action);
            if (!token.isEmpty())
                secrets << token;
        }
        if (mail.envelopeTo == QStringList{u"alice@example.org"_s} && text.contains(u"reset-password"_s))
            resetToken = tokenFromLink(text, u"reset-password"_s);
    }
    QVERIFY(!resetToken.isEmpty());
    const QString thirdPassword = u"third password 3d5b"_s;
    QCOMPARE(server.requestJson("POST", u"/api/v1/auth/password-reset/confirm"_s, {},
                                {{u"token"_s, resetToken}, {u"password"_s, thirdPassword}}).status, 204);
    secrets << thirdPassword;

    // A signed webhook event, and a forged one.
    const QByteArray event = R"({"id":"evt_sec","type":"customer.created","data":{"object":{"id":"cus_sec"}}})";
    const QByteArray signature = buttcloud::stripeSignatureHeader(event, webhookSecret, QDateTime::currentSecsSinceEpoch());
    reply = server.request("POST", u"/api/v1/billing/stripe/webhook"_s, {}, event, {{"Stripe-Signature", signature}});
    QVERIFY2(reply.status < 500, reply.raw.constData());
    secrets << QString::fromLatin1(signature.mid(signature.indexOf("v1=") + 3));
    server.request("POST", u"/api/v1/billing/stripe/webhook"_s, {}, event, {{"Stripe-Signature", "t=1,v1=00ff"}});

    server.stop();
    const QString log = server.output();
    QVERIFY2(log.contains(u"\nqt."_s), "debug logging was not on"); // Qt's debug categories name themselves
    QVERIFY(log.contains(u"POST /api/v1/auth/login 200"_s));

    // The server key and the TLS private key, in every form they might be printed in.
    const QByteArray serverKey = readFile(server.dataDir() + u"/server.key"_s);
    QCOMPARE(serverKey.size(), 32);
    secrets << QString::fromLatin1(serverKey.toHex()) << QString::fromLatin1(serverKey.toBase64())
            << QString::fromLatin1(serverKey.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    for (const QByteArray &line : readFile(path(u"key.pem"_s)).split('\n')) {
        if (!line.startsWith("-----") && line.size() > 16)
            secrets << QString::fromLatin1(line);
    }
    // The log line that gave a secret away, with the secret masked (the report must not leak it either).
    const auto lineWith = [&log](const QString &secret) {
        const qsizetype at = log.indexOf(secret);
        const qsizetype start = log.lastIndexOf(u'\n', at) + 1;
        const qsizetype end = log.indexOf(u'\n', at);
        return log.mid(start, end < 0 ? -1 : end - start).replace(secret, u"<secret>"_s).left(300);
    };
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!log.contains(secret), qPrintable(u"a secret is in the log: "_s + lineWith(secret)));
        // The JWT's signature alone would be as bad.
        const QString tail = secret.section(u'.', -1);
        if (tail.size() >= 16)
            QVERIFY2(!log.contains(tail), qPrintable(u"part of a secret is in the log: "_s + lineWith(tail)));
    }
}

QTEST_GUILESS_MAIN(SecurityTest)
#include "tst_security.moc"
