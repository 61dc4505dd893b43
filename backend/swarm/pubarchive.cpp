#include "swarm/pubarchive.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace buttcloud {

namespace {

constexpr qint64 BlockBytes = 512;
constexpr qint64 CopyChunkBytes = 64 * 1024;
constexpr qint64 MaxMetaEntryBytes = 64 * 1024;  // PAX headers, GNU long names, the secret
constexpr qint64 MaxManifestBytes = 64 * 1024 * 1024;
constexpr char ArchiveMagic[] = "BUTTCLOUD-PUB-ARCHIVE/1";
constexpr char DataDirectory[] = ".ssb";
constexpr char SecretPath[] = ".ssb/secret";

QByteArray hexSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

bool isHexSha256(const QByteArray &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{64}$"));
    return pattern.match(QString::fromLatin1(text)).hasMatch();
}

// A NUL-terminated field of a tar header.
QByteArray headerField(const char *block, int offset, int length)
{
    const char *start = block + offset;
    return QByteArray(start, qsizetype(strnlen(start, size_t(length))));
}

// Octal, or base-256 when the top bit of the first byte is set (GNU, for sizes over 8 GiB).
std::optional<qint64> headerNumber(const char *block, int offset, int length)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(block + offset);
    if (bytes[0] & 0x80) {
        qint64 value = bytes[0] & 0x3f;
        for (int i = 1; i < length; ++i) {
            if (value > (qint64(1) << 54))
                return std::nullopt;
            value = (value << 8) | bytes[i];
        }
        return value;
    }
    const QByteArray text = headerField(block, offset, length).trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, 8);
    return ok && value >= 0 ? std::optional(value) : std::nullopt;
}

