#pragma once

#include "commands/commandallowlist.h"
#include "store/records.h"
#include "swarm/pubruntime.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace buttcloud {

class Database;

// A command checked in every way and ready to run on one pub.
struct PreparedCommand
{
    QString id;
    PubRecord pub;
    CommandSpec spec;
    QJsonObject arguments;  // validated, defaults filled in
    QStringList argv;
};

// How one run ended. error is set when it could not run at all (ErrorCode::* and a message).
struct CommandRun
{
    PreparedCommand command;
    ExecOutcome outcome;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    const char *errorCode = nullptr;
    QString errorMessage;
};

// The outcome of one pub of a bulk run: a run, or why that pub was refused.
struct BulkItem
{
    QString pubId;
    std::optional<CommandRun> run;
    const char *errorCode = nullptr;
    QString errorMessage;
};

// Runs allow-listed ssb-server commands in pubs' containers through the PubRuntime and writes every
// run and every refusal to the audit log. Checks happen before anything reaches the runtime: unknown
// command or argument 422, role 403 (checkAccess with the command's policy), another customer's or an
// unknown pub 404, a pub that is not up 409.
class CommandRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRelay)

public:
    static constexpr int MaxBulkPubs = 100;

    CommandRelay(const Database &database, PubRuntime *runtime, const CommandAllowList &allowList,
                 QObject *parent = nullptr);
    ~CommandRelay() override;

    // The commands the caller's role may run (on pubs they may reach).
    QList<CommandSpec> commandsFor(const UserRecord &caller) const;

    // Throws ApiError after recording the refusal in the audit log.
    PreparedCommand prepare(const UserRecord &caller, const QString &pubId, const QString &commandName,
                            const QJsonValue &arguments) const;
    // Runs a prepared command; done is called once, later, on this thread, after the audit row is written.
    void run(const UserRecord &caller, const PreparedCommand &command, std::function<void(CommandRun)> done);

    // A read-only command on many pubs (pubIds, or every pub on node when pubIds is empty). Throws
    // ApiError for what concerns the whole request; a pub that cannot run it is reported in its item.
    void runOnMany(const UserRecord &caller, const QString &commandName, const QJsonValue &arguments,
                   const QStringList &pubIds, const QString &node, std::function<void(QList<BulkItem>)> done);

Q_SIGNALS:
    // Output of a running command, for its caller's live stream; stream is "stdout" or "stderr".
    void outputChunk(const QString &userId, const QString &commandId, const QString &pubId,
                     const QString &stream, const QByteArray &data);

private:
    // The command, its role check and its arguments, before any pub is looked at.
    const CommandSpec &checkedCommand(const UserRecord &caller, const QString &commandName, const QJsonValue &arguments) const;
    PreparedCommand prepareChecked(const UserRecord &caller, const CommandSpec &spec, const QString &pubId,
                                   const QJsonObject &arguments) const;
    void audit(const UserRecord &caller, const QString &pubId, const QString &command, const QJsonValue &arguments,
               std::optional<int> exitCode, const QString &errorCode) const;

    const Database &m_database;
    PubRuntime *m_runtime;
    const CommandAllowList &m_allowList;
};

// The API's JSON of a finished run (POST /api/v1/pubs/{id}/commands).
QJsonObject commandRunJson(const CommandRun &run);
// The output parsed as JSON when it is JSON (ssb-server prints JSON values), else null.
QJsonValue parsedOutput(const QByteArray &output);

}
