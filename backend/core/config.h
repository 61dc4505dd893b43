#pragma once

#include "core/tlsidentity.h"
#include "store/databaselocation.h"

#include <QHostAddress>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <variant>

namespace buttcloud {

// The mail-* options (docs/configuration.md). An empty smtpUrl disables sending: mails stay queued.
struct MailConfig
{
    QUrl smtpUrl;
    QString startTls = QStringLiteral("auto");       // auto, required or never
    QString caFile;                                  // empty: the system's CA certificates
    QString smtpUser;                                // from mail-credentials-file or the environment
    QString smtpPassword;                            // never logged or printed
    QString from = QStringLiteral("ButtCloud <buttcloud@localhost>");
    QString replyTo;
    QString linkBase = QStringLiteral("buttcloud://");
    std::chrono::milliseconds sendTimeout{60000};     // one SMTP exchange at most
    std::chrono::milliseconds retryBase{30000};
    std::chrono::milliseconds retryMax{3600000};
    int maxAttempts = 10;
    std::chrono::milliseconds alertWindow{3600000};
};

// The billing and stripe-* options (docs/configuration.md). off: every pub is always allowed (the
// default); offline: operators record payments by hand; stripe: subscriptions are paid through Stripe.
struct BillingConfig
{
    enum class Mode { Off, Offline, Stripe };
    Mode mode = Mode::Off;
    QUrl stripeApiUrl = QUrl(QStringLiteral("https://api.stripe.com")); // tests point it at an emulator
    QString stripeSecretKey;       // from stripe-secret-key-file or BUTTCLOUD_STRIPE_SECRET_KEY; never logged
    QByteArray stripeWebhookSecret; // from stripe-webhook-secret-file or BUTTCLOUD_STRIPE_WEBHOOK_SECRET
    std::chrono::milliseconds grace{7LL * 24 * 3600 * 1000}; // past_due this long before a pub is suspended
    std::chrono::milliseconds cancelRemoval{30LL * 24 * 3600 * 1000}; // canceled this long before the pub is removed
    std::chrono::milliseconds checkInterval{60000}; // how often the lifecycle check runs (tests shorten it)
};

// The pub-domain and ingress-* options (docs/configuration.md, docs/pub-web.md). The ingress is the
// hub's nginx service that routes <pub>.<domain> to each pub's landing page, viewer and git web.
struct IngressConfig
{
    QString pubDomain;          // empty: pubs have no host names of their own, invites carry public-host
    bool enabled = false;       // needs pubDomain
    QString image;              // default buttcloud/ingress:<tag>
    quint16 port = 8880;        // HTTP, published on the node
    quint16 tlsPort = 8443;     // HTTPS, only with a certificate
    QString tlsCertFile;        // PEM chain; with tlsKeyFile, or neither
    QString tlsKeyFile;         // PEM private key; read when the ingress is configured, never logged
    // Named at start from the deployment's instance id (not options): buttcloud-ingress-<id> and
    // buttcloud-web-<id>, so deployments sharing an engine never touch each other's.
    QString serviceName;
    QString networkName;
};

// Everything buttcloudd can be told, already validated. Defaults are the documented ones.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 8080;      // 0: any free port
    QString dataDir;
    DatabaseLocation database;      // default: buttcloud.sqlite in the data directory
    QUrl dockerHost = QUrl(QStringLiteral("unix:///var/run/docker.sock"));
    QString publicHost = QStringLiteral("127.0.0.1");
    QString pubImage;
    quint16 pubPortFirst = 20000;
    quint16 pubPortLast = 20999;
    qint64 pubMemoryLimitBytes = qint64(1) << 30;
    qint64 pubMemoryReservationBytes = qint64(1) << 30;
    std::chrono::seconds accessTokenTtl{900};
    std::chrono::seconds refreshTokenTtl{30 * 24 * 3600};
    std::chrono::milliseconds observeInterval{2000};
    std::chrono::milliseconds statsFlushInterval{60000}; // a test knob: how often stats minutes are written
    std::chrono::milliseconds reconcileInterval{30000};
    std::chrono::milliseconds orphanGrace{10 * 60 * 1000};
    std::chrono::milliseconds jobRetention{std::chrono::hours(30 * 24)};
    std::chrono::milliseconds pubEventRetention{std::chrono::hours(30 * 24)};
    qint64 capacityPubMemoryBytes = qint64(1) << 30;
    qint64 capacityHubMemoryBytes = qint64(15) << 30;
    qint64 capacityHubPriceMonth = 4000; // minor units of capacityCurrency
    QString capacityCurrency = QStringLiteral("usd");
    int capacityMinFreePubs = 2;
    double capacityHeadroom = 0.25;
    QMap<QString, QString> labels;  // added to everything created in Docker
    QString sshKnownHosts;          // known_hosts for hub host keys; <data>/known_hosts when empty
    std::chrono::milliseconds sshConnectTimeout{10000};
    qint64 importMaxBytes = qint64(1) << 30;        // largest pub archive POST /pubs/import takes
    std::chrono::milliseconds exportExpiry{std::chrono::hours(1)}; // an export not downloaded by then is deleted
    std::chrono::milliseconds backupRetention{std::chrono::hours(90 * 24)}; // a backup is deleted this long after it was made
    MailConfig mail;
    BillingConfig billing;
    TlsIdentity tls;                // --tls-cert/--tls-key, checked; null: plain HTTP
    IngressConfig ingress;
};

// A command-line invocation: run the server, or a maintenance command (`user add`, `user list`).
struct UserCommandOptions
{
    QString email;
    QString name;
    QString role;
    bool passwordFromStdin = false;
};

struct Invocation
{
    enum class Action { RunServer, UserAdd, UserList, ShowHelp, ShowVersion };
    Action action = Action::RunServer;
    ServerConfig config;
    UserCommandOptions user;
    QString helpText;
};

// A refusal to start, for people; main prints it and exits with 2.
struct ConfigError
{
    QString message;
};

// Reads flags > environment (BUTTCLOUD_<OPTION>) > config file (--config, INI key = value) > defaults,
// and validates every value.
std::variant<Invocation, ConfigError> parseInvocation(const QStringList &arguments,
                                                      const QProcessEnvironment &environment);

// Value parsers, public so tests can table them. Each returns nullopt on anything invalid.
std::optional<qint64> parseByteSize(const QString &text);                     // 1024, 512k, 64m, 1g
std::optional<std::chrono::milliseconds> parseDuration(const QString &text); // 900, 900s, 15m, 12h, 30d, 500ms

}
