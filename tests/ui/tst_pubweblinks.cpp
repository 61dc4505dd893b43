#include "models/apitypes.h"
#include "ui/pubweblinks.h"

#include <QJsonObject>
#include <QPushButton>
#include <QTest>

using namespace buttcloud;

// The pub page's web links: parsed only as http(s) URLs, shown only when the server sends them.
class TestPubWebLinks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesOnlyWebUrls_data();
    void parsesOnlyWebUrls();
    void showsOnlyTheLinksItHas();
};

namespace {
QJsonObject pubJson(const QJsonValue &landingUrl)
{
    return {{QStringLiteral("id"), QStringLiteral("k3v9q2x7mz4a")}, {QStringLiteral("name"), QStringLiteral("alice")},
            {QStringLiteral("status"), QStringLiteral("up")}, {QStringLiteral("desiredState"), QStringLiteral("running")},
            {QStringLiteral("landingUrl"), landingUrl}};
}
}

void TestPubWebLinks::parsesOnlyWebUrls_data()
{
    QTest::addColumn<QJsonValue>("sent");
    QTest::addColumn<QString>("kept");
    QTest::newRow("https") << QJsonValue(QStringLiteral("https://alice.pubs.example.org/")) << QStringLiteral("https://alice.pubs.example.org/");
    QTest::newRow("http with port") << QJsonValue(QStringLiteral("http://alice.pubs.example.org:8880/")) << QStringLiteral("http://alice.pubs.example.org:8880/");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("file") << QJsonValue(QStringLiteral("file:///etc/passwd")) << QString();
    QTest::newRow("javascript") << QJsonValue(QStringLiteral("javascript:alert(1)")) << QString();
    QTest::newRow("custom scheme") << QJsonValue(QStringLiteral("buttcloud://verify")) << QString();
    QTest::newRow("no host") << QJsonValue(QStringLiteral("http:///x")) << QString();
    QTest::newRow("not a string") << QJsonValue(42) << QString();
}

void TestPubWebLinks::parsesOnlyWebUrls()
{
    QFETCH(QJsonValue, sent);
    QFETCH(QString, kept);
    const Result<Pub> pub = parsePub(pubJson(sent), QUrl(QStringLiteral("https://buttcloud.example.org")));
    QVERIFY(pub.ok());
    QCOMPARE(pub.value().landingUrl.toString(), kept);
}

void TestPubWebLinks::showsOnlyTheLinksItHas()
{
    QWidget window;
    auto *links = new PubWebLinks(&window);
    window.show();
    Pub pub;
    links->setPub(pub);
    QVERIFY(!links->isVisible());

    pub.landingUrl = QUrl(QStringLiteral("https://alice.pubs.example.org/"));
    pub.gitUrl = QUrl(QStringLiteral("https://alice.git.pubs.example.org/"));
    links->setPub(pub);
    QVERIFY(links->isVisible());
    QVERIFY(links->findChild<QPushButton *>(QStringLiteral("landingPageButton"))->isVisible());
    QVERIFY(!links->findChild<QPushButton *>(QStringLiteral("webViewButton"))->isVisible());
    QVERIFY(links->findChild<QPushButton *>(QStringLiteral("gitWebButton"))->isVisible());
    QCOMPARE(links->findChild<QPushButton *>(QStringLiteral("gitWebButton"))->toolTip(), QStringLiteral("https://alice.git.pubs.example.org/"));
}

QTEST_MAIN(TestPubWebLinks)
#include "tst_pubweblinks.moc"
