#pragma once

#include "core/config.h"
#include "fakepublogs.h"
#include "fakepubruntime.h"
#include "testdatabase.h"
#include "store/records.h"
#include "servercore.h"

#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace buttcloud {

class AccessTokens;
class AuthService;
class Database;
class JobWorker;
class Orchestrator;
class PubController;
class StatsCollector;
class StreamHub;

// The server core in one process on a temporary database (SQLite, or PostgreSQL: see TestDatabase), with a FakePubRuntime instead of
// Docker and the API listening on 127.0.0.1:<free port>. Observation runs only when a test asks.
class TestBackend final
{
    Q_DISABLE_COPY_MOVE(TestBackend)

public:
    TestBackend();
    // With the test configuration changed first (billing mode, for one).
    explicit TestBackend(const std::function<void(ServerConfig &config)> &adjust);
    ~TestBackend();

    static QString password(); // of every user addUser() makes
    // Small, recognisable values: image buttcloud/pub:test, host pubs.example.org, ports 21000-21002,
    // memory 256m/128m, tokens 900 s / 1 day, observation every hour (tests call observeNow()).
    static ServerConfig testConfig(const QString &dataDir, const DatabaseLocation &database);

    // Inserts a user whose password is password() (hashed once per process: tests stay fast).
    UserRecord addUser(const QString &email, Role role);
    QString accessTokenFor(const UserRecord &user) const;
    // Signed with the server's key, but issued long ago.
    QString expiredAccessTokenFor(const UserRecord &user) const;
    QUrl url(const QString &path) const;

    const Database &database() const;
    const AccessTokens &accessTokens() const;
    const AuthService &auth() const;
    FakePubRuntime &runtime();
    FakePubLogs &logs();   // the core's log source
    ServerCore &core();
    PubController &pubs();
    JobWorker &jobs();
    Orchestrator &orchestrator();
    // One reconcile pass, waited for (observe, plan, queue).
    void reconcile();
    StatsCollector &stats();
    StreamHub &stream();
    void setEngineReachable(bool reachable);

private:
    QTemporaryDir m_dir;
    TestDatabase m_testDatabase{m_dir.path()};
    QByteArray m_serverKey;
    FakePubRuntime m_runtime;
    FakePubLogs m_logs;
    std::unique_ptr<ServerCore> m_core;
    quint16 m_port = 0;
    bool m_engineReachable = true;
};

}
