#pragma once

#include "http/accesspolicy.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>
#include <stdexcept>

namespace buttcloud {

// An allow-list file that is not what the loader expects; the message names the offending place.
class AllowListError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct CommandArgumentSpec
{
    enum class Type { Integer, String };

    QString name;
    QString description;
    Type type = Type::Integer;
    bool required = false;
    QJsonValue defaultValue;   // undefined when none
    qint64 minimum = 0;        // integers
    qint64 maximum = 0;
    int maxLength = 0;         // strings
};

// One command the relay may run: `ssb-server <name> <arguments in declared order...>`.
struct CommandSpec
{
    QString name;
    QString description;
    bool readOnly = true;
    Role leastRole = Role::Customer;
    std::chrono::seconds timeout{15};
    QList<CommandArgumentSpec> arguments;

    // What the caller needs, checked by the one role check (checkAccess): support staff may run
    // read-only commands only, customers only on their own pubs.
    RoutePolicy policy() const;
};

// The commands pubs run on request: data (allowlist.json, compiled in as a resource), validated as a
// whole when loaded so a bad list stops the server at start instead of misbehaving later.
class CommandAllowList final
{
public:
    // Throws AllowListError.
    static CommandAllowList fromJson(const QByteArray &json);
    // The list compiled into the server (":/buttcloud/commands/allowlist.json"); throws AllowListError.
    static const CommandAllowList &builtIn();

    const CommandSpec *find(const QString &name) const;
    const QList<CommandSpec> &commands() const;

private:
    QList<CommandSpec> m_commands;
};

// The API's description of a command (GET /api/v1/commands).
QJsonObject commandJson(const CommandSpec &command);

}
