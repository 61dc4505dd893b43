#include "auth/passwordhasher.h"

#include "core/random.h"

#include <sodium.h>

#include <stdexcept>

namespace buttcloud::PasswordHasher {

QString hash(const QString &password)
{
    ensureSodiumInitialised();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        throw std::runtime_error("password hashing ran out of memory");
    }
    return QString::fromLatin1(out);
}

bool verify(const QString &password, const QString &storedHash)
{
    ensureSodiumInitialised();
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void spendOneVerification(const QString &password)
{
    // Made once per process with the same limits, so its cost matches a real user's hash.
    static const QString dummy = hash(QString::fromLatin1(randomBytes(16).toHex()));
    verify(password, dummy);
}

}
