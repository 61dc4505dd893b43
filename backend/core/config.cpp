#include "core/config.h"

#include "mail/mailmessage.h"
#include "pubs/pubweb.h"
#include "wire/version.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace buttcloud {

namespace {

using namespace std::chrono;

// One entry per server option: the long flag, the INI key and, upper-cased, the environment variable.
struct OptionSpec
{
    const char *name;
    const char *valueName;
    const char *description;
};

constexpr std::array serverOptions{
    OptionSpec{"listen", "host:port", "Address to serve the API on (port 0: any free port). Default 127.0.0.1:8080."},
    OptionSpec{"data", "dir", "Data directory. Default $XDG_DATA_HOME/buttcloud or ~/.local/share/buttcloud."},
    OptionSpec{"database", "url", "Database URL: sqlite:///path or postgresql://user:password@host:port/name. Default: buttcloud.sqlite in the data directory."},
    OptionSpec{"docker-host", "url", "Docker Engine endpoint. Default unix:///var/run/docker.sock."},
    OptionSpec{"public-host", "host", "Host name pubs advertise in invites. Default 127.0.0.1."},
    OptionSpec{"pub-image", "image", "Image pubs run. Default buttcloud/pub:<ssb-server version>."},
    OptionSpec{"pub-port-range", "first-last", "Host ports pubs may publish. Default 20000-20999."},
    OptionSpec{"pub-memory-limit", "size", "Memory limit per pub (k, m, g suffixes). Default 1g."},
    OptionSpec{"pub-memory-reservation", "size", "Memory reserved per pub (k, m, g suffixes). Default 1g."},
    OptionSpec{"access-token-ttl", "duration", "Access token lifetime (s, m, h, d suffixes). Default 900s."},
    OptionSpec{"refresh-token-ttl", "duration", "Refresh token lifetime. Default 30d."},
    OptionSpec{"observe-interval", "duration", "How often the swarm is observed (ms, s suffixes). Default 2s."},
    OptionSpec{"reconcile-interval", "duration", "How often the swarm is reconciled with the desired state. Default 30s."},
    OptionSpec{"orphan-grace", "duration", "How long a service with this server's labels and no pub is reported before it is removed. Default 10m."},
    OptionSpec{"job-retention", "duration", "How long finished jobs are kept before they are pruned. Default 30d."},
    OptionSpec{"pub-event-retention", "duration", "How long Docker events of pubs are kept for their timelines. Default 30d."},
    OptionSpec{"import-max-size", "size", "Largest pub archive an import takes (held in memory while received). Default 1g."},
    OptionSpec{"export-expiry", "duration", "How long an exported pub archive waits for its download before it is deleted. Default 1h."},
    OptionSpec{"backup-retention", "duration", "How long the backup of a pub removed after its subscription was canceled is kept. Default 90d."},
    OptionSpec{"capacity-pub-memory", "size", "Memory each pub reserves when planning capacity. Default 1g."},
    OptionSpec{"capacity-hub-memory", "size", "Memory of a hub to add when planning capacity. Default 15g."},
    OptionSpec{"capacity-hub-price-month", "amount", "Monthly price of a hub in minor units of the currency. Default 4000."},
    OptionSpec{"capacity-currency", "code", "ISO 4217 currency of prices, lower case. Default usd."},
    OptionSpec{"capacity-min-free-pubs", "count", "Free pub slots under which capacity planning scales up. Default 2."},
    OptionSpec{"capacity-headroom", "fraction", "Added to the observed per-pub memory (0.25 = 25 %). Default 0.25."},
    OptionSpec{"stats-flush-interval", "duration", "How often new stats are written to the minute history (a test knob). Default 60s."},
    OptionSpec{"ssh-known-hosts", "file", "OpenSSH known_hosts file hub host keys are checked against. Default <data>/known_hosts."},
    OptionSpec{"ssh-connect-timeout", "duration", "How long connecting to a hub over SSH may take. Default 10s."},
    OptionSpec{"billing", "mode", "off (every pub allowed), offline (payments recorded by hand) or stripe. Default off."},
    OptionSpec{"billing-grace", "duration", "How long a subscription may stay past due before its pub is suspended. Default 7d."},
    OptionSpec{"billing-cancel-removal", "duration", "How long after its subscription was canceled a pub is removed (its data volume kept). Default 30d."},
    OptionSpec{"billing-check-interval", "duration", "How often unpaid pubs are suspended, paid ones resumed and canceled ones removed. Default 1m."},
    OptionSpec{"stripe-api-url", "url", "Stripe API base URL (tests point it at an emulator). Default https://api.stripe.com."},
    OptionSpec{"stripe-secret-key-file", "file", "File holding the Stripe secret key (chmod 600). Or BUTTCLOUD_STRIPE_SECRET_KEY."},
    OptionSpec{"stripe-webhook-secret-file", "file", "File holding the Stripe webhook signing secret (chmod 600). Or BUTTCLOUD_STRIPE_WEBHOOK_SECRET."},
    OptionSpec{"tls-cert", "file", "PEM certificate (chain) to serve HTTPS and WSS with on the listen port; needs --tls-key."},
    OptionSpec{"tls-key", "file", "PEM private key (RSA or EC, unencrypted, chmod 600) of --tls-cert."},
    OptionSpec{"pub-domain", "domain", "Domain pubs get host names under: <pub>.<domain> (invites, landing page, viewer), <pub>.git.<domain> (git web). Default none."},
    OptionSpec{"ingress", "on|off", "Run the hub ingress (nginx) that serves each pub's landing page, viewer and git web by host name; needs pub-domain. Default off."},
    OptionSpec{"ingress-image", "image", "Image the ingress runs. Default buttcloud/ingress:<tag>."},
    OptionSpec{"ingress-port", "port", "Host port the ingress serves HTTP on. Default 8880."},
    OptionSpec{"ingress-tls-port", "port", "Host port the ingress serves HTTPS on, with ingress-tls-cert and -key. Default 8443."},
    OptionSpec{"ingress-tls-cert", "file", "PEM certificate chain for *.<pub-domain> and *.git.<pub-domain>. Default none (HTTP only)."},
    OptionSpec{"ingress-tls-key", "file", "PEM private key of ingress-tls-cert (chmod 600). Default none."},
    OptionSpec{"label", "key=value", "Label added to everything created in Docker; repeatable (comma-separated in BUTTCLOUD_LABEL)."},
    OptionSpec{"mail-smtp-url", "url", "SMTP server: smtp://host:port or smtps://host:port. Unset: mails stay queued."},
    OptionSpec{"mail-starttls", "policy", "STARTTLS on smtp://: auto (when offered), required or never. Default auto."},
    OptionSpec{"mail-smtp-ca-file", "file", "CA certificates (PEM) to verify the SMTP server with. Default: the system's."},
    OptionSpec{"mail-credentials-file", "file", "File with the SMTP user on line 1 and its password on line 2."},
    OptionSpec{"mail-from", "mailbox", "From of every mail: \"Name <address>\" or an address. Default ButtCloud <buttcloud@localhost>."},
    OptionSpec{"mail-reply-to", "address", "Reply-To of every mail. Default none."},
    OptionSpec{"mail-link-base", "url", "Start of the links in mails; verify-email?token=... is appended. Default buttcloud://."},
    OptionSpec{"mail-send-timeout", "duration", "Longest one SMTP exchange may take; a mail left sending (a crash) goes again 10 s after it. Default 60s."},
    OptionSpec{"mail-retry-base", "duration", "First retry of a failed mail after this; doubles each time. Default 30s."},
    OptionSpec{"mail-retry-max", "duration", "Longest wait between two attempts. Default 1h."},
    OptionSpec{"mail-max-attempts", "count", "Attempts before a mail is marked failed (1-100). Default 10."},
    OptionSpec{"mail-alert-window", "duration", "At most one pub alert per pub, kind and recipient in this window. Default 1h."},
};

constexpr auto LabelOption = "label";
constexpr auto ConfigOption = "config";
// Docker sets the minimum memory limit of a container at 6 MiB.
constexpr qint64 MinimumPubMemory = 6 * 1024 * 1024;

using RawValues = QHash<QString, QStringList>;

QString environmentName(const QString &option)
{
    return QStringLiteral("BUTTCLOUD_") + option.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

bool isServerOption(const QString &name)
{
    for (const OptionSpec &spec : serverOptions) {
        if (name == QLatin1String(spec.name))
            return true;
    }
    return false;
}

std::optional<ConfigError> readConfigFile(const QString &path, RawValues &values)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return ConfigError{QStringLiteral("cannot read config file %1: %2").arg(path, file.errorString())};
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString key = line.left(equals).trimmed();
        if (equals < 0 || !isServerOption(key)) {
            return ConfigError{QStringLiteral("%1:%2: expected one of the option names, then = and a value")
                                   .arg(path).arg(lineNumber)};
        }
        values[key].append(line.mid(equals + 1).trimmed());
    }
    return std::nullopt;
}

