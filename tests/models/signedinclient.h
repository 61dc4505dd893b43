#pragma once

#include "fakeapiserver.h"
#include "fakesecretstore.h"
#include "models/apiclient.h"
#include "models/session.h"

#include <QSettings>
#include <QTemporaryDir>

namespace buttcloud::test {

// A client signed in to a fresh fake server: what model, stream and widget tests start from.
struct SignedInClient
{
    explicit SignedInClient(Role role = Role::Customer);

    // Starts the server and signs in; false when either fails.
    bool signIn();

    FakeApiServer server;
    QTemporaryDir dir;
    QSettings settings;
    FakeSecretStore secrets;
    ApiClient api;
    Session session;
};

}
