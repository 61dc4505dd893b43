#include "ingress/ingresssites.h"
#include "ingress/tararchive.h"
#include "pubs/pubweb.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;

// The hub ingress's generated nginx sites and landing pages, the tar archive they are uploaded in,
// and the pubs' web fields.
class TestIngressSites final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesEachPubByItsHostNames();
    void unknownHostsGet404();
    void feedRedirectWaitsForTheFeedId();
    void pubsWithUnsafeFieldsAreLeftOut_data();
    void pubsWithUnsafeFieldsAreLeftOut();
    void invalidDomainServesNoPub();
    void tlsAddsListenersAndPrivateKeyFile();
    void outputIsOrderedAndDeterministic();
    void landingPageEscapesEverything();
    void landingPageShowsFeedAndAddress();
    void tarArchiveUnpacksWithTar();
    void tarArchiveRefusesUnsafePaths_data();
    void tarArchiveRefusesUnsafePaths();
    void pubDomains_data();
    void pubDomains();
    void webFieldsFollowDomainAndIngress();
};

namespace {

const QString Domain = QStringLiteral("pubs.example.org");
const QString SiteDir = QStringLiteral("/etc/nginx/buttcloud/live");
const QString Feed = QStringLiteral("@bqbQ2NAxc6CDTcH2kbwescVY47re/E+KjarxGFnXHZA=.ed25519");

IngressPub pub(const QString &id, const QString &name, const QString &feedId = Feed)
{
    return IngressPub{id, name, feedId, QStringLiteral("%1.%2").arg(name, Domain), 20001};
}

IngressSiteSettings settings()
{
    IngressSiteSettings settings;
    settings.domain = Domain;
    return settings;
}

QString sitesConf(const IngressSites &sites)
{
    for (const IngressFile &file : sites.files) {
        if (file.path == QLatin1String("sites.conf"))
            return QString::fromUtf8(file.content);
    }
    return {};
}

const IngressFile *fileAt(const IngressSites &sites, const QString &path)
{
    for (const IngressFile &file : sites.files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

}

void TestIngressSites::routesEachPubByItsHostNames()
{
    const IngressSites sites = buildIngressSites({pub(QStringLiteral("p1"), QStringLiteral("alice")),
                                                  pub(QStringLiteral("p2"), QStringLiteral("bob"))},
                                                 settings(), SiteDir);
    const QString conf = sitesConf(sites);
    QVERIFY(sites.skipped.isEmpty());
    QVERIFY(conf.contains(QStringLiteral("server_name alice.pubs.example.org;")));
    QVERIFY(conf.contains(QStringLiteral("server_name alice.git.pubs.example.org;")));
    QVERIFY(conf.contains(QStringLiteral("server_name bob.pubs.example.org;")));
    QVERIFY(conf.contains(QStringLiteral("set $pub_upstream tasks.buttcloud-pub-p1;\n        proxy_pass http://$pub_upstream:8807;")));
    QVERIFY(conf.contains(QStringLiteral("set $pub_upstream tasks.buttcloud-pub-p1;\n        proxy_pass http://$pub_upstream:7718;")));
    QVERIFY(conf.contains(QStringLiteral("set $pub_upstream tasks.buttcloud-pub-p2;\n        proxy_pass http://$pub_upstream:8807;")));
    QVERIFY(conf.contains(QStringLiteral("root /etc/nginx/buttcloud/live/landing/p1;")));
    QVERIFY(conf.contains(QStringLiteral("limit_except GET HEAD { deny all; }")));
    QVERIFY(fileAt(sites, QStringLiteral("landing/p1/index.html")));
    QVERIFY(fileAt(sites, QStringLiteral("landing/p2/index.html")));
    QVERIFY(!conf.contains(QStringLiteral("ssl")));
    QCOMPARE(conf.count(QLatin1Char('{')), conf.count(QLatin1Char('}')));
}

void TestIngressSites::unknownHostsGet404()
{
    const QString conf = sitesConf(buildIngressSites({}, settings(), SiteDir));
    QVERIFY(conf.contains(QStringLiteral("listen 8080 default_server;\n    server_name _;\n    return 404;")));
}

void TestIngressSites::feedRedirectWaitsForTheFeedId()
{
    const QString known = sitesConf(buildIngressSites({pub(QStringLiteral("p1"), QStringLiteral("alice"))}, settings(), SiteDir));
    QVERIFY(known.contains(QStringLiteral("return 302 /%40bqbQ2NAxc6CDTcH2kbwescVY47re%2FE%2BKjarxGFnXHZA%3D.ed25519;")));
    const QString unknown = sitesConf(buildIngressSites({pub(QStringLiteral("p1"), QStringLiteral("alice"), QString())}, settings(), SiteDir));
    QVERIFY(unknown.contains(QStringLiteral("location = /feed {\n        return 302 /;")));
}

void TestIngressSites::pubsWithUnsafeFieldsAreLeftOut_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("feedId");
    QTest::newRow("name with nginx syntax") << "p1" << "a; } server { listen 80" << Feed;
    QTest::newRow("name with a dot") << "p1" << "a.b" << Feed;
    QTest::newRow("uppercase name") << "p1" << "Alice" << Feed;
    QTest::newRow("id with a space") << "p 1" << "alice" << Feed;
    QTest::newRow("id with a brace") << "p}" << "alice" << Feed;
    QTest::newRow("feed id with a quote") << "p1" << "alice" << "@\"bqbQ2NAxc6CDTcH2kbwescVY47re/E+KjarxGFnXHZA.ed25519";
    QTest::newRow("feed id with a dollar") << "p1" << "alice" << "@$bqbQ2NAxc6CDTcH2kbwescVY47re/E+KjarxGFnXHZA.ed25519";
    QTest::newRow("feed id of another curve") << "p1" << "alice" << "@bqbQ2NAxc6CDTcH2kbwescVY47re/E+KjarxGFnXHZA=.k256";
}

void TestIngressSites::pubsWithUnsafeFieldsAreLeftOut()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, feedId);
    const IngressSites sites = buildIngressSites({pub(id, name, feedId), pub(QStringLiteral("ok"), QStringLiteral("fine"))},
                                                 settings(), SiteDir);
    QCOMPARE(sites.skipped.size(), 1);
    const QString conf = sitesConf(sites);
    QVERIFY(conf.contains(QStringLiteral("server_name fine.pubs.example.org;")));
    QCOMPARE(conf.count(QStringLiteral("server_name")), 3);  // the default server and fine's two
    QVERIFY(!conf.contains(name) || name == QLatin1String("alice") || name == QLatin1String("Alice"));
    QVERIFY(!conf.contains(QStringLiteral("listen 80;")));
}

