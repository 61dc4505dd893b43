#include "clientapp.h"

#include "models/apiclient.h"
#include "wire/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <optional>

using namespace buttcloud;

namespace {
void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("buttcloud"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

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

// Parses the command line (exiting for --help, --version and errors); answers the server URL
// given with --server, or an empty URL.
std::optional<QUrl> parseArguments(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Run Scuttlebutt pubs on ButtCloud."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QCoreApplication::translate("main", "Sign in to the server at <url>."),
                                          QStringLiteral("url"));
    parser.addOption(serverOption);
    parser.process(app);

    if (!parser.isSet(serverOption))
        return QUrl();
    const QUrl serverUrl = QUrl::fromUserInput(parser.value(serverOption));
    if (!ApiClient::isValidServerUrl(serverUrl)) {
        qCritical("buttcloud: --server needs an http:// or https:// URL");
        return std::nullopt;
    }
    return serverUrl;
}
}

int main(int argc, char *argv[])
{
    if (onlyPrintsText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslations(app);
        parseArguments(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("ButtCloud"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/buttcloud.svg")));
    installTranslations(app);

    const std::optional<QUrl> serverUrl = parseArguments(app);
    if (!serverUrl)
        return 2;

    ClientApp client(*serverUrl);
    client.start();
    return app.exec();
}
