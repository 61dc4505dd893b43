#pragma once

#include "commands/commandallowlist.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace buttcloud {

// Checks a request's "arguments" against the command's schema and fills in defaults. Throws ApiError:
// 400 when arguments is not an object, 422 (naming the argument) for unknown arguments, wrong types,
// values out of bounds, and strings outside the safe character set. Nothing unchecked reaches argv.
QJsonObject validateCommandArguments(const CommandSpec &command, const QJsonValue &arguments);

// argv for the container: ssb-server, the command, then each given argument in declared order.
QStringList commandArgv(const CommandSpec &command, const QJsonObject &validatedArguments);

}
