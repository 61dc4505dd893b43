#include "models/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

namespace buttcloud {

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString &key, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, std::move(callback));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    run(job, std::move(callback));
}

void KeychainSecretStore::remove(const QString &key, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, std::move(callback));
}

void KeychainSecretStore::run(QKeychain::Job *job, Callback callback)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [callback = std::move(callback)](QKeychain::Job *finishedJob) {
        SecretResult result;
        switch (finishedJob->error()) {
        case QKeychain::NoError:
            result.status = SecretResult::Status::Ok;
            if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finishedJob))
                result.secret = readJob->textData();
            break;
        case QKeychain::EntryNotFound:
            result.status = SecretResult::Status::NotFound;
            break;
        default:
            // With no Secret Service running QtKeychain says OtherError, not NoBackendAvailable.
            result.status = SecretResult::Status::Unavailable;
            result.message = finishedJob->errorString();
            break;
        }
        callback(result);
    });
    job->start();
}

}
