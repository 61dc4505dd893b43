#pragma once

#include "wire/dnslabel.h"

#include <QString>

namespace buttcloud {

// The server's rule for pub names: a DNS label of 1-32 lowercase letters, digits and hyphens, not
// starting or ending with a hyphen. Returns an empty string when valid, else why not, for people.
QString pubNameProblem(const QString &name);
bool isValidPubName(const QString &name);

}
