#include "core/random.h"

#include <sodium.h>

#include <stdexcept>

namespace buttcloud {

void ensureSodiumInitialised()
{
    static const bool initialised = sodium_init() >= 0;
    if (!initialised)
        throw std::runtime_error("libsodium could not be initialised");
}

QByteArray randomBytes(int count)
{
    ensureSodiumInitialised();
    QByteArray bytes(count, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

QString generateId()
{
    ensureSodiumInitialised();
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    static constexpr quint32 alphabetSize = sizeof(alphabet) - 1;
    QString id;
    id.reserve(12);
    for (int i = 0; i < 12; ++i)
        id.append(QLatin1Char(alphabet[randombytes_uniform(alphabetSize)])); // uniform: no modulo bias
    return id;
}

}
