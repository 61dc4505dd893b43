// buttcloudd: parses the invocation and hands over to buttcloud::Server or a user command.
#include "core/config.h"
#include "core/logging.h"
#include "core/shutdownsignals.h"
#include "server.h"
#include "usercommands.h"
#include "wire/version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

namespace {
constexpr int ExitUsage = 2;

// Hides what is typed while a password is read from a terminal (a pipe is read as it is).
class HiddenTerminalInput final
{
public:
    HiddenTerminalInput()
    {
        if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios silent = m_saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0;
        if (m_active)
            std::fputs("Password: ", stderr);
    }
    ~HiddenTerminalInput()
    {
        if (!m_active)
            return;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        std::fputs("\n", stderr);
    }
    HiddenTerminalInput(const HiddenTerminalInput &) = delete;
    HiddenTerminalInput &operator=(const HiddenTerminalInput &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};
}

int main(int argc, char *argv[])
{
    buttcloud::silenceSecretLeakingCategories();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("buttcloudd"));
    QCoreApplication::setApplicationVersion(QLatin1String(buttcloud::ProjectVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed = buttcloud::parseInvocation(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment());
    if (const auto *error = std::get_if<buttcloud::ConfigError>(&parsed)) {
        err << "buttcloudd: " << error->message << '\n';
        return ExitUsage;
    }
    const buttcloud::Invocation &invocation = std::get<buttcloud::Invocation>(parsed);

    switch (invocation.action) {
    case buttcloud::Invocation::Action::ShowHelp:
        out << invocation.helpText;
        return 0;
    case buttcloud::Invocation::Action::ShowVersion:
        out << "buttcloudd " << buttcloud::ProjectVersion << " (pub image ssb-server " << buttcloud::SsbServerVersion << ")\n";
        return 0;
    case buttcloud::Invocation::Action::UserAdd: {
        QTextStream in(stdin);
        // Asks for the password only when one is to be read.
        const std::optional<HiddenTerminalInput> hidden =
            invocation.user.passwordFromStdin ? std::make_optional<HiddenTerminalInput>() : std::nullopt;
        return buttcloud::runUserAdd(invocation.config, invocation.user, in, out, err);
    }
    case buttcloud::Invocation::Action::UserList:
        return buttcloud::runUserList(invocation.config, out, err);
    case buttcloud::Invocation::Action::RunServer:
        break;
    }

    buttcloud::quitOnTerminationSignals();
    buttcloud::Server server(invocation.config);
    quint16 port = 0;
    try {
        port = server.start();
    } catch (const std::exception &error) {
        err << "buttcloudd: " << error.what() << '\n';
        return 1;
    }
    const QString host = invocation.config.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(invocation.config.listenAddress.toString())
        : invocation.config.listenAddress.toString();
    // Integration tests parse this exact line: keep its shape.
    out << "buttcloudd: listening on " << (invocation.config.tls.isNull() ? "http://" : "https://") << host << ':' << port << '\n';
    out << "buttcloudd: database " << invocation.config.database.describe() << '\n';
    out.flush();
    return QCoreApplication::exec();
}
