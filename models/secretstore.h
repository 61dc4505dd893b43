#pragma once

#include <QString>
#include <functional>

namespace buttcloud {

struct SecretResult
{
    enum class Status {
        Ok,          // read, written or deleted
        NotFound,    // nothing stored under the key: not an error
        Unavailable, // no usable keychain; message says why
    };
    Status status = Status::Unavailable;
    QString secret;  // set by a successful read only
    QString message;
};

// Where the client keeps secrets between runs. Every call is asynchronous and answers exactly once
// through its callback, never from inside the call itself.
class SecretStore
{
public:
    using Callback = std::function<void(const SecretResult &)>;

    virtual ~SecretStore();

    virtual void read(const QString &key, Callback callback) = 0;
    virtual void write(const QString &key, const QString &secret, Callback callback) = 0;
    virtual void remove(const QString &key, Callback callback) = 0;
};

}
