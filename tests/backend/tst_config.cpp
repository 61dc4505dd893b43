#include "core/config.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;
using namespace std::chrono;

class TestConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byteSize_data();
    void byteSize();
    void duration_data();
    void duration();
    void defaults();
    void precedence();
    void labels();
    void postgresqlDatabase();
    void invalidOptions_data();
    void invalidOptions();
    void userCommand();
    void helpAndVersion();
    void billing();
    void ingress();

private:
    static std::variant<Invocation, ConfigError> parse(const QStringList &flags, const QProcessEnvironment &environment = {});
};

std::variant<Invocation, ConfigError> TestConfig::parse(const QStringList &flags, const QProcessEnvironment &environment)
{
    QProcessEnvironment withHome = environment;
    if (!withHome.contains(QStringLiteral("HOME")))
        withHome.insert(QStringLiteral("HOME"), QStringLiteral("/home/tester"));
    return parseInvocation(QStringList{QStringLiteral("buttcloudd")} + flags, withHome);
}

void TestConfig::byteSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes"); // -1: invalid
    QTest::newRow("plain") << "1024" << qint64(1024);
    QTest::newRow("k") << "64k" << qint64(64 * 1024);
    QTest::newRow("m") << "512m" << qint64(512) * 1024 * 1024;
    QTest::newRow("G") << "1G" << (qint64(1) << 30);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("unit only") << "g" << qint64(-1);
    QTest::newRow("negative") << "-1g" << qint64(-1);
    QTest::newRow("unknown unit") << "1t" << qint64(-1);
    QTest::newRow("overflow") << "999999999999999g" << qint64(-1);
}

void TestConfig::byteSize()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QCOMPARE(parseByteSize(text).value_or(-1), bytes);
}

void TestConfig::duration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: invalid
    QTest::newRow("bare seconds") << "900" << qint64(900000);
    QTest::newRow("ms") << "500ms" << qint64(500);
    QTest::newRow("s") << "2s" << qint64(2000);
    QTest::newRow("m") << "15m" << qint64(900000);
    QTest::newRow("h") << "1h" << qint64(3600000);
    QTest::newRow("d") << "30d" << qint64(30) * 24 * 3600 * 1000;
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("fraction") << "1.5s" << qint64(-1);
    QTest::newRow("unknown unit") << "3w" << qint64(-1);
}

void TestConfig::duration()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const std::optional<milliseconds> parsed = parseDuration(text);
    QCOMPARE(parsed ? parsed->count() : -1, ms);
}

