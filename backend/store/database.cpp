#include "store/database.h"

#include "core/logging.h"
#include "store/migrations.h"

#include <QDateTime>
#include <QSqlError>

#include <atomic>

namespace buttcloud {

namespace {
QString nextConnectionName()
{
    // Unique per Database so tests may open several; the server opens exactly one.
    static std::atomic<int> counter{0};
    return QStringLiteral("buttcloud-%1").arg(counter++);
}

[[noreturn]] void fail(const QString &what, const QSqlError &error)
{
    // Logged in full here; the exception text reaches only the log too (the API answers "internal").
    qCWarning(lcStore).noquote() << what << error.text();
    throw StoreError((what + QLatin1String(": ") + error.text()).toStdString());
}
}

qint64 currentEpochMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Database::Database(const DatabaseLocation &location)
    : m_connectionName(nextConnectionName())
    , m_dialect(location.kind)
{
    open(location);
}

Database::Database(const QString &sqlitePath)
    : Database([&sqlitePath] {
        DatabaseLocation location;
        location.sqlitePath = sqlitePath;
        return location;
    }())
{
}

void Database::open(const DatabaseLocation &location)
{
    const bool sqlite = location.kind == DatabaseLocation::Kind::Sqlite;
    QSqlDatabase db = addDatabaseConnection(location, m_connectionName);
    if (!db.isValid() || !db.open()) {
        const QString reason = db.isValid() ? db.lastError().text() : QStringLiteral("the Qt SQL driver is not installed");
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        // libpq's messages name host and user, never the password.
        throw StoreError(QStringLiteral("cannot open database %1: %2").arg(location.describe(), reason).toStdString());
    }
    if (sqlite) {
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        migrate(*this);
        return;
    }
    // Several servers may start at once on one PostgreSQL database: one migrates, the others wait.
    constexpr qint64 MigrationLockKey = 0x6275747463; // "buttc"
    exec(QStringLiteral("SELECT pg_advisory_lock(?)"), {MigrationLockKey});
    try {
        migrate(*this);
    } catch (...) {
        exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), {MigrationLockKey});
        throw;
    }
    exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), {MigrationLockKey});
}

DatabaseLocation::Kind Database::dialect() const
{
    return m_dialect;
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::exec(const QString &sql, std::initializer_list<QVariant> values) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // PostgreSQL cannot PREPARE schema statements; a statement without values needs no preparing.
    if (values.size() == 0) {
        if (!query.exec(sql))
            fail(QStringLiteral("statement failed"), query.lastError());
        return query;
    }
    if (!query.prepare(sql))
        fail(QStringLiteral("cannot prepare statement"), query.lastError());
    for (const QVariant &value : values) {
        // Qt binds a null QString as SQL NULL; our text columns mean "empty" by it.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec())
        fail(QStringLiteral("statement failed"), query.lastError());
    return query;
}

bool Database::execChanging(const QString &sql, std::initializer_list<QVariant> values) const
{
    return exec(sql, values).numRowsAffected() > 0;
}

void Database::transaction(const std::function<void()> &work) const
{
    QSqlDatabase db = connection();
    // SQLite: take the write lock at the start. A deferred transaction that reads first fails at its
    // first write with "database is locked", without waiting (busy_timeout does not apply), when
    // another connection wrote meanwhile: the server's command line (`user add`) next to a busy
    // server did (tst_ingress, integration tests run in parallel).
    if (dialect() == DatabaseLocation::Kind::Sqlite) {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            fail(QStringLiteral("cannot begin a transaction"), begin.lastError());
    } else if (!db.transaction()) {
        fail(QStringLiteral("cannot begin a transaction"), db.lastError());
    }
    try {
        work();
    } catch (...) {
        db.rollback();
        throw;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        fail(QStringLiteral("cannot commit"), error);
    }
}

int Database::schemaVersion() const
{
    QSqlQuery query = exec(QStringLiteral("SELECT MAX(version) FROM migrations"));
    return query.next() ? query.value(0).toInt() : 0;
}

bool Database::isHealthy() const
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

}
