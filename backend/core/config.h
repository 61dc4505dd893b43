#pragma once

#include <QHostAddress>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <variant>

namespace buttcloud {

// Everything buttcloudd can be told, already validated. Defaults are the documented ones.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 8080;      // 0: any free port
    QString dataDir;
    QString databasePath;           // the SQLite file; PostgreSQL will add a URL here
    QUrl dockerHost = QUrl(QStringLiteral("unix:///var/run/docker.sock"));
    QString publicHost = QStringLiteral("127.0.0.1");
    QString pubImage;
    quint16 pubPortFirst = 20000;
    quint16 pubPortLast = 20999;
    qint64 pubMemoryLimitBytes = qint64(1) << 30;
    qint64 pubMemoryReservationBytes = qint64(1) << 30;
    std::chrono::seconds accessTokenTtl{900};
    std::chrono::seconds refreshTokenTtl{30 * 24 * 3600};
    std::chrono::milliseconds observeInterval{2000};
    std::chrono::milliseconds statsFlushInterval{60000}; // a test knob: how often stats minutes are written
    std::chrono::milliseconds reconcileInterval{30000};
    std::chrono::milliseconds orphanGrace{10 * 60 * 1000};
    qint64 capacityPubMemoryBytes = qint64(1) << 30;
    qint64 capacityHubMemoryBytes = qint64(15) << 30;
    qint64 capacityHubPriceMonth = 4000; // minor units of capacityCurrency
    QString capacityCurrency = QStringLiteral("usd");
    int capacityMinFreePubs = 2;
    double capacityHeadroom = 0.25;
    QMap<QString, QString> labels;  // added to everything created in Docker
};

// A command-line invocation: run the server, or a maintenance command (`user add`, `user list`).
struct UserCommandOptions
{
    QString email;
    QString name;
    QString role;
    bool passwordFromStdin = false;
};

struct Invocation
{
    enum class Action { RunServer, UserAdd, UserList, ShowHelp, ShowVersion };
    Action action = Action::RunServer;
    ServerConfig config;
    UserCommandOptions user;
    QString helpText;
};

// A refusal to start, for people; main prints it and exits with 2.
struct ConfigError
{
    QString message;
};

// Reads flags > environment (BUTTCLOUD_<OPTION>) > config file (--config, INI key = value) > defaults,
// and validates every value.
std::variant<Invocation, ConfigError> parseInvocation(const QStringList &arguments,
                                                      const QProcessEnvironment &environment);

// Value parsers, public so tests can table them. Each returns nullopt on anything invalid.
std::optional<qint64> parseByteSize(const QString &text);                     // 1024, 512k, 64m, 1g
std::optional<std::chrono::milliseconds> parseDuration(const QString &text); // 900, 900s, 15m, 12h, 30d, 500ms

}