void TestConfig::defaults()
{
    const auto parsed = parse({});
    QVERIFY(std::holds_alternative<Invocation>(parsed));
    const ServerConfig config = std::get<Invocation>(parsed).config;
    QCOMPARE(config.listenAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(config.listenPort, 8080);
    QCOMPARE(config.dataDir, QStringLiteral("/home/tester/.local/share/buttcloud"));
    QCOMPARE(config.database.sqlitePath, QStringLiteral("/home/tester/.local/share/buttcloud/buttcloud.sqlite"));
    QCOMPARE(config.dockerHost, QUrl(QStringLiteral("unix:///var/run/docker.sock")));
    QCOMPARE(config.publicHost, QStringLiteral("127.0.0.1"));
    QVERIFY(config.pubImage.startsWith(QLatin1String("buttcloud/pub:")));
    QCOMPARE(config.pubPortFirst, 20000);
    QCOMPARE(config.pubPortLast, 20999);
    QCOMPARE(config.pubMemoryLimitBytes, qint64(1) << 30);
    QCOMPARE(config.accessTokenTtl, seconds(900));
    QCOMPARE(config.refreshTokenTtl, hours(24 * 30));
    QCOMPARE(config.observeInterval, seconds(2));
    QCOMPARE(config.reconcileInterval, seconds(30));
    QCOMPARE(config.orphanGrace, minutes(10));
    QCOMPARE(config.jobRetention, hours(30 * 24));
    QCOMPARE(config.capacityPubMemoryBytes, qint64(1) << 30);
    QCOMPARE(config.capacityHubMemoryBytes, qint64(15) << 30);
    QCOMPARE(config.capacityHubPriceMonth, qint64(4000));
    QCOMPARE(config.capacityCurrency, QStringLiteral("usd"));
    QCOMPARE(config.capacityMinFreePubs, 2);
    QCOMPARE(config.capacityHeadroom, 0.25);
    QCOMPARE(config.importMaxBytes, qint64(1) << 30);
    QCOMPARE(config.exportExpiry, hours(1));
    QCOMPARE(config.backupRetention, hours(90 * 24));

    const ServerConfig custody = std::get<Invocation>(parse({"--import-max-size", "64m", "--export-expiry", "10m",
                                                             "--backup-retention", "7d"})).config;
    QCOMPARE(custody.importMaxBytes, qint64(64) << 20);
    QCOMPARE(custody.exportExpiry, minutes(10));
    QCOMPARE(custody.backupRetention, hours(7 * 24));

    const ServerConfig tuned = std::get<Invocation>(parse({"--reconcile-interval", "500ms", "--orphan-grace", "0", "--job-retention", "7d",
                                                           "--capacity-pub-memory", "512m", "--capacity-hub-memory", "64g",
                                                           "--capacity-hub-price-month", "9900", "--capacity-currency", "eur",
                                                           "--capacity-min-free-pubs", "5", "--capacity-headroom", "0.5"})).config;
    QCOMPARE(tuned.reconcileInterval, milliseconds(500));
    QCOMPARE(tuned.orphanGrace, milliseconds(0));
    QCOMPARE(tuned.jobRetention, hours(7 * 24));
    QCOMPARE(tuned.capacityPubMemoryBytes, qint64(512) << 20);
    QCOMPARE(tuned.capacityHubMemoryBytes, qint64(64) << 30);
    QCOMPARE(tuned.capacityHubPriceMonth, qint64(9900));
    QCOMPARE(tuned.capacityCurrency, QStringLiteral("eur"));
    QCOMPARE(tuned.capacityMinFreePubs, 5);
    QCOMPARE(tuned.capacityHeadroom, 0.5);

    QProcessEnvironment xdg;
    xdg.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/xdg/data"));
    QCOMPARE(std::get<Invocation>(parse({}, xdg)).config.dataDir, QStringLiteral("/xdg/data/buttcloud"));
}

void TestConfig::precedence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("buttcloudd.ini"));
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    ini.write("# comment\nlisten = 127.0.0.1:1111\npublic-host = file.example.org\nobserve-interval = 5s\n"
              "pub-port-range = 30000-30009\n");
    ini.close();

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("BUTTCLOUD_CONFIG"), file);
    environment.insert(QStringLiteral("BUTTCLOUD_LISTEN"), QStringLiteral("127.0.0.1:2222"));
    environment.insert(QStringLiteral("BUTTCLOUD_PUBLIC_HOST"), QStringLiteral("env.example.org"));

    const auto parsed = parse({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}, environment);
    QVERIFY(std::holds_alternative<Invocation>(parsed));
    const ServerConfig config = std::get<Invocation>(parsed).config;
    QCOMPARE(config.listenPort, 0);                                  // flag beats environment and file
    QCOMPARE(config.publicHost, QStringLiteral("env.example.org"));   // environment beats file
    QCOMPARE(config.observeInterval, seconds(5));                    // file beats default
    QCOMPARE(config.pubPortFirst, 30000);
    QCOMPARE(config.pubPortLast, 30009);
}

