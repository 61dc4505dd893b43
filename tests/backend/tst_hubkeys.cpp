// Hub keys and requests without a network: fingerprints as OpenSSH prints them, known_hosts (plain,
// [host]:port and hashed entries), OpenSSH private keys, sealing, and the add-hub request's checks.
#include "hubs/hubrequest.h"
#include "hubs/privatekeyseal.h"
#include "ssh/sshkeys.h"
#include "ssh/sshsession.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace buttcloud;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

}

class HubKeysTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fingerprintIsOpenSshs();
    void fingerprintShape_data();
    void fingerprintShape();
    void knownHosts();
    void privateKeyInspection();
    void sealingRoundTrip();
    void sealingDetectsTampering();
    void newHubValidation_data();
    void newHubValidation();

private:
    // ssh-keygen into the temporary directory; returns the private key's path.
    QString makeKey(const QString &name, const QString &type, const QString &passphrase = {});
    QString keygen(const QStringList &arguments);
    SshPublicKey publicKey(const QString &name);

    QTemporaryDir m_dir;
    QString m_ed25519;
};

QString HubKeysTest::keygen(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("ssh-keygen"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString();
    return QString::fromLatin1(process.readAllStandardOutput());
}

QString HubKeysTest::makeKey(const QString &name, const QString &type, const QString &passphrase)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);  // ssh-keygen would ask before overwriting
    QFile::remove(path + QStringLiteral(".pub"));
    keygen({QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), passphrase, QStringLiteral("-C"), name,
            QStringLiteral("-f"), path});
    return path;
}

SshPublicKey HubKeysTest::publicKey(const QString &name)
{
    const QList<QByteArray> fields = readFile(m_dir.filePath(name + QStringLiteral(".pub"))).split(' ');
    return SshPublicKey{QString::fromLatin1(fields.value(0)), QByteArray::fromBase64(fields.value(1))};
}

void HubKeysTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
        QSKIP("ssh-keygen is not installed (openssh-client)");
    m_ed25519 = makeKey(QStringLiteral("ed"), QStringLiteral("ed25519"));
    QVERIFY(QFile::exists(m_ed25519));
}

void HubKeysTest::fingerprintIsOpenSshs()
{
    const QString printed = keygen({QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                                    m_ed25519 + QStringLiteral(".pub")}).split(u' ').value(1);
    const SshPublicKey key = publicKey(QStringLiteral("ed"));
    QCOMPARE(key.type, QStringLiteral("ssh-ed25519"));
    QCOMPARE(sshKeyType(key.blob), QStringLiteral("ssh-ed25519"));
    QCOMPARE(key.fingerprint(), printed);
    QVERIFY(isSshFingerprint(printed));
}

void HubKeysTest::fingerprintShape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("openssh") << "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s" << true;
    QTest::newRow("padded") << "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s=" << false;
    QTest::newRow("md5") << "MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48" << false;
    QTest::newRow("no prefix") << "uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s" << false;
    QTest::newRow("short") << "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZ" << false;
    QTest::newRow("impossible last character") << "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2t" << false;
    QTest::newRow("empty") << "" << false;
}

void HubKeysTest::fingerprintShape()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isSshFingerprint(text), valid);
}

