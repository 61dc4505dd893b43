#include "smtpsink.h"

#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>

namespace buttcloud::test {

namespace {
QString decodeWords(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression betweenWords(QStringLiteral("\\?=\\s+=\\?"));
    // Whitespace between two encoded words is not displayed (RFC 2047, 6.2).
    const QString value = QString(text).replace(betweenWords, QStringLiteral("?==?"));
    QString decoded;
    qsizetype at = 0;
    for (const QRegularExpressionMatch &match : word.globalMatch(value)) {
        decoded += value.mid(at, match.capturedStart() - at);
        decoded += QString::fromUtf8(QByteArray::fromBase64(match.captured(1).toLatin1()));
        at = match.capturedEnd();
    }
    return decoded + value.mid(at);
}
}

QString ReceivedMail::header(const QByteArray &name) const
{
    const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
    const QByteArray unfolded = QByteArray(head).replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray &line : unfolded.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith(name.toLower() + ':'))
            return decodeWords(QString::fromLatin1(trimmed.mid(name.size() + 1).trimmed()));
    }
    return {};
}

QString ReceivedMail::body(const QByteArray &contentType) const
{
    const qsizetype part = raw.indexOf("Content-Type: " + contentType);
    if (part < 0)
        return {};
    const qsizetype start = raw.indexOf("\r\n\r\n", part) + 4;
    qsizetype end = raw.indexOf("\r\n--", start);
    if (end < 0)
        end = raw.size();
    return QString::fromUtf8(QByteArray::fromBase64(raw.mid(start, end - start).replace("\r\n", "")));
}

SmtpSink::SmtpSink(SmtpSinkOptions options)
    : m_options(std::move(options))
{
    // A free port, kept across restarts so the server under test can find it again.
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, 0))
        m_port = probe.serverPort();
}

SmtpSink::~SmtpSink()
{
    stop();
}

QString SmtpSink::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_options.tls == SmtpSinkOptions::Tls::Implicit ? QStringLiteral("smtps") : QStringLiteral("smtp"))
        .arg(m_port);
}

QString SmtpSink::certificateFile() const
{
    return m_options.tls == SmtpSinkOptions::Tls::None ? QString() : m_dir.filePath(QStringLiteral("cert.pem"));
}

bool SmtpSink::makeCertificate()
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                   certificateFile(), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0)
        return true;
    m_lastError = QStringLiteral("openssl could not make a certificate: ") + QString::fromUtf8(openssl.readAll());
    return false;
}

bool SmtpSink::start()
{
    QStringList arguments{QStringLiteral(SMTPSINK_SCRIPT), QStringLiteral("--port"), QString::number(m_port),
                          QStringLiteral("--dir"), m_mailDir.path()};
    if (!m_options.user.isEmpty())
        arguments << QStringLiteral("--auth") << m_options.user + QLatin1Char(':') + m_options.password;
    if (m_options.holdFirstSeconds > 0)
        arguments << QStringLiteral("--hold-first") << QString::number(m_options.holdFirstSeconds);
    if (m_options.tls != SmtpSinkOptions::Tls::None) {
        if (!QFile::exists(certificateFile()) && !makeCertificate())
            return false;
        const char *mode = m_options.tls == SmtpSinkOptions::Tls::StartTls          ? "starttls"
                         : m_options.tls == SmtpSinkOptions::Tls::RequireStartTls ? "require-starttls"
                                                                                  : "implicit";
        arguments << QStringLiteral("--cert") << certificateFile() << QStringLiteral("--key")
                  << m_dir.filePath(QStringLiteral("key.pem")) << QStringLiteral("--tls") << QLatin1String(mode);
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // Debian's python3 has python3-aiosmtpd; another python3 on PATH may not.
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                            : QStringLiteral("python3");
    m_process->start(python, arguments);
    QByteArray output;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(200);
        output += m_process->readAll();
        if (output.contains("smtpsink: listening"))
            return true;
    }
    m_lastError = QStringLiteral("the SMTP sink did not start (is python3-aiosmtpd installed?):\n") + QString::fromUtf8(output);
    return false;
}

void SmtpSink::stop()
{
    if (m_process)
        stopProcess(*m_process);
}

QList<ReceivedMail> SmtpSink::mails() const
{
    QList<ReceivedMail> mails;
    const QDir dir(m_mailDir.path());
    for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile message(dir.filePath(name));
        QFile envelope(dir.filePath(name.chopped(4) + QStringLiteral(".json")));
        if (!message.open(QIODevice::ReadOnly) || !envelope.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(envelope.readAll()).object();
        ReceivedMail mail{message.readAll(), json.value(QStringLiteral("from")).toString(), {}};
        for (const QJsonValue &to : json.value(QStringLiteral("to")).toArray())
            mail.envelopeTo.append(to.toString());
        mails.append(mail);
    }
    return mails;
}

QString tokenFromLink(const QString &text, const QString &action)
{
    const QRegularExpression link(QStringLiteral("buttcloud://") + action + QStringLiteral("\\?token=([A-Za-z0-9_%-]+)"));
    return QUrl::fromPercentEncoding(link.match(text).captured(1).toLatin1());
}

}
