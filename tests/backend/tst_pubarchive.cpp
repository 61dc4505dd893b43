#include "swarm/pubarchive.h"

#include <QBuffer>
#include <QtTest>

using namespace buttcloud;

namespace {

const QByteArray FeedId = "@" + QByteArray(43, 'A') + "=.ed25519";
const QByteArray Secret = "# this is your SECRET name.\n{\n  \"curve\": \"ed25519\",\n  \"private\": \"x\",\n  \"id\": \"" + FeedId + "\"\n}\n";

// One ustar entry, as Docker writes them.
QByteArray tarEntry(const QByteArray &name, const QByteArray &content, char type = '0')
{
    QByteArray header(512, '\0');
    std::memcpy(header.data(), name.constData(), size_t(std::min<qsizetype>(name.size(), 100)));
    std::memcpy(header.data() + 100, "0000644", 7);
    std::memcpy(header.data() + 108, "0001750", 7);
    std::memcpy(header.data() + 116, "0001750", 7);
    const QByteArray size = QByteArray::number(content.size(), 8).rightJustified(11, '0');
    std::memcpy(header.data() + 124, size.constData(), 11);
    std::memcpy(header.data() + 136, "14712345670", 11);
    header[156] = type;
    std::memcpy(header.data() + 257, "ustar\0" "00", 8);
    std::memset(header.data() + 148, ' ', 8);
    int sum = 0;
    for (char c : header)
        sum += static_cast<unsigned char>(c);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(header.data() + 148, checksum.constData(), 6);
    header[154] = '\0';
    QByteArray padded = content;
    padded.append(QByteArray((512 - content.size() % 512) % 512, '\0'));
    return header + padded;
}

QByteArray endOfTar() { return QByteArray(1024, '\0'); }

QByteArray pubTar()
{
    return tarEntry(".ssb/", {}, '5') + tarEntry(".ssb/secret", Secret) + tarEntry(".ssb/gossip.json", "[]")
        + tarEntry(".ssb/flume/log.offset", QByteArray(3000, 'm')) + endOfTar();
}

QByteArray archiveOf(const QByteArray &tar)
{
    QBuffer tarBuffer;
    tarBuffer.setData(tar);
    tarBuffer.open(QIODevice::ReadOnly);
    auto digest = digestPubTar(tarBuffer, tar.size());
    if (auto *problem = std::get_if<QString>(&digest))
        qFatal("%s", qPrintable(*problem));
    const TarDigest &found = std::get<TarDigest>(digest);
    PubArchiveManifest manifest;
    manifest.pubName = QStringLiteral("alice");
    manifest.feedId = found.feedId;
    manifest.ssbServerVersion = QStringLiteral("16.0.1");
    manifest.image = QStringLiteral("buttcloud/pub:16.0.1");
    manifest.createdAtMs = 1764633600000;
    manifest.files = found.files;
    manifest.tarBytes = found.tarBytes;
    manifest.tarSha256 = found.tarSha256;
    tarBuffer.seek(0);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    if (writePubArchive(out, manifest, tarBuffer))
        qFatal("could not write the archive");
    return out.data();
}

std::variant<VerifiedPubArchive, QString> verify(const QByteArray &archive)
{
    QBuffer buffer;
    buffer.setData(archive);
    buffer.open(QIODevice::ReadOnly);
    return verifyPubArchive(buffer);
}

QString problemOf(const QByteArray &archive)
{
    const auto result = verify(archive);
    return std::holds_alternative<QString>(result) ? std::get<QString>(result) : QString();
}

}

