#include "commands/commandrelay.h"

#include "commands/commandarguments.h"
#include "core/logging.h"
#include "core/random.h"
#include "http/apierror.h"
#include "http/jsonviews.h"
#include "store/auditrepository.h"
#include "store/database.h"
#include "store/pubrepository.h"
#include "wire/errorcodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

#include <memory>

namespace buttcloud {

namespace {
const QString AuditAction = QStringLiteral("command");

QByteArray compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isUndefined() || value.isNull())
        return QByteArrayLiteral("{}");
    // Not an object (refused anyway): keep what was sent, as JSON, for the record.
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
}
}

QJsonValue parsedOutput(const QByteArray &output)
{
    // Wrapped in an array so scalars (ssb-server prints invites as JSON strings) parse too.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + output.trimmed() + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return QJsonValue::Null;
    return document.array().first();
}

QJsonObject commandRunJson(const CommandRun &run)
{
    return QJsonObject{
        {QStringLiteral("id"), run.command.id},
        {QStringLiteral("pubId"), run.command.pub.id},
        {QStringLiteral("command"), run.command.spec.name},
        {QStringLiteral("arguments"), run.command.arguments},
        {QStringLiteral("exitCode"), run.outcome.exitCode},
        {QStringLiteral("output"), QString::fromUtf8(run.outcome.standardOutput)},
        {QStringLiteral("errorOutput"), QString::fromUtf8(run.outcome.standardError)},
        {QStringLiteral("result"), parsedOutput(run.outcome.standardOutput)},
        {QStringLiteral("timedOut"), run.outcome.timedOut},
        {QStringLiteral("startedAt"), isoTime(run.startedAt)},
        {QStringLiteral("finishedAt"), isoTime(run.finishedAt)},
    };
}

