#include "commands/commandarguments.h"

#include "http/apierror.h"

#include <QRegularExpression>

namespace buttcloud {

namespace {
// Letters, digits and the punctuation feed ids, invite codes and host names use. No spaces, quotes,
// shell metacharacters or control characters; argv needs no quoting, but a defence in depth costs nothing.
const QRegularExpression &safeString()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9@%&=+/.,:_~-]*$"));
    return pattern;
}

QJsonValue checkedValue(const CommandArgumentSpec &argument, const QJsonValue &value)
{
    if (argument.type == CommandArgumentSpec::Type::Integer) {
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
            throw ApiError::validation(argument.name, QStringLiteral("must be an integer"));
        const qint64 number = value.toInteger();
        if (number < argument.minimum || number > argument.maximum) {
            throw ApiError::validation(argument.name, QStringLiteral("must be %1 to %2").arg(argument.minimum).arg(argument.maximum));
        }
        return number;
    }
    if (!value.isString())
        throw ApiError::validation(argument.name, QStringLiteral("must be a string"));
    const QString text = value.toString();
    if (text.isEmpty() || text.size() > argument.maxLength)
        throw ApiError::validation(argument.name, QStringLiteral("must be 1 to %1 characters").arg(argument.maxLength));
    // A leading '-' would be read by ssb-server as an option of its own.
    if (text.startsWith(QLatin1Char('-')) || !safeString().match(text).hasMatch()) {
        throw ApiError::validation(argument.name,
                                   QStringLiteral("may hold only letters, digits and @%&=+/.,:_~- and must not start with -"));
    }
    return text;
}
}

QJsonObject validateCommandArguments(const CommandSpec &command, const QJsonValue &arguments)
{
    if (arguments.isUndefined() || arguments.isNull())
        return validateCommandArguments(command, QJsonObject());
    if (!arguments.isObject())
        throw ApiError::badRequest(QStringLiteral("arguments: must be an object"));
    const QJsonObject given = arguments.toObject();
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        const bool known = std::any_of(command.arguments.cbegin(), command.arguments.cend(),
                                       [&it](const CommandArgumentSpec &argument) { return argument.name == it.key(); });
        if (!known) {
            // The name is the caller's: quote only a harmless prefix of it.
            throw ApiError::validation(QStringLiteral("arguments"), QStringLiteral("%1 takes no argument \"%2\"")
                                           .arg(command.name, it.key().left(32).toHtmlEscaped()));
        }
    }
    QJsonObject validated;
    for (const CommandArgumentSpec &argument : command.arguments) {
        const QJsonValue value = given.value(argument.name);
        if (value.isUndefined() || value.isNull()) {
            if (argument.required)
                throw ApiError::validation(argument.name, QStringLiteral("is required"));
            if (!argument.defaultValue.isUndefined())
                validated.insert(argument.name, argument.defaultValue);
            continue;
        }
        validated.insert(argument.name, checkedValue(argument, value));
    }
    return validated;
}

QStringList commandArgv(const CommandSpec &command, const QJsonObject &validatedArguments)
{
    QStringList argv{QStringLiteral("ssb-server"), command.name};
    for (const CommandArgumentSpec &argument : command.arguments) {
        const QJsonValue value = validatedArguments.value(argument.name);
        if (value.isUndefined())
            continue;
        argv.append(value.isString() ? value.toString() : QString::number(value.toInteger()));
    }
    return argv;
}

}