void TestConfig::labels()
{
    const auto parsed = parse({QStringLiteral("--label"), QStringLiteral("buttcloud.test=run1"),
                               QStringLiteral("--label"), QStringLiteral("team=ops")});
    QVERIFY(std::holds_alternative<Invocation>(parsed));
    const QMap<QString, QString> expected{{QStringLiteral("buttcloud.test"), QStringLiteral("run1")},
                                          {QStringLiteral("team"), QStringLiteral("ops")}};
    QCOMPARE(std::get<Invocation>(parsed).config.labels, expected);

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("BUTTCLOUD_LABEL"), QStringLiteral("a=1,b=2"));
    QCOMPARE(std::get<Invocation>(parse({}, environment)).config.labels.size(), 2);
}

void TestConfig::postgresqlDatabase()
{
    const auto parsed = parse({QStringLiteral("--database"),
                               QStringLiteral("postgresql://fleet:s3cret@db.example.org:6432/buttcloud?sslmode=verify-full")});
    QVERIFY(std::holds_alternative<Invocation>(parsed));
    const DatabaseLocation &database = std::get<Invocation>(parsed).config.database;
    QCOMPARE(database.kind, DatabaseLocation::Kind::Postgresql);
    QCOMPARE(database.host, QStringLiteral("db.example.org"));
    QCOMPARE(database.port, 6432);
    QCOMPARE(database.name, QStringLiteral("buttcloud"));
    QCOMPARE(database.user, QStringLiteral("fleet"));
    QCOMPARE(database.password, QStringLiteral("s3cret"));
    QCOMPARE(database.options, QStringLiteral("sslmode=verify-full;connect_timeout=10"));
    QCOMPARE(database.describe(), QStringLiteral("postgresql://fleet@db.example.org:6432/buttcloud"));
}

