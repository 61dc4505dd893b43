#include "store/auditrepository.h"

#include "core/random.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace buttcloud {

namespace {
// Arguments are the caller's: an attack may send megabytes. Keep a valid JSON marker instead.
QByteArray boundedArguments(const QByteArray &json)
{
    if (json.size() <= AuditRepository::MaxArgumentsBytes)
        return json.isEmpty() ? QByteArrayLiteral("{}") : json;
    const QJsonObject marker{{QStringLiteral("truncated"), true},
                             {QStringLiteral("prefix"), QString::fromUtf8(json.left(200))},
                             {QStringLiteral("bytes"), json.size()}};
    return QJsonDocument(marker).toJson(QJsonDocument::Compact);
}
}

AuditRepository::AuditRepository(const Database &database)
    : m_database(database)
{
}

AuditEntry AuditRepository::insert(AuditEntry entry) const
{
    if (entry.id.isEmpty())
        entry.id = generateId();
    if (entry.at == 0)
        entry.at = currentEpochMs();
    entry.argumentsJson = boundedArguments(entry.argumentsJson);
    entry.command = entry.command.left(64);
    entry.error = entry.error.left(64);
    m_database.exec(QStringLiteral("INSERT INTO audit_log (id, at, user_id, user_email, pub_id, action, command,"
                                   " arguments, exit_code, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {entry.id, entry.at, entry.userId, entry.userEmail, entry.pubId.left(12), entry.action,
                     entry.command, QString::fromUtf8(entry.argumentsJson),
                     entry.exitCode ? QVariant(*entry.exitCode) : QVariant(QMetaType::fromType<int>()), entry.error});
    return entry;
}

QList<AuditEntry> AuditRepository::list(int limit, qint64 beforeMs, const QString &pubId) const
{
    const int boundedLimit = std::clamp(limit, 1, MaxListLimit);
    const qint64 before = beforeMs > 0 ? beforeMs : currentEpochMs() + 1;
    QSqlQuery query = pubId.isEmpty()
        ? m_database.exec(QStringLiteral("SELECT id, at, user_id, user_email, pub_id, action, command, arguments, exit_code, error"
                                         " FROM audit_log WHERE at < ? ORDER BY at DESC, id DESC LIMIT ?"),
                          {before, boundedLimit})
        : m_database.exec(QStringLiteral("SELECT id, at, user_id, user_email, pub_id, action, command, arguments, exit_code, error"
                                         " FROM audit_log WHERE at < ? AND pub_id = ? ORDER BY at DESC, id DESC LIMIT ?"),
                          {before, pubId, boundedLimit});
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toString();
        entry.at = query.value(1).toLongLong();
        entry.userId = query.value(2).toString();
        entry.userEmail = query.value(3).toString();
        entry.pubId = query.value(4).toString();
        entry.action = query.value(5).toString();
        entry.command = query.value(6).toString();
        entry.argumentsJson = query.value(7).toString().toUtf8();
        if (!query.value(8).isNull())
            entry.exitCode = query.value(8).toInt();
        entry.error = query.value(9).toString();
        entries.append(std::move(entry));
    }
    return entries;
}

}
