// What an admin pastes as a hub's private key (POST /api/v1/hubs): the OpenSSH private key header
// parser, and the key type and fingerprint of the public key blob found in it.
#include "fuzzinput.h"
#include "ssh/sshkeys.h"

#include <cstdlib>

using namespace buttcloud;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size).toByteArray();
    QString problem;
    const std::optional<OpenSshPrivateKeyInfo> info = inspectOpenSshPrivateKey(input, &problem);
    if (!info && problem.isEmpty())
        std::abort(); // a refusal must say why
    if (info) {
        if (!isSshFingerprint(info->publicKey.fingerprint()))
            std::abort();
        sshKeyType(info->publicKey.blob);
    }
    sshKeyType(input);
    return 0;
}
