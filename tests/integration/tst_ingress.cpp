// The hub ingress end to end: a real buttcloudd with --ingress on, real pubs (ssb-server with
// ssb-viewer and git-ssb-web; one made before the ingress was switched on), the real nginx image,
// requests by Host header on 127.0.0.1.
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace buttcloud::test;

namespace {
const QString AdminPassword = QStringLiteral("correct horse battery staple");
const QString Domain = QStringLiteral("pubs.test.example");
constexpr int UpTimeoutMs = 240000;
constexpr int ServedTimeoutMs = 90000;

struct Page
{
    int status = 0;
    QByteArray body;
};

// curl with the Host header a browser would send for that pub, always to 127.0.0.1. HTTPS resolves
// the host name to 127.0.0.1 so that SNI carries it; the test certificate is self-signed (-k).
Page fetch(quint16 port, const QString &host, const QString &path, const QByteArray &method = "GET", bool https = false)
{
    QStringList arguments{QStringLiteral("-s"), QStringLiteral("-X"), QString::fromLatin1(method),
                          QStringLiteral("-w"), QStringLiteral("\n%{http_code}"), QStringLiteral("--max-time"), QStringLiteral("20")};
    if (https) {
        arguments << QStringLiteral("-k") << QStringLiteral("--resolve") << QStringLiteral("%1:%2:127.0.0.1").arg(host).arg(port)
                  << QStringLiteral("https://%1:%2%3").arg(host).arg(port).arg(path);
    } else {
        arguments << QStringLiteral("-H") << QStringLiteral("Host: ") + host << QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path);
    }
    QProcess curl;
    curl.start(QStringLiteral("curl"), arguments);
    if (!curl.waitForFinished(30000))
        return {};
    const QByteArray output = curl.readAllStandardOutput();
    const qsizetype newline = output.lastIndexOf('\n');
    return {output.mid(newline + 1).toInt(), output.left(newline)};
}

// Polls until the page answers with status and contains needle (the ingress and the pubs come up
// on their own time).
Page fetchUntil(quint16 port, const QString &host, const QString &path, int status, const QByteArray &needle = {})
{
    QDeadlineTimer deadline(ServedTimeoutMs);
    Page page;
    while (!deadline.hasExpired()) {
        page = fetch(port, host, path);
        if (page.status == status && page.body.contains(needle))
            return page;
        QTest::qWait(1000);
    }
    return page;
}
}

class IngressTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pubsHaveHostNamesAndLinks();
    void pubMadeBeforeTheIngressIsServed();
    void publishedMessageIsServedByTheViewer();
    void landingPagesShowEachPubsOwnFeed();
    void gitWebAnswers();
    void unknownHostGets404();
    void onlyReadingReachesThePubs();
    void servesHttpsWithTheOperatorsCertificate();
    void deletedPubIsNoLongerRouted();  // deletes pub B: keep it last

private:
    QString createPub(const QString &name);
    QJsonObject waitUp(const QString &id);
    QString container(const QString &pubId) const;
    QString whoami(const QString &pubId) const;
    // The pub's running container when it is on the ingress's network, else empty.
    QString joinedContainer(const QString &pubId) const;

    ServerProcess m_server;
    QString m_token;
    quint16 m_ingressPort = 0;
    quint16 m_httpsPort = 0;
    QTemporaryDir m_tlsDir;
    QJsonObject m_pubA;
    QJsonObject m_pubB;
};

