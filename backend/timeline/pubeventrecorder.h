#pragma once

#include "store/pubeventrepository.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace buttcloud {

class Database;
class DockerEngine;
class DockerStream;
class JsonLinesParser;

// The timeline entry a Docker event stands for, or nullopt when it is not about one of this
// server's pubs or not a kind the timeline shows. Containers must carry the pub's and the managed
// labels; services are known by their name (service events carry no labels), and the recorder
// checks that the pub exists. Pure, for tests.
std::optional<PubEventRecord> pubEventFromDocker(const QJsonObject &event, const QMap<QString, QString> &managedLabels);

struct PubEventRecorderSettings
{
    std::chrono::milliseconds retryMin{1000};   // reconnect delay, doubled per failure
    std::chrono::milliseconds retryMax{30000};
    std::chrono::milliseconds retention{std::chrono::hours(30 * 24)}; // pub-event-retention
    std::chrono::milliseconds pruneInterval{std::chrono::hours(1)};
    bool prune = true;   // one recorder per server prunes; those of the hubs' engines do not
    QString source;      // whose engine, for the log ("the manager" when empty)
};

// Records Docker events of pubs in pub_events from one engine's /events stream (the manager's, and
// one recorder per SSH hub's engine for the containers running there): reconnects after the engine
// or its link goes away (asking for the events since the last one seen, so a dockerd restart loses
// none) and prunes rows older than the retention hourly. Several servers may record the same engine's
// events into one database: each event is stored once (its key is unique).
class PubEventRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PubEventRecorder)

public:
    PubEventRecorder(const Database &database, DockerEngine *engine, QMap<QString, QString> managedLabels,
                     PubEventRecorderSettings settings = {}, QObject *parent = nullptr);
    ~PubEventRecorder() override;

    void start();
    // The engine is reachable again (a hub's link came back): subscribe now rather than after the
    // rest of the retry delay.
    void reconnectNow();
    // Stores one Docker event when it is about a known pub; true when a new row was written.
    bool take(const QJsonObject &event);
    int pruneNow(qint64 nowMs);

    quint64 connections() const; // subscriptions opened, for tests

Q_SIGNALS:
    void recorded(const QString &pubId);

private:
    void subscribe();
    void ended(const QString &reason);

    const Database &m_database;
    DockerEngine *m_engine;
    QMap<QString, QString> m_managedLabels;
    PubEventRecorderSettings m_settings;
    std::unique_ptr<DockerStream> m_stream;
    std::unique_ptr<JsonLinesParser> m_parser;
    qint64 m_lastNs = 0;   // the newest event seen, or when the first subscription began
    int m_failures = 0;
    quint64 m_connections = 0;
    QTimer m_retry;
    QTimer m_pruneTimer;
};

}
