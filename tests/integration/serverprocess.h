#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace buttcloud::test {

// One HTTP exchange with the server, waited for synchronously (tests only).
struct HttpResult
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;

    QString errorCode() const;
};

// A real `buttcloudd` process on 127.0.0.1 with a temporary data directory. Everything it creates in
// Docker carries the label buttcloud.test=<runLabel()>, which DockerJanitor removes afterwards.
class ServerProcess final
{
public:
    ServerProcess();
    ~ServerProcess();
    Q_DISABLE_COPY_MOVE(ServerProcess)

    // Another server on the same database, as a fleet runs them: takes first's Docker label and pub
    // ports, and copies its server key into this data directory so both accept each other's tokens
    // (the instance id comes from the database). Call after first started, before start().
    bool shareSwarmWith(const ServerProcess &first);
    // The database the server and its commands use (default: SQLite in the data directory). Passed
    // in the environment (BUTTCLOUD_DATABASE), never on the command line: the URL may hold a password.
    void setDatabaseUrl(const QString &url);

    // Starts the server with these extra arguments; returns false with a reason in lastError().
    // Starting again after stop() restarts it on the same data directory (and the same labels).
    bool start(const QStringList &extraArguments = {});
    void stop();
    // SIGKILL: no shutdown at all, as a crash or a power cut.
    void kill();
    bool isRunning() const;
    QString lastError() const { return m_lastError; }
    QString output() const;

    QUrl baseUrl() const { return m_baseUrl; }
    QString dataDir() const { return m_dataDir.path(); }
    QString runLabel() const { return m_runLabel; }
    quint16 pubPortBase() const { return m_pubPortBase; }

    // Runs `buttcloudd --data <dataDir> <arguments>` to completion, feeding stdinText.
    int runCommand(const QStringList &arguments, const QByteArray &stdinText, QByteArray *output = nullptr);
    // Creates a user through the command line, then signs in; returns the access token.
    QString createUserAndSignIn(const QString &email, const QString &role, const QString &password);
    // Signs an existing user in; returns the access token, empty on failure.
    QString signIn(const QString &email, const QString &password);

    // extraHeaders: name and value pairs sent as they are (a webhook's signature).
    HttpResult request(const QByteArray &method, const QString &path, const QString &token = {},
                       const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    HttpResult requestJson(const QByteArray &method, const QString &path, const QString &token,
                           const QJsonObject &body);
    // Polls GET /api/v1/pubs/{id} until the pub shows status (e.g. "up"); false at the timeout.
    bool waitForPubStatus(const QString &pubId, const QString &status, const QString &token, int timeoutMs);
    // Runs an allow-listed pub command through the API until it answers 200 with exit code 0 (a pub
    // answers whoami about a second after it starts); the last answer when timeoutMs runs out.
    HttpResult runPubCommandUntilItAnswers(const QString &pubId, const QString &command, const QString &token,
                                           int timeoutMs = 60000);

    static QString serverExecutable();

private:
    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_runLabel;
    quint16 m_pubPortBase = 0;
    // Holds m_pubPortBase's range against every other ServerProcess on this machine while this one lives.
    std::unique_ptr<QLockFile> m_pubPortLock;
    QString m_lastError;
    QByteArray m_output;
    QString m_databaseUrl;

    QProcessEnvironment environment() const;
};

// Writes a secret file as operators must (readable by its owner only); false on any failure.
bool writePrivateFile(const QString &path, const QByteArray &content);

// SIGTERM, then SIGKILL if it has not ended after 10 s.
void stopProcess(QProcess &process);

// Runs the docker CLI for checks made independently of the server's own Docker client.
struct DockerCli
{
    static bool available();
    // Returns stdout; exitCode receives the CLI's exit code.
    static QByteArray run(const QStringList &arguments, int *exitCode = nullptr, int timeoutMs = 60000);
    // Removes every service, container, volume and network labelled buttcloud.test=<runLabel>.
    static void removeEverythingLabelled(const QString &runLabel);
    // The running container of a pub's service, empty when none.
    static QString pubContainer(const QString &pubId);
    // `ssb-server <arguments>` in the pub's running container; its standard output.
    static QByteArray ssb(const QString &pubId, const QStringList &arguments);
    // The feed id the pub answers whoami with, asked until it answers or waitMs passed; empty then.
    static QString pubFeedId(const QString &pubId, int waitMs = 60000);
};

}
