#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace buttcloud::test {

// One mail as the SMTP server received it.
struct ReceivedMail
{
    QByteArray raw;
    QString envelopeFrom;
    QStringList envelopeTo;

    // A header's value, unfolded, RFC 2047 words decoded; empty when absent.
    QString header(const QByteArray &name) const;
    // The decoded body of the part with this content type (text/plain, text/html).
    QString body(const QByteArray &contentType) const;
};

// A real SMTP server (python3-aiosmtpd, tests/integration/smtpsink.py) on 127.0.0.1. It writes what
// it accepts to its own directory, which mails() reads back. Stopping and starting again keeps the
// port and the mails received so far.
class SmtpSink final
{
public:
    // With user and password, the server requires AUTH with them.
    explicit SmtpSink(const QString &user = {}, const QString &password = {});
    ~SmtpSink();
    Q_DISABLE_COPY_MOVE(SmtpSink)

    bool start();
    void stop();
    quint16 port() const { return m_port; }
    QString url() const;
    QString lastError() const { return m_lastError; }
    QList<ReceivedMail> mails() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_auth;
    quint16 m_port = 0;
    QString m_lastError;
};

}