class TestPubArchive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digestListsFilesAndFeedId()
    {
        const QByteArray tar = pubTar();
        QBuffer buffer;
        buffer.setData(tar);
        buffer.open(QIODevice::ReadOnly);
        const auto digest = digestPubTar(buffer, tar.size());
        QVERIFY(std::holds_alternative<TarDigest>(digest));
        const TarDigest &found = std::get<TarDigest>(digest);
        QCOMPARE(found.feedId, QString::fromLatin1(FeedId));
        QCOMPARE(found.files.size(), 3);
        QCOMPARE(found.files[1].path, QStringLiteral(".ssb/gossip.json"));
        QCOMPARE(found.files[1].sha256, QCryptographicHash::hash("[]", QCryptographicHash::Sha256).toHex());
        QCOMPARE(found.tarSha256, QCryptographicHash::hash(tar, QCryptographicHash::Sha256).toHex());
    }

    void archiveRoundTrips()
    {
        const QByteArray tar = pubTar();
        const QByteArray archive = archiveOf(tar);
        const auto result = verify(archive);
        QVERIFY2(std::holds_alternative<VerifiedPubArchive>(result), qPrintable(problemOf(archive)));
        const VerifiedPubArchive &verified = std::get<VerifiedPubArchive>(result);
        QCOMPARE(verified.manifest.pubName, QStringLiteral("alice"));
        QCOMPARE(verified.manifest.feedId, QString::fromLatin1(FeedId));
        QCOMPARE(archive.mid(verified.tarOffset), tar);
    }

    void archiveNeverShowsTheSecretInItsManifest()
    {
        const QByteArray archive = archiveOf(pubTar());
        const QByteArray manifest = archive.left(archive.indexOf("\n", archive.indexOf('\n') + 1));
        QVERIFY(!manifest.contains("\"private\""));
    }

    void everyFlippedByteIsRefused_data()
    {
        QTest::addColumn<qsizetype>("offset");
        const QByteArray archive = archiveOf(pubTar());
        const qsizetype headEnd = archive.indexOf('\n');
        QTest::newRow("head") << qsizetype(3);
        QTest::newRow("manifest") << headEnd + 20;
        QTest::newRow("tar header") << archive.size() - pubTar().size() + 600;
        QTest::newRow("secret") << archive.size() - pubTar().size() + 1024 + 10;
        QTest::newRow("file content") << archive.size() - 1024 - 700;
        QTest::newRow("end blocks") << archive.size() - 5;
    }

    void everyFlippedByteIsRefused()
    {
        QFETCH(qsizetype, offset);
        QByteArray archive = archiveOf(pubTar());
        archive[offset] = char(archive[offset] ^ 0x01);
        const QString problem = problemOf(archive);
        QVERIFY2(!problem.isEmpty(), "a corrupted archive was accepted");
        QVERIFY2(problem.contains(QLatin1String("corrupted")) || problem.contains(QLatin1String("not a ButtCloud")),
                 qPrintable(problem));
    }

    void truncatedArchiveIsRefused_data()
    {
        QTest::addColumn<qsizetype>("keep");
        const QByteArray archive = archiveOf(pubTar());
        QTest::newRow("no data") << archive.indexOf('\n') + 10;
        QTest::newRow("half") << archive.size() / 2;
        QTest::newRow("one byte short") << archive.size() - 1;
        QTest::newRow("one block short") << archive.size() - 512;
    }

    void truncatedArchiveIsRefused()
    {
        QFETCH(qsizetype, keep);
        const QString problem = problemOf(archiveOf(pubTar()).left(keep));
        QVERIFY2(problem.contains(QLatin1String("truncated")), qPrintable(problem));
    }

    void notAnArchiveIsRefused()
    {
        QCOMPARE(problemOf("hello\n"), QStringLiteral("this is not a ButtCloud pub archive"));
        QCOMPARE(problemOf(pubTar()), QStringLiteral("this is not a ButtCloud pub archive"));
        QVERIFY(!problemOf({}).isEmpty());
    }

    void tarOutsideTheDataDirectoryIsRefused_data()
    {
        QTest::addColumn<QByteArray>("tar");
        QTest::newRow("other directory") << tarEntry(".ssb/secret", Secret) + tarEntry("etc/passwd", "root") + endOfTar();
        QTest::newRow("parent") << tarEntry(".ssb/secret", Secret) + tarEntry(".ssb/../x", "x") + endOfTar();
        QTest::newRow("absolute") << tarEntry(".ssb/secret", Secret) + tarEntry("/.ssb/x", "x") + endOfTar();
        QTest::newRow("symlink") << tarEntry(".ssb/secret", Secret) + tarEntry(".ssb/link", {}, '2') + endOfTar();
        QTest::newRow("no secret") << tarEntry(".ssb/gossip.json", "[]") + endOfTar();
        QTest::newRow("bad secret") << tarEntry(".ssb/secret", "{\"id\":\"nobody\"}") + endOfTar();
        QTest::newRow("no end") << tarEntry(".ssb/secret", Secret);
    }

    void tarOutsideTheDataDirectoryIsRefused()
    {
        QFETCH(QByteArray, tar);
        QBuffer buffer;
        buffer.setData(tar);
        buffer.open(QIODevice::ReadOnly);
        QVERIFY(std::holds_alternative<QString>(digestPubTar(buffer, tar.size())));
    }

    void paxLongNamesAreRead()
    {
        const QByteArray longName = ".ssb/blobs/sha256/" + QByteArray(120, 'b');
        const QByteArray record = "path=" + longName + "\n";
        QByteArray pax = QByteArray::number(record.size() + 4) + ' ' + record;
        QVERIFY(pax.size() == record.size() + 4);
        const QByteArray tar = tarEntry(".ssb/secret", Secret) + tarEntry("PaxHeaders/x", pax, 'x')
            + tarEntry("truncated-name", "blob") + endOfTar();
        QBuffer buffer;
        buffer.setData(tar);
        buffer.open(QIODevice::ReadOnly);
        const auto digest = digestPubTar(buffer, tar.size());
        QVERIFY(std::holds_alternative<TarDigest>(digest));
        QCOMPARE(std::get<TarDigest>(digest).files.last().path, QString::fromLatin1(longName));
    }
};

QTEST_GUILESS_MAIN(TestPubArchive)
#include "tst_pubarchive.moc"