void readEnvironment(const QProcessEnvironment &environment, RawValues &values)
{
    for (const OptionSpec &spec : serverOptions) {
        const QString name = QLatin1String(spec.name);
        const QString variable = environmentName(name);
        if (!environment.contains(variable))
            continue;
        const QString value = environment.value(variable);
        // Several labels in one variable: comma-separated.
        values[name] = name == QLatin1String(LabelOption) ? value.split(QLatin1Char(','), Qt::SkipEmptyParts)
                                                          : QStringList{value};
    }
}

ConfigError invalid(const QString &option, const QString &value, const QString &expected)
{
    return ConfigError{QStringLiteral("invalid --%1 \"%2\": %3").arg(option, value, expected)};
}

std::optional<ConfigError> applyListen(const QString &value, ServerConfig &config)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    QString host = value.left(colon);
    const QString portText = value.mid(colon + 1);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint port = portText.toUInt(&portOk);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else
        address.setAddress(host);
    if (colon < 0 || !portOk || port > 65535 || address.isNull())
        return invalid(QStringLiteral("listen"), value, QStringLiteral("expected an IP address and a port, e.g. 127.0.0.1:8080"));
    config.listenAddress = address;
    config.listenPort = quint16(port);
    return std::nullopt;
}

std::optional<ConfigError> applyDatabase(const QString &value, ServerConfig &config)
{
    // Never echo the value: database URLs may carry a password.
    auto parsed = parseDatabaseUrl(value);
    if (const QString *error = std::get_if<QString>(&parsed))
        return ConfigError{*error};
    config.database = std::get<DatabaseLocation>(std::move(parsed));
    return std::nullopt;
}

