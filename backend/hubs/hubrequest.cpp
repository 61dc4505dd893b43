#include "hubs/hubrequest.h"

#include "ssh/sshkeys.h"
#include "wire/dnslabel.h"

#include <QRegularExpression>

namespace buttcloud {

bool isValidHubName(const QString &name)
{
    return isDnsLabel(name, MaxHubNameLength);
}

bool isValidSshHost(const QString &host)
{
    // A host name or an IPv4/IPv6 address; never anything an SSH option parser could take for a flag.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.:-]{0,251}[A-Za-z0-9])?$"));
    return pattern.match(host).hasMatch();
}

std::optional<HubFieldProblem> validateNewHub(const NewHubRequest &request)
{
    static const QRegularExpression userPattern(QStringLiteral("^[a-z_][a-z0-9_.-]{0,31}$"));
    if (!isValidHubName(request.name))
        return HubFieldProblem{QStringLiteral("name"), QStringLiteral("must be a DNS label: 1-63 lowercase letters, digits or '-', not starting or ending with '-'")};
    if (request.name == QLatin1String("local"))
        return HubFieldProblem{QStringLiteral("name"), QStringLiteral("\"local\" is the server's own machine")};
    if (!isValidSshHost(request.host))
        return HubFieldProblem{QStringLiteral("host"), QStringLiteral("must be a host name or an IP address")};
    if (request.port < 1 || request.port > 65535)
        return HubFieldProblem{QStringLiteral("port"), QStringLiteral("must be between 1 and 65535")};
    if (!userPattern.match(request.user).hasMatch())
        return HubFieldProblem{QStringLiteral("user"), QStringLiteral("must be a user name (lowercase letters, digits, '_', '.', '-')")};
    if (request.privateKey.size() > MaxPrivateKeyBytes)
        return HubFieldProblem{QStringLiteral("privateKey"), QStringLiteral("must be at most 16 KiB")};
    QString keyProblem;
    const std::optional<OpenSshPrivateKeyInfo> key = inspectOpenSshPrivateKey(request.privateKey, &keyProblem);
    if (!key)
        return HubFieldProblem{QStringLiteral("privateKey"), keyProblem};
    if (key->publicKey.type != QLatin1String("ssh-ed25519"))
        return HubFieldProblem{QStringLiteral("privateKey"), QStringLiteral("must be an ed25519 key, not %1").arg(key->publicKey.type)};
    if (key->encrypted)
        return HubFieldProblem{QStringLiteral("privateKey"), QStringLiteral("must not be protected by a passphrase")};
    if (!request.hostKeyFingerprint.isEmpty() && !isSshFingerprint(request.hostKeyFingerprint))
        return HubFieldProblem{QStringLiteral("hostKeyFingerprint"), QStringLiteral("must look like SHA256: and 43 base64 characters, as ssh-keygen -l prints it")};
    return std::nullopt;
}

}