void TestConfig::invalidOptions_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("mentioned"); // a word the error must contain
    QTest::newRow("listen without port") << QStringList{"--listen", "127.0.0.1"} << "listen";
    QTest::newRow("tls cert alone") << QStringList{"--tls-cert", "/nonexistent/cert.pem"} << "--tls-key";
    QTest::newRow("tls key alone") << QStringList{"--tls-key", "/nonexistent/key.pem"} << "--tls-cert";
    QTest::newRow("tls cert missing") << QStringList{"--tls-cert", "/nonexistent/cert.pem", "--tls-key", "/nonexistent/key.pem"}
                                      << "cannot read --tls-cert /nonexistent/cert.pem";
    QTest::newRow("import size too small") << QStringList{"--import-max-size", "1k"} << "import-max-size";
    QTest::newRow("import size too large") << QStringList{"--import-max-size", "100g"} << "import-max-size";
    QTest::newRow("export expiry too short") << QStringList{"--export-expiry", "10s"} << "export-expiry";
    QTest::newRow("backup retention too short") << QStringList{"--backup-retention", "10s"} << "backup-retention";
    QTest::newRow("listen bad host") << QStringList{"--listen", "nohost:80"} << "listen";
    QTest::newRow("listen port too big") << QStringList{"--listen", "127.0.0.1:70000"} << "listen";
    QTest::newRow("postgres without database") << QStringList{"--database", "postgresql://db"} << "postgresql://user";
    QTest::newRow("postgres unknown option") << QStringList{"--database", "postgresql://db/bc?sslmod=require"} << "sslmod";
    QTest::newRow("postgres password not echoed") << QStringList{"--database", "postgresql://u:hunter2@/bc"} << "database";
    QTest::newRow("database password not echoed") << QStringList{"--database", "mysql://u:hunter2@db"} << "sqlite:///";
    QTest::newRow("mysql") << QStringList{"--database", "mysql://db"} << "database";
    QTest::newRow("docker host scheme") << QStringList{"--docker-host", "http://x"} << "docker-host";
    QTest::newRow("port range reversed") << QStringList{"--pub-port-range", "20999-20000"} << "pub-port-range";
    QTest::newRow("port range zero") << QStringList{"--pub-port-range", "0-10"} << "pub-port-range";
    QTest::newRow("memory unit") << QStringList{"--pub-memory-limit", "1t"} << "pub-memory-limit";
    QTest::newRow("memory too small") << QStringList{"--pub-memory-limit", "1m"} << "pub-memory-limit";
    QTest::newRow("reservation over limit") << QStringList{"--pub-memory-limit", "512m", "--pub-memory-reservation", "1g"} << "reservation";
    QTest::newRow("ttl zero") << QStringList{"--access-token-ttl", "0"} << "access-token-ttl";
    QTest::newRow("ttl too long") << QStringList{"--access-token-ttl", "2d"} << "access-token-ttl";
    QTest::newRow("ttl garbage") << QStringList{"--refresh-token-ttl", "soon"} << "refresh-token-ttl";
    QTest::newRow("interval too short") << QStringList{"--observe-interval", "1ms"} << "observe-interval";
    QTest::newRow("reconcile too often") << QStringList{"--reconcile-interval", "10ms"} << "reconcile-interval";
    QTest::newRow("orphan grace garbage") << QStringList{"--orphan-grace", "later"} << "orphan-grace";
    QTest::newRow("job retention too short") << QStringList{"--job-retention", "10s"} << "job-retention";
    QTest::newRow("capacity pub memory") << QStringList{"--capacity-pub-memory", "1k"} << "capacity-pub-memory";
    QTest::newRow("hub price negative") << QStringList{"--capacity-hub-price-month", "-1"} << "capacity-hub-price-month";
    QTest::newRow("hub price fraction") << QStringList{"--capacity-hub-price-month", "40.5"} << "capacity-hub-price-month";
    QTest::newRow("currency") << QStringList{"--capacity-currency", "USD"} << "capacity-currency";
    QTest::newRow("min free pubs") << QStringList{"--capacity-min-free-pubs", "many"} << "capacity-min-free-pubs";
    QTest::newRow("headroom") << QStringList{"--capacity-headroom", "-0.1"} << "capacity-headroom";
    QTest::newRow("headroom nan") << QStringList{"--capacity-headroom", "nan"} << "capacity-headroom";
    QTest::newRow("label without value") << QStringList{"--label", "novalue"} << "label";
    QTest::newRow("reserved label") << QStringList{"--label", "buttcloud.instance=x"} << "label";
    QTest::newRow("public host") << QStringList{"--public-host", "bad host"} << "public-host";
    QTest::newRow("unknown flag") << QStringList{"--frobnicate"} << "frobnicate";
    QTest::newRow("unknown command") << QStringList{"serve"} << "serve";
    QTest::newRow("user option without command") << QStringList{"--email", "a@b.c"} << "user add";
    QTest::newRow("billing mode") << QStringList{"--billing", "paypal"} << "billing";
    QTest::newRow("billing grace") << QStringList{"--billing-grace", "forever"} << "billing-grace";
    QTest::newRow("stripe without secrets") << QStringList{"--billing", "stripe"} << "stripe-secret-key-file";
    QTest::newRow("stripe url scheme") << QStringList{"--stripe-api-url", "ftp://api.stripe.com"} << "stripe-api-url";
    QTest::newRow("stripe key in url") << QStringList{"--stripe-api-url", "https://sk_hunter2@api.stripe.com"} << "stripe-api-url";
    QTest::newRow("stripe key file missing") << QStringList{"--stripe-secret-key-file", "/nonexistent/key"} << "stripe-secret-key-file";
    QTest::newRow("pub domain of one label") << QStringList{"--pub-domain", "localhost"} << "pub-domain";
    QTest::newRow("pub domain with a space") << QStringList{"--pub-domain", "pubs.example .org"} << "pub-domain";
    QTest::newRow("pub domain uppercase") << QStringList{"--pub-domain", "Pubs.example.org"} << "pub-domain";
    QTest::newRow("ingress without domain") << QStringList{"--ingress", "on"} << "pub-domain";
    QTest::newRow("ingress yes") << QStringList{"--ingress", "yes"} << "ingress";
    QTest::newRow("ingress port zero") << QStringList{"--ingress-port", "0"} << "ingress-port";
    QTest::newRow("ingress ports equal") << QStringList{"--ingress-port", "9000", "--ingress-tls-port", "9000"} << "must differ";
    QTest::newRow("ingress cert missing") << QStringList{"--ingress-tls-cert", "/nonexistent/cert.pem", "--ingress-tls-key", "/nonexistent/key.pem"} << "ingress-tls-cert";
    QTest::newRow("ingress image with space") << QStringList{"--ingress-image", "nginx --privileged"} << "ingress-image";
    QTest::newRow("missing config file") << QStringList{"--config", "/nonexistent/buttcloudd.ini"} << "config file";
}