bool headerChecksumMatches(const char *block)
{
    const std::optional<qint64> stored = headerNumber(block, 148, 8);
    qint64 sum = 0;
    for (int i = 0; i < BlockBytes; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(block[i]);
    return stored && *stored == sum;
}

// The path an entry takes in the pub's home, or nullopt when it would leave the data directory.
std::optional<QString> dataPath(QByteArray raw)
{
    while (raw.startsWith("./"))
        raw = raw.mid(2);
    while (raw.endsWith('/'))
        raw.chop(1);
    const QString path = QString::fromUtf8(raw);
    if (path != QLatin1String(DataDirectory) && !path.startsWith(QLatin1String(DataDirectory) + u'/'))
        return std::nullopt;
    const QStringList parts = path.split(u'/');
    if (std::any_of(parts.begin(), parts.end(), [](const QString &part) {
            return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
        }))
        return std::nullopt;
    return path;
}

// The "path" (and "size") records of a PAX extended header: "<length> <key>=<value>\n" each.
void readPaxRecords(const QByteArray &records, QByteArray *path, std::optional<qint64> *size)
{
    qsizetype at = 0;
    while (at < records.size()) {
        const qsizetype space = records.indexOf(' ', at);
        if (space < 0)
            return;
        bool ok = false;
        const qsizetype length = records.mid(at, space - at).toLongLong(&ok);
        if (!ok || length <= space - at || at + length > records.size())
            return;
        const QByteArray record = records.mid(space + 1, length - (space - at) - 2);  // without the newline
        const qsizetype equals = record.indexOf('=');
        if (equals > 0) {
            const QByteArray key = record.left(equals);
            const QByteArray value = record.mid(equals + 1);
            if (key == "path")
                *path = value;
            else if (key == "size")
                *size = value.toLongLong();
        }
        at += length;
    }
}

// The feed id a secret file holds: comment lines, then JSON with "id".
QString feedIdOfSecret(QByteArray secret)
{
    QByteArray json;
    for (const QByteArray &line : secret.split('\n')) {
        if (!line.trimmed().startsWith('#'))
            json.append(line).append('\n');
    }
    const QString id = QJsonDocument::fromJson(json).object().value(QLatin1String("id")).toString();
    secret.fill('\0');
    json.fill('\0');
    return isFeedId(id) ? id : QString();
}

// Reads the tar sequentially, hashing everything that passes.
class TarWalker
{
public:
    TarWalker(QIODevice &tar, qint64 size)
        : m_tar(tar)
        , m_left(size)
    {
        m_digest.tarBytes = size;
    }

    std::variant<TarDigest, QString> walk()
    {
        QByteArray pendingPath;
        std::optional<qint64> pendingSize;
        char block[BlockBytes];
        while (true) {
            if (!readExactly(block, BlockBytes))
                return cutOff();
            if (std::all_of(block, block + BlockBytes, [](char c) { return c == 0; }))
                return finish();
            if (!headerChecksumMatches(block))
                return QStringLiteral("the archive is corrupted: a tar header's checksum does not match");
            const std::optional<qint64> headerSize = headerNumber(block, 124, 12);
            if (!headerSize)
                return QStringLiteral("the archive is corrupted: a tar header has an invalid size");
            const char type = block[156];
            if (type == 'x' || type == 'g' || type == 'L') {
                if (*headerSize > MaxMetaEntryBytes)
                    return QStringLiteral("the archive holds an oversized tar header");
                QByteArray content;
                if (!readContent(*headerSize, nullptr, &content))
                    return cutOff();
                if (type == 'x')
                    readPaxRecords(content, &pendingPath, &pendingSize);
                else if (type == 'L')
                    pendingPath = content.left(content.indexOf('\0') < 0 ? content.size() : content.indexOf('\0'));
                continue;
            }
            QByteArray rawPath = std::exchange(pendingPath, QByteArray());
            if (rawPath.isEmpty()) {
                const QByteArray name = headerField(block, 0, 100);
                const QByteArray prefix = std::memcmp(block + 257, "ustar", 5) == 0 ? headerField(block, 345, 155) : QByteArray();
                rawPath = prefix.isEmpty() ? name : prefix + '/' + name;
            }
            const qint64 size = std::exchange(pendingSize, std::nullopt).value_or(*headerSize);
            const std::optional<QString> path = dataPath(rawPath);
            if (!path)
                return QStringLiteral("the archive holds '%1', outside a pub's data directory").arg(QString::fromUtf8(rawPath));
            if (type == '5') {
                if (!readContent(size, nullptr, nullptr))
                    return cutOff();
                continue;
            }
            if (type != '0' && type != '\0' && type != '7')
                return QStringLiteral("the archive holds '%1', which is not a regular file or directory").arg(*path);
            if (size < 0)
                return QStringLiteral("the archive is corrupted: a tar entry has an invalid size");
            const bool isSecret = *path == QLatin1String(SecretPath);
            if (isSecret && size > MaxMetaEntryBytes)
                return QStringLiteral("the archive's secret is not a Scuttlebutt secret");
            QCryptographicHash fileHash(QCryptographicHash::Sha256);
            QByteArray secret;
            if (!readContent(size, &fileHash, isSecret ? &secret : nullptr))
                return cutOff();
            if (isSecret) {
                m_digest.feedId = feedIdOfSecret(std::move(secret));
                if (m_digest.feedId.isEmpty())
                    return QStringLiteral("the archive's secret is not a Scuttlebutt secret");
            }
            m_digest.files.append(ArchivedFile{*path, size, fileHash.result().toHex()});
        }
    }

private:
    QString cutOff() const { return QStringLiteral("the archive is truncated: its tar ends in the middle"); }

    std::variant<TarDigest, QString> finish()
    {
        // The rest (the second end block, padding) must be zeros too.
        char chunk[BlockBytes];
        while (m_left > 0) {
            const qint64 take = std::min<qint64>(m_left, BlockBytes);
            if (!readExactly(chunk, take))
                return cutOff();
            if (!std::all_of(chunk, chunk + take, [](char c) { return c == 0; }))
                return QStringLiteral("the archive is corrupted: data after the end of its tar");
        }
        if (m_digest.feedId.isEmpty())
            return QStringLiteral("the archive holds no Scuttlebutt secret (%1)").arg(QLatin1String(SecretPath));
        m_digest.tarSha256 = m_hash.result().toHex();
        return m_digest;
    }

    bool readExactly(char *into, qint64 bytes)
    {
        if (bytes > m_left)
            return false;
        qint64 done = 0;
        while (done < bytes) {
            const qint64 got = m_tar.read(into + done, bytes - done);
            if (got <= 0 && !m_tar.waitForReadyRead(30000))
                return false;
            if (got > 0)
                done += got;
        }
        m_left -= bytes;
        m_hash.addData(QByteArrayView(into, bytes));
        return true;
    }

    // Reads an entry's content and its padding to the next block.
    bool readContent(qint64 size, QCryptographicHash *hash, QByteArray *keep)
    {
        QByteArray chunk(CopyChunkBytes, Qt::Uninitialized);
        qint64 left = size;
        while (left > 0) {
            const qint64 take = std::min<qint64>(left, CopyChunkBytes);
            if (!readExactly(chunk.data(), take))
                return false;
            const QByteArrayView piece(chunk.constData(), take);
            if (hash)
                hash->addData(piece);
            if (keep)
                keep->append(piece);
            left -= take;
        }
        chunk.fill('\0');
        const qint64 padding = (BlockBytes - size % BlockBytes) % BlockBytes;
        char pad[BlockBytes];
        return readExactly(pad, padding);
    }

    QIODevice &m_tar;
    qint64 m_left;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    TarDigest m_digest;
};

}

