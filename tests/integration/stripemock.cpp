#include "stripemock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace buttcloud::test {

namespace {
// The package's own launcher listens on every interface: start its app on loopback and port 0, and
// print the port it got.
const QString Launcher = QStringLiteral(
    "const app = require(process.argv[1]).createExpressApp();"
    "const server = app.listen(Number(process.argv[2] || 0), '127.0.0.1',"
    " () => console.log('listening ' + server.address().port));");
}

StripeMock::~StripeMock()
{
    kill();
}

void StripeMock::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString StripeMock::packageDirectory()
{
    const QString prefix = qEnvironmentVariable("BUTTCLOUD_STRIPE_MOCK_PREFIX", QStringLiteral("/var/lib/buttcloud-dev/stripe-mock"));
    return QDir(prefix).filePath(QStringLiteral("node_modules/stripe-stateful-mock"));
}

bool StripeMock::start(quint16 port)
{
    if (!QFileInfo::exists(QDir(packageDirectory()).filePath(QStringLiteral("package.json")))) {
        m_lastError = QStringLiteral("stripe-stateful-mock is not installed in %1: run scripts/lib/install-deps.sh").arg(packageDirectory());
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("warn"));
    m_process->setProcessEnvironment(environment);
    m_process->start(QStringLiteral("node"), {QStringLiteral("-e"), Launcher, packageDirectory(), QString::number(port)});
    static const QRegularExpression listening(QStringLiteral("listening (\\d+)"));
    QByteArray output;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(200);
        output += m_process->readAllStandardOutput();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_lastError = QStringLiteral("stripe-stateful-mock did not start: %1")
                      .arg(QString::fromUtf8(output + m_process->readAllStandardError()));
    return false;
}

QString StripeMock::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

}
