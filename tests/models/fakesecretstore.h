#pragma once

#include "models/secretstore.h"

#include <QHash>
#include <QObject>

namespace buttcloud::test {

// An in-memory SecretStore that answers asynchronously, like the real keychain, and can play a
// machine with no keychain at all.
class FakeSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSecretStore)

public:
    FakeSecretStore();
    ~FakeSecretStore() override;

    void setAvailable(bool available);
    QHash<QString, QString> secrets() const;

    void read(const QString &key, Callback callback) override;
    void write(const QString &key, const QString &secret, Callback callback) override;
    void remove(const QString &key, Callback callback) override;

private:
    void answerLater(Callback callback, SecretResult result);

    bool m_available = true;
    QHash<QString, QString> m_secrets;
};

}