void IngressTest::initTestCase()
{
    if (!DockerCli::available())
        QFAIL("the Docker engine does not answer: run scripts/lib/docker-up.sh (scripts/test does)");
    // The last ports of this server's reserved range: its two pubs take the first ones.
    m_ingressPort = quint16(m_server.pubPortBase() + 19);
    m_httpsPort = quint16(m_server.pubPortBase() + 18);
    // The operator's certificate: self-signed for both wildcards.
    QVERIFY(m_tlsDir.isValid());
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                              QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                                              QStringLiteral("-keyout"), m_tlsDir.filePath(QStringLiteral("key.pem")),
                                              QStringLiteral("-out"), m_tlsDir.filePath(QStringLiteral("cert.pem")),
                                              QStringLiteral("-subj"), QStringLiteral("/CN=*.") + Domain,
                                              QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:*.%1,DNS:*.git.%1").arg(Domain)});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    // Pub A is made while the ingress is off: it joins the ingress's network only when the server
    // comes back with the ingress on (spec drift, mended by the reconciler).
    const QStringList domain{QStringLiteral("--pub-domain"), Domain};
    QVERIFY2(m_server.start(domain), qPrintable(m_server.lastError()));
    m_token = m_server.createUserAndSignIn(QStringLiteral("admin@example.org"), QStringLiteral("admin"), AdminPassword);
    QVERIFY2(!m_token.isEmpty(), qPrintable(m_server.output()));
    const QString suffix = m_server.runLabel().right(8).toLower();
    const QString idA = createPub(QStringLiteral("web-a-") + suffix);
    QVERIFY(!idA.isEmpty());
    QVERIFY(!waitUp(idA).isEmpty());
    QVERIFY(joinedContainer(idA).isEmpty());
    m_server.stop();

    QVERIFY2(m_server.start(domain + QStringList{QStringLiteral("--ingress"), QStringLiteral("on"),
                                                 QStringLiteral("--ingress-port"), QString::number(m_ingressPort),
                                                 QStringLiteral("--ingress-tls-port"), QString::number(m_httpsPort),
                                                 QStringLiteral("--ingress-tls-cert"), m_tlsDir.filePath(QStringLiteral("cert.pem")),
                                                 QStringLiteral("--ingress-tls-key"), m_tlsDir.filePath(QStringLiteral("key.pem"))}),
             qPrintable(m_server.lastError()));
    const QString idB = createPub(QStringLiteral("web-b-") + suffix);
    QVERIFY(!idB.isEmpty());
    QVERIFY2(QTest::qWaitFor([&] { return !joinedContainer(idA).isEmpty(); }, UpTimeoutMs), qPrintable(m_server.output().right(4000)));
    m_pubA = waitUp(idA);
    QVERIFY(!m_pubA.isEmpty());
    m_pubB = waitUp(idB);
    QVERIFY(!m_pubB.isEmpty());
}

void IngressTest::cleanupTestCase()
{
    m_server.stop();
    DockerCli::removeEverythingLabelled(m_server.runLabel());
}

QString IngressTest::createPub(const QString &name)
{
    const HttpResult created = m_server.requestJson("POST", QStringLiteral("/api/v1/pubs"), m_token, QJsonObject{{QStringLiteral("name"), name}});
    if (created.status != 201)
        qWarning("creating %s: %s", qPrintable(name), created.raw.constData());
    return created.status == 201 ? created.body.value(QStringLiteral("id")).toString() : QString();
}

QJsonObject IngressTest::waitUp(const QString &id)
{
    QDeadlineTimer deadline(UpTimeoutMs);
    HttpResult result;
    while (!deadline.hasExpired()) {
        result = m_server.request("GET", QStringLiteral("/api/v1/pubs/") + id, m_token);
        if (result.body.value(QStringLiteral("status")).toString() == QLatin1String("up"))
            return result.body;
        QTest::qWait(1000);
    }
    qWarning("pub %s is not up: %s", qPrintable(id), result.raw.constData());
    const HttpResult jobs = m_server.request("GET", QStringLiteral("/api/v1/jobs?pubId=") + id, m_token);
    qWarning("its jobs: %s", jobs.raw.left(3000).constData());
    return {};
}

QString IngressTest::container(const QString &pubId) const
{
    return QString::fromUtf8(DockerCli::run({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                             QStringLiteral("label=buttcloud.pub.id=") + pubId})).trimmed().section(QLatin1Char('\n'), 0, 0);
}

QString IngressTest::joinedContainer(const QString &pubId) const
{
    // The ingress's network carries the server's labels, this test's among them.
    const QString network = QString::fromUtf8(DockerCli::run({QStringLiteral("network"), QStringLiteral("ls"), QStringLiteral("-q"),
                                                              QStringLiteral("--filter"), QStringLiteral("label=buttcloud.test=") + m_server.runLabel(),
                                                              QStringLiteral("--filter"), QStringLiteral("driver=overlay")})).trimmed();
    if (network.isEmpty() || network.contains(QLatin1Char('\n')))
        return {};
    return QString::fromUtf8(DockerCli::run({QStringLiteral("ps"), QStringLiteral("-q"), QStringLiteral("--filter"),
                                             QStringLiteral("label=buttcloud.pub.id=") + pubId, QStringLiteral("--filter"),
                                             QStringLiteral("network=") + network})).trimmed();
}

