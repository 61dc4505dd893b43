#include "swarm/volumearchive.h"

#include "docker/dockerengine.h"
#include "swarm/dockerpubruntime.h"
#include "swarm/pubservicespec.h"

#include <QIODevice>
#include <QJsonArray>
#include <QPointer>
#include <QUrl>

namespace buttcloud {

namespace {

// The archive holds the data directory itself, so it is read from, and written to, its parent.
constexpr char PubHomePath[] = "/home/ssb";

QString archiveQuery(const QString &containerId, const QString &path)
{
    return QStringLiteral("/containers/%1/archive?path=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(containerId)),
             QString::fromLatin1(QUrl::toPercentEncoding(path)));
}

}

VolumeArchive::VolumeArchive(DockerEngine *engine, QString image, QMap<QString, QString> managedLabels, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_image(std::move(image))
    , m_managedLabels(std::move(managedLabels))
{
}

VolumeArchive::~VolumeArchive() = default;

void VolumeArchive::setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }
void VolumeArchive::setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }

QJsonObject VolumeArchive::helperSpec(const QString &pubId, bool readOnly) const
{
    QJsonObject labels;
    const QMap<QString, QString> pubObjectLabels = pubLabels(pubId, m_managedLabels);
    for (auto it = pubObjectLabels.cbegin(); it != pubObjectLabels.cend(); ++it)
        labels.insert(it.key(), it.value());
    labels.insert(QString::fromLatin1(ArchiveHelperLabel), pubId);
    const QJsonObject mount{
        {QStringLiteral("Type"), QStringLiteral("volume")},
        {QStringLiteral("Source"), pubVolumeName(pubId)},
        {QStringLiteral("Target"), QString::fromLatin1(PubDataPath)},
        {QStringLiteral("ReadOnly"), readOnly},
        // An imported volume starts empty: nothing of the image's mount point is copied into it.
        {QStringLiteral("VolumeOptions"), QJsonObject{{QStringLiteral("NoCopy"), true}}},
    };
    return QJsonObject{
        {QStringLiteral("Image"), m_image},
        {QStringLiteral("Labels"), labels},
        {QStringLiteral("NetworkDisabled"), true},
        {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("Mounts"), QJsonArray{mount}},
                                                   {QStringLiteral("NetworkMode"), QStringLiteral("none")}}},
    };
}

void VolumeArchive::withHelper(const QString &pubId, bool readOnly, std::function<void(const QString &, Done)> use,
                               Done done)
{
    QPointer<VolumeArchive> guard(this);
    m_engine->createContainer(helperSpec(pubId, readOnly), [guard, use = std::move(use), done = std::move(done)](
                                                                DockerResult<QString> created) {
        if (!guard)
            return;
        if (auto *error = std::get_if<DockerError>(&created))
            return done(toRuntimeError(*error));
        const QString containerId = std::get<QString>(created);
        use(containerId, [guard, containerId, done](std::optional<RuntimeError> outcome) {
            if (!guard)
                return;
            // The helper holds the volume: it goes whatever the copy did; the copy's outcome wins.
            guard->m_engine->removeContainer(containerId, [guard, outcome, done](std::optional<DockerError> removeError) {
                if (!guard)
                    return;
                if (outcome || !removeError || removeError->isNotFound())
                    return done(outcome);
                done(toRuntimeError(*removeError));
            });
        });
    });
}

void VolumeArchive::exportVolume(const QString &pubId, QIODevice *destination, Done done)
{
    if (!isValidPubId(pubId)) {
        QMetaObject::invokeMethod(this, [done, pubId] { done(RuntimeError{QStringLiteral("invalid pub id '%1'").arg(pubId)}); },
                                  Qt::QueuedConnection);
        return;
    }
    QPointer<VolumeArchive> guard(this);
    // Mounting an absent volume would create an empty one: make sure it is there, and the pub's.
    m_engine->inspectVolume(pubVolumeName(pubId), [guard, pubId, destination, done](DockerResult<QJsonObject> volume) {
        if (!guard)
            return;
        if (auto *error = std::get_if<DockerError>(&volume))
            return done(toRuntimeError(*error));
        if (!carriesPubLabels(std::get<QJsonObject>(volume).value(QLatin1String("Labels")).toObject(), pubId,
                              guard->m_managedLabels))
            return done(RuntimeError{QStringLiteral("the volume of pub %1 is not one this server manages").arg(pubId)});
        guard->withHelper(pubId, true, [guard, destination](const QString &containerId, Done copied) {
            guard->m_engine->download(
                archiveQuery(containerId, QString::fromLatin1(PubDataPath)), guard->m_maxBytes, guard->m_idleTimeout,
                [destination](const QByteArray &chunk) { return destination->write(chunk) == chunk.size(); },
                [copied](std::optional<DockerError> error) {
                    copied(error ? std::optional(toRuntimeError(*error)) : std::nullopt);
                });
        }, done);
    });
}

void VolumeArchive::importVolume(const QString &pubId, QIODevice *source, qint64 size, Done done)
{
    if (!isValidPubId(pubId) || size <= 0) {
        QMetaObject::invokeMethod(this, [done, pubId] {
            done(RuntimeError{QStringLiteral("invalid pub id '%1' or an empty archive").arg(pubId)});
        }, Qt::QueuedConnection);
        return;
    }
    QPointer<VolumeArchive> guard(this);
    const QString volume = pubVolumeName(pubId);
    m_engine->inspectVolume(volume, [guard, pubId, volume, source, size, done](DockerResult<QJsonObject> existing) {
        if (!guard)
            return;
        if (std::holds_alternative<QJsonObject>(existing))
            return done(RuntimeError{QStringLiteral("pub %1 already has a data volume").arg(pubId)});
        if (const DockerError &error = std::get<DockerError>(existing); !error.isNotFound())
            return done(toRuntimeError(error));
        guard->m_engine->createVolume(volume, pubLabels(pubId, guard->m_managedLabels), [guard, pubId, volume, source, size,
                                                                                        done](std::optional<DockerError> error) {
            if (!guard)
                return;
            if (error)
                return done(toRuntimeError(*error));
            // A half-unpacked volume is worse than none: it goes when unpacking fails.
            auto unpacked = [guard, volume, done](std::optional<RuntimeError> outcome) {
                if (!guard || !outcome)
                    return done(outcome);
                guard->m_engine->removeVolume(volume, [done, outcome](std::optional<DockerError>) { done(outcome); });
            };
            guard->withHelper(pubId, false, [guard, source, size](const QString &containerId, Done copied) {
                guard->m_engine->upload("PUT", archiveQuery(containerId, QString::fromLatin1(PubHomePath)), source, size,
                                        "application/x-tar", guard->m_idleTimeout, [copied](std::optional<DockerError> error) {
                                            copied(error ? std::optional(toRuntimeError(*error)) : std::nullopt);
                                        });
            }, unpacked);
        });
    });
}

}