std::optional<ConfigError> applyDockerHost(const QString &value, ServerConfig &config)
{
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme();
    const bool unixOk = scheme == QLatin1String("unix") && url.host().isEmpty() && url.path().size() > 1;
    const bool remoteOk = (scheme == QLatin1String("tcp") || scheme == QLatin1String("ssh")) && !url.host().isEmpty();
    if (!url.isValid() || !(unixOk || remoteOk))
        return invalid(QStringLiteral("docker-host"), value, QStringLiteral("expected unix:///path, tcp://host:port or ssh://user@host"));
    config.dockerHost = url;
    return std::nullopt;
}

std::optional<ConfigError> applyPortRange(const QString &value, ServerConfig &config)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})-(\\d{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(value);
    const uint first = match.captured(1).toUInt();
    const uint last = match.captured(2).toUInt();
    if (!match.hasMatch() || first < 1 || last > 65535 || first > last)
        return invalid(QStringLiteral("pub-port-range"), value, QStringLiteral("expected first-last within 1-65535, e.g. 20000-20999"));
    config.pubPortFirst = quint16(first);
    config.pubPortLast = quint16(last);
    return std::nullopt;
}

std::optional<ConfigError> applyLabel(const QString &value, ServerConfig &config)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    const qsizetype equals = value.indexOf(QLatin1Char('='));
    const QString key = value.left(equals);
    if (equals < 0 || !keyPattern.match(key).hasMatch())
        return invalid(QStringLiteral("label"), value, QStringLiteral("expected key=value with a key of letters, digits, '.', '_' or '-'"));
    if (key == QLatin1String("buttcloud.pub.id") || key == QLatin1String("buttcloud.instance"))
        return invalid(QStringLiteral("label"), value, QStringLiteral("this key is set by the server itself"));
    config.labels.insert(key, value.mid(equals + 1));
    return std::nullopt;
}

std::optional<ConfigError> applyDurations(const RawValues &values, ServerConfig &config)
{
    struct DurationOption
    {
        const char *name;
        milliseconds minimum;
        milliseconds maximum;
    };
    const std::array durations{
        DurationOption{"access-token-ttl", seconds(1), hours(24)},
        DurationOption{"refresh-token-ttl", seconds(1), days(365)},
        DurationOption{"observe-interval", milliseconds(100), minutes(10)},
        DurationOption{"stats-flush-interval", seconds(1), minutes(10)},
        DurationOption{"ssh-connect-timeout", seconds(1), minutes(5)},
        DurationOption{"mail-send-timeout", seconds(1), minutes(10)},
        DurationOption{"mail-retry-base", milliseconds(100), hours(24)},
        DurationOption{"mail-retry-max", seconds(1), days(7)},
        DurationOption{"mail-alert-window", seconds(1), days(7)},
        DurationOption{"reconcile-interval", milliseconds(100), hours(1)},
        DurationOption{"orphan-grace", seconds(0), days(30)},
        DurationOption{"job-retention", minutes(1), days(3650)},
        DurationOption{"pub-event-retention", minutes(1), days(3650)},
        DurationOption{"export-expiry", minutes(1), days(7)},
        DurationOption{"backup-retention", minutes(1), days(3650)},
        DurationOption{"billing-grace", seconds(0), days(90)},
        DurationOption{"billing-cancel-removal", seconds(0), days(3650)},
        DurationOption{"billing-check-interval", milliseconds(100), hours(1)},
    };
    for (const DurationOption &option : durations) {
        const QString name = QLatin1String(option.name);
        if (!values.contains(name))
            continue;
        const QString value = values.value(name).constLast();
        const std::optional<milliseconds> parsed = parseDuration(value);
        if (!parsed || *parsed < option.minimum || *parsed > option.maximum) {
            return invalid(name, value, QStringLiteral("expected a duration between %1 s and %2 s (suffix ms, s, m, h or d)")
                                            .arg(duration<double>(option.minimum).count())
                                            .arg(duration<double>(option.maximum).count()));
        }
        if (name == QLatin1String("observe-interval"))
            config.observeInterval = *parsed;
        else if (name == QLatin1String("mail-send-timeout"))
            config.mail.sendTimeout = *parsed;
        else if (name == QLatin1String("mail-retry-base"))
            config.mail.retryBase = *parsed;
        else if (name == QLatin1String("mail-retry-max"))
            config.mail.retryMax = *parsed;
        else if (name == QLatin1String("mail-alert-window"))
            config.mail.alertWindow = *parsed;
        else if (name == QLatin1String("stats-flush-interval"))
            config.statsFlushInterval = *parsed;
        else if (name == QLatin1String("ssh-connect-timeout"))
            config.sshConnectTimeout = *parsed;
        else if (name == QLatin1String("reconcile-interval"))
            config.reconcileInterval = *parsed;
        else if (name == QLatin1String("orphan-grace"))
            config.orphanGrace = *parsed;
        else if (name == QLatin1String("job-retention"))
            config.jobRetention = *parsed;
        else if (name == QLatin1String("pub-event-retention"))
            config.pubEventRetention = *parsed;
        else if (name == QLatin1String("export-expiry"))
            config.exportExpiry = *parsed;
        else if (name == QLatin1String("backup-retention"))
            config.backupRetention = *parsed;
        else if (name == QLatin1String("billing-grace"))
            config.billing.grace = *parsed;
        else if (name == QLatin1String("billing-cancel-removal"))
            config.billing.cancelRemoval = *parsed;
        else if (name == QLatin1String("billing-check-interval"))
            config.billing.checkInterval = *parsed;
        else if (parsed->count() % 1000 != 0)
            return invalid(name, value, QStringLiteral("token lifetimes are whole seconds"));
        else if (name == QLatin1String("access-token-ttl"))
            config.accessTokenTtl = duration_cast<seconds>(*parsed);
        else
            config.refreshTokenTtl = duration_cast<seconds>(*parsed);
    }
    return std::nullopt;
}

