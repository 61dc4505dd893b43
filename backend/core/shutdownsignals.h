#pragma once

namespace buttcloud {

// Makes SIGTERM and SIGINT end the event loop (QCoreApplication::quit) instead of killing the
// process, so the server closes its database and sockets in order. Call once, after the
// QCoreApplication exists.
void quitOnTerminationSignals();

}
