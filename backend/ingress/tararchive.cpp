#include "ingress/tararchive.h"

#include <QSet>
#include <QStringList>

namespace buttcloud {

namespace {

constexpr int BlockSize = 512;

void putField(QByteArray &header, int offset, int length, const QByteArray &value)
{
    std::copy_n(value.constData(), std::min<qsizetype>(value.size(), length), header.data() + offset);
}

// Octal numbers take length-1 digits and a NUL, as ustar writes them.
void putOctal(QByteArray &header, int offset, int length, qint64 value)
{
    putField(header, offset, length, QByteArray::number(value, 8).rightJustified(length - 1, '0'));
}

// ustar splits a long path into a prefix (at most 155 bytes) and a name (at most 100) at a '/'.
bool putPath(QByteArray &header, const QByteArray &path)
{
    if (path.size() <= 100) {
        putField(header, 0, 100, path);
        return true;
    }
    for (qsizetype slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
        if (slash <= 155 && path.size() - slash - 1 <= 100) {
            putField(header, 345, 155, path.left(slash));
            putField(header, 0, 100, path.mid(slash + 1));
            return true;
        }
    }
    return false;
}

QByteArray header(const QByteArray &path, char type, int mode, qint64 size, int uid, int gid, qint64 modified)
{
    QByteArray block(BlockSize, '\0');
    if (!putPath(block, path))
        return {};
    putOctal(block, 100, 8, mode);
    putOctal(block, 108, 8, uid);
    putOctal(block, 116, 8, gid);
    putOctal(block, 124, 12, size);
    putOctal(block, 136, 12, modified);
    block[156] = type;
    putField(block, 257, 6, QByteArrayLiteral("ustar"));  // magic, NUL-terminated
    putField(block, 263, 2, QByteArrayLiteral("00"));
    // The checksum is computed with its own field read as spaces.
    std::fill_n(block.data() + 148, 8, ' ');
    unsigned sum = 0;
    for (const char c : std::as_const(block))
        sum += static_cast<unsigned char>(c);
    putField(block, 148, 8, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
    return block;
}

bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')))
        return false;
    const QStringList segments = path.split(QLatin1Char('/'));
    return std::none_of(segments.cbegin(), segments.cend(), [](const QString &segment) {
        return segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String("..");
    });
}

}

QByteArray tarArchive(const QList<TarEntry> &entries, int uid, int gid, qint64 modifiedEpochSeconds)
{
    QByteArray archive;
    QSet<QString> directories;
    for (const TarEntry &entry : entries) {
        if (!isSafeRelativePath(entry.path))
            return {};
        const QStringList segments = entry.path.split(QLatin1Char('/'));
        for (qsizetype depth = 1; depth < segments.size(); ++depth) {
            const QString directory = segments.mid(0, depth).join(QLatin1Char('/'));
            if (directories.contains(directory))
                continue;
            directories.insert(directory);
            const QByteArray block = header((directory + QLatin1Char('/')).toUtf8(), '5', 0755, 0, uid, gid, modifiedEpochSeconds);
            if (block.isEmpty())
                return {};
            archive += block;
        }
        const QByteArray block = header(entry.path.toUtf8(), '0', entry.mode, entry.content.size(), uid, gid, modifiedEpochSeconds);
        if (block.isEmpty())
            return {};
        archive += block;
        archive += entry.content;
        archive += QByteArray((BlockSize - entry.content.size() % BlockSize) % BlockSize, '\0');
    }
    archive += QByteArray(2 * BlockSize, '\0');  // the end-of-archive marker
    return archive;
}

}
