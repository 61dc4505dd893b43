// Load for the live stream: CLIENTS WebSocket clients, each subscribed to the stats of PUBS, for
// SECONDS. Prints how many samples arrived, their latency (the client's receive time minus the
// sample's time "t", which is when Docker read the container's counters: it covers Docker's reply,
// the server's computation and the fan-out), and the server's own counters before and after from
// GET /api/v1/server/metrics (admin token), which show how many upstream readings served them all.
//
//   buttcloud_streamfanout URL TOKEN PUB_IDS CLIENTS SECONDS     (PUB_IDS comma-separated)
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

constexpr qint64 WarmUpMs = 3000; // samples before every client subscribed are left out

struct Client
{
    std::unique_ptr<QWebSocket> socket;
    bool ready = false;
    int samples = 0;
};

QJsonObject fetchMetrics(QNetworkAccessManager &network, const QUrl &base, const QByteArray &token)
{
    QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/api/v1/server/metrics"))));
    request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QJsonObject metrics = QJsonDocument::fromJson(reply->readAll()).object();
    if (reply->error() != QNetworkReply::NoError || metrics.isEmpty())
        std::fprintf(stderr, "metrics: %s\n", qPrintable(reply->errorString()));
    return metrics;
}

QJsonObject pubMetrics(const QJsonObject &metrics, const QString &pubId)
{
    for (const QJsonValue &pub : metrics.value(QStringLiteral("stats")).toObject().value(QStringLiteral("pubs")).toArray()) {
        if (pub.toObject().value(QStringLiteral("pubId")).toString() == pubId)
            return pub.toObject();
    }
    return {};
}

