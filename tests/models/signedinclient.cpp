#include "signedinclient.h"

#include <QSignalSpy>

namespace buttcloud::test {

SignedInClient::SignedInClient(Role role)
    : settings(dir.filePath(QStringLiteral("client.ini")), QSettings::IniFormat)
    , session(&api, &secrets, &settings)
{
    server.addUser(QStringLiteral("a@example.org"), QStringLiteral("password123"), role);
}

bool SignedInClient::signIn()
{
    if (!server.start())
        return false;
    QSignalSpy signedIn(&session, &Session::signedIn);
    session.signIn(server.url(), QStringLiteral("a@example.org"), QStringLiteral("password123"), false);
    return signedIn.wait();
}

}
