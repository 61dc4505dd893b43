#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

class QIODevice;

namespace buttcloud {

// Whether id is a Scuttlebutt feed id, "@" + 32 bytes of base64 + ".ed25519".
bool isFeedId(const QString &id);

// The file name ending of a pub archive, wherever one is written (exports, uploads, backups).
inline constexpr char PubArchiveSuffix[] = ".bcpub";

// One regular file of a pub's data volume as the archive lists it.
struct ArchivedFile
{
    QString path;        // as in the tar, e.g. ".ssb/secret"
    qint64 size = 0;
    QByteArray sha256;   // hex
};

// What a ButtCloud pub archive says about itself.
struct PubArchiveManifest
{
    static constexpr int FormatVersion = 1;

    QString pubName;
    QString feedId;             // "@...=.ed25519", read from the archived secret
    QString ssbServerVersion;   // of the image that wrote the data, e.g. 16.0.1
    QString image;
    qint64 createdAtMs = 0;
    QList<ArchivedFile> files;
    qint64 tarBytes = 0;
    QByteArray tarSha256;       // hex, of the whole tar: the archive's overall checksum

    QJsonObject toJson() const;
    static std::optional<PubArchiveManifest> fromJson(const QJsonObject &json);
};

// What reading a tar of a pub's data volume found: every regular file with its digest, and the feed id
// the secret holds. Secrets are read only to find the id and are never kept or shown.
struct TarDigest
{
    QList<ArchivedFile> files;
    QString feedId;
    qint64 tarBytes = 0;
    QByteArray tarSha256;
};

// Reads size bytes of tar (as Docker's archive endpoint writes it: ustar, with PAX or GNU long names)
// from tar. Refuses (with a message for people) anything that is not a pub's data directory: entries
// outside ".ssb/", absolute or ".." paths, links and devices, a bad header checksum, a cut-off tar, or
// no secret. Streams: memory stays bounded whatever the size.
std::variant<TarDigest, QString> digestPubTar(QIODevice &tar, qint64 size);

// A ButtCloud pub archive is one file:
//   "BUTTCLOUD-PUB-ARCHIVE/1 <manifest bytes> <manifest sha256 hex>\n", the manifest (compact JSON),
//   then the tar of the pub's data volume to the end.
// Every byte is covered: the head line checks the manifest, the manifest checks the tar as a whole and
// file by file.
//
// Writes the archive: the head, the manifest, then manifest.tarBytes bytes copied from tar.
std::optional<QString> writePubArchive(QIODevice &out, const PubArchiveManifest &manifest, QIODevice &tar);

// A verified archive: its manifest and where its tar starts in the file.
struct VerifiedPubArchive
{
    PubArchiveManifest manifest;
    qint64 tarOffset = 0;
};

// Checks a whole archive (seekable, e.g. a file) before anything is made of it: the head, the
// manifest's checksum, the tar's size and checksum, every file against the manifest, and the feed id
// against the secret. A message for people says what is wrong (corrupted, truncated, not an archive).
std::variant<VerifiedPubArchive, QString> verifyPubArchive(QIODevice &archive);

}