void TestConfig::billing()
{
    const BillingConfig defaults = std::get<Invocation>(parse({})).config.billing;
    QCOMPARE(defaults.mode, BillingConfig::Mode::Off);
    QCOMPARE(defaults.stripeApiUrl, QUrl("https://api.stripe.com"));
    QCOMPARE(defaults.grace, hours(24 * 7));
    QVERIFY(defaults.stripeSecretKey.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto writeSecret = [&dir](const QString &name, const QByteArray &content, QFileDevice::Permissions permissions) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QVERIFY(file.setPermissions(permissions));
    };
    writeSecret("key", "sk_test_hunter2\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    writeSecret("webhook", "whsec_hunter2\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    writeSecret("open", "sk_test_hunter2\n", QFileDevice::ReadOwner | QFileDevice::ReadOther);
    writeSecret("twolines", "sk_test_hunter2\nmore\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const BillingConfig stripe = std::get<Invocation>(parse({"--billing", "stripe", "--stripe-api-url", "http://127.0.0.1:12111",
                                                            "--stripe-secret-key-file", dir.filePath("key"),
                                                            "--stripe-webhook-secret-file", dir.filePath("webhook"),
                                                            "--billing-grace", "3d"})).config.billing;
    QCOMPARE(stripe.mode, BillingConfig::Mode::Stripe);
    QCOMPARE(stripe.stripeApiUrl, QUrl("http://127.0.0.1:12111"));
    QCOMPARE(stripe.stripeSecretKey, QString("sk_test_hunter2"));
    QCOMPARE(stripe.stripeWebhookSecret, QByteArray("whsec_hunter2"));
    QCOMPARE(stripe.grace, hours(72));

    QProcessEnvironment environment;
    environment.insert("BUTTCLOUD_STRIPE_SECRET_KEY", "sk_test_env");
    environment.insert("BUTTCLOUD_STRIPE_WEBHOOK_SECRET", "whsec_env");
    environment.insert("BUTTCLOUD_BILLING", "stripe");
    const BillingConfig fromEnvironment = std::get<Invocation>(parse({}, environment)).config.billing;
    QCOMPARE(fromEnvironment.mode, BillingConfig::Mode::Stripe);
    QCOMPARE(fromEnvironment.stripeSecretKey, QString("sk_test_env"));
    QCOMPARE(fromEnvironment.stripeWebhookSecret, QByteArray("whsec_env"));
    QCOMPARE(std::get<Invocation>(parse({"--billing", "offline"})).config.billing.mode, BillingConfig::Mode::Offline);

    // A key file others can read, or one with more than the key, is refused without echoing the key.
    for (const char *name : {"open", "twolines"}) {
        const auto refused = parse({"--stripe-secret-key-file", dir.filePath(QLatin1String(name))});
        QVERIFY(std::holds_alternative<ConfigError>(refused));
        const QString message = std::get<ConfigError>(refused).message;
        QVERIFY2(message.contains("stripe-secret-key-file"), qPrintable(message));
        QVERIFY(!message.contains("hunter2"));
    }
}