void HubKeysTest::knownHosts()
{
    const SshPublicKey key = publicKey(QStringLiteral("ed"));
    makeKey(QStringLiteral("other"), QStringLiteral("ed25519"));
    const QByteArray line = readFile(m_ed25519 + QStringLiteral(".pub")).trimmed();
    const QByteArray otherLine = readFile(m_dir.filePath(QStringLiteral("other.pub"))).trimmed();
    const QString file = m_dir.filePath(QStringLiteral("known_hosts"));
    const auto verdict = [&](const QString &host, quint16 port) {
        const auto result = checkKnownHosts(file, host, port, key);
        return std::holds_alternative<KnownHostVerdict>(result) ? int(std::get<KnownHostVerdict>(result)) : -1;
    };

    QCOMPARE(verdict(QStringLiteral("hub.example.org"), 22), int(KnownHostVerdict::Unknown));  // no file yet
    writeFile(file, "hub.example.org " + line + "\n[hub.example.org]:2222 " + otherLine + "\n10.0.0.7 " + otherLine + "\n");
    QCOMPARE(verdict(QStringLiteral("hub.example.org"), 22), int(KnownHostVerdict::Match));
    QCOMPARE(verdict(QStringLiteral("hub.example.org"), 2222), int(KnownHostVerdict::Changed));
    QCOMPARE(verdict(QStringLiteral("10.0.0.7"), 22), int(KnownHostVerdict::Changed));
    QCOMPARE(verdict(QStringLiteral("elsewhere.example.org"), 22), int(KnownHostVerdict::Unknown));
    // Port 22's key says nothing about another port.
    QCOMPARE(verdict(QStringLiteral("hub.example.org"), 2200), int(KnownHostVerdict::Unknown));

    // Hashed entries, as ssh-keygen -H writes them.
    writeFile(file, "[hub.example.org]:2222 " + line + "\n10.0.0.7 " + otherLine + "\n");
    QVERIFY(!keygen({QStringLiteral("-H"), QStringLiteral("-f"), file}).isNull());
    QVERIFY(!readFile(file).contains("hub.example.org"));
    QVERIFY(readFile(file).startsWith("|1|"));
    QCOMPARE(verdict(QStringLiteral("hub.example.org"), 2222), int(KnownHostVerdict::Match));
    QCOMPARE(verdict(QStringLiteral("hub.example.org"), 22), int(KnownHostVerdict::Unknown));
    QCOMPARE(verdict(QStringLiteral("10.0.0.7"), 22), int(KnownHostVerdict::Changed));

    // Lines libssh2 cannot use never make a key known.
    writeFile(file, "this is not a known_hosts line\nhub.example.org ssh-ed25519 !!!\n");
    QVERIFY(verdict(QStringLiteral("hub.example.org"), 22) != int(KnownHostVerdict::Match));
}

