#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace buttcloud {

struct TarEntry
{
    QString path;          // relative, '/'-separated, no ".." (directories come from the paths)
    QByteArray content;
    int mode = 0644;
};

// A POSIX ustar archive of regular files, owned by uid and gid, with a directory entry (0755) before
// the first file of each directory: what Docker's PUT /containers/{id}/archive unpacks. Returns an
// empty array when a path is empty, absolute, has "." or ".." segments, or does not fit ustar's 100+155
// byte name fields.
QByteArray tarArchive(const QList<TarEntry> &entries, int uid, int gid, qint64 modifiedEpochSeconds);

}