std::optional<ConfigError> applyMemory(const RawValues &values, ServerConfig &config)
{
    for (const char *option : {"pub-memory-limit", "pub-memory-reservation"}) {
        const QString name = QLatin1String(option);
        if (!values.contains(name))
            continue;
        const QString value = values.value(name).constLast();
        const std::optional<qint64> bytes = parseByteSize(value);
        if (!bytes || *bytes < MinimumPubMemory)
            return invalid(name, value, QStringLiteral("expected a size of at least 6m (suffix k, m or g)"));
        (name == QLatin1String("pub-memory-limit") ? config.pubMemoryLimitBytes : config.pubMemoryReservationBytes) = *bytes;
    }
    if (config.pubMemoryReservationBytes > config.pubMemoryLimitBytes)
        return ConfigError{QStringLiteral("--pub-memory-reservation must not exceed --pub-memory-limit")};
    return std::nullopt;
}

// A file holding a secret, readable by its owner only. Never echo its content.
std::variant<QString, ConfigError> readSecretFile(const QString &option, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return ConfigError{QStringLiteral("cannot read --%1 %2: %3").arg(option, path, file.errorString())};
    if (file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
        return ConfigError{QStringLiteral("--%1 %2 is readable by others: chmod 600 it").arg(option, path)};
    return QString::fromUtf8(file.readAll());
}

std::optional<ConfigError> readMailCredentials(const QString &path, MailConfig &mail)
{
    std::variant<QString, ConfigError> content = readSecretFile(QStringLiteral("mail-credentials-file"), path);
    if (ConfigError *error = std::get_if<ConfigError>(&content))
        return *error;
    const QStringList lines = std::get<QString>(content).split(QLatin1Char('\n'));
    mail.smtpUser = lines.value(0).trimmed();
    mail.smtpPassword = lines.value(1).trimmed();
    if (mail.smtpUser.isEmpty() || mail.smtpPassword.isEmpty())
        return ConfigError{QStringLiteral("--mail-credentials-file %1: expected the user on line 1 and the password on line 2").arg(path)};
    return std::nullopt;
}

// One secret from its file option or, failing that, its environment variable; trimmed.
std::optional<ConfigError> readBillingSecret(const RawValues &values, const QProcessEnvironment &environment,
                                             const QString &option, const QString &variable, QString &secret)
{
    if (values.contains(option)) {
        std::variant<QString, ConfigError> content = readSecretFile(option, values.value(option).constLast());
        if (ConfigError *error = std::get_if<ConfigError>(&content))
            return *error;
        secret = std::get<QString>(content).trimmed();
        if (secret.isEmpty() || secret.contains(QLatin1Char('\n')))
            return ConfigError{QStringLiteral("--%1: expected the secret alone on one line").arg(option)};
    } else {
        secret = environment.value(variable).trimmed();
    }
    return std::nullopt;
}

std::optional<ConfigError> applyBilling(const RawValues &values, const QProcessEnvironment &environment,
                                        BillingConfig &billing)
{
    const auto has = [&values](const char *name) { return values.contains(QLatin1String(name)); };
    const auto last = [&values](const char *name) { return values.value(QLatin1String(name)).constLast(); };
    if (has("billing")) {
        const QString mode = last("billing");
        if (mode == QLatin1String("off"))
            billing.mode = BillingConfig::Mode::Off;
        else if (mode == QLatin1String("offline"))
            billing.mode = BillingConfig::Mode::Offline;
        else if (mode == QLatin1String("stripe"))
            billing.mode = BillingConfig::Mode::Stripe;
        else
            return invalid(QStringLiteral("billing"), mode, QStringLiteral("expected off, offline or stripe"));
    }
    if (has("stripe-api-url")) {
        const QUrl url(last("stripe-api-url"), QUrl::StrictMode);
        const bool schemeOk = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        // A key in the URL would end up in process lists: it belongs in the key file.
        if (!url.isValid() || !schemeOk || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery()
            || url.hasFragment())
            return ConfigError{QStringLiteral("invalid --stripe-api-url: expected http(s)://host[:port] such as"
                                              " https://api.stripe.com, without user or key")};
        billing.stripeApiUrl = url;
    }
    QString webhookSecret;
    if (std::optional<ConfigError> error = readBillingSecret(values, environment, QStringLiteral("stripe-secret-key-file"),
                                                             QStringLiteral("BUTTCLOUD_STRIPE_SECRET_KEY"),
                                                             billing.stripeSecretKey))
        return error;
    if (std::optional<ConfigError> error = readBillingSecret(values, environment,
                                                             QStringLiteral("stripe-webhook-secret-file"),
                                                             QStringLiteral("BUTTCLOUD_STRIPE_WEBHOOK_SECRET"), webhookSecret))
        return error;
    billing.stripeWebhookSecret = webhookSecret.toUtf8();
    if (billing.mode == BillingConfig::Mode::Stripe && (billing.stripeSecretKey.isEmpty() || webhookSecret.isEmpty()))
        return ConfigError{QStringLiteral("--billing stripe needs --stripe-secret-key-file (or BUTTCLOUD_STRIPE_SECRET_KEY)"
                                          " and --stripe-webhook-secret-file (or BUTTCLOUD_STRIPE_WEBHOOK_SECRET)")};
    return std::nullopt;
}

std::optional<ConfigError> applyMail(const RawValues &values, const QProcessEnvironment &environment, MailConfig &mail)
{
    const auto has = [&values](const char *name) { return values.contains(QLatin1String(name)); };
    const auto last = [&values](const char *name) { return values.value(QLatin1String(name)).constLast(); };
    if (has("mail-smtp-url")) {
        const QString value = last("mail-smtp-url");
        const QUrl url(value, QUrl::StrictMode);
        const bool schemeOk = url.scheme() == QLatin1String("smtp") || url.scheme() == QLatin1String("smtps");
        // Credentials belong in the credentials file, not in a URL that ends up in process lists.
        if (!url.isValid() || !schemeOk || url.host().isEmpty() || !url.userInfo().isEmpty()
            || (url.path() != QString() && url.path() != QLatin1String("/")))
            return ConfigError{QStringLiteral("invalid --mail-smtp-url: expected smtp://host[:port] or smtps://host[:port] without user or password")};
        mail.smtpUrl = url;
    }
    if (has("mail-starttls")) {
        mail.startTls = last("mail-starttls");
        if (!QStringList{QStringLiteral("auto"), QStringLiteral("required"), QStringLiteral("never")}.contains(mail.startTls))
            return invalid(QStringLiteral("mail-starttls"), mail.startTls, QStringLiteral("expected auto, required or never"));
    }
    if (has("mail-smtp-ca-file")) {
        mail.caFile = last("mail-smtp-ca-file");
        if (!QFileInfo(mail.caFile).isReadable())
            return invalid(QStringLiteral("mail-smtp-ca-file"), mail.caFile, QStringLiteral("expected a readable PEM file"));
    }
    if (has("mail-credentials-file")) {
        if (std::optional<ConfigError> error = readMailCredentials(last("mail-credentials-file"), mail))
            return error;
    } else if (environment.contains(QStringLiteral("BUTTCLOUD_MAIL_SMTP_USER"))) {
        mail.smtpUser = environment.value(QStringLiteral("BUTTCLOUD_MAIL_SMTP_USER"));
        mail.smtpPassword = environment.value(QStringLiteral("BUTTCLOUD_MAIL_SMTP_PASSWORD"));
    }
    if (has("mail-from")) {
        mail.from = last("mail-from");
        if (!MailRules::parseMailbox(mail.from))
            return invalid(QStringLiteral("mail-from"), mail.from, QStringLiteral("expected \"Name <address>\" or an address, on one line"));
    }
    if (has("mail-reply-to")) {
        mail.replyTo = last("mail-reply-to");
        if (MailRules::checkAddress(mail.replyTo))
            return invalid(QStringLiteral("mail-reply-to"), mail.replyTo, QStringLiteral("expected an email address"));
    }
    if (has("mail-link-base")) {
        mail.linkBase = last("mail-link-base");
        const QUrl url(mail.linkBase, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.hasQuery() || url.hasFragment() || MailRules::checkHeaderText(mail.linkBase))
            return invalid(QStringLiteral("mail-link-base"), mail.linkBase, QStringLiteral("expected a URL with no query, such as https://example.org/account/ or buttcloud://"));
    }
    if (has("mail-max-attempts")) {
        bool ok = false;
        mail.maxAttempts = last("mail-max-attempts").toInt(&ok);
        if (!ok || mail.maxAttempts < 1 || mail.maxAttempts > 100)
            return invalid(QStringLiteral("mail-max-attempts"), last("mail-max-attempts"), QStringLiteral("expected 1 to 100"));
    }
    if (mail.retryBase > mail.retryMax)
        return ConfigError{QStringLiteral("--mail-retry-base must not exceed --mail-retry-max")};
    return std::nullopt;
}

// Both or neither; loaded and checked now, so a server never starts half-secured.
std::optional<ConfigError> applyTls(const RawValues &values, ServerConfig &config)
{
    const bool hasCertificate = values.contains(QStringLiteral("tls-cert"));
    const bool hasKey = values.contains(QStringLiteral("tls-key"));
    if (!hasCertificate && !hasKey)
        return std::nullopt;
    if (hasCertificate != hasKey)
        return ConfigError{QStringLiteral("--tls-cert and --tls-key go together: give both or neither")};
    std::variant<TlsIdentity, QString> identity = loadTlsIdentity(values.value(QStringLiteral("tls-cert")).constLast(),
                                                                  values.value(QStringLiteral("tls-key")).constLast());
    if (auto *error = std::get_if<QString>(&identity))
        return ConfigError{*error};
    config.tls = std::get<TlsIdentity>(std::move(identity));
    return std::nullopt;
}

std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port >= 1 && port <= 65535 ? std::optional<quint16>(quint16(port)) : std::nullopt;
}

