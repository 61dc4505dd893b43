#include "clientapp.h"

#include "models/apiclient.h"
#include "wire/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace buttcloud;

namespace {
void installTranslations(QApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("buttcloud"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ButtCloud"));
    QApplication::setOrganizationDomain(QStringLiteral("buttcloud.example.org"));
    QApplication::setApplicationName(QStringLiteral("buttcloud"));
    QApplication::setApplicationDisplayName(QStringLiteral("ButtCloud"));
    QApplication::setApplicationVersion(QString::fromLatin1(ProjectVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/buttcloud.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Run Scuttlebutt pubs on ButtCloud."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QApplication::translate("main", "Sign in to the server at <url>."),
                                          QStringLiteral("url"));
    parser.addOption(serverOption);
    parser.process(app);

    QUrl serverUrl;
    if (parser.isSet(serverOption)) {
        serverUrl = QUrl::fromUserInput(parser.value(serverOption));
        if (!ApiClient::isValidServerUrl(serverUrl)) {
            qCritical("buttcloud: --server needs an http:// or https:// URL");
            return 2;
        }
    }

    ClientApp client(serverUrl);
    client.start();
    return app.exec();
}
