#include "commands/commandallowlist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace buttcloud {

namespace {
constexpr qint64 MaxTimeoutSeconds = 300;
constexpr int MaxStringArgumentLength = 256;

[[noreturn]] void refuse(const QString &where, const QString &problem)
{
    throw AllowListError(QStringLiteral("allow-list %1: %2").arg(where, problem).toStdString());
}

// Unknown keys are refused: a misspelt "readonly" must not silently make a command read-write.
void requireOnlyKeys(const QJsonObject &object, const QStringList &allowed, const QString &where)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            refuse(where, QStringLiteral("unknown key \"%1\"").arg(it.key()));
    }
}

QString requireString(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        refuse(where, QStringLiteral("\"%1\" must be a non-empty string").arg(key));
    return value.toString();
}

qint64 requireInteger(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
        refuse(where, QStringLiteral("\"%1\" must be an integer").arg(key));
    return value.toInteger();
}

CommandArgumentSpec parseArgument(const QJsonValue &value, const QString &where)
{
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-zA-Z0-9]{0,31}$"));
    if (!value.isObject())
        refuse(where, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    requireOnlyKeys(object, {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("type"),
                             QStringLiteral("required"), QStringLiteral("default"), QStringLiteral("minimum"),
                             QStringLiteral("maximum"), QStringLiteral("maxLength")}, where);
    CommandArgumentSpec argument;
    argument.name = requireString(object, QStringLiteral("name"), where);
    if (!namePattern.match(argument.name).hasMatch())
        refuse(where, QStringLiteral("argument name \"%1\" must be a short camelCase word").arg(argument.name));
    argument.description = object.value(QLatin1String("description")).toString();
    const QJsonValue required = object.value(QLatin1String("required"));
    if (!required.isUndefined() && !required.isBool())
        refuse(where, QStringLiteral("\"required\" must be true or false"));
    argument.required = required.toBool(false);
    argument.defaultValue = object.value(QLatin1String("default"));

    const QString type = requireString(object, QStringLiteral("type"), where);
    if (type == QLatin1String("integer")) {
        argument.type = CommandArgumentSpec::Type::Integer;
        argument.minimum = requireInteger(object, QStringLiteral("minimum"), where);
        argument.maximum = requireInteger(object, QStringLiteral("maximum"), where);
        if (argument.minimum > argument.maximum)
            refuse(where, QStringLiteral("minimum is above maximum"));
        if (object.contains(QLatin1String("maxLength")))
            refuse(where, QStringLiteral("an integer has no maxLength"));
        if (!argument.defaultValue.isUndefined()) {
            const qint64 fallback = requireInteger(object, QStringLiteral("default"), where);
            if (fallback < argument.minimum || fallback > argument.maximum)
                refuse(where, QStringLiteral("the default is out of bounds"));
        }
    } else if (type == QLatin1String("string")) {
        argument.type = CommandArgumentSpec::Type::String;
        argument.maxLength = int(requireInteger(object, QStringLiteral("maxLength"), where));
        if (argument.maxLength < 1 || argument.maxLength > MaxStringArgumentLength)
            refuse(where, QStringLiteral("maxLength must be 1 to %1").arg(MaxStringArgumentLength));
        if (object.contains(QLatin1String("minimum")) || object.contains(QLatin1String("maximum")))
            refuse(where, QStringLiteral("a string has no minimum or maximum"));
        if (!argument.defaultValue.isUndefined() && !argument.defaultValue.isString())
            refuse(where, QStringLiteral("the default must be a string"));
    } else {
        refuse(where, QStringLiteral("unknown type \"%1\" (integer or string)").arg(type));
    }
    if (argument.required && !argument.defaultValue.isUndefined())
        refuse(where, QStringLiteral("a required argument has no default"));
    return argument;
}

