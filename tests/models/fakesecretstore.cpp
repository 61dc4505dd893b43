#include "fakesecretstore.h"

#include <QTimer>

namespace buttcloud::test {

FakeSecretStore::FakeSecretStore() = default;
FakeSecretStore::~FakeSecretStore() = default;

void FakeSecretStore::setAvailable(bool available)
{
    m_available = available;
}

QHash<QString, QString> FakeSecretStore::secrets() const
{
    return m_secrets;
}

void FakeSecretStore::read(const QString &key, Callback callback)
{
    SecretResult result;
    if (!m_available)
        result = {SecretResult::Status::Unavailable, {}, QStringLiteral("Unknown error")};
    else if (!m_secrets.contains(key))
        result.status = SecretResult::Status::NotFound;
    else
        result = {SecretResult::Status::Ok, m_secrets.value(key), {}};
    answerLater(std::move(callback), result);
}

void FakeSecretStore::write(const QString &key, const QString &secret, Callback callback)
{
    SecretResult result{SecretResult::Status::Unavailable, {}, QStringLiteral("Unknown error")};
    if (m_available) {
        m_secrets.insert(key, secret);
        result = {SecretResult::Status::Ok, {}, {}};
    }
    answerLater(std::move(callback), result);
}

void FakeSecretStore::remove(const QString &key, Callback callback)
{
    SecretResult result{SecretResult::Status::Unavailable, {}, QStringLiteral("Unknown error")};
    if (m_available)
        result.status = m_secrets.remove(key) ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
    answerLater(std::move(callback), result);
}

void FakeSecretStore::answerLater(Callback callback, SecretResult result)
{
    QTimer::singleShot(0, this, [callback = std::move(callback), result] { callback(result); });
}

}