CommandRelay::CommandRelay(const Database &database, PubRuntime *runtime, const CommandAllowList &allowList,
                           QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_runtime(runtime)
    , m_allowList(allowList)
{
}

CommandRelay::~CommandRelay() = default;

QList<CommandSpec> CommandRelay::commandsFor(const UserRecord &caller) const
{
    QList<CommandSpec> allowed;
    for (const CommandSpec &command : m_allowList.commands()) {
        try {
            checkAccess(command.policy(), caller, std::nullopt);
            allowed.append(command);
        } catch (const ApiError &) {
        }
    }
    return allowed;
}

void CommandRelay::audit(const UserRecord &caller, const QString &pubId, const QString &command,
                         const QJsonValue &arguments, std::optional<int> exitCode, const QString &errorCode) const
{
    AuditEntry entry;
    entry.userId = caller.id;
    entry.userEmail = caller.email;
    entry.pubId = pubId;
    entry.action = AuditAction;
    entry.command = command;
    entry.argumentsJson = compactJson(arguments);
    entry.exitCode = exitCode;
    entry.error = errorCode;
    AuditRepository(m_database).insert(entry);
}

const CommandSpec &CommandRelay::checkedCommand(const UserRecord &caller, const QString &commandName,
                                                const QJsonValue &arguments) const
{
    const CommandSpec *spec = m_allowList.find(commandName);
    if (!spec)
        throw ApiError::validation(QStringLiteral("command"), QStringLiteral("not an allowed command (GET /api/v1/commands lists them)"));
    checkAccess(spec->policy(), caller, std::nullopt);
    validateCommandArguments(*spec, arguments);
    return *spec;
}

PreparedCommand CommandRelay::prepareChecked(const UserRecord &caller, const CommandSpec &spec, const QString &pubId,
                                             const QJsonObject &arguments) const
{
    const std::optional<PubRecord> pub = PubRepository(m_database).findById(pubId);
    if (!pub)
        throw ApiError::notFound(); // as the role check answers for someone else's pub: ids cannot be probed
    checkAccess(spec.policy(), caller, pub->ownerId);
    if (pub->status != PubStatus::Up || pub->desiredState != PubDesiredState::Running)
        throw ApiError::conflict(QStringLiteral("the pub is %1, not up").arg(pubStatusName(pub->status)));
    PreparedCommand prepared;
    prepared.id = generateId();
    prepared.pub = *pub;
    prepared.spec = spec;
    prepared.arguments = arguments;
    prepared.argv = commandArgv(spec, arguments);
    return prepared;
}

PreparedCommand CommandRelay::prepare(const UserRecord &caller, const QString &pubId, const QString &commandName,
                                      const QJsonValue &arguments) const
{
    try {
        const CommandSpec &spec = checkedCommand(caller, commandName, arguments);
        return prepareChecked(caller, spec, pubId, validateCommandArguments(spec, arguments));
    } catch (const ApiError &refusal) {
        audit(caller, pubId, commandName, arguments, std::nullopt, QLatin1String(refusal.code()));
        throw;
    }
}

void CommandRelay::run(const UserRecord &caller, const PreparedCommand &command, std::function<void(CommandRun)> done)
{
    auto started = std::make_shared<CommandRun>();
    started->command = command;
    started->startedAt = currentEpochMs();
    qCInfo(lcPubs).noquote() << "user" << caller.id << "runs" << command.spec.name << "on pub" << command.pub.id;

    const QPointer<CommandRelay> guard(this);
    auto onOutput = [guard, userId = caller.id, commandId = command.id, pubId = command.pub.id](const QByteArray &chunk, bool isStandardError) {
        if (guard)
            Q_EMIT guard->outputChunk(userId, commandId, pubId, isStandardError ? QStringLiteral("stderr") : QStringLiteral("stdout"), chunk);
    };
    auto onDone = [guard, caller, started, done = std::move(done)](std::variant<ExecOutcome, RuntimeError> result) {
        if (!guard)
            return;
        CommandRun run = *started;
        run.finishedAt = currentEpochMs();
        if (const auto *outcome = std::get_if<ExecOutcome>(&result)) {
            run.outcome = *outcome;
        } else {
            const RuntimeError &error = std::get<RuntimeError>(result);
            run.errorCode = error.hubUnreachable    ? ErrorCode::HubUnreachable
                          : error.engineUnavailable ? ErrorCode::EngineUnavailable
                          : error.notFound          ? ErrorCode::Conflict
                                                    : ErrorCode::Internal;
            run.errorMessage = error.notFound ? QStringLiteral("the pub's container is not running") : error.message;
            qCWarning(lcPubs).noquote() << "command" << run.command.spec.name << "on pub" << run.command.pub.id
                                        << "could not run:" << error.message;
        }
        try {
            guard->audit(caller, run.command.pub.id, run.command.spec.name, run.command.arguments,
                         run.errorCode ? std::nullopt : std::optional<int>(run.outcome.exitCode),
                         run.errorCode ? QLatin1String(run.errorCode) : run.outcome.timedOut ? QStringLiteral("timed_out") : QString());
        } catch (const std::exception &failure) {
            qCCritical(lcPubs) << "cannot write the audit row of command" << run.command.id << ":" << failure.what();
        }
        done(std::move(run));
    };
    m_runtime->exec(command.pub.id, command.argv, command.spec.timeout, std::move(onOutput), std::move(onDone));
}

void CommandRelay::runOnMany(const UserRecord &caller, const QString &commandName, const QJsonValue &arguments,
                             const QStringList &pubIds, const QString &node, std::function<void(QList<BulkItem>)> done)
{
    QStringList targets = pubIds;
    try {
        const CommandSpec &spec = checkedCommand(caller, commandName, arguments);
        if (!spec.readOnly)
            throw ApiError::validation(QStringLiteral("command"), QStringLiteral("only read-only commands run on many pubs"));
        if (targets.isEmpty()) {
            for (const PubRecord &pub : PubRepository(m_database).list()) {
                if (pub.node == node && (seesEverything(caller) || pub.ownerId == caller.id))
                    targets.append(pub.id);
            }
        }
        if (targets.size() > MaxBulkPubs)
            throw ApiError::validation(QStringLiteral("pubIds"), QStringLiteral("at most %1 pubs at once").arg(MaxBulkPubs));
    } catch (const ApiError &refusal) {
        audit(caller, QString(), commandName, arguments, std::nullopt, QLatin1String(refusal.code()));
        throw;
    }
    targets.removeDuplicates();

    struct Collected
    {
        QList<BulkItem> items;
        int pending = 0;
        std::function<void(QList<BulkItem>)> done;
    };
    auto collected = std::make_shared<Collected>();
    collected->done = std::move(done);
    collected->items.resize(targets.size());
    QList<std::pair<qsizetype, PreparedCommand>> runnable;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        collected->items[i].pubId = targets.at(i);
        try {
            runnable.append({i, prepare(caller, targets.at(i), commandName, arguments)});
        } catch (const ApiError &refusal) {
            collected->items[i].errorCode = refusal.code();
            collected->items[i].errorMessage = refusal.message();
        }
    }
    collected->pending = int(runnable.size());
    if (runnable.isEmpty()) {
        QMetaObject::invokeMethod(this, [collected] { collected->done(collected->items); }, Qt::QueuedConnection);
        return;
    }
    // index copied out of the pair: clang before 16 cannot capture structured bindings.
    for (auto &entry : runnable) {
        const auto index = entry.first;
        run(caller, entry.second, [collected, index](CommandRun finished) {
            BulkItem &item = collected->items[index];
            item.errorCode = finished.errorCode;
            item.errorMessage = finished.errorMessage;
            item.run = std::move(finished);
            if (--collected->pending == 0)
                collected->done(collected->items);
        });
    }
}

}