void TestIngressSites::invalidDomainServesNoPub()
{
    IngressSiteSettings bad = settings();
    bad.domain = QStringLiteral("example.org; include /etc/passwd");
    const IngressSites sites = buildIngressSites({pub(QStringLiteral("p1"), QStringLiteral("alice"))}, bad, SiteDir);
    QVERIFY(!sitesConf(sites).contains(QStringLiteral("passwd")));
    QCOMPARE(sites.skipped.size(), 1);
}

void TestIngressSites::tlsAddsListenersAndPrivateKeyFile()
{
    IngressSiteSettings tls = settings();
    tls.tls = true;
    tls.tlsCert = "CERT";
    tls.tlsKey = "KEY";
    const IngressSites sites = buildIngressSites({pub(QStringLiteral("p1"), QStringLiteral("alice"))}, tls, SiteDir);
    const QString conf = sitesConf(sites);
    QVERIFY(conf.contains(QStringLiteral("ssl_certificate /etc/nginx/buttcloud/live/tls/cert.pem;")));
    QVERIFY(conf.contains(QStringLiteral("ssl_certificate_key /etc/nginx/buttcloud/live/tls/key.pem;")));
    QVERIFY(conf.contains(QStringLiteral("listen 8443 ssl default_server;")));
    QCOMPARE(conf.count(QStringLiteral("listen 8443 ssl;")), 2);
    const IngressFile *key = fileAt(sites, QStringLiteral("tls/key.pem"));
    QVERIFY(key);
    QCOMPARE(key->content, QByteArray("KEY"));
    QCOMPARE(key->mode, 0400);
    QVERIFY(!conf.contains(QStringLiteral("KEY")));
}

