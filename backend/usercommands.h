#pragma once

#include "core/config.h"

class QTextStream;

namespace buttcloud {

// The `buttcloudd user ...` maintenance commands. They open the configured database directly
// (stop nothing: SQLite serialises writers) and return the process exit code.
int runUserAdd(const ServerConfig &config, const UserCommandOptions &options, QTextStream &input,
               QTextStream &output, QTextStream &errors);
int runUserList(const ServerConfig &config, QTextStream &output, QTextStream &errors);

}
