#include "store/databaselocation.h"

#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace buttcloud {

namespace {
// libpq options that make sense in a URL; anything else is refused so a typo is not ignored.
const QSet<QString> &allowedPostgresOptions()
{
    static const QSet<QString> options{QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
                                       QStringLiteral("sslcert"), QStringLiteral("sslkey"),
                                       QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
    return options;
}

std::variant<DatabaseLocation, QString> parsePostgresql(const QUrl &url)
{
    const QString expected = QStringLiteral("expected postgresql://user:password@host:port/database");
    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::Postgresql;
    location.host = url.host();
    location.port = url.port(5432);
    location.name = url.path().mid(1);
    location.user = url.userName();
    location.password = url.password();
    if (location.host.isEmpty() || location.name.isEmpty() || location.name.contains(QLatin1Char('/'))
        || location.port < 1 || location.port > 65535) {
        return QStringLiteral("invalid --database: ") + expected;
    }
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedPostgresOptions().contains(key))
            return QStringLiteral("invalid --database: unknown option %1 (known: sslmode, sslrootcert, sslcert, sslkey,"
                                  " connect_timeout, application_name)").arg(key);
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('=')) || value.isEmpty())
            return QStringLiteral("invalid --database: option %1 has an invalid value").arg(key);
        options.append(key + QLatin1Char('=') + value);
    }
    if (!options.join(QString()).contains(QLatin1String("connect_timeout")))
        options.append(QStringLiteral("connect_timeout=10"));
    location.options = options.join(QLatin1Char(';'));
    return location;
}
}

QSqlDatabase addDatabaseConnection(const DatabaseLocation &location, const QString &connectionName)
{
    if (location.kind == DatabaseLocation::Kind::Sqlite) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(location.sqlitePath);
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.name);
    db.setUserName(location.user);
    db.setPassword(location.password);
    db.setConnectOptions(location.options);
    return db;
}

QString DatabaseLocation::describe() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + sqlitePath;
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(who, host).arg(port).arg(name);
}

std::variant<DatabaseLocation, QString> parseDatabaseUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (url.isValid() && (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")))
        return parsePostgresql(url);
    if (!url.isValid() || scheme != QLatin1String("sqlite") || !url.host().isEmpty() || url.path().isEmpty()
        || url.path() == QLatin1String("/")) {
        return QStringLiteral("invalid --database: expected sqlite:///absolute/path or"
                              " postgresql://user:password@host:port/database");
    }
    DatabaseLocation location;
    location.sqlitePath = url.path();
    return location;
}

}
