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

// The token of a buttcloud://<action>?token=... link in a mail's text, percent-decoded; empty when none.
QString tokenFromLink(const QString &text, const QString &action);

struct SmtpSinkOptions
{
    enum class Tls { None, StartTls, RequireStartTls, Implicit };

    QString user;       // with a password: AUTH required with them
    QString password;
    Tls tls = Tls::None; // anything but None makes a self-signed certificate for 127.0.0.1
    int holdFirstSeconds = 0; // stores the first mail at once, answers it only after this long
};

// A real SMTP server (python3-aiosmtpd, tests/integration/smtpsink.py) on 127.0.0.1. It writes what
// it accepts to its own directory, which mails() reads back. Stopping and starting again keeps the
// port and the mails received so far.
class SmtpSink final
{
public:
    explicit SmtpSink(SmtpSinkOptions options = {});
    ~SmtpSink();
    Q_DISABLE_COPY_MOVE(SmtpSink)

    bool start();
    void stop();
    quint16 port() const { return m_port; }
    // smtps:// with implicit TLS, smtp:// otherwise.
    QString url() const;
    // The self-signed certificate (PEM) clients must trust; empty without TLS.
    QString certificateFile() const;
    QString lastError() const { return m_lastError; }
    QList<ReceivedMail> mails() const;

private:
    bool makeCertificate();

    QTemporaryDir m_dir;      // certificate and key
    QTemporaryDir m_mailDir;  // what the server received
    std::unique_ptr<QProcess> m_process;
    SmtpSinkOptions m_options;
    quint16 m_port = 0;
    QString m_lastError;
};

}