void TestIngressSites::outputIsOrderedAndDeterministic()
{
    const IngressPub a = pub(QStringLiteral("p2"), QStringLiteral("alice"));
    const IngressPub b = pub(QStringLiteral("p1"), QStringLiteral("bob"));
    const QString first = sitesConf(buildIngressSites({a, b}, settings(), SiteDir));
    QCOMPARE(sitesConf(buildIngressSites({b, a}, settings(), SiteDir)), first);
    QVERIFY(first.indexOf(QStringLiteral("alice.pubs")) < first.indexOf(QStringLiteral("bob.pubs")));
}

void TestIngressSites::landingPageEscapesEverything()
{
    IngressPub hostile = pub(QStringLiteral("p1"), QStringLiteral("alice"));
    hostile.inviteHost = QStringLiteral("<script>alert(1)</script>");
    const QString page = QString::fromUtf8(pubLandingPage(hostile, Domain));
    QVERIFY(!page.contains(QStringLiteral("<script>")));
    QVERIFY(page.contains(QStringLiteral("&lt;script&gt;")));
}

void TestIngressSites::landingPageShowsFeedAndAddress()
{
    const QString page = QString::fromUtf8(pubLandingPage(pub(QStringLiteral("p1"), QStringLiteral("alice")), Domain));
    QVERIFY(page.contains(QStringLiteral("<h1>alice</h1>")));
    QVERIFY(page.contains(Feed));
    QVERIFY(page.contains(QStringLiteral("alice.pubs.example.org:20001")));
    QVERIFY(page.contains(QStringLiteral("net:alice.pubs.example.org:20001~shs:bqbQ2NAxc6CDTcH2kbwescVY47re/E+KjarxGFnXHZA=")));
    QVERIFY(page.contains(QStringLiteral("//alice.git.pubs.example.org/")));
    const QString starting = QString::fromUtf8(pubLandingPage(pub(QStringLiteral("p1"), QStringLiteral("alice"), QString()), Domain));
    QVERIFY(starting.contains(QStringLiteral("not known yet")));
    QVERIFY(!starting.contains(QStringLiteral("~shs:")));
}

void TestIngressSites::tarArchiveUnpacksWithTar()
{
    const QByteArray longContent(1500, 'x');
    const QString deepPath = QStringLiteral("landing/") + QString(120, u'd') + QStringLiteral("/index.html");
    const QByteArray archive = tarArchive({{QStringLiteral("sites.conf"), "server {}\n", 0644},
                                           {QStringLiteral("tls/key.pem"), "KEY", 0400},
                                           {deepPath, longContent, 0644}},
                                          101, 101, 1'800'000'000);
    QVERIFY(!archive.isEmpty());
    QCOMPARE(archive.size() % 512, 0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess tar;
    tar.setWorkingDirectory(dir.path());
    tar.start(QStringLiteral("tar"), {QStringLiteral("-xf"), QStringLiteral("-"), QStringLiteral("--no-same-owner")});
    QVERIFY(tar.waitForStarted());
    tar.write(archive);
    tar.closeWriteChannel();
    QVERIFY(tar.waitForFinished());
    QCOMPARE(tar.exitCode(), 0);
    QFile conf(dir.filePath(QStringLiteral("sites.conf")));
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QCOMPARE(conf.readAll(), QByteArray("server {}\n"));
    QFile key(dir.filePath(QStringLiteral("tls/key.pem")));
    QCOMPARE(key.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOwner), QFile::Permissions());
    QFile deep(dir.filePath(deepPath));
    QVERIFY(deep.open(QIODevice::ReadOnly));
    QCOMPARE(deep.readAll(), longContent);
}

void TestIngressSites::tarArchiveRefusesUnsafePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("empty") << "";
    QTest::newRow("absolute") << "/etc/passwd";
    QTest::newRow("parent") << "../x";
    QTest::newRow("inner parent") << "a/../../x";
    QTest::newRow("dot") << "./x";
    QTest::newRow("double slash") << "a//b";
    QTest::newRow("too long to split") << QString(200, u'n');
}

