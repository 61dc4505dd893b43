#include "usercommands.h"

#include "auth/accesstokens.h"
#include "auth/accountrules.h"
#include "auth/authservice.h"
#include "core/datadir.h"
#include "http/apierror.h"
#include "http/jsonviews.h"
#include "mail/mailer.h"
#include "servercore.h"
#include "store/database.h"
#include "store/userrepository.h"

#include <QTextStream>

namespace buttcloud {

namespace {
constexpr int ExitFailure = 1;

std::unique_ptr<Database> openDatabase(const ServerConfig &config)
{
    DataDir(config.dataDir).ensureExists();
    return std::make_unique<Database>(config.database);
}
}

int runUserAdd(const ServerConfig &config, const UserCommandOptions &options, QTextStream &input,
               QTextStream &output, QTextStream &errors)
{
    const std::optional<Role> role = roleFromName(options.role);
    if (!role) {
        errors << "buttcloudd: --role must be customer, support or admin\n";
        return ExitFailure;
    }
    // One line, without its line break: `echo secret | buttcloudd user add ...` must work.
    QString password = options.passwordFromStdin ? input.readLine() : QString();
    try {
        if (options.passwordFromStdin) {
            if (const std::optional<QString> problem = AccountRules::checkPassword(password))
                throw ApiError::validation(QStringLiteral("password"), *problem);
        }
        const DataDir dataDir(config.dataDir);
        const std::unique_ptr<Database> database = openDatabase(config);
        const AccessTokens tokens(dataDir.serverKey(), config.accessTokenTtl);
        AuthService auth(*database, tokens, config.refreshTokenTtl);
        // The same "account created" mail as POST /api/v1/users, queued in the outbox the running
        // server sends from.
        const Mailer mailer(*database, mailSettingsFrom(config));
        auth.setMailer(&mailer);
        const UserRecord user = auth.createAccount(options.name, options.email, *role, QString(), password);
        password.fill(QLatin1Char('\0'));
        output << "created user " << user.id << " <" << user.email << "> with role " << roleName(user.role)
               << "; mailed a link to choose a password\n";
        return 0;
    } catch (const ApiError &error) {
        errors << "buttcloudd: " << error.message() << '\n';
    } catch (const std::exception &error) {
        errors << "buttcloudd: " << error.what() << '\n';
    }
    password.fill(QLatin1Char('\0'));
    return ExitFailure;
}

int runUserList(const ServerConfig &config, QTextStream &output, QTextStream &errors)
{
    try {
        const std::unique_ptr<Database> database = openDatabase(config);
        for (const UserRecord &user : UserRepository(*database).list()) {
            output << user.id << '\t' << roleName(user.role) << '\t' << user.email << '\t' << user.name << '\t'
                   << isoTime(user.createdAt) << '\n';
        }
        return 0;
    } catch (const std::exception &error) {
        errors << "buttcloudd: " << error.what() << '\n';
        return ExitFailure;
    }
}

}
