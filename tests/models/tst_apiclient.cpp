#include "fakeapiserver.h"
#include "models/apiclient.h"
#include "models/apierror.h"
#include "models/apijob.h"
#include "models/apitypes.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace buttcloud;
using namespace std::chrono_literals;

namespace {
// Answers every connection with one canned HTTP response, or with silence.
class RawHttpServer final : public QTcpServer
{
public:
    explicit RawHttpServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().isEmpty() && !m_response.isEmpty()) {
                        socket->write(m_response);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    QByteArray m_response;
};

ApiRequest loginRequest(const QString &email, const QString &password)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/auth/login");
    request.body = QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    return request;
}

// Starts the fake server with one user and points the client at it.
bool startWithAlice(test::FakeApiServer &server, ApiClient &client)
{
    if (!server.start())
        return false;
    server.addUser(QStringLiteral("alice@example.org"), QStringLiteral("correct horse"));
    client.setServerUrl(server.url());
    return true;
}

ApiResponse waitFor(ApiJob *job)
{
    std::optional<ApiResponse> response;
    QObject::connect(job, &ApiJob::finished, [&response](const ApiResponse &r) { response = r; });
    if (!QTest::qWaitFor([&response] { return response.has_value(); }, 10000))
        return ApiError{0, QStringLiteral("test_timeout"), QStringLiteral("no answer")};
    return *response;
}
}

class TestApiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginSucceeds();
    void wrongPasswordIsExplained();
    void refusedConnectionNamesTheServer();
    void silentServerTimesOut();
    void repliesOutsideTheContractAreRefused_data();
    void repliesOutsideTheContractAreRefused();
    void serverUrlsAreValidated_data();
    void serverUrlsAreValidated();
    void unreachableHubsAreExplained();
};

void TestApiClient::loginSucceeds()
{
    test::FakeApiServer server;
    ApiClient client;
    QVERIFY(startWithAlice(server, client));

    const ApiResponse response = waitFor(client.send(loginRequest(QStringLiteral("alice@example.org"), QStringLiteral("correct horse"))));
    QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
    const Result<TokenGrant> grant = parseTokenGrant(response.value(), server.url());
    QVERIFY(grant.ok());
    QCOMPARE(grant.value().user.email, QStringLiteral("alice@example.org"));
    QCOMPARE(grant.value().user.role, Role::Customer);
    QVERIFY(!grant.value().accessToken.isEmpty());
}

void TestApiClient::wrongPasswordIsExplained()
{
    test::FakeApiServer server;
    ApiClient client;
    QVERIFY(startWithAlice(server, client));

    const ApiResponse response = waitFor(client.send(loginRequest(QStringLiteral("alice@example.org"), QStringLiteral("wrong"))));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().httpStatus, 401);
    QCOMPARE(response.error().code, QStringLiteral("invalid_credentials"));
    QCOMPARE(response.error().message, QStringLiteral("Wrong email or password."));
}

void TestApiClient::refusedConnectionNamesTheServer()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
    closed.close();
    ApiClient client;
    client.setServerUrl(url);

    const ApiResponse response = waitFor(client.send(loginRequest(QStringLiteral("a@b.c"), QStringLiteral("x"))));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, QStringLiteral("network"));
    QCOMPARE(response.error().httpStatus, 0);
    QCOMPARE(response.error().message,
             QStringLiteral("The server could not be reached at %1: connection refused.").arg(url.toString()));
}

void TestApiClient::silentServerTimesOut()
{
    RawHttpServer silent{QByteArray()};
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ApiClient client;
    client.setServerUrl(silent.url());
    client.setTimeout(300ms);

    const ApiResponse response = waitFor(client.send(loginRequest(QStringLiteral("a@b.c"), QStringLiteral("x"))));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, QStringLiteral("timeout"));
    QVERIFY2(response.error().message.contains(silent.url().toString()), qPrintable(response.errorMessage()));
}

void TestApiClient::repliesOutsideTheContractAreRefused_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<int>("status");
    const auto http = [](const char *statusLine, const QByteArray &body) {
        return QByteArray("HTTP/1.1 ") + statusLine + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    };
    QTest::newRow("html page") << http("200 OK", "<html>hello</html>") << 200;
    QTest::newRow("json array") << http("200 OK", "[1,2]") << 200;
    QTest::newRow("error without envelope") << http("500 Internal Server Error", "{\"oops\":1}") << 500;
    QTest::newRow("redirect") << QByteArray("HTTP/1.1 302 Found\r\nLocation: http://example.org/\r\nContent-Length: 0\r\n\r\n") << 302;
}

void TestApiClient::repliesOutsideTheContractAreRefused()
{
    QFETCH(QByteArray, reply);
    QFETCH(int, status);
    RawHttpServer server(reply);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    ApiClient client;
    client.setServerUrl(server.url());

    const ApiResponse response = waitFor(client.send(loginRequest(QStringLiteral("a@b.c"), QStringLiteral("x"))));
    QVERIFY(!response.ok());
    QCOMPARE(response.error().code, QStringLiteral("invalid_reply"));
    QCOMPARE(response.error().httpStatus, status);
}

void TestApiClient::serverUrlsAreValidated_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("https") << QStringLiteral("https://cloud.example.org") << true;
    QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:8080") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.org") << false;
    QTest::newRow("credentials") << QStringLiteral("http://user:pw@example.org") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestApiClient::serverUrlsAreValidated()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QCOMPARE(ApiClient::isValidServerUrl(QUrl(url)), valid);
}

void TestApiClient::unreachableHubsAreExplained()
{
    // 503: a pub's hub is away for now; 502: the machine being added could not be reached.
    QCOMPARE(messageForServerError(503, QStringLiteral("hub_unreachable"), QStringLiteral("node n1")),
             QStringLiteral("The hub running this pub cannot be reached right now. Please try again later."));
    QCOMPARE(messageForServerError(502, QStringLiteral("hub_unreachable"), QStringLiteral("connection refused")),
             QStringLiteral("The server could not connect to the machine over SSH: connection refused"));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