CommandSpec parseCommand(const QJsonValue &value, const QString &where)
{
    // ssb-server's own command names: dotted camelCase words, never anything a shell or an option parser
    // would read specially.
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)*$"));
    if (!value.isObject())
        refuse(where, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    requireOnlyKeys(object, {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("readOnly"),
                             QStringLiteral("leastRole"), QStringLiteral("timeoutSeconds"), QStringLiteral("arguments")},
                    where);
    CommandSpec command;
    command.name = requireString(object, QStringLiteral("name"), where);
    if (command.name.size() > 64 || !namePattern.match(command.name).hasMatch())
        refuse(where, QStringLiteral("command name \"%1\" is not a dotted camelCase name").arg(command.name));
    command.description = requireString(object, QStringLiteral("description"), where);
    if (!object.value(QLatin1String("readOnly")).isBool())
        refuse(where, QStringLiteral("\"readOnly\" must be true or false"));
    command.readOnly = object.value(QLatin1String("readOnly")).toBool();
    const std::optional<Role> role = roleFromName(requireString(object, QStringLiteral("leastRole"), where));
    if (!role)
        refuse(where, QStringLiteral("\"leastRole\" must be customer, support or admin"));
    command.leastRole = *role;
    if (!command.readOnly && command.leastRole == Role::Support)
        refuse(where, QStringLiteral("support staff change nothing: a changing command cannot be theirs"));
    const qint64 timeout = requireInteger(object, QStringLiteral("timeoutSeconds"), where);
    if (timeout < 1 || timeout > MaxTimeoutSeconds)
        refuse(where, QStringLiteral("\"timeoutSeconds\" must be 1 to %1").arg(MaxTimeoutSeconds));
    command.timeout = std::chrono::seconds(timeout);

    if (!object.value(QLatin1String("arguments")).isArray())
        refuse(where, QStringLiteral("\"arguments\" must be an array"));
    const QJsonArray arguments = object.value(QLatin1String("arguments")).toArray();
    QSet<QString> names;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        CommandArgumentSpec argument = parseArgument(arguments.at(i), QStringLiteral("%1, argument %2").arg(where).arg(i));
        if (names.contains(argument.name))
            refuse(where, QStringLiteral("argument \"%1\" is declared twice").arg(argument.name));
        names.insert(argument.name);
        command.arguments.append(std::move(argument));
    }
    return command;
}
}

RoutePolicy CommandSpec::policy() const
{
    RoutePolicy policy = readOnly ? RoutePolicy::read(true) : RoutePolicy::change(true);
    policy.leastRole = leastRole;
    return policy;
}

CommandAllowList CommandAllowList::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        refuse(QStringLiteral("file"), QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        refuse(QStringLiteral("file"), QStringLiteral("must be a JSON object"));
    const QJsonObject root = document.object();
    requireOnlyKeys(root, {QStringLiteral("version"), QStringLiteral("commands")}, QStringLiteral("file"));
    if (root.value(QLatin1String("version")).toInteger(-1) != 1)
        refuse(QStringLiteral("file"), QStringLiteral("\"version\" must be 1"));
    if (!root.value(QLatin1String("commands")).isArray() || root.value(QLatin1String("commands")).toArray().isEmpty())
        refuse(QStringLiteral("file"), QStringLiteral("\"commands\" must be a non-empty array"));

    CommandAllowList list;
    const QJsonArray commands = root.value(QLatin1String("commands")).toArray();
    for (qsizetype i = 0; i < commands.size(); ++i) {
        CommandSpec command = parseCommand(commands.at(i), QStringLiteral("command %1").arg(i));
        if (list.find(command.name))
            refuse(QStringLiteral("command %1").arg(i), QStringLiteral("\"%1\" is declared twice").arg(command.name));
        list.m_commands.append(std::move(command));
    }
    return list;
}

const CommandAllowList &CommandAllowList::builtIn()
{
    static const CommandAllowList list = [] {
        QFile file(QStringLiteral(":/buttcloud/commands/allowlist.json"));
        if (!file.open(QIODevice::ReadOnly))
            refuse(QStringLiteral("resource"), QStringLiteral("not compiled in"));
        return fromJson(file.readAll());
    }();
    return list;
}

const CommandSpec *CommandAllowList::find(const QString &name) const
{
    const auto found = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                    [&name](const CommandSpec &command) { return command.name == name; });
    return found == m_commands.cend() ? nullptr : &*found;
}

const QList<CommandSpec> &CommandAllowList::commands() const
{
    return m_commands;
}

QJsonObject commandJson(const CommandSpec &command)
{
    QJsonArray arguments;
    for (const CommandArgumentSpec &argument : command.arguments) {
        QJsonObject json{{QStringLiteral("name"), argument.name},
                         {QStringLiteral("description"), argument.description},
                         {QStringLiteral("required"), argument.required}};
        if (argument.type == CommandArgumentSpec::Type::Integer) {
            json.insert(QStringLiteral("type"), QStringLiteral("integer"));
            json.insert(QStringLiteral("minimum"), argument.minimum);
            json.insert(QStringLiteral("maximum"), argument.maximum);
        } else {
            json.insert(QStringLiteral("type"), QStringLiteral("string"));
            json.insert(QStringLiteral("maxLength"), argument.maxLength);
        }
        if (!argument.defaultValue.isUndefined())
            json.insert(QStringLiteral("default"), argument.defaultValue);
        arguments.append(json);
    }
    return QJsonObject{{QStringLiteral("name"), command.name},
                       {QStringLiteral("description"), command.description},
                       {QStringLiteral("readOnly"), command.readOnly},
                       {QStringLiteral("timeoutSeconds"), qint64(command.timeout.count())},
                       {QStringLiteral("arguments"), arguments}};
}

}
