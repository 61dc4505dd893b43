#include "docker/dockerengine.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace buttcloud;
using namespace std::chrono_literals;

namespace {
QByteArray frame(char stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = stream;
    const quint32 size = quint32(payload.size());
    header[4] = char(size >> 24);
    header[5] = char(size >> 16);
    header[6] = char(size >> 8);
    header[7] = char(size);
    return header + payload;
}

QByteArray jsonReply(int status, const QByteArray &json)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

// An engine whose exec output arrives in pieces, as Docker's does while a command runs: the first
// frame at once, the second after a pause, then the end of the stream (or never, to test timeouts).
class TrickleEngine final : public QObject
{
public:
    bool endStream = true;

    bool start()
    {
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QLocalSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
        return m_server.listen(m_dir.filePath("docker.sock"));
    }
    QUrl endpoint() const { return QUrl("unix://" + m_dir.filePath("docker.sock")); }

private:
    void serve(QLocalSocket *socket)
    {
        m_pending[socket] += socket->readAll();
        if (!m_pending[socket].contains("\r\n\r\n"))
            return;
        const QByteArray request = m_pending.take(socket);
        if (request.startsWith("POST /v1.41/containers/c1/exec")) {
            socket->write(jsonReply(201, R"({"Id":"e1"})"));
        } else if (request.startsWith("GET /v1.41/exec/e1/json")) {
            socket->write(jsonReply(200, R"({"Running":false,"ExitCode":0})"));
        } else if (request.startsWith("POST /v1.41/exec/e1/start")) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n" + frame(1, "first\n"));
            QTimer::singleShot(300, socket, [this, socket] {
                socket->write(frame(2, "second\n"));
                if (endStream)
                    socket->disconnectFromServer();
            });
        } else {
            socket->write(jsonReply(404, R"({"message":"no such route"})"));
        }
    }

    QTemporaryDir m_dir;
    QLocalServer m_server;
    QHash<QLocalSocket *, QByteArray> m_pending;
};
}

// DockerEngine::execStreaming: output handed over as it arrives, and the timeout.
class TestCommandExec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outputArrivesWhileRunning();
    void timeoutReportsOutputSoFar();
};

void TestCommandExec::outputArrivesWhileRunning()
{
    TrickleEngine fake;
    QVERIFY(fake.start());
    DockerEngine engine(fake.endpoint());
    QList<std::pair<QByteArray, bool>> chunks;
    std::optional<DockerResult<ExecResult>> result;
    QElapsedTimer clock;
    clock.start();
    qint64 firstChunkAt = -1;
    engine.execStreaming("c1", {"ssb-server", "whoami"}, 5s,
                         [&](const QByteArray &chunk, bool isStandardError) {
                             if (firstChunkAt < 0)
                                 firstChunkAt = clock.elapsed();
                             chunks.append({chunk, isStandardError});
                         },
                         [&](DockerResult<ExecResult> finished) { result = std::move(finished); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(std::holds_alternative<ExecResult>(*result));
    const ExecResult output = std::get<ExecResult>(*result);
    QCOMPARE(output.exitCode, 0);
    QVERIFY(!output.timedOut);
    QCOMPARE(output.standardOutput, QByteArray("first\n"));
    QCOMPARE(output.standardError, QByteArray("second\n"));
    QCOMPARE(chunks.size(), 2);
    QCOMPARE(chunks.at(0), (std::pair<QByteArray, bool>{"first\n", false}));
    QCOMPARE(chunks.at(1), (std::pair<QByteArray, bool>{"second\n", true}));
    // The first piece came before the stream ended (300 ms later), not with the result.
    QVERIFY2(firstChunkAt >= 0 && firstChunkAt < 250, qPrintable(QString::number(firstChunkAt)));
}

void TestCommandExec::timeoutReportsOutputSoFar()
{
    TrickleEngine fake;
    fake.endStream = false;
    QVERIFY(fake.start());
    DockerEngine engine(fake.endpoint());
    std::optional<DockerResult<ExecResult>> result;
    int answers = 0;
    engine.execStreaming("c1", {"ssb-server", "status"}, 600ms, {}, [&](DockerResult<ExecResult> finished) {
        ++answers;
        result = std::move(finished);
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 3000);
    QVERIFY(std::holds_alternative<ExecResult>(*result));
    const ExecResult output = std::get<ExecResult>(*result);
    QVERIFY(output.timedOut);
    QCOMPARE(output.exitCode, -1);
    QCOMPARE(output.standardOutput, QByteArray("first\n"));
    QCOMPARE(output.standardError, QByteArray("second\n"));
    QTest::qWait(300);
    QCOMPARE(answers, 1);
}

QTEST_GUILESS_MAIN(TestCommandExec)
#include "tst_commandexec.moc"
