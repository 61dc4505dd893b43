#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace buttcloud {

class Session;

// One argument of an allow-listed command, as GET /api/v1/commands describes it.
struct CommandArgumentSpec
{
    enum class Type { Integer, String, Boolean };

    QString name;
    Type type = Type::String;
    QString description;
    bool required = false;
    QJsonValue defaultValue; // Undefined when there is none
    std::optional<qint64> minimum; // integers
    std::optional<qint64> maximum;
    std::optional<int> maxLength; // strings
    QString pattern;              // strings, a regular expression the whole value must match
};

struct CommandSpec
{
    QString name;
    QString description;
    bool readOnly = true;
    int timeoutSeconds = 0;
    QList<CommandArgumentSpec> arguments;
};

// The answer to one command run.
struct CommandRun
{
    QString id;
    QString pubId;
    QString command;
    QJsonObject arguments;
    std::optional<int> exitCode;
    QString output;
    QJsonValue result; // the output parsed as JSON, Undefined when it is not JSON
    bool timedOut = false;
    QDateTime startedAt;
    QDateTime finishedAt;

    bool succeeded() const;
};

// One pub's answer to a command run on many (POST /api/v1/commands/run).
struct BulkCommandResult
{
    QString pubId;
    std::optional<int> exitCode;
    QString output;
    QString errorCode;    // not_found, conflict, ...; empty when the command ran
    QString errorMessage;

    bool succeeded() const;
};

// Where a bulk command runs: the listed pubs, or every pub on one hub (node).
struct BulkCommandTarget
{
    QStringList pubIds;
    QString node;
};

// docs/api.md: a bulk run takes at most this many pubs.
inline constexpr int MaxBulkCommandPubs = 100;

// Strings longer than this are refused before sending, whatever the schema says.
inline constexpr int MaxCommandArgumentLength = 1024;

// Checks arguments against a command's schema: unknown names, wrong types, bounds, lengths,
// patterns and control characters. Returns the message naming the first bad argument, or nothing.
std::optional<QString> validateCommandArguments(const CommandSpec &command, const QJsonObject &arguments);

Result<QList<CommandSpec>> parseCommandList(const QJsonObject &json, const QUrl &serverUrl);
Result<CommandRun> parseCommandRun(const QJsonObject &json, const QUrl &serverUrl);
Result<QList<BulkCommandResult>> parseBulkCommandResults(const QJsonObject &json, const QUrl &serverUrl);

// GET /api/v1/commands and POST /api/v1/pubs/{id}/commands, typed. Arguments are validated here
// first: a refused run answers validation_failed without reaching the server.
class CommandService final
{
    Q_DISABLE_COPY_MOVE(CommandService)

public:
    template<typename T>
    using Handler = std::function<void(const Result<T> &)>;

    explicit CommandService(Session *session);

    void list(QObject *context, Handler<QList<CommandSpec>> handler);
    void run(const QString &pubId, const CommandSpec &command, const QJsonObject &arguments, QObject *context,
             Handler<CommandRun> handler);
    // A read-only command on 1 to MaxBulkCommandPubs pubs, or on every pub of a hub; refused here
    // (validation_failed) for commands that change anything, bad arguments or a wrong number of pubs.
    void runOnMany(const BulkCommandTarget &target, const CommandSpec &command, const QJsonObject &arguments,
                   QObject *context, Handler<QList<BulkCommandResult>> handler);

private:
    Session *m_session;
};

}
