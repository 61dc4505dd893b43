#pragma once

#include "models/secretstore.h"

#include <QObject>

namespace QKeychain {
class Job;
}

namespace buttcloud {

// The OS keychain through QtKeychain (the Secret Service on Linux). Never falls back to a file:
// any failure other than "not found" is reported as Unavailable.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key, Callback callback) override;
    void write(const QString &key, const QString &secret, Callback callback) override;
    void remove(const QString &key, Callback callback) override;

private:
    void run(QKeychain::Job *job, Callback callback);

    QString m_service;
};

}
