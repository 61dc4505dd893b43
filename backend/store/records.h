#pragma once

#include "wire/jobstate.h"
#include "wire/pubstatus.h"
#include "wire/roles.h"

#include <QJsonObject>
#include <QString>

namespace buttcloud {

// Rows as the store reads and writes them. Times are epoch milliseconds (BIGINT), as in the schema.

struct UserRecord
{
    QString id;
    QString name;
    QString email;         // lowercased
    QString passwordHash;  // argon2id string, never leaves the server
    Role role = Role::Customer;
    qint64 createdAt = 0;
    bool emailVerified = false;
    QString language{};    // en, de, es, or empty when unknown (mails then go in English)
    bool disabled = false; // may not sign in; every token revoked when it was set
    qint64 lastSignInAt = 0; // 0 when never
    int tokenGeneration = 0; // access tokens of an older generation are revoked
};

// A one-time token mailed to a user (email verification, password reset); only its hash is stored.
struct UserTokenRecord
{
    QString id;
    QString userId;
    QString purpose;
    qint64 expiresAt = 0;
    qint64 usedAt = 0;     // 0 while unused
};

// One mail in the outbox, from the transaction that caused it until it is sent.
struct OutboxMailRecord
{
    QString id;
    QString messageId;     // kept across attempts, so receivers can drop a resent duplicate
    QString recipient;
    QString recipientName;
    QString sender;
    QString replyTo;
    QString subject;
    QString textBody;
    QString htmlBody;
    QString language;
    QString kind;
    QString dedupeKey;     // empty, or unique among all mails ever queued
    QString pubId;         // the pub the mail is about, empty for none (written on insert only)
    QString state;         // queued, sending, sent, failed
    int attempts = 0;
    qint64 nextAttemptAt = 0; // queued: not before; sending: when the claim lapses
    QString lastError;
    qint64 createdAt = 0;
    qint64 sentAt = 0;
};

struct RefreshTokenRecord
{
    QString id;
    QByteArray tokenHash;  // SHA-256 of the token; the token itself is never stored
    QString familyId;      // every token of one sign-in shares it
    QString userId;
    qint64 expiresAt = 0;
    qint64 usedAt = 0;     // 0 while unused
    bool revoked = false;
};

struct PubRecord
{
    QString id;
    QString ownerId;
    QString name;
    PubDesiredState desiredState = PubDesiredState::Running;
    PubStatus status = PubStatus::None;
    QString statusMessage;
    QString image;
    QString node;
    QString host;
    quint16 port = 0;
    QString serviceId;
    bool removeData = false;  // asked with the delete; kept so a retried removal still honours it
    qint64 memoryReservationBytes = 0; // what placement reserves for it (its plan's memory)
    qint64 memoryLimitBytes = 0;       // the container's hard limit, 0 for none
    qint64 memoryP95Bytes = 0;         // observed: p95 of its 1-minute memory averages, 0 until known
    QString hubId;                     // the hub it is pinned to (where its volume is), empty: anywhere
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// A machine in the swarm that runs pubs. provider "local" is the machine the server runs on (the
// swarm manager); "ssh" an existing machine reached over SSH.
struct HubRecord
{
    QString id;
    QString name;
    QString provider;
    QString host;
    quint16 port = 22;
    QString sshUser;
    QString hostKeyType;        // e.g. ssh-ed25519
    QString hostKey;            // base64 of the key blob the hub presented and the operator accepted
    QString hostKeyFingerprint; // SHA256:... as OpenSSH prints it
    QString privateKeySealed;   // the SSH private key sealed with the server key; never logged
    QString nodeId;             // the swarm node id once joined
    QString state;              // joining, ready, unreachable, draining, drained, removing, failed
    QString message;
    qint64 memoryBytes = 0;
    int cpus = 0;
    QString dockerVersion;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // Pubs can be placed or moved here now: the hub is ready and a node of the swarm.
    bool takesPubs() const { return state == QLatin1String("ready") && !nodeId.isEmpty(); }
};

// A durable job (docs/api.md, "Jobs"). payload says what to do beyond kind and ids; result what came
// of it. finishedAt is 0 while unfinished.
struct JobRecord
{
    QString id;
    JobKind kind = JobKind::PubCreate;
    JobState state = JobState::Queued;
    QString pubId;
    QString hubId;
    QString idempotencyKey; // one unfinished job per key
    QString reason;         // for people: who or what asked
    QJsonObject payload;
    QJsonObject result;
    QString progress;
    QString error;
    int attempts = 0;       // claims so far, the running one included
    int maxAttempts = 8;
    qint64 runAfter = 0;
    QString leaseOwner;     // the worker holding it while running
    qint64 leaseUntil = 0;
    bool cancelRequested = false;
    QString createdBy;      // user id, empty for the server itself
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 finishedAt = 0;
};

// A price people can subscribe a pub to. amount is in minor units of currency (cents for EUR);
// interval is "month" or "year". The provider ids are empty until the plan exists at the provider.
struct PlanRecord
{
    QString id;
    QString name;
    qint64 amount = 0;
    QString currency;          // ISO 4217, lowercase as Stripe writes it (eur)
    QString interval;          // month, year
    qint64 memoryBytes = 0;    // what a pub on this plan may reserve, 0 for the server's default
    int trialDays = 0;
    bool active = true;        // inactive plans keep their subscribers but take no new ones
    QString providerProductId;
    QString providerPlanId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// One per pub. status: trialing, active, past_due, suspended, canceled (docs/api.md, "Billing").
struct SubscriptionRecord
{
    QString id;
    QString pubId;
    QString userId;
    QString planId;
    QString status;
    qint64 currentPeriodEnd = 0;
    qint64 graceUntil = 0;     // past_due until then, suspended after; 0 when not past due
    QString providerSubscriptionId;
    QString providerCustomerId;
    bool comped = false;        // an admin's gift: active, never charged, never suspended
    qint64 canceledAt = 0;      // the pub is removed billing-cancel-removal after this
    qint64 removalQueuedAt = 0; // when that removal was queued (0: not yet)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// The billing timeline of a pub. providerEventId is the provider's event id (webhook dedupe), empty
// for events the server made itself.
struct BillingEventRecord
{
    QString id;
    QString pubId;
    QString subscriptionId;
    QString kind;
    QJsonObject detail;
    QString providerEventId;
    qint64 at = 0;
};

// An invoice or a payment recorded by hand. status: open, paid, failed, void; method: stripe, offline.
struct InvoiceRecord
{
    QString id;
    QString userId;
    QString pubId;
    QString subscriptionId;
    qint64 amount = 0;
    QString currency;
    QString status;
    QString method;
    QString providerInvoiceId;
    QString note;
    QString payUrl;            // the provider's page where it can be paid; empty for offline ones
    qint64 at = 0;
};

}