bool isFeedId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^@[A-Za-z0-9+/]{43}=\\.ed25519$"));
    return pattern.match(id).hasMatch();
}

QJsonObject PubArchiveManifest::toJson() const
{
    QJsonArray fileList;
    for (const ArchivedFile &file : files) {
        fileList.append(QJsonObject{{QStringLiteral("path"), file.path},
                                    {QStringLiteral("size"), file.size},
                                    {QStringLiteral("sha256"), QString::fromLatin1(file.sha256)}});
    }
    return QJsonObject{
        {QStringLiteral("format"), FormatVersion},
        {QStringLiteral("pubName"), pubName},
        {QStringLiteral("feedId"), feedId},
        {QStringLiteral("ssbServerVersion"), ssbServerVersion},
        {QStringLiteral("image"), image},
        {QStringLiteral("createdAt"), createdAtMs},
        {QStringLiteral("files"), fileList},
        {QStringLiteral("tarBytes"), tarBytes},
        {QStringLiteral("tarSha256"), QString::fromLatin1(tarSha256)},
    };
}

std::optional<PubArchiveManifest> PubArchiveManifest::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("format")).toInt() != FormatVersion)
        return std::nullopt;
    PubArchiveManifest manifest;
    manifest.pubName = json.value(QLatin1String("pubName")).toString();
    manifest.feedId = json.value(QLatin1String("feedId")).toString();
    manifest.ssbServerVersion = json.value(QLatin1String("ssbServerVersion")).toString();
    manifest.image = json.value(QLatin1String("image")).toString();
    manifest.createdAtMs = qint64(json.value(QLatin1String("createdAt")).toDouble());
    manifest.tarBytes = qint64(json.value(QLatin1String("tarBytes")).toDouble(-1));
    manifest.tarSha256 = json.value(QLatin1String("tarSha256")).toString().toLatin1();
    if (!isFeedId(manifest.feedId) || manifest.tarBytes <= 0 || !isHexSha256(manifest.tarSha256)
        || !json.value(QLatin1String("files")).isArray())
        return std::nullopt;
    for (const QJsonValue &value : json.value(QLatin1String("files")).toArray()) {
        const QJsonObject file = value.toObject();
        ArchivedFile entry{file.value(QLatin1String("path")).toString(),
                           qint64(file.value(QLatin1String("size")).toDouble(-1)),
                           file.value(QLatin1String("sha256")).toString().toLatin1()};
        if (entry.path.isEmpty() || entry.size < 0 || !isHexSha256(entry.sha256))
            return std::nullopt;
        manifest.files.append(entry);
    }
    return manifest;
}

