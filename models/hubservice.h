#pragma once

#include "models/job.h"
#include "models/money.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace buttcloud {

class Session;

enum class HubState { Joining, Ready, Unreachable, Draining, Drained, Removing, Failed };

// A machine in the swarm that runs pubs (docs/api.md, "Hubs").
struct Hub
{
    QString id;
    QString name;
    QString provider;
    QString host;
    int port = 22;
    QString user;
    QString hostKeyFingerprint;
    HubState state = HubState::Joining;
    QString nodeId;
    QString dockerVersion;
    qint64 memoryBytes = 0;
    int cpus = 0;
    int pubs = 0;
    QString message;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<Job> job; // in the answers to add, drain and remove
};

QString hubStateLabel(HubState state);
// Drain is for hubs that take pubs; remove only for drained ones (the server checks it is empty).
bool canDrainHub(const Hub &hub);
bool canRemoveHub(const Hub &hub);

// The key a machine presents, for the operator to compare with the machine's own before adding it.
struct HostKeyProbe
{
    QString keyType;
    QString fingerprint; // SHA256:...
    bool knownHost = false; // already in the server's known_hosts
};

// What the add-hub wizard collects. The private key is read from privateKeyFile by HubService.
struct NewHub
{
    QString name;
    QString host;
    int port = 22;
    QString user;
    QString privateKeyFile;
    QString hostKeyFingerprint; // the one the operator confirmed
};

struct HubCapacity
{
    QString id;
    QString name;
    QString state;
    qint64 memoryBytes = 0;
    qint64 reservedBytes = 0;
    qint64 freeBytes = 0;
    int pubs = 0;
    int pubSlots = 0;
    int observedPubSlots = 0;
};

// GET /api/v1/capacity: memory reserved and free per hub, the plan, and the "what if".
struct Capacity
{
    qint64 pubMemoryBytes = 0;
    qint64 hubMemoryBytes = 0;
    Money hubPrice;
    QList<HubCapacity> hubs;
    struct
    {
        int hubs = 0;
        int pubs = 0;
        qint64 memoryBytes = 0;
        qint64 reservedBytes = 0;
        qint64 freeBytes = 0;
        double utilisation = 0;
        Money costPerPub;
    } totals;
    struct
    {
        qint64 pubMemoryP95Bytes = 0;
        double headroom = 0;
        int pubsPerHub = 0;
        Money costPerPub;
    } observed;
    struct
    {
        QString action; // none, scale_up, scale_down
        int hubsNeeded = 0;
        int hubsToAdd = 0;
        QStringList hubsToRemove;
        QString reason;
    } plan;
    struct
    {
        int extraPubs = 0;
        int hubsNeeded = 0;
        int hubsToAdd = 0;
    } whatIf;
};

// Sentences for the capacity figures, shared by the page and tests.
QString capacityTotalsText(const Capacity &capacity);
QString capacityObservedText(const Capacity &capacity);
QString capacityPlanText(const Capacity &capacity);
QString capacityWhatIfText(const Capacity &capacity);

Result<Hub> parseHub(const QJsonObject &json, const QUrl &serverUrl);
Result<QList<Hub>> parseHubList(const QJsonObject &json, const QUrl &serverUrl);
Result<HostKeyProbe> parseHostKeyProbe(const QJsonObject &json, const QUrl &serverUrl);
Result<Capacity> parseCapacity(const QJsonObject &json, const QUrl &serverUrl);

// The hubs and capacity parts of the API, typed.
class HubService final
{
    Q_DISABLE_COPY_MOVE(HubService)

public:
    template<typename T>
    using Handler = std::function<void(const Result<T> &)>;

    // A private key file larger than this is not an ed25519 key.
    static constexpr qint64 MaxPrivateKeyBytes = 16 * 1024;

    explicit HubService(Session *session);

    void list(QObject *context, Handler<QList<Hub>> handler);
    void probe(const QString &host, int port, QObject *context, Handler<HostKeyProbe> handler);
    // Reads the private key from hub.privateKeyFile first: an unreadable or unsuitable file is
    // refused here (code "key_file") and nothing is sent.
    void add(const NewHub &hub, QObject *context, Handler<Hub> handler);
    void drain(const QString &hubId, QObject *context, Handler<Hub> handler);
    void remove(const QString &hubId, QObject *context, Handler<Hub> handler);
    void capacity(int extraPubs, QObject *context, Handler<Capacity> handler);

private:
    Session *m_session;
};

}