std::optional<ConfigError> applyIngress(const RawValues &values, IngressConfig &ingress)
{
    const auto last = [&values](const char *name) { return values.value(QLatin1String(name)).constLast(); };
    const auto has = [&values](const char *name) { return values.contains(QLatin1String(name)); };
    ingress.image = QStringLiteral("buttcloud/ingress:") + QLatin1String(IngressImageTag);
    if (has("pub-domain") && !last("pub-domain").isEmpty()) {
        ingress.pubDomain = last("pub-domain");
        if (const std::optional<QString> problem = pubDomainProblem(ingress.pubDomain))
            return invalid(QStringLiteral("pub-domain"), ingress.pubDomain, *problem);
    }
    if (has("ingress")) {
        const QString mode = last("ingress");
        if (mode != QLatin1String("on") && mode != QLatin1String("off"))
            return invalid(QStringLiteral("ingress"), mode, QStringLiteral("expected on or off"));
        ingress.enabled = mode == QLatin1String("on");
        if (ingress.enabled && ingress.pubDomain.isEmpty())
            return ConfigError{QStringLiteral("--ingress on needs --pub-domain: the ingress routes pubs by host name")};
    }
    static const QRegularExpression imagePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/:@-]{0,254}$"));
    if (has("ingress-image")) {
        ingress.image = last("ingress-image");
        if (!imagePattern.match(ingress.image).hasMatch())
            return invalid(QStringLiteral("ingress-image"), ingress.image, QStringLiteral("expected an image reference such as buttcloud/ingress:1"));
    }
    for (const auto &[name, target] : {std::pair{"ingress-port", &ingress.port}, std::pair{"ingress-tls-port", &ingress.tlsPort}}) {
        if (!has(name))
            continue;
        const std::optional<quint16> port = parsePort(last(name));
        if (!port)
            return invalid(QLatin1String(name), last(name), QStringLiteral("expected a port from 1 to 65535"));
        *target = *port;
    }
    if (ingress.port == ingress.tlsPort)
        return ConfigError{QStringLiteral("--ingress-port and --ingress-tls-port must differ")};
    for (const auto &[name, target] : {std::pair{"ingress-tls-cert", &ingress.tlsCertFile}, std::pair{"ingress-tls-key", &ingress.tlsKeyFile}}) {
        if (!has(name) || last(name).isEmpty())
            continue;
        *target = QDir::cleanPath(QDir(last(name)).absolutePath());
        if (!QFileInfo(*target).isReadable())
            return invalid(QLatin1String(name), last(name), QStringLiteral("expected a readable PEM file"));
    }
    if (ingress.tlsCertFile.isEmpty() != ingress.tlsKeyFile.isEmpty())
        return ConfigError{QStringLiteral("--ingress-tls-cert and --ingress-tls-key go together: give both or neither")};
    return std::nullopt;
}