std::variant<TarDigest, QString> digestPubTar(QIODevice &tar, qint64 size)
{
    if (size <= 0 || size % BlockBytes != 0)
        return QStringLiteral("the archive is truncated: its tar is not a whole number of blocks");
    return TarWalker(tar, size).walk();
}

std::optional<QString> writePubArchive(QIODevice &out, const PubArchiveManifest &manifest, QIODevice &tar)
{
    const QByteArray manifestJson = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Compact);
    const QByteArray head = QByteArray(ArchiveMagic) + ' ' + QByteArray::number(manifestJson.size()) + ' '
        + hexSha256(manifestJson) + '\n';
    if (out.write(head) != head.size() || out.write(manifestJson) != manifestJson.size())
        return QStringLiteral("could not write the archive: %1").arg(out.errorString());
    qint64 left = manifest.tarBytes;
    while (left > 0) {
        const QByteArray chunk = tar.read(std::min(left, CopyChunkBytes));
        if (chunk.isEmpty())
            return QStringLiteral("the volume's tar ended early");
        if (out.write(chunk) != chunk.size())
            return QStringLiteral("could not write the archive: %1").arg(out.errorString());
        left -= chunk.size();
    }
    return std::nullopt;
}

std::variant<VerifiedPubArchive, QString> verifyPubArchive(QIODevice &archive)
{
    const QString notAnArchive = QStringLiteral("this is not a ButtCloud pub archive");
    const QByteArray head = archive.readLine(256);
    if (!head.startsWith(QByteArray(ArchiveMagic) + ' ') || !head.endsWith('\n'))
        return notAnArchive;
    const QList<QByteArray> fields = head.trimmed().split(' ');
    bool ok = false;
    const qint64 manifestBytes = fields.size() == 3 ? fields[1].toLongLong(&ok) : -1;
    if (!ok || manifestBytes <= 0 || manifestBytes > MaxManifestBytes || !isHexSha256(fields[2]))
        return QStringLiteral("the archive is corrupted: its head line is invalid");
    const QByteArray manifestJson = archive.read(manifestBytes);
    if (manifestJson.size() != manifestBytes)
        return QStringLiteral("the archive is truncated: its manifest is cut off");
    if (hexSha256(manifestJson) != fields[2])
        return QStringLiteral("the archive is corrupted: its manifest does not match its checksum");
    const std::optional<PubArchiveManifest> manifest = PubArchiveManifest::fromJson(QJsonDocument::fromJson(manifestJson).object());
    if (!manifest)
        return QStringLiteral("the archive's manifest is not one this server understands");

    VerifiedPubArchive verified{*manifest, archive.pos()};
    const qint64 tarBytes = archive.size() - verified.tarOffset;
    if (tarBytes < manifest->tarBytes)
        return QStringLiteral("the archive is truncated: %1 of %2 bytes of data").arg(tarBytes).arg(manifest->tarBytes);
    if (tarBytes > manifest->tarBytes)
        return QStringLiteral("the archive is corrupted: it is longer than its manifest says");
    std::variant<TarDigest, QString> digest = digestPubTar(archive, tarBytes);
    if (auto *problem = std::get_if<QString>(&digest))
        return *problem;
    const TarDigest &found = std::get<TarDigest>(digest);
    if (found.tarSha256 != manifest->tarSha256)
        return QStringLiteral("the archive is corrupted: its data does not match its checksum");
    const auto sameFile = [](const ArchivedFile &a, const ArchivedFile &b) {
        return a.path == b.path && a.size == b.size && a.sha256 == b.sha256;
    };
    if (!std::equal(found.files.begin(), found.files.end(), manifest->files.begin(), manifest->files.end(), sameFile))
        return QStringLiteral("the archive is corrupted: its files do not match its manifest");
    if (found.feedId != manifest->feedId)
        return QStringLiteral("the archive is corrupted: its secret is not the feed %1").arg(manifest->feedId);
    return verified;
}

}
