#include "models/commandservice.h"

#include "models/jsonfields.h"
#include "models/session.h"
#include "models/typedreply.h"
#include "wire/errorcodes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace buttcloud {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("buttcloud::CommandService", text);
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

std::optional<QString> validateArgument(const CommandArgumentSpec &spec, const QJsonValue &value)
{
    const QString name = spec.name;
    switch (spec.type) {
    case CommandArgumentSpec::Type::Integer: {
        const double number = value.toDouble();
        if (!value.isDouble() || number != double(qint64(number)))
            return tr("%1: must be a whole number").arg(name);
        const qint64 integer = qint64(number);
        if ((spec.minimum && integer < *spec.minimum) || (spec.maximum && integer > *spec.maximum)) {
            return tr("%1: must be from %2 to %3")
                .arg(name, QString::number(spec.minimum.value_or(std::numeric_limits<qint64>::min())),
                     QString::number(spec.maximum.value_or(std::numeric_limits<qint64>::max())));
        }
        return std::nullopt;
    }
    case CommandArgumentSpec::Type::Boolean:
        if (!value.isBool())
            return tr("%1: must be true or false").arg(name);
        return std::nullopt;
    case CommandArgumentSpec::Type::String: {
        if (!value.isString())
            return tr("%1: must be text").arg(name);
        const QString text = value.toString();
        const int limit = std::min(spec.maxLength.value_or(MaxCommandArgumentLength), MaxCommandArgumentLength);
        if (text.size() > limit)
            return tr("%1: must be at most %2 characters").arg(name).arg(limit);
        if (hasControlCharacter(text))
            return tr("%1: must not contain control characters").arg(name);
        if (!spec.pattern.isEmpty()) {
            const QRegularExpression pattern(QRegularExpression::anchoredPattern(spec.pattern));
            if (!pattern.isValid() || !pattern.match(text).hasMatch())
                return tr("%1: has the wrong form").arg(name);
        }
        return std::nullopt;
    }
    }
    return std::nullopt;
}

std::optional<CommandArgumentSpec::Type> argumentType(const QString &name)
{
    if (name == QLatin1String("integer"))
        return CommandArgumentSpec::Type::Integer;
    if (name == QLatin1String("string"))
        return CommandArgumentSpec::Type::String;
    if (name == QLatin1String("boolean"))
        return CommandArgumentSpec::Type::Boolean;
    return std::nullopt;
}

std::optional<qint64> optionalInteger(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

std::optional<CommandArgumentSpec> parseArgumentSpec(const QJsonObject &json)
{
    CommandArgumentSpec spec;
    spec.name = json.value(QLatin1String("name")).toString();
    const std::optional<CommandArgumentSpec::Type> type = argumentType(json.value(QLatin1String("type")).toString());
    if (spec.name.isEmpty() || !type)
        return std::nullopt;
    spec.type = *type;
    spec.description = json.value(QLatin1String("description")).toString();
    spec.required = json.value(QLatin1String("required")).toBool();
    spec.defaultValue = json.value(QLatin1String("default"));
    spec.minimum = optionalInteger(json, "minimum");
    spec.maximum = optionalInteger(json, "maximum");
    if (const std::optional<qint64> maxLength = optionalInteger(json, "maxLength"))
        spec.maxLength = int(std::clamp<qint64>(*maxLength, 0, MaxCommandArgumentLength));
    spec.pattern = json.value(QLatin1String("pattern")).toString();
    return spec;
}

template<typename T>
void refuseLater(QObject *context, const std::function<void(const Result<T> &)> &handler, const QString &problem)
{
    const ApiError refused{0, QString::fromLatin1(ErrorCode::ValidationFailed), problem};
    QTimer::singleShot(0, context, [handler, refused] { handler(refused); }); // answer later, like the network
}

Result<BulkCommandResult> parseBulkCommandResult(const QJsonObject &json, const QUrl &serverUrl)
{
    BulkCommandResult result;
    result.pubId = stringField(json, "pubId");
    const QJsonValue exitCode = json.value(QLatin1String("exitCode"));
    const QJsonValue error = json.value(QLatin1String("error"));
    if (!isValidId(result.pubId) || !(exitCode.isDouble() || exitCode.isNull())
        || !(error.isObject() || error.isNull() || error.isUndefined()))
        return invalidReplyError(serverUrl, 200);
    if (exitCode.isDouble())
        result.exitCode = exitCode.toInt();
    result.output = stringField(json, "output");
    if (error.isObject()) {
        const QJsonObject errorObject = error.toObject();
        result.errorCode = stringField(errorObject, "code");
        result.errorMessage = messageForServerError(0, result.errorCode, stringField(errorObject, "message"));
        if (result.errorCode.isEmpty())
            return invalidReplyError(serverUrl, 200);
    } else if (!result.exitCode) {
        return invalidReplyError(serverUrl, 200); // neither ran nor failed
    }
    return result;
}
}

bool BulkCommandResult::succeeded() const
{
    return errorCode.isEmpty() && exitCode == 0;
}

bool CommandRun::succeeded() const
{
    return exitCode == 0 && !timedOut;
}