std::optional<ConfigError> applyCapacity(const RawValues &values, ServerConfig &config)
{
    const auto last = [&values](const char *name) { return values.value(QLatin1String(name)).constLast(); };
    const auto has = [&values](const char *name) { return values.contains(QLatin1String(name)); };
    for (const auto &[name, target] : {std::pair{"capacity-pub-memory", &config.capacityPubMemoryBytes},
                                       std::pair{"capacity-hub-memory", &config.capacityHubMemoryBytes}}) {
        if (!has(name))
            continue;
        const std::optional<qint64> bytes = parseByteSize(last(name));
        if (!bytes || *bytes < MinimumPubMemory)
            return invalid(QLatin1String(name), last(name), QStringLiteral("expected a size of at least 6m (suffix k, m or g)"));
        *target = *bytes;
    }
    if (has("import-max-size")) {
        const std::optional<qint64> bytes = parseByteSize(last("import-max-size"));
        if (!bytes || *bytes < (qint64(1) << 20) || *bytes > (qint64(64) << 30))
            return invalid(QStringLiteral("import-max-size"), last("import-max-size"), QStringLiteral("expected a size from 1m to 64g"));
        config.importMaxBytes = *bytes;
    }
    bool ok = true;
    if (has("capacity-hub-price-month")) {
        config.capacityHubPriceMonth = last("capacity-hub-price-month").toLongLong(&ok);
        if (!ok || config.capacityHubPriceMonth < 0 || config.capacityHubPriceMonth > 100'000'000)
            return invalid(QStringLiteral("capacity-hub-price-month"), last("capacity-hub-price-month"),
                           QStringLiteral("expected a whole amount in minor units, 0 to 100000000"));
    }
    if (has("capacity-min-free-pubs")) {
        config.capacityMinFreePubs = last("capacity-min-free-pubs").toInt(&ok);
        if (!ok || config.capacityMinFreePubs < 0 || config.capacityMinFreePubs > 100000)
            return invalid(QStringLiteral("capacity-min-free-pubs"), last("capacity-min-free-pubs"), QStringLiteral("expected 0 to 100000"));
    }
    if (has("capacity-headroom")) {
        config.capacityHeadroom = last("capacity-headroom").toDouble(&ok);
        if (!ok || !(config.capacityHeadroom >= 0 && config.capacityHeadroom <= 10))
            return invalid(QStringLiteral("capacity-headroom"), last("capacity-headroom"), QStringLiteral("expected a fraction from 0 to 10"));
    }
    static const QRegularExpression currencyPattern(QStringLiteral("^[a-z]{3}$"));
    if (has("capacity-currency")) {
        config.capacityCurrency = last("capacity-currency");
        if (!currencyPattern.match(config.capacityCurrency).hasMatch())
            return invalid(QStringLiteral("capacity-currency"), config.capacityCurrency, QStringLiteral("expected a three-letter lower-case code such as usd"));
    }
    return std::nullopt;
}