QString IngressTest::whoami(const QString &pubId) const
{
    const QByteArray output = DockerCli::run({QStringLiteral("exec"), container(pubId), QStringLiteral("ssb-server"), QStringLiteral("whoami")});
    return QJsonDocument::fromJson(output).object().value(QStringLiteral("id")).toString();
}

void IngressTest::pubsHaveHostNamesAndLinks()
{
    const QString name = m_pubA.value(QStringLiteral("name")).toString();
    const QString host = name + QLatin1Char('.') + Domain;
    QCOMPARE(m_pubA.value(QStringLiteral("hostName")).toString(), host);
    // Invites carry the pub's own host name.
    QCOMPARE(m_pubA.value(QStringLiteral("host")).toString(), host);
    // With a certificate the links are HTTPS, on the TLS port.
    QCOMPARE(m_pubA.value(QStringLiteral("landingUrl")).toString(), QStringLiteral("https://%1:%2/").arg(host).arg(m_httpsPort));
    QCOMPARE(m_pubA.value(QStringLiteral("viewerUrl")).toString(), QStringLiteral("https://%1:%2/feed").arg(host).arg(m_httpsPort));
    QCOMPARE(m_pubA.value(QStringLiteral("gitUrl")).toString(),
             QStringLiteral("https://%1.git.%2:%3/").arg(name, Domain).arg(m_httpsPort));
    // No web port of the pub is published on the host: only the net port.
    const QByteArray ports = DockerCli::run({QStringLiteral("port"), container(m_pubA.value(QStringLiteral("id")).toString())});
    QVERIFY2(!ports.contains("8807") && !ports.contains("7718"), ports.constData());
}

void IngressTest::pubMadeBeforeTheIngressIsServed()
{
    // Pub A was created with the ingress off; turning it on brought A onto its network, so its
    // landing page answers without anything done to A itself.
    const QString feedA = whoami(m_pubA.value(QStringLiteral("id")).toString());
    QVERIFY(feedA.startsWith(QLatin1Char('@')));
    const Page landing = fetchUntil(m_ingressPort, m_pubA.value(QStringLiteral("hostName")).toString(), QStringLiteral("/"), 200, feedA.toUtf8());
    QVERIFY2(landing.body.contains(feedA.toUtf8()), qPrintable(QString::fromUtf8(landing.body.left(2000)) + m_server.output().right(3000)));
    // The reconciler did it, as spec drift, by a pub.update job.
    const HttpResult jobs = m_server.request("GET", QStringLiteral("/api/v1/jobs?pubId=") + m_pubA.value(QStringLiteral("id")).toString(), m_token);
    QVERIFY2(jobs.raw.contains("pub.update") && jobs.raw.contains("spec drift"), jobs.raw.left(3000).constData());
}

void IngressTest::publishedMessageIsServedByTheViewer()
{
    const QString text = QStringLiteral("hello through the ingress %1").arg(m_server.runLabel());
    int exitCode = -1;
    const QByteArray published = DockerCli::run({QStringLiteral("exec"), container(m_pubA.value(QStringLiteral("id")).toString()),
                                                 QStringLiteral("ssb-server"), QStringLiteral("publish"), QStringLiteral("--type"),
                                                 QStringLiteral("post"), QStringLiteral("--text"), text}, &exitCode);
    QCOMPARE(exitCode, 0);
    const QString key = QJsonDocument::fromJson(published).object().value(QStringLiteral("key")).toString();
    QVERIFY2(key.startsWith(QLatin1Char('%')), published.constData());
    const QString path = QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(key));
    const Page page = fetchUntil(m_ingressPort, m_pubA.value(QStringLiteral("hostName")).toString(), path, 200, text.toUtf8());
    QVERIFY2(page.body.contains(text.toUtf8()), page.body.left(2000).constData());
    // Pub B has no such message: the Host header picks the pub.
    const Page other = fetch(m_ingressPort, m_pubB.value(QStringLiteral("hostName")).toString(), path);
    QVERIFY(!other.body.contains(text.toUtf8()));
}