void TestIngressSites::tarArchiveRefusesUnsafePaths()
{
    QFETCH(QString, path);
    QVERIFY(tarArchive({{path, "x", 0644}}, 101, 101, 0).isEmpty());
}

void TestIngressSites::pubDomains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("valid");
    QTest::newRow("usual") << "pubs.example.org" << true;
    QTest::newRow("two labels") << "example.org" << true;
    QTest::newRow("one label") << "localhost" << false;
    QTest::newRow("uppercase") << "Pubs.example.org" << false;
    QTest::newRow("trailing dot") << "pubs.example.org." << false;
    QTest::newRow("space") << "pubs.example .org" << false;
    QTest::newRow("semicolon") << "pubs.example.org;" << false;
    // 216 characters leave room for "<32-character name>.git." within 253; 217 do not.
    QTest::newRow("longest") << (QString(60, u'a') + QStringLiteral(".") + QString(60, u'b') + QStringLiteral(".")
                                 + QString(60, u'c') + QStringLiteral(".") + QString(33, u'd')) << true;
    QTest::newRow("too long") << (QString(60, u'a') + QStringLiteral(".") + QString(60, u'b') + QStringLiteral(".")
                                  + QString(60, u'c') + QStringLiteral(".") + QString(34, u'd')) << false;
}

void TestIngressSites::pubDomains()
{
    QFETCH(QString, domain);
    QFETCH(bool, valid);
    QCOMPARE(!pubDomainProblem(domain).has_value(), valid);
}

void TestIngressSites::webFieldsFollowDomainAndIngress()
{
    PubWebSettings web;
    QJsonObject fields = pubWebFields(QStringLiteral("alice"), web);
    for (const char *key : {"hostName", "landingUrl", "viewerUrl", "gitUrl"})
        QVERIFY2(fields.value(QLatin1String(key)).isNull(), key);

    web.domain = Domain;
    fields = pubWebFields(QStringLiteral("alice"), web);
    QCOMPARE(fields.value(QLatin1String("hostName")).toString(), QStringLiteral("alice.pubs.example.org"));
    QVERIFY(fields.value(QLatin1String("landingUrl")).isNull());

    web.ingress = true;
    fields = pubWebFields(QStringLiteral("alice"), web);
    QCOMPARE(fields.value(QLatin1String("landingUrl")).toString(), QStringLiteral("http://alice.pubs.example.org:8080/"));
    QCOMPARE(fields.value(QLatin1String("viewerUrl")).toString(), QStringLiteral("http://alice.pubs.example.org:8080/feed"));
    QCOMPARE(fields.value(QLatin1String("gitUrl")).toString(), QStringLiteral("http://alice.git.pubs.example.org:8080/"));

    web.scheme = QStringLiteral("https");
    web.port = 443;
    fields = pubWebFields(QStringLiteral("alice"), web);
    QCOMPARE(fields.value(QLatin1String("landingUrl")).toString(), QStringLiteral("https://alice.pubs.example.org/"));
}

QTEST_GUILESS_MAIN(TestIngressSites)
#include "tst_ingresssites.moc"
