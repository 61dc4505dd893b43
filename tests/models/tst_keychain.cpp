#include "models/keychainsecretstore.h"
#include "models/session.h"

#include <QTest>
#include <QUuid>
#include <optional>

using namespace buttcloud;

// Runs against the real OS keychain. Without a Secret Service (no D-Bus session, or no keyring
// daemon) it skips: run it through scripts/lib/with-keychain.sh.
class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesReadsAndDeletesARefreshToken();

private:
    SecretResult wait(const std::function<void(SecretStore::Callback)> &call);
};

SecretResult TestKeychain::wait(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretResult> result;
    call([&result](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return {SecretResult::Status::Unavailable, {}, QStringLiteral("the keychain did not answer")};
    return *result;
}

void TestKeychain::storesReadsAndDeletesARefreshToken()
{
    // A service name of its own, so a developer's real entries are never touched.
    KeychainSecretStore store(Session::keychainService() + QStringLiteral(" test"));
    const QString key = Session::keychainKey(QUrl(QStringLiteral("http://127.0.0.1:8080")),
                                             QStringLiteral("%1@example.org").arg(QUuid::createUuid().toString(QUuid::Id128)));
    const QString token = QStringLiteral("rt_") + QUuid::createUuid().toString(QUuid::Id128);

    const SecretResult written = wait([&](SecretStore::Callback done) { store.write(key, token, done); });
    if (written.status == SecretResult::Status::Unavailable)
        QSKIP(qPrintable(QStringLiteral("no keychain available: %1").arg(written.message)));
    QCOMPARE(int(written.status), int(SecretResult::Status::Ok));

    const SecretResult read = wait([&](SecretStore::Callback done) { store.read(key, done); });
    QCOMPARE(int(read.status), int(SecretResult::Status::Ok));
    QCOMPARE(read.secret, token);

    const SecretResult removed = wait([&](SecretStore::Callback done) { store.remove(key, done); });
    QCOMPARE(int(removed.status), int(SecretResult::Status::Ok));

    const SecretResult gone = wait([&](SecretStore::Callback done) { store.read(key, done); });
    QCOMPARE(int(gone.status), int(SecretResult::Status::NotFound));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
