#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace buttcloud {

class Database;

// One audit log row: who did what to which pub and how it ended.
struct AuditEntry
{
    QString id;
    qint64 at = 0;               // epoch ms
    QString userId;
    QString userEmail;
    QString pubId;               // empty when the action concerned no single pub
    QString action;              // "command"
    QString command;
    QByteArray argumentsJson;    // compact JSON, at most MaxArgumentsBytes (longer ones are replaced)
    std::optional<int> exitCode; // none when it did not run
    QString error;               // the error code when refused or failed, else empty
};

// The audit_log table. Throws StoreError on database failures.
class AuditRepository final
{
public:
    static constexpr qsizetype MaxArgumentsBytes = 1024;
    static constexpr int MaxListLimit = 1000;

    explicit AuditRepository(const Database &database);

    // Assigns id and at when empty or 0; returns the entry as stored.
    AuditEntry insert(AuditEntry entry) const;
    // Newest first; beforeMs 0 means now, pubId empty means all pubs; limit clamped to 1..MaxListLimit.
    QList<AuditEntry> list(int limit, qint64 beforeMs = 0, const QString &pubId = {}) const;

private:
    const Database &m_database;
};

}