std::optional<QString> validateCommandArguments(const CommandSpec &command, const QJsonObject &arguments)
{
    for (auto it = arguments.begin(); it != arguments.end(); ++it) {
        const auto spec = std::find_if(command.arguments.cbegin(), command.arguments.cend(),
                                       [&it](const CommandArgumentSpec &argument) { return argument.name == it.key(); });
        if (spec == command.arguments.cend())
            return tr("%1: %2 takes no such argument").arg(it.key(), command.name);
        if (std::optional<QString> problem = validateArgument(*spec, it.value()))
            return problem;
    }
    for (const CommandArgumentSpec &spec : command.arguments) {
        if (spec.required && !arguments.contains(spec.name))
            return tr("%1: is required").arg(spec.name);
    }
    return std::nullopt;
}

Result<QList<CommandSpec>> parseCommandList(const QJsonObject &json, const QUrl &serverUrl)
{
    const QJsonValue commands = json.value(QLatin1String("commands"));
    if (!commands.isArray())
        return invalidReplyError(serverUrl, 200);
    QList<CommandSpec> specs;
    for (const QJsonValue &entry : commands.toArray()) {
        const QJsonObject object = entry.toObject();
        CommandSpec spec;
        spec.name = object.value(QLatin1String("name")).toString();
        spec.description = object.value(QLatin1String("description")).toString();
        spec.readOnly = object.value(QLatin1String("readOnly")).toBool(true);
        spec.timeoutSeconds = object.value(QLatin1String("timeoutSeconds")).toInt();
        if (spec.name.isEmpty())
            return invalidReplyError(serverUrl, 200);
        bool understood = true;
        for (const QJsonValue &argument : object.value(QLatin1String("arguments")).toArray()) {
            const std::optional<CommandArgumentSpec> argumentSpec = parseArgumentSpec(argument.toObject());
            understood = understood && argumentSpec.has_value();
            if (argumentSpec)
                spec.arguments.append(*argumentSpec);
        }
        // A command with an argument type this client does not know cannot be checked before
        // sending, so it is not offered rather than sent unchecked.
        if (understood)
            specs.append(spec);
    }
    return specs;
}

Result<QList<BulkCommandResult>> parseBulkCommandResults(const QJsonObject &json, const QUrl &serverUrl)
{
    return parseArrayField<BulkCommandResult>(json, "results", serverUrl, parseBulkCommandResult);
}

Result<CommandRun> parseCommandRun(const QJsonObject &json, const QUrl &serverUrl)
{
    CommandRun run;
    run.id = json.value(QLatin1String("id")).toString();
    run.pubId = json.value(QLatin1String("pubId")).toString();
    run.command = json.value(QLatin1String("command")).toString();
    const QJsonValue exitCode = json.value(QLatin1String("exitCode"));
    const QJsonValue output = json.value(QLatin1String("output"));
    if (run.command.isEmpty() || !output.isString() || !(exitCode.isDouble() || exitCode.isNull()))
        return invalidReplyError(serverUrl, 200);
    run.arguments = json.value(QLatin1String("arguments")).toObject();
    if (exitCode.isDouble())
        run.exitCode = exitCode.toInt();
    run.output = output.toString();
    run.result = json.value(QLatin1String("result"));
    run.timedOut = json.value(QLatin1String("timedOut")).toBool();
    run.startedAt = timeField(json, "startedAt");
    run.finishedAt = timeField(json, "finishedAt");
    return run;
}

CommandService::CommandService(Session *session)
    : m_session(session)
{
}

void CommandService::list(QObject *context, Handler<QList<CommandSpec>> handler)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/commands");
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseCommandList));
}

void CommandService::run(const QString &pubId, const CommandSpec &command, const QJsonObject &arguments,
                         QObject *context, Handler<CommandRun> handler)
{
    if (const std::optional<QString> problem = validateCommandArguments(command, arguments)) {
        refuseLater(context, handler, *problem);
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = pubPath(pubId, "/commands");
    request.body = QJsonObject{{QStringLiteral("command"), command.name}, {QStringLiteral("arguments"), arguments}};
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseCommandRun));
}

void CommandService::runOnMany(const BulkCommandTarget &target, const CommandSpec &command, const QJsonObject &arguments,
                               QObject *context, Handler<QList<BulkCommandResult>> handler)
{
    std::optional<QString> problem = validateCommandArguments(command, arguments);
    if (!command.readOnly)
        problem = tr("%1 changes the pub: only read-only commands run on several pubs at once").arg(command.name);
    else if (target.node.isEmpty() && (target.pubIds.isEmpty() || target.pubIds.size() > MaxBulkCommandPubs))
        problem = tr("Choose 1 to %1 pubs").arg(MaxBulkCommandPubs);
    if (problem) {
        refuseLater(context, handler, *problem);
        return;
    }
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/commands/run");
    request.body = QJsonObject{{QStringLiteral("command"), command.name}, {QStringLiteral("arguments"), arguments}};
    if (target.node.isEmpty())
        request.body->insert(QStringLiteral("pubIds"), QJsonArray::fromStringList(target.pubIds));
    else
        request.body->insert(QStringLiteral("node"), target.node);
    m_session->send(request, context, typedReply(std::move(handler), m_session->serverUrl(), parseBulkCommandResults));
}

}
