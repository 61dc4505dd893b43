#pragma once

#include <QStringView>

namespace buttcloud {

// Pub names become host names (<pub>.<pub-domain>) and service names; hub names may become a
// machine's host name. Pub names are shorter so that the swarm service name derived from them fits.
inline constexpr int MaxPubNameLength = 32;
inline constexpr int MaxHubNameLength = 63;

// A lowercase DNS label (RFC 1123): 1 to maxLength of a-z, 0-9 and '-', not starting or ending
// with '-'. The one rule the server and the client both apply to pub and hub names.
bool isDnsLabel(QStringView name, int maxLength);

}
