#pragma once

#include <QProcess>
#include <QString>

#include <memory>

namespace buttcloud::test {

// stripe-stateful-mock (npm, installed by scripts/lib/install-deps.sh) on 127.0.0.1 and a free port,
// for as long as this object lives. It emulates Stripe's REST API (version 2020-08-27) statefully and
// accepts any sk_test_ key; it sends no webhooks.
class StripeMock final
{
public:
    StripeMock() = default;
    ~StripeMock();
    Q_DISABLE_COPY_MOVE(StripeMock)

    // Where the package lives: $BUTTCLOUD_STRIPE_MOCK_PREFIX or /var/lib/buttcloud-dev/stripe-mock.
    static QString packageDirectory();
    // On port (0: a free one; restart on url()'s port to come back where the server expects it).
    bool start(quint16 port = 0);
    // SIGKILL: the emulator vanishes as a crashed peer does (its state is lost with it).
    void kill();
    quint16 port() const { return m_port; }
    QString url() const;
    QString lastError() const { return m_lastError; }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_lastError;
};

}
