// known_hosts files (plain and hashed entries, markers, comments, garbage), read by libssh2 through
// checkKnownHosts as the hub connections do. The input is the file; the key and host are fixed, the
// port picked by the first byte (22 or another, which OpenSSH writes as [host]:port).
#include "fuzzinput.h"
#include "ssh/sshsession.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace buttcloud;

namespace {

// An ed25519 key blob: string "ssh-ed25519", string of 32 key bytes.
SshPublicKey testKey()
{
    QByteArray blob("\0\0\0\x0bssh-ed25519\0\0\0\x20", 19);
    blob += QByteArray(32, '\x42');
    return SshPublicKey{QStringLiteral("ssh-ed25519"), blob};
}

}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static QTemporaryDir directory;
    static const QString path = directory.filePath(QStringLiteral("known_hosts"));
    static const SshPublicKey key = testKey();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(fuzzBytes(data + 1, size - 1).toByteArray());
    file.close();
    const quint16 port = data[0] % 2 ? 22 : 2222;
    const auto verdict = checkKnownHosts(path, QStringLiteral("127.0.0.1"), port, key);
    if (const auto *problem = std::get_if<QString>(&verdict); problem && problem->isEmpty())
        std::abort();
    return 0;
}
