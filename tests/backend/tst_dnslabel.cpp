#include "hubs/hubrequest.h"
#include "pubs/pubnames.h"
#include "wire/dnslabel.h"

#include <QTest>

using namespace buttcloud;

// The one DNS-label rule, and the pub and hub name checks that apply it with their own lengths.
class TestDnsLabel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labels_data();
    void labels();
    void pubNamesAreLabelsOfAtMost32();
    void hubNamesAreLabelsOfAtMost63();
};

void TestDnsLabel::labels_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<bool>("valid");
    QTest::newRow("one letter") << "a" << 32 << true;
    QTest::newRow("one digit") << "7" << 32 << true;
    QTest::newRow("inner hyphens") << "alice-s-pub-2" << 32 << true;
    QTest::newRow("double hyphen") << "a--b" << 32 << true;
    QTest::newRow("at the limit") << QString(32, u'a') << 32 << true;
    QTest::newRow("over the limit") << QString(33, u'a') << 32 << false;
    QTest::newRow("63 of 63") << QString(63, u'b') << 63 << true;
    QTest::newRow("64 of 63") << QString(64, u'b') << 63 << false;
    QTest::newRow("empty") << "" << 32 << false;
    QTest::newRow("leading hyphen") << "-alice" << 32 << false;
    QTest::newRow("trailing hyphen") << "alice-" << 32 << false;
    QTest::newRow("only a hyphen") << "-" << 32 << false;
    QTest::newRow("uppercase") << "Alice" << 32 << false;
    QTest::newRow("dot") << "alice.pub" << 32 << false;
    QTest::newRow("underscore") << "alice_pub" << 32 << false;
    QTest::newRow("space") << "alice pub" << 32 << false;
    QTest::newRow("newline") << "alice\n" << 32 << false;
    QTest::newRow("non-ascii letter") << QStringLiteral("al\u00efce") << 32 << false;
    QTest::newRow("fullwidth digit") << QStringLiteral("a\uff11") << 32 << false;
    QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b")) << 32 << false;
}

void TestDnsLabel::labels()
{
    QFETCH(QString, name);
    QFETCH(int, maxLength);
    QFETCH(bool, valid);
    QCOMPARE(isDnsLabel(name, maxLength), valid);
}

void TestDnsLabel::pubNamesAreLabelsOfAtMost32()
{
    QVERIFY(!checkPubName(QString(MaxPubNameLength, u'p')).has_value());
    QVERIFY(checkPubName(QString(MaxPubNameLength + 1, u'p')).has_value());
    QVERIFY(checkPubName(QStringLiteral("-x")).has_value());
}

void TestDnsLabel::hubNamesAreLabelsOfAtMost63()
{
    // 33-63 characters: a hub name, never a pub name (the client's wizard once refused these).
    QVERIFY(isValidHubName(QString(40, u'h')));
    QVERIFY(isValidHubName(QString(MaxHubNameLength, u'h')));
    QVERIFY(!isValidHubName(QString(MaxHubNameLength + 1, u'h')));
    QVERIFY(!isValidHubName(QStringLiteral("hub-")));
}

QTEST_GUILESS_MAIN(TestDnsLabel)
#include "tst_dnslabel.moc"