QString defaultDataDir(const QProcessEnvironment &environment)
{
    const QString xdg = environment.value(QStringLiteral("XDG_DATA_HOME"));
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg))
        return QDir(xdg).filePath(QStringLiteral("buttcloud"));
    return QDir(environment.value(QStringLiteral("HOME"), QDir::homePath())).filePath(QStringLiteral(".local/share/buttcloud"));
}

std::variant<ServerConfig, ConfigError> buildConfig(const RawValues &values, const QProcessEnvironment &environment)
{
    ServerConfig config;
    config.pubImage = QStringLiteral("buttcloud/pub:") + QLatin1String(PubImageTag);
    const auto last = [&values](const char *name) { return values.value(QLatin1String(name)).constLast(); };
    const auto has = [&values](const char *name) { return values.contains(QLatin1String(name)); };

    std::optional<ConfigError> error;
    if (has("listen"))
        error = applyListen(last("listen"), config);
    if (!error && has("database"))
        error = applyDatabase(last("database"), config);
    if (!error && has("docker-host"))
        error = applyDockerHost(last("docker-host"), config);
    if (!error && has("pub-port-range"))
        error = applyPortRange(last("pub-port-range"), config);
    if (!error)
        error = applyDurations(values, config);
    if (!error)
        error = applyMemory(values, config);
    if (!error)
        error = applyMail(values, environment, config.mail);
    if (!error)
        error = applyCapacity(values, config);
    if (!error)
        error = applyTls(values, config);
    if (!error)
        error = applyBilling(values, environment, config.billing);
    if (!error)
        error = applyIngress(values, config.ingress);
    for (const QString &label : values.value(QLatin1String(LabelOption))) {
        if (!error)
            error = applyLabel(label, config);
    }
    if (error)
        return *error;

    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.:-]{0,252}[A-Za-z0-9])?$"));
    if (has("public-host")) {
        config.publicHost = last("public-host");
        if (!hostPattern.match(config.publicHost).hasMatch())
            return invalid(QStringLiteral("public-host"), config.publicHost, QStringLiteral("expected a host name or IP address"));
    }
    static const QRegularExpression imagePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/:@-]{0,254}$"));
    if (has("pub-image")) {
        config.pubImage = last("pub-image");
        if (!imagePattern.match(config.pubImage).hasMatch())
            return invalid(QStringLiteral("pub-image"), config.pubImage, QStringLiteral("expected an image reference such as buttcloud/pub:16.0.1"));
    }

    config.dataDir = has("data") ? last("data") : defaultDataDir(environment);
    if (config.dataDir.isEmpty())
        return ConfigError{QStringLiteral("--data must not be empty")};
    config.dataDir = QDir::cleanPath(QDir(config.dataDir).absolutePath());
    if (config.database.kind == DatabaseLocation::Kind::Sqlite && config.database.sqlitePath.isEmpty())
        config.database.sqlitePath = QDir(config.dataDir).filePath(QStringLiteral("buttcloud.sqlite"));
    config.sshKnownHosts = has("ssh-known-hosts") ? last("ssh-known-hosts") : QDir(config.dataDir).filePath(QStringLiteral("known_hosts"));
    if (config.sshKnownHosts.isEmpty())
        return ConfigError{QStringLiteral("--ssh-known-hosts must not be empty")};
    config.sshKnownHosts = QDir::cleanPath(QDir(config.sshKnownHosts).absolutePath());
    return config;
}

} // namespace

