#pragma once

#include "ingress/ingresssites.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace buttcloud {

class Database;
class DockerEngine;
class PubRuntime;
struct DockerError;

// How the hub ingress runs (the ingress-* options; docs/pub-web.md).
struct IngressSettings
{
    QString serviceName;           // the swarm service, one per deployment
    QString networkName;           // the overlay network the pubs join
    QString image;
    quint16 httpPort = 8880;       // published on the node for the container's 8080
    quint16 httpsPort = 8443;      // published for 8443, only with a certificate
    QString domain;
    QString tlsCertFile;           // empty: HTTP only
    QString tlsKeyFile;
    QMap<QString, QString> labels; // the server's managed labels, on everything created
    std::chrono::milliseconds syncInterval{30000};
};

// Runs the hub ingress: keeps its network and service in place and its nginx sites equal to the pubs
// the server runs. A sync builds the sites (feed ids from `ssb-server whoami`, cached per pub) and,
// only when they differ from what was last applied, uploads them to the candidate directory, checks
// them with `nginx -t`, puts them live and reloads nginx gracefully. A failed check keeps the live
// sites. Syncs run one at a time; a request during one runs another after it.
class IngressController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IngressController)

public:
    IngressController(const Database &database, DockerEngine *engine, PubRuntime *runtime, IngressSettings settings,
                      QObject *parent = nullptr);
    ~IngressController() override;

    // Makes sure of the network and the service, then syncs now and every sync interval.
    void start();
    // A pub was created, changed or removed: sync soon (requests close together make one sync).
    void scheduleSync();

Q_SIGNALS:
    // A sync ended: applied or unchanged (true), or why not.
    void synced(bool ok, const QString &problem);

private:
    using Step = std::function<void(const QString &problem)>;
    // The network, then the service; again a little later when either fails.
    void prepare();
    void ensureNetwork(Step done);
    void ensureService(Step done);
    QJsonObject serviceSpec() const;
    void sync();
    void learnFeedIds(std::function<void()> done);
    void apply(const IngressSites &candidate, const IngressSites &live, const QByteArray &digest);
    void findContainer(std::function<void(const QString &containerId, const QString &problem)> done);
    void runNginx(const QString &containerId, const QStringList &arguments, Step done);
    void finishSync(bool ok, const QString &problem);
    IngressSites sitesFor(const QString &siteDir) const;

    const Database &m_database;
    DockerEngine *m_engine;
    PubRuntime *m_runtime;
    IngressSettings m_settings;
    QByteArray m_tlsCert;
    QByteArray m_tlsKey;
    QHash<QString, QString> m_feedIds;  // pub id -> feed id
    QByteArray m_appliedDigest;
    bool m_ready = false;
    bool m_syncing = false;
    bool m_syncAgain = false;
    QTimer m_soon;
    QTimer m_periodic;
};

}