void IngressTest::landingPagesShowEachPubsOwnFeed()
{
    const QString feedA = whoami(m_pubA.value(QStringLiteral("id")).toString());
    const QString feedB = whoami(m_pubB.value(QStringLiteral("id")).toString());
    QVERIFY(feedA.startsWith(QLatin1Char('@')));
    QVERIFY(feedB.startsWith(QLatin1Char('@')));
    QVERIFY(feedA != feedB);
    const Page landingA = fetchUntil(m_ingressPort, m_pubA.value(QStringLiteral("hostName")).toString(), QStringLiteral("/"), 200, feedA.toUtf8());
    QVERIFY2(landingA.body.contains(feedA.toUtf8()), landingA.body.left(2000).constData());
    QVERIFY(landingA.body.contains(m_pubA.value(QStringLiteral("name")).toString().toUtf8()));
    QVERIFY(!landingA.body.contains(feedB.toUtf8()));
    const Page landingB = fetchUntil(m_ingressPort, m_pubB.value(QStringLiteral("hostName")).toString(), QStringLiteral("/"), 200, feedB.toUtf8());
    QVERIFY2(landingB.body.contains(feedB.toUtf8()), landingB.body.left(2000).constData());
    QVERIFY(!landingB.body.contains(feedA.toUtf8()));
    // /feed leads to the pub's own feed in its viewer.
    const Page feed = fetch(m_ingressPort, m_pubA.value(QStringLiteral("hostName")).toString(), QStringLiteral("/feed"));
    QCOMPARE(feed.status, 302);
}

void IngressTest::gitWebAnswers()
{
    const QString gitHost = QUrl(m_pubA.value(QStringLiteral("gitUrl")).toString()).host();
    const Page page = fetchUntil(m_ingressPort, gitHost, QStringLiteral("/"), 200, "git-ssb");
    QCOMPARE(page.status, 200);
}

void IngressTest::unknownHostGets404()
{
    QCOMPARE(fetch(m_ingressPort, QStringLiteral("nobody.") + Domain, QStringLiteral("/")).status, 404);
    QCOMPARE(fetch(m_ingressPort, QStringLiteral("example.org"), QStringLiteral("/")).status, 404);
}

void IngressTest::onlyReadingReachesThePubs()
{
    const QString host = m_pubA.value(QStringLiteral("hostName")).toString();
    QCOMPARE(fetch(m_ingressPort, host, QStringLiteral("/anything"), "POST").status, 403);
    const QString gitHost = QUrl(m_pubA.value(QStringLiteral("gitUrl")).toString()).host();
    QCOMPARE(fetch(m_ingressPort, gitHost, QStringLiteral("/"), "POST").status, 403);
}

void IngressTest::servesHttpsWithTheOperatorsCertificate()
{
    const QString feedA = whoami(m_pubA.value(QStringLiteral("id")).toString());
    const QString host = m_pubA.value(QStringLiteral("hostName")).toString();
    Page page;
    QDeadlineTimer deadline(ServedTimeoutMs);
    while (!deadline.hasExpired()) {
        page = fetch(m_httpsPort, host, QStringLiteral("/"), "GET", true);
        if (page.status == 200 && page.body.contains(feedA.toUtf8()))
            break;
        QTest::qWait(1000);
    }
    QCOMPARE(page.status, 200);
    QVERIFY2(page.body.contains(feedA.toUtf8()), page.body.left(2000).constData());
    const QString gitHost = QUrl(m_pubA.value(QStringLiteral("gitUrl")).toString()).host();
    QCOMPARE(fetch(m_httpsPort, gitHost, QStringLiteral("/"), "GET", true).status, 200);
}

void IngressTest::deletedPubIsNoLongerRouted()
{
    const QString id = m_pubB.value(QStringLiteral("id")).toString();
    const HttpResult deleted = m_server.request("DELETE", QStringLiteral("/api/v1/pubs/") + id, m_token);
    QVERIFY2(deleted.status == 202 || deleted.status == 204, deleted.raw.constData());
    const Page page = fetchUntil(m_ingressPort, m_pubB.value(QStringLiteral("hostName")).toString(), QStringLiteral("/"), 404);
    QCOMPARE(page.status, 404);
    // Pub A is still served.
    QCOMPARE(fetch(m_ingressPort, m_pubA.value(QStringLiteral("hostName")).toString(), QStringLiteral("/")).status, 200);
}

QTEST_GUILESS_MAIN(IngressTest)
#include "tst_ingress.moc"