std::optional<qint64> parseByteSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,15})([kKmMgG]?)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 number = match.captured(1).toLongLong();
    const QString unit = match.captured(2).toLower();
    const int shift = unit == QLatin1String("k") ? 10 : unit == QLatin1String("m") ? 20 : unit == QLatin1String("g") ? 30 : 0;
    if (number > (std::numeric_limits<qint64>::max() >> shift))
        return std::nullopt;
    return number << shift;
}

std::optional<milliseconds> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})(ms|s|m|h|d)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 number = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("ms"))
        return milliseconds(number);
    if (unit == QLatin1String("m"))
        return minutes(number);
    if (unit == QLatin1String("h"))
        return hours(number);
    if (unit == QLatin1String("d"))
        return days(number);
    return seconds(number); // bare numbers are seconds, as in the defaults' documentation
}

std::variant<Invocation, ConfigError> parseInvocation(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "ButtCloud server: runs Scuttlebutt pubs on Docker Swarm behind a REST API.\n\n"
        "Commands:\n"
        "  (none)      serve the API\n"
        "  user add    create a user: --email, --name, --role, [--password-stdin]; the user is mailed\n"
        "              a link to choose their password\n"
        "  user list   list users\n\n"
        "Every option can also be set as BUTTCLOUD_<OPTION> in the environment (e.g. BUTTCLOUD_LISTEN)\n"
        "or as `option = value` in the --config file; flags win over the environment, which wins over the file."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("Nothing to serve, or a command (see above)."),
                                 QStringLiteral("[user add|user list]"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), QStringLiteral("Show the version."));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    parser.addOption({QLatin1String(ConfigOption), QStringLiteral("INI file of option = value lines."), QStringLiteral("file")});
    for (const OptionSpec &spec : serverOptions)
        parser.addOption({QLatin1String(spec.name), QLatin1String(spec.description), QLatin1String(spec.valueName)});
    const QCommandLineOption emailOption(QStringLiteral("email"), QStringLiteral("user add: the email address."), QStringLiteral("email"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("user add: the display name."), QStringLiteral("name"));
    const QCommandLineOption roleOption(QStringLiteral("role"), QStringLiteral("user add: customer, support or admin (default customer)."), QStringLiteral("role"));
    const QCommandLineOption passwordStdinOption(QStringLiteral("password-stdin"), QStringLiteral("user add: read the password from standard input (without it the account has no password until the user sets one through the mailed link)."));
    for (const QCommandLineOption &option : {emailOption, nameOption, roleOption, passwordStdinOption})
        parser.addOption(option);

    if (!parser.parse(arguments))
        return ConfigError{parser.errorText()};

    Invocation invocation;
    if (parser.isSet(helpOption)) {
        invocation.action = Invocation::Action::ShowHelp;
        invocation.helpText = parser.helpText();
        return invocation;
    }
    if (parser.isSet(versionOption)) {
        invocation.action = Invocation::Action::ShowVersion;
        return invocation;
    }

    const QStringList command = parser.positionalArguments();
    if (command == QStringList{QStringLiteral("user"), QStringLiteral("add")})
        invocation.action = Invocation::Action::UserAdd;
    else if (command == QStringList{QStringLiteral("user"), QStringLiteral("list")})
        invocation.action = Invocation::Action::UserList;
    else if (!command.isEmpty())
        return ConfigError{QStringLiteral("unknown command \"%1\"; see --help").arg(command.join(QLatin1Char(' ')))};

    const bool userOptionsGiven = parser.isSet(emailOption) || parser.isSet(nameOption) || parser.isSet(roleOption)
        || parser.isSet(passwordStdinOption);
    if (invocation.action == Invocation::Action::UserAdd) {
        invocation.user = {parser.value(emailOption), parser.value(nameOption),
                           parser.isSet(roleOption) ? parser.value(roleOption) : QStringLiteral("customer"),
                           parser.isSet(passwordStdinOption)};
    } else if (userOptionsGiven) {
        return ConfigError{QStringLiteral("--email, --name, --role and --password-stdin belong to `user add`")};
    }

    RawValues values;
    const QString configFile = parser.isSet(QLatin1String(ConfigOption)) ? parser.value(QLatin1String(ConfigOption))
                                                          : environment.value(environmentName(QLatin1String(ConfigOption)));
    if (!configFile.isEmpty()) {
        if (std::optional<ConfigError> error = readConfigFile(configFile, values))
            return *error;
    }
    readEnvironment(environment, values);
    for (const OptionSpec &spec : serverOptions) {
        const QString name = QLatin1String(spec.name);
        if (parser.isSet(name))
            values[name] = parser.values(name);
    }

    std::variant<ServerConfig, ConfigError> config = buildConfig(values, environment);
    if (auto *error = std::get_if<ConfigError>(&config))
        return *error;
    invocation.config = std::get<ServerConfig>(std::move(config));
    return invocation;
}

}
