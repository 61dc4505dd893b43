#include "core/datadir.h"

#include "core/logging.h"
#include "core/random.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <stdexcept>

namespace buttcloud {

namespace {
constexpr int ServerKeySize = 32;

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}
}

DataDir::DataDir(QString path)
    : m_path(std::move(path))
{
}

QString DataDir::path() const
{
    return m_path;
}

QString DataDir::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

void makePrivateDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        throw std::runtime_error(QStringLiteral("cannot create %1").arg(path).toStdString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void DataDir::ensureExists() const
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir())
        fail(QStringLiteral("data directory %1 exists and is not a directory").arg(m_path));
    if (info.exists()) {
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (info.permissions() & others)
            qCWarning(lcConfig).noquote() << "data directory" << m_path << "is open to other users; chmod 700 it";
        return;
    }
    if (!QDir().mkpath(m_path))
        fail(QStringLiteral("cannot create data directory %1").arg(m_path));
    // Tokens' signing key lives here: nobody else may list or read it.
    if (!QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        fail(QStringLiteral("cannot restrict permissions of %1").arg(m_path));
}

QByteArray DataDir::readOrCreate(const QString &name, const QByteArray &fresh) const
{
    const QString path = filePath(name);
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            fail(QStringLiteral("cannot read %1: %2").arg(path, existing.errorString()));
        return existing.readAll();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(fresh);
    if (!file.commit())
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return fresh;
}

QByteArray DataDir::serverKey() const
{
    const QByteArray key = readOrCreate(QStringLiteral("server.key"), randomBytes(ServerKeySize));
    if (key.size() != ServerKeySize)
        fail(QStringLiteral("%1 must hold exactly %2 bytes").arg(filePath(QStringLiteral("server.key"))).arg(ServerKeySize));
    return key;
}

QString DataDir::instanceId() const
{
    const QString id = QString::fromLatin1(
        readOrCreate(QStringLiteral("instance-id"), generateId().toLatin1() + '\n')).trimmed();
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9]{12}$"));
    if (!valid.match(id).hasMatch())
        fail(QStringLiteral("%1 does not hold a valid instance id").arg(filePath(QStringLiteral("instance-id"))));
    return id;
}

}
