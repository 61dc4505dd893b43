#pragma once

#include <QString>

namespace buttcloud {

// argon2id through libsodium's crypto_pwhash_str (interactive limits: ~0.1 s and 64 MiB per hash).
namespace PasswordHasher {

// The self-describing hash string to store. Throws std::runtime_error when memory runs out.
QString hash(const QString &password);
bool verify(const QString &password, const QString &storedHash);
// Spends the time of one verification, so an unknown email answers as slowly as a wrong password.
void spendOneVerification(const QString &password);

}

}
