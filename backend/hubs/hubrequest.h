#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace buttcloud {

// POST /api/v1/hubs as the server reads it. The private key stays bytes so it can be wiped.
struct NewHubRequest
{
    QString name;
    QString host;
    int port = 22;
    QString user;
    QByteArray privateKey;       // ed25519, OpenSSH format, no passphrase
    QString hostKeyFingerprint;  // optional: SHA256:..., the key the operator confirmed
};

struct HubFieldProblem
{
    QString field;
    QString problem;
};

inline constexpr qsizetype MaxPrivateKeyBytes = 16 * 1024;

// The first field that is not acceptable, or nullopt. Checks shape only; uniqueness and the host key
// are the service's business.
std::optional<HubFieldProblem> validateNewHub(const NewHubRequest &request);
bool isValidHubName(const QString &name);
bool isValidSshHost(const QString &host);

}