void HubKeysTest::privateKeyInspection()
{
    QString problem;
    std::optional<OpenSshPrivateKeyInfo> info = inspectOpenSshPrivateKey(readFile(m_ed25519), &problem);
    QVERIFY2(info, qPrintable(problem));
    QCOMPARE(info->publicKey, publicKey(QStringLiteral("ed")));
    QVERIFY(!info->encrypted);

    info = inspectOpenSshPrivateKey(readFile(makeKey(QStringLiteral("locked"), QStringLiteral("ed25519"), QStringLiteral("secret phrase"))), &problem);
    QVERIFY(info && info->encrypted);

    info = inspectOpenSshPrivateKey(readFile(makeKey(QStringLiteral("rsa"), QStringLiteral("rsa"))), &problem);
    QVERIFY(info);
    QCOMPARE(info->publicKey.type, QStringLiteral("ssh-rsa"));

    const QByteArray pem = readFile(m_ed25519);
    for (const QByteArray &broken : {QByteArray("not a key"), QByteArray(pem).replace("OPENSSH", "RSA"), pem.left(pem.size() / 2),
                                     QByteArray("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n")}) {
        problem.clear();
        QVERIFY(!inspectOpenSshPrivateKey(broken, &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!problem.contains("AAAA"));
    }
}

void HubKeysTest::sealingRoundTrip()
{
    const QByteArray serverKey(32, 'k');
    const PrivateKeySeal seal(serverKey);
    const QByteArray privateKey = readFile(m_ed25519);
    const QString sealed = seal.seal(QStringLiteral("hub000000001"), privateKey);
    QVERIFY(sealed.startsWith(QStringLiteral("v1:")));
    QVERIFY(!sealed.contains(QStringLiteral("OPENSSH")));
    QCOMPARE(seal.unseal(QStringLiteral("hub000000001"), sealed), privateKey);
    // A fresh nonce each time.
    QVERIFY(seal.seal(QStringLiteral("hub000000001"), privateKey) != sealed);
}

void HubKeysTest::sealingDetectsTampering()
{
    const PrivateKeySeal seal(QByteArray(32, 'k'));
    const QString sealed = seal.seal(QStringLiteral("hub000000001"), QByteArrayLiteral("the private key"));
    QByteArray box = QByteArray::fromBase64(sealed.mid(3).toLatin1());
    box[box.size() - 1] = char(box.at(box.size() - 1) ^ 1);
    QVERIFY(!seal.unseal(QStringLiteral("hub000000001"), QStringLiteral("v1:") + QString::fromLatin1(box.toBase64())));
    QVERIFY(!seal.unseal(QStringLiteral("hub000000002"), sealed));                        // another hub's
    QVERIFY(!PrivateKeySeal(QByteArray(32, 'x')).unseal(QStringLiteral("hub000000001"), sealed));  // another server key
    QVERIFY(!seal.unseal(QStringLiteral("hub000000001"), sealed.mid(3)));                  // no version
    QVERIFY(!seal.unseal(QStringLiteral("hub000000001"), QStringLiteral("v1:AAAA")));      // too short
    QVERIFY(!seal.unseal(QStringLiteral("hub000000001"), QStringLiteral("v1:not base64!")));
}

void HubKeysTest::newHubValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problemField");  // empty: accepted

    QTest::newRow("all good") << "" << "" << "";
    QTest::newRow("name upper case") << "name" << "Hub-2" << "name";
    QTest::newRow("name leading dash") << "name" << "-hub" << "name";
    QTest::newRow("name 64 characters") << "name" << QString(64, u'a') << "name";
    QTest::newRow("name 63 characters") << "name" << QString(63, u'a') << "";
    QTest::newRow("name local") << "name" << "local" << "name";
    QTest::newRow("host with option") << "host" << "-oProxyCommand=x" << "host";
    QTest::newRow("host with space") << "host" << "a b" << "host";
    QTest::newRow("host ipv6") << "host" << "2001:db8::7" << "";
    QTest::newRow("port 0") << "port" << "0" << "port";
    QTest::newRow("port 65536") << "port" << "65536" << "port";
    QTest::newRow("port 65535") << "port" << "65535" << "";
    QTest::newRow("user root") << "user" << "root" << "";
    QTest::newRow("user with space") << "user" << "ro ot" << "user";
    QTest::newRow("fingerprint md5") << "hostKeyFingerprint" << "MD5:16:27:ac" << "hostKeyFingerprint";
    QTest::newRow("key rsa") << "privateKey" << "rsa" << "privateKey";
    QTest::newRow("key with passphrase") << "privateKey" << "locked" << "privateKey";
    QTest::newRow("key too big") << "privateKey" << "big" << "privateKey";
}

void HubKeysTest::newHubValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problemField);
    NewHubRequest request{QStringLiteral("hub-2"), QStringLiteral("203.0.113.7"), 22, QStringLiteral("root"),
                          readFile(m_ed25519), QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s")};
    if (field == QLatin1String("name"))
        request.name = value;
    else if (field == QLatin1String("host"))
        request.host = value;
    else if (field == QLatin1String("port"))
        request.port = value.toInt();
    else if (field == QLatin1String("user"))
        request.user = value;
    else if (field == QLatin1String("hostKeyFingerprint"))
        request.hostKeyFingerprint = value;
    else if (field == QLatin1String("privateKey") && value == QLatin1String("big"))
        request.privateKey = request.privateKey + QByteArray(MaxPrivateKeyBytes, ' ');
    else if (field == QLatin1String("privateKey"))
        request.privateKey = readFile(makeKey(value, value == QLatin1String("rsa") ? QStringLiteral("rsa") : QStringLiteral("ed25519"),
                                              value == QLatin1String("locked") ? QStringLiteral("secret phrase") : QString()));
    const std::optional<HubFieldProblem> problem = validateNewHub(request);
    QCOMPARE(problem ? problem->field : QString(), problemField);
}

QTEST_GUILESS_MAIN(HubKeysTest)
#include "tst_hubkeys.moc"
