#include "timeline/pubeventrecorder.h"

#include "core/logging.h"
#include "docker/dockerengine.h"
#include "docker/jsonlinesparser.h"
#include "store/database.h"
#include "store/pubrepository.h"
#include "swarm/pubservicespec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace buttcloud {

namespace {

QString eventsPath(qint64 sinceNs)
{
    QJsonObject types{{QStringLiteral("container"), true}, {QStringLiteral("service"), true}};
    QJsonObject actions;
    for (const char *action : {"start", "die", "oom", "health_status", "create", "update", "remove"})
        actions.insert(QLatin1String(action), true);
    const QByteArray filters = QJsonDocument(QJsonObject{{QStringLiteral("type"), types}, {QStringLiteral("event"), actions}})
                                   .toJson(QJsonDocument::Compact);
    QString path = QStringLiteral("/events?filters=") + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(filters)));
    if (sinceNs > 0)
        path += QStringLiteral("&since=%1.%2").arg(sinceNs / 1000000000LL).arg(sinceNs % 1000000000LL, 9, 10, QLatin1Char('0'));
    return path;
}

QString attribute(const QJsonObject &attributes, const char *name)
{
    return attributes.value(QLatin1String(name)).toString();
}

}

std::optional<PubEventRecord> pubEventFromDocker(const QJsonObject &event, const QMap<QString, QString> &managedLabels)
{
    const QString type = event.value(QLatin1String("Type")).toString();
    const QString action = event.value(QLatin1String("Action")).toString();
    const QJsonObject actor = event.value(QLatin1String("Actor")).toObject();
    const QJsonObject attributes = actor.value(QLatin1String("Attributes")).toObject();
    const QString actorId = actor.value(QLatin1String("ID")).toString();
    const qint64 timeNs = event.value(QLatin1String("timeNano")).toInteger(-1);
    if (actorId.isEmpty() || actorId.size() > 128 || timeNs <= 0)
        return std::nullopt;

    PubEventRecord record;
    record.at = timeNs / 1000000;
    record.eventKey = QStringLiteral("%1:%2:%3").arg(timeNs).arg(actorId, action.left(64));
    if (type == QLatin1String("container")) {
        record.pubId = attribute(attributes, PubIdLabel);
        if (!isValidPubId(record.pubId) || !carriesPubLabels(attributes, record.pubId, managedLabels))
            return std::nullopt;
        if (action == QLatin1String("start") || action == QLatin1String("oom")) {
            record.kind = action;
        } else if (action == QLatin1String("die")) {
            record.kind = action;
            bool ok = false;
            const int exitCode = attribute(attributes, "exitCode").toInt(&ok);
            if (ok)
                record.detail.insert(QStringLiteral("exitCode"), exitCode);
        } else if (action.startsWith(QLatin1String("health_status: "))) {
            record.kind = QStringLiteral("health_status");
            record.detail.insert(QStringLiteral("status"), action.mid(15).left(32));
        } else {
            return std::nullopt;
        }
        record.detail.insert(QStringLiteral("containerId"), actorId.left(12));
        return record;
    }
    if (type == QLatin1String("service")) {
        const QString prefix = pubServiceName(QString());
        const QString name = attribute(attributes, "name");
        record.pubId = name.startsWith(prefix) ? name.mid(prefix.size()) : QString();
        if (!isValidPubId(record.pubId) || (action != QLatin1String("create") && action != QLatin1String("update")
                                            && action != QLatin1String("remove")))
            return std::nullopt;
        record.kind = QStringLiteral("service.") + action;
        return record;
    }
    return std::nullopt;
}

PubEventRecorder::PubEventRecorder(const Database &database, DockerEngine *engine, QMap<QString, QString> managedLabels,
                                   PubEventRecorderSettings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_engine(engine)
    , m_managedLabels(std::move(managedLabels))
    , m_settings(settings)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PubEventRecorder::subscribe);
    m_pruneTimer.setInterval(m_settings.pruneInterval);
    connect(&m_pruneTimer, &QTimer::timeout, this, [this] { pruneNow(currentEpochMs()); });
}

PubEventRecorder::~PubEventRecorder() = default;

void PubEventRecorder::start()
{
    m_lastNs = currentEpochMs() * 1000000LL;
    subscribe();
    if (!m_settings.prune)
        return;
    m_pruneTimer.start();
    pruneNow(currentEpochMs());
}

void PubEventRecorder::reconnectNow()
{
    if (!m_retry.isActive())
        return; // subscribed, or never started
    m_retry.stop();
    subscribe();
}

quint64 PubEventRecorder::connections() const
{
    return m_connections;
}

void PubEventRecorder::subscribe()
{
    ++m_connections;
    m_parser = std::make_unique<JsonLinesParser>();
    // From the newest event seen: what happened while the engine was away (a dockerd restart: the
    // pub's die and start) is delivered on reconnection; repeats are dropped by their key.
    m_stream = m_engine->openStream(eventsPath(m_lastNs), [this](const QByteArray &chunk) {
        if (!m_parser->feed(chunk))
            return ended(QStringLiteral("unreadable events: ") + m_parser->errorString());
        for (const QJsonObject &event : m_parser->takeObjects()) {
            m_failures = 0;
            take(event);
        }
    }, [this](std::optional<DockerError> error) {
        ended(error ? error->message : QStringLiteral("the engine ended the event stream"));
    });
}

void PubEventRecorder::ended(const QString &reason)
{
    if (m_retry.isActive())
        return;
    // Dropped later: this runs inside the stream's own callback.
    QMetaObject::invokeMethod(this, [stream = std::shared_ptr<DockerStream>(std::move(m_stream))] {}, Qt::QueuedConnection);
    const qint64 delay = std::min<qint64>(m_settings.retryMax.count(), m_settings.retryMin.count() << std::min(m_failures, 16));
    ++m_failures;
    const QString source = m_settings.source.isEmpty() ? QStringLiteral("the manager") : m_settings.source;
    qCInfo(lcPubs).noquote() << "Docker events of" << source << ':' << reason << "- subscribing again in" << delay << "ms";
    m_retry.start(int(delay));
}

bool PubEventRecorder::take(const QJsonObject &event)
{
    const std::optional<PubEventRecord> record = pubEventFromDocker(event, m_managedLabels);
    const qint64 timeNs = event.value(QLatin1String("timeNano")).toInteger(0);
    m_lastNs = std::max(m_lastNs, timeNs);
    if (!record)
        return false;
    try {
        // Only pubs of this deployment: a service name alone does not prove it is ours.
        if (!PubRepository(m_database).findById(record->pubId))
            return false;
        if (!PubEventRepository(m_database).record(*record))
            return false;
    } catch (const StoreError &error) {
        qCWarning(lcStore).noquote() << "cannot record a Docker event of pub" << record->pubId << ':' << error.what();
        return false;
    }
    Q_EMIT recorded(record->pubId);
    return true;
}

int PubEventRecorder::pruneNow(qint64 nowMs)
{
    try {
        const int pruned = PubEventRepository(m_database).pruneBefore(nowMs - m_settings.retention.count());
        if (pruned > 0)
            qCInfo(lcStore) << "pruned" << pruned << "pub events older than the retention";
        return pruned;
    } catch (const StoreError &error) {
        qCWarning(lcStore).noquote() << "cannot prune pub events:" << error.what();
        return 0;
    }
}

}
