// VolumeArchive against a scripted engine: what it asks Docker, and that it cleans up on every path.
#include "docker/dockerengine.h"
#include "dockerfakeengine.h"
#include "swarm/pubservicespec.h"
#include "swarm/volumearchive.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace buttcloud;
using buttcloud::test::FakeDockerEngine;

namespace {

const QString PubId = QStringLiteral("p1");
const QMap<QString, QString> Managed{{QStringLiteral("buttcloud.instance"), QStringLiteral("i1")}};
const QByteArray Tar = QByteArray(1536, 't');
const QByteArray NoContent = FakeDockerEngine::reply(204, {});

QString volumePath() { return QStringLiteral("/volumes/") + pubVolumeName(PubId); }

QByteArray ownVolume()
{
    return FakeDockerEngine::json(200, QJsonDocument(QJsonObject{
        {QStringLiteral("Name"), pubVolumeName(PubId)},
        {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("buttcloud.pub.id"), PubId}, {QStringLiteral("buttcloud.instance"), QStringLiteral("i1")}}}}));
}

QByteArray createdContainer()
{
    return FakeDockerEngine::json(201, QJsonDocument(QJsonObject{{QStringLiteral("Id"), QStringLiteral("c1")}}));
}

}

class TestVolumeArchive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeDockerEngine>();
        QVERIFY(m_fake->start());
        m_engine = std::make_unique<DockerEngine>(m_fake->endpoint());
        m_archive = std::make_unique<VolumeArchive>(m_engine.get(), QStringLiteral("buttcloud/pub:16.0.1"), Managed);
    }

    void cleanup()
    {
        m_archive.reset();
        m_engine.reset();
        m_fake.reset();
    }

    void exportStreamsTheTarThroughAReadOnlyHelper()
    {
        m_fake->route("GET", volumePath(), {ownVolume()});
        m_fake->route("POST", QStringLiteral("/containers/create"), {createdContainer()});
        m_fake->route("GET", QStringLiteral("/containers/c1/archive"), {FakeDockerEngine::reply(200, Tar, "application/x-tar")});
        m_fake->route("DELETE", QStringLiteral("/containers/c1"), {NoContent});
        QBuffer destination;
        destination.open(QIODevice::WriteOnly);
        QCOMPARE(exportTo(&destination), std::optional<QString>());
        QCOMPARE(destination.data(), Tar);

        const QJsonObject helper = m_fake->requestsTo("POST", QStringLiteral("/containers/create")).first().json().object();
        QCOMPARE(helper.value(QStringLiteral("Image")).toString(), QStringLiteral("buttcloud/pub:16.0.1"));
        QCOMPARE(helper.value(QStringLiteral("Labels")).toObject().value(QStringLiteral("buttcloud.instance")).toString(), QStringLiteral("i1"));
        const QJsonObject mount = helper.value(QStringLiteral("HostConfig")).toObject().value(QStringLiteral("Mounts")).toArray().first().toObject();
        QCOMPARE(mount.value(QStringLiteral("Source")).toString(), pubVolumeName(PubId));
        QVERIFY(mount.value(QStringLiteral("ReadOnly")).toBool());
        const auto archive = m_fake->requestsTo("GET", QStringLiteral("/containers/c1/archive"));
        QCOMPARE(archive.first().query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded), QStringLiteral("/home/ssb/.ssb"));
        QCOMPARE(m_fake->requestsTo("DELETE", QStringLiteral("/containers/c1")).size(), 1);
    }

    void exportOfAMissingVolumeCreatesNothing()
    {
        m_fake->route("GET", volumePath(), {FakeDockerEngine::error(404, QStringLiteral("no such volume"))});
        QBuffer destination;
        destination.open(QIODevice::WriteOnly);
        QVERIFY(exportTo(&destination).has_value());
        QVERIFY(m_fake->requestsTo("POST", QStringLiteral("/containers/create")).isEmpty());
    }

    void exportOfAForeignVolumeIsRefused()
    {
        m_fake->route("GET", volumePath(), {FakeDockerEngine::json(200, QJsonDocument(QJsonObject{{QStringLiteral("Labels"), QJsonObject{}}}))});
        QBuffer destination;
        destination.open(QIODevice::WriteOnly);
        QVERIFY(exportTo(&destination).value_or(QString()).contains(QLatin1String("not one this server manages")));
        QVERIFY(m_fake->requestsTo("POST", QStringLiteral("/containers/create")).isEmpty());
    }

    void failedExportStillRemovesTheHelper()
    {
        m_fake->route("GET", volumePath(), {ownVolume()});
        m_fake->route("POST", QStringLiteral("/containers/create"), {createdContainer()});
        m_fake->route("GET", QStringLiteral("/containers/c1/archive"), {FakeDockerEngine::error(500, QStringLiteral("disk on fire"))});
        m_fake->route("DELETE", QStringLiteral("/containers/c1"), {NoContent});
        QBuffer destination;
        destination.open(QIODevice::WriteOnly);
        QVERIFY(exportTo(&destination).value_or(QString()).contains(QLatin1String("disk on fire")));
        QCOMPARE(m_fake->requestsTo("DELETE", QStringLiteral("/containers/c1")).size(), 1);
    }

    void importCreatesTheVolumeAndUploadsTheTar()
    {
        m_fake->route("GET", volumePath(), {FakeDockerEngine::error(404, QStringLiteral("no such volume"))});
        m_fake->route("POST", QStringLiteral("/volumes/create"), {FakeDockerEngine::json(201, QJsonDocument(QJsonObject{}))});
        m_fake->route("POST", QStringLiteral("/containers/create"), {createdContainer()});
        m_fake->route("PUT", QStringLiteral("/containers/c1/archive"), {FakeDockerEngine::reply(200, {})});
        m_fake->route("DELETE", QStringLiteral("/containers/c1"), {NoContent});
        QBuffer source;
        source.setData(Tar);
        source.open(QIODevice::ReadOnly);
        QCOMPARE(importFrom(&source), std::optional<QString>());

        const QJsonObject volume = m_fake->requestsTo("POST", QStringLiteral("/volumes/create")).first().json().object();
        QCOMPARE(volume.value(QStringLiteral("Name")).toString(), pubVolumeName(PubId));
        QCOMPARE(volume.value(QStringLiteral("Labels")).toObject().value(QStringLiteral("buttcloud.pub.id")).toString(), PubId);
        const auto upload = m_fake->requestsTo("PUT", QStringLiteral("/containers/c1/archive"));
        QCOMPARE(upload.first().body, Tar);
        QCOMPARE(upload.first().query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded), QStringLiteral("/home/ssb"));
        const QJsonObject mount = m_fake->requestsTo("POST", QStringLiteral("/containers/create")).first().json().object()
                                      .value(QStringLiteral("HostConfig")).toObject().value(QStringLiteral("Mounts")).toArray().first().toObject();
        QVERIFY(!mount.value(QStringLiteral("ReadOnly")).toBool());
        QCOMPARE(m_fake->requestsTo("DELETE", QStringLiteral("/containers/c1")).size(), 1);
        QVERIFY(m_fake->requestsTo("DELETE", volumePath()).isEmpty());
    }

    void failedImportRemovesHelperAndVolume()
    {
        m_fake->route("GET", volumePath(), {FakeDockerEngine::error(404, QStringLiteral("no such volume"))});
        m_fake->route("POST", QStringLiteral("/volumes/create"), {FakeDockerEngine::json(201, QJsonDocument(QJsonObject{}))});
        m_fake->route("POST", QStringLiteral("/containers/create"), {createdContainer()});
        m_fake->route("PUT", QStringLiteral("/containers/c1/archive"), {FakeDockerEngine::error(500, QStringLiteral("bad tar"))});
        m_fake->route("DELETE", QStringLiteral("/containers/c1"), {NoContent});
        m_fake->route("DELETE", volumePath(), {NoContent});
        QBuffer source;
        source.setData(Tar);
        source.open(QIODevice::ReadOnly);
        QVERIFY(importFrom(&source).value_or(QString()).contains(QLatin1String("bad tar")));
        QCOMPARE(m_fake->requestsTo("DELETE", QStringLiteral("/containers/c1")).size(), 1);
        QCOMPARE(m_fake->requestsTo("DELETE", volumePath()).size(), 1);
    }

    void importNeverOverwritesAVolume()
    {
        m_fake->route("GET", volumePath(), {ownVolume()});
        QBuffer source;
        source.setData(Tar);
        source.open(QIODevice::ReadOnly);
        QVERIFY(importFrom(&source).value_or(QString()).contains(QLatin1String("already has a data volume")));
        QVERIFY(m_fake->requestsTo("POST", QStringLiteral("/volumes/create")).isEmpty());
        QVERIFY(m_fake->requestsTo("POST", QStringLiteral("/containers/create")).isEmpty());
    }

private:
    // The outcome's message, nullopt on success.
    std::optional<QString> exportTo(QIODevice *destination)
    {
        return waitFor([&](VolumeArchive::Done done) { m_archive->exportVolume(PubId, destination, std::move(done)); });
    }

    std::optional<QString> importFrom(QIODevice *source)
    {
        return waitFor([&](VolumeArchive::Done done) { m_archive->importVolume(PubId, source, source->size(), std::move(done)); });
    }

    std::optional<QString> waitFor(const std::function<void(VolumeArchive::Done)> &start)
    {
        bool finished = false;
        std::optional<QString> message;
        start([&](std::optional<RuntimeError> error) {
            finished = true;
            if (error)
                message = error->message;
        });
        if (!QTest::qWaitFor([&] { return finished; }, 10000))
            return QStringLiteral("no answer");
        return message;
    }

    std::unique_ptr<FakeDockerEngine> m_fake;
    std::unique_ptr<DockerEngine> m_engine;
    std::unique_ptr<VolumeArchive> m_archive;
};

QTEST_GUILESS_MAIN(TestVolumeArchive)
#include "tst_volumearchive.moc"