void TestConfig::ingress()
{
    const IngressConfig defaults = std::get<Invocation>(parse({})).config.ingress;
    QVERIFY(defaults.pubDomain.isEmpty());
    QVERIFY(!defaults.enabled);
    QCOMPARE(defaults.port, 8880);
    QCOMPARE(defaults.tlsPort, 8443);
    QVERIFY(defaults.image.startsWith(QLatin1String("buttcloud/ingress:")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"cert.pem", "key.pem"}) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PEM\n");
    }
    const IngressConfig on = std::get<Invocation>(parse({"--pub-domain", "pubs.example.org", "--ingress", "on", "--ingress-port", "9080",
                                                        "--ingress-tls-port", "9443", "--ingress-tls-cert", dir.filePath("cert.pem"),
                                                        "--ingress-tls-key", dir.filePath("key.pem")})).config.ingress;
    QCOMPARE(on.pubDomain, QStringLiteral("pubs.example.org"));
    QVERIFY(on.enabled);
    QCOMPARE(on.port, 9080);
    QCOMPARE(on.tlsPort, 9443);
    QCOMPARE(on.tlsCertFile, dir.filePath("cert.pem"));
    QCOMPARE(on.tlsKeyFile, dir.filePath("key.pem"));

    // A certificate without its key (or the other way round) is refused.
    const auto halfTls = parse({"--ingress-tls-cert", dir.filePath("cert.pem")});
    QVERIFY(std::holds_alternative<ConfigError>(halfTls));
    QVERIFY(std::get<ConfigError>(halfTls).message.contains("ingress-tls-key"));

    QProcessEnvironment environment;
    environment.insert("BUTTCLOUD_PUB_DOMAIN", "pubs.example.org");
    environment.insert("BUTTCLOUD_INGRESS", "on");
    QVERIFY(std::get<Invocation>(parse({}, environment)).config.ingress.enabled);
}

void TestConfig::invalidOptions()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, mentioned);
    const auto parsed = parse(flags);
    QVERIFY(std::holds_alternative<ConfigError>(parsed));
    const QString message = std::get<ConfigError>(parsed).message;
    QVERIFY2(message.contains(mentioned), qPrintable(message));
    QVERIFY(!message.contains("hunter2"));
}

void TestConfig::userCommand()
{
    const auto parsed = parse({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@example.org"),
                               QStringLiteral("--name"), QStringLiteral("A"), QStringLiteral("--role"), QStringLiteral("admin"),
                               QStringLiteral("--password-stdin")});
    QVERIFY(std::holds_alternative<Invocation>(parsed));
    const Invocation invocation = std::get<Invocation>(parsed);
    QCOMPARE(invocation.action, Invocation::Action::UserAdd);
    QCOMPARE(invocation.user.email, QStringLiteral("a@example.org"));
    QCOMPARE(invocation.user.role, QStringLiteral("admin"));

    QVERIFY(invocation.user.passwordFromStdin);

    // Without --password-stdin the account gets no password (the mailed link sets one); a password
    // never comes from argv.
    const auto withoutStdin = parse({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("a@example.org")});
    QVERIFY(std::holds_alternative<Invocation>(withoutStdin));
    QVERIFY(!std::get<Invocation>(withoutStdin).user.passwordFromStdin);
    QVERIFY(std::holds_alternative<ConfigError>(parse({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--password"),
                                                       QStringLiteral("hunter2")})));

    QCOMPARE(std::get<Invocation>(parse({QStringLiteral("user"), QStringLiteral("list")})).action, Invocation::Action::UserList);
}

void TestConfig::helpAndVersion()
{
    const auto help = parse({QStringLiteral("--help")});
    QCOMPARE(std::get<Invocation>(help).action, Invocation::Action::ShowHelp);
    QVERIFY(std::get<Invocation>(help).helpText.contains(QLatin1String("--pub-port-range")));
    QCOMPARE(std::get<Invocation>(parse({QStringLiteral("--version")})).action, Invocation::Action::ShowVersion);
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
