#pragma once

#include <QByteArray>
#include <QString>

namespace buttcloud {

// Initialises libsodium once; every function below calls it, so callers never have to.
void ensureSodiumInitialised();

// Cryptographically random bytes from libsodium.
QByteArray randomBytes(int count);

// An opaque id of 12 lowercase letters and digits (about 62 bits), as the API promises.
QString generateId();

}
