#pragma once

#include "swarm/pubruntime.h"

#include <QMap>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class QIODevice;

namespace buttcloud {

class DockerEngine;

// Copies a pub's data volume (its identity, gossip.json, blobs and store) out of Docker as a tar
// stream, and back into a new volume. No shell and no tar run in the pub image: a helper container of
// the pub image is created but never started, mounting the volume (read-only to export), and Docker's
// archive endpoints (GET/PUT /containers/{id}/archive) do the copying; the helper is removed after,
// whatever happened. The tar's entries are ".ssb/..." relative to the pub's home: what export writes,
// import takes.
//
// Use: pass the engine of the node that holds the volume (volumes are local to a node: for a pub on a
// hub, HubController::engineForNode(the pub's node); for the manager, its own engine). Bytes stream
// through in bounded memory; destination and source must stay alive until done is called.
//
//     auto *archive = new VolumeArchive(engine, settings.image, managedLabels, this);
//     archive->exportVolume(pubId, &file, [](std::optional<RuntimeError> error) { ... });
//
// Stop the pub first for a consistent copy. Callbacks come later, exactly once, on the object's thread;
// they are dropped when the object is destroyed first.
class VolumeArchive final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeArchive)

public:
    using Done = PubRuntime::Done;

    static constexpr qint64 DefaultMaxBytes = qint64(8) * 1024 * 1024 * 1024;
    static constexpr std::chrono::milliseconds DefaultIdleTimeout{60000};

    // image: the pub image (its user owns the files; it holds the mount point).
    VolumeArchive(DockerEngine *engine, QString image, QMap<QString, QString> managedLabels, QObject *parent = nullptr);
    ~VolumeArchive() override;

    void setMaxBytes(qint64 maxBytes);
    void setIdleTimeout(std::chrono::milliseconds timeout);

    // Writes the tar of the pub's data volume to destination. notFound when the pub has no volume
    // here (a volume is never created by exporting).
    void exportVolume(const QString &pubId, QIODevice *destination, Done done);
    // Creates the pub's data volume (labelled as the pub's) and unpacks size bytes of tar read from
    // source into it. Fails, creating nothing, when the pub already has a volume here; a volume it
    // created is removed again when unpacking fails.
    void importVolume(const QString &pubId, QIODevice *source, qint64 size, Done done);

private:
    QJsonObject helperSpec(const QString &pubId, bool readOnly) const;
    // Creates the helper, runs use with its id, then removes it and reports use's outcome.
    void withHelper(const QString &pubId, bool readOnly, std::function<void(const QString &, Done)> use, Done done);

    DockerEngine *m_engine;
    QString m_image;
    QMap<QString, QString> m_managedLabels;
    qint64 m_maxBytes = DefaultMaxBytes;
    std::chrono::milliseconds m_idleTimeout = DefaultIdleTimeout;
};

// The label marking a helper container (its value is the pub id), so a leftover one can be found.
inline constexpr char ArchiveHelperLabel[] = "buttcloud.archive.helper";

}
