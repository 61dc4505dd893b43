#pragma once

#include <QLoggingCategory>

namespace buttcloud {
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcPubs)
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
Q_DECLARE_LOGGING_CATEGORY(lcBilling)

// Keeps Qt's own request dumps out of the log whatever QT_LOGGING_RULES says: at debug level
// qt.httpserver prints every request's headers (Authorization: Bearer ...) and Qt's HTTP client
// categories may print the Stripe key's header. Call once, early in main.
void silenceSecretLeakingCategories();
}