double percentile(std::vector<qint64> sorted, double fraction)
{
    if (sorted.empty())
        return 0;
    const size_t index = std::min(sorted.size() - 1, size_t(fraction * double(sorted.size() - 1) + 0.5));
    return double(sorted[index]);
}

}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 6) {
        std::fprintf(stderr, "usage: %s URL TOKEN PUB_IDS CLIENTS SECONDS\n", argv[0]);
        return 2;
    }
    const QUrl base(arguments.at(1));
    const QByteArray token = arguments.at(2).toUtf8();
    const QStringList pubIds = arguments.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int clientCount = arguments.at(4).toInt();
    const int seconds = arguments.at(5).toInt();
    // pub.stats by default; BUTTCLOUD_FANOUT_TOPIC=pub.logs follows the pubs' logs instead.
    const QString topic = qEnvironmentVariable("BUTTCLOUD_FANOUT_TOPIC", QStringLiteral("pub.stats"));
    if (!base.isValid() || pubIds.isEmpty() || clientCount < 1 || clientCount > 10000 || seconds < 1) {
        std::fprintf(stderr, "invalid arguments\n");
        return 2;
    }

    QNetworkAccessManager network;
    QUrl streamUrl = base;
    streamUrl.setScheme(base.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    streamUrl.setPath(QStringLiteral("/api/v1/stream"));

    std::vector<Client> clients(static_cast<size_t>(clientCount));
    std::vector<qint64> latencies;
    QElapsedTimer sinceAllReady;
    int readyCount = 0;
    int errors = 0;
    const auto send = [](QWebSocket &socket, const QJsonObject &message) {
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    };
    for (Client &client : clients) {
        client.socket = std::make_unique<QWebSocket>();
        QWebSocket *socket = client.socket.get();
        QObject::connect(socket, &QWebSocket::connected, socket, [&send, socket, &token] {
            send(*socket, {{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("token"), QString::fromUtf8(token)}});
        });
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [&, socket, clientPtr = &client](const QString &text) {
            const qint64 receivedMs = QDateTime::currentMSecsSinceEpoch();
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = message.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("ready")) {
                for (const QString &pubId : pubIds) {
                    send(*socket, {{QStringLiteral("type"), QStringLiteral("subscribe")},
                                   {QStringLiteral("topic"), topic},
                                   {QStringLiteral("pubId"), pubId}});
                }
                clientPtr->ready = true;
                if (++readyCount == clientCount)
                    sinceAllReady.start();
            } else if (type == QLatin1String("stats")) {
                ++clientPtr->samples;
                const QDateTime sampledAt = QDateTime::fromString(
                    message.value(QStringLiteral("sample")).toObject().value(QStringLiteral("t")).toString(), Qt::ISODateWithMs);
                if (sinceAllReady.isValid() && sinceAllReady.elapsed() > WarmUpMs && sampledAt.isValid())
                    latencies.push_back(receivedMs - sampledAt.toMSecsSinceEpoch());
            } else if (type == QLatin1String("error")) {
                ++errors;
                std::fprintf(stderr, "stream error: %s\n", qPrintable(text));
            }
        });
        socket->open(streamUrl);
    }

    QEventLoop waitReady;
    QTimer giveUp;
    QObject::connect(&giveUp, &QTimer::timeout, &waitReady, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &waitReady, [&] {
        if (readyCount == clientCount)
            waitReady.quit();
    });
    giveUp.start(60000);
    poll.start(50);
    waitReady.exec();
    poll.stop();
    if (readyCount != clientCount) {
        std::fprintf(stderr, "only %d of %d clients signed in\n", readyCount, clientCount);
        return 1;
    }

    // Let the subscriptions land and the first samples pass, then measure over the window.
    QEventLoop warmUp;
    QTimer::singleShot(WarmUpMs, &warmUp, &QEventLoop::quit);
    warmUp.exec();
    latencies.clear();
    for (Client &client : clients)
        client.samples = 0;
    const QJsonObject before = fetchMetrics(network, base, token);
    QElapsedTimer window;
    window.start();
    QEventLoop measuring;
    QTimer::singleShot(seconds * 1000, &measuring, &QEventLoop::quit);
    measuring.exec();
    const double elapsedSeconds = double(window.elapsed()) / 1000;
    const QJsonObject after = fetchMetrics(network, base, token);

    std::sort(latencies.begin(), latencies.end());
    const auto [fewest, most] = std::minmax_element(clients.begin(), clients.end(), [](const Client &a, const Client &b) {
        return a.samples < b.samples;
    });
    std::printf("clients: %d, pubs each: %lld, window: %.1f s\n", clientCount, qint64(pubIds.size()), elapsedSeconds);
    std::printf("samples received: %lld (per client and pub: %d to %d), stream errors: %d\n", qint64(latencies.size()),
                fewest->samples / int(pubIds.size()), most->samples / int(pubIds.size()), errors);
    std::printf("latency, receive time - sample time t (ms): p50 %.0f, p90 %.0f, p99 %.0f, max %.0f\n",
                percentile(latencies, 0.5), percentile(latencies, 0.9), percentile(latencies, 0.99),
                latencies.empty() ? 0.0 : double(latencies.back()));
    const QJsonObject statsBefore = before.value(QStringLiteral("stats")).toObject();
    const QJsonObject statsAfter = after.value(QStringLiteral("stats")).toObject();
    const QJsonObject streamBefore = before.value(QStringLiteral("stream")).toObject();
    const QJsonObject streamAfter = after.value(QStringLiteral("stream")).toObject();
    std::printf("server: upstreams %d (watched %d), stream connections %d, stats subscriptions %d\n",
                statsAfter.value(QStringLiteral("upstreams")).toInt(), statsAfter.value(QStringLiteral("watchedUpstreams")).toInt(),
                streamAfter.value(QStringLiteral("connections")).toInt(), streamAfter.value(QStringLiteral("statsSubscriptions")).toInt());
    for (const QString &pubId : pubIds) {
        const QJsonObject pubBefore = pubMetrics(before, pubId);
        const QJsonObject pubAfter = pubMetrics(after, pubId);
        const qint64 readings = pubAfter.value(QStringLiteral("readings")).toInteger() - pubBefore.value(QStringLiteral("readings")).toInteger();
        std::printf("  pub %s: watchers %d, Docker readings in the window %lld (%.2f/s), samples %lld\n", qPrintable(pubId),
                    pubAfter.value(QStringLiteral("watchers")).toInt(), readings, double(readings) / elapsedSeconds,
                    pubAfter.value(QStringLiteral("samples")).toInteger() - pubBefore.value(QStringLiteral("samples")).toInteger());
    }
    std::printf("server samples sent %lld, dropped %lld in the window\n",
                streamAfter.value(QStringLiteral("samplesSent")).toInteger() - streamBefore.value(QStringLiteral("samplesSent")).toInteger(),
                streamAfter.value(QStringLiteral("samplesDropped")).toInteger()
                    - streamBefore.value(QStringLiteral("samplesDropped")).toInteger());
    std::fflush(stdout);
    for (Client &client : clients)
        client.socket->close();
    return 0;
}
