#pragma once

#include <QByteArray>
#include <QString>

namespace buttcloud {

// Creates path (and its parents) when missing and makes it 0700: for directories under the data
// directory where archives holding a pub's secret wait. Throws std::runtime_error when it cannot.
void makePrivateDirectory(const QString &path);

// The server's private directory: created 0700, holds the signing key and the instance id.
// Every function throws std::runtime_error with a message for people when the disk says no.
class DataDir final
{
public:
    explicit DataDir(QString path);

    // Creates the directory (0700) when missing; refuses a path that is a file.
    void ensureExists() const;
    // server.key: 32 random bytes, 0600, created on first use and read after.
    QByteArray serverKey() const;
    // instance-id: a random id that tells this server's Docker objects from others'.
    QString instanceId() const;

    QString path() const;
    QString filePath(const QString &name) const;

private:
    QByteArray readOrCreate(const QString &name, const QByteArray &fresh) const;

    QString m_path;
};

}
