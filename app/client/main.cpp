#include "clientapp.h"

#include "models/accountrecovery.h"
#include "models/apiclient.h"
#include "models/clientsettings.h"
#include "models/translations.h"
#include "wire/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <optional>

using namespace buttcloud;

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ButtCloud"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("buttcloud.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("buttcloud"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ProjectVersion));
}

// Help and version print text and exit: they must work over SSH and in scripts, where no display
// exists and a QApplication would abort.
bool onlyPrintsText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--") // what follows is not an option
            return false;
        if (argument == "-h" || argument == "-?" || argument == "--help" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

struct Arguments
{
    QUrl serverUrl; // empty when not given
    std::optional<AccountLink> link;
};

// Parses the command line (exiting for --help and --version); nothing when it is wrong.
std::optional<Arguments> parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Run Scuttlebutt pubs on ButtCloud."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QCoreApplication::translate("main", "Sign in to the server at <url>."),
                                          QStringLiteral("url"));
    parser.addOption(serverOption);
    // What a desktop URL handler passes for a link in a ButtCloud mail.
    parser.addPositionalArgument(QStringLiteral("link"),
                                 QCoreApplication::translate("main", "A link from a ButtCloud mail (buttcloud://verify-email?token=... or "
                                                                     "buttcloud://reset-password?token=...) to open."),
                                 QStringLiteral("[link]"));
    parser.process(app);

    Arguments arguments;
    if (parser.isSet(serverOption)) {
        arguments.serverUrl = QUrl::fromUserInput(parser.value(serverOption));
        if (!ApiClient::isValidServerUrl(arguments.serverUrl)) {
            qCritical("buttcloud: --server needs an http:// or https:// URL");
            return std::nullopt;
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        qCritical("buttcloud: give at most one link");
        return std::nullopt;
    }
    if (!positional.isEmpty()) {
        arguments.link = parseAccountLink(positional.first());
        if (!arguments.link) {
            // The link holds a secret: say what is wrong without echoing it.
            qCritical("buttcloud: the link is not a ButtCloud verify-email or reset-password link");
            return std::nullopt;
        }
    }
    return arguments;
}
}

int main(int argc, char *argv[])
{
    if (onlyPrintsText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QSettings settings;
        Translations translations;
        translations.apply(ClientSettings(&settings).language());
        parseArguments(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("ButtCloud"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/buttcloud.svg")));
    // Matches packaging's desktop file, so docks (Wayland) pair the window with its entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.buttcloud"));
    // Translations come with ClientApp, in the language chosen in Settings.

    const std::optional<Arguments> arguments = parseArguments(app);
    if (!arguments)
        return 2;

    ClientApp client(arguments->serverUrl, arguments->link);
    client.start();
    return app.exec();
}
