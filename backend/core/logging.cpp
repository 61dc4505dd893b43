#include "core/logging.h"

namespace buttcloud {
Q_LOGGING_CATEGORY(lcConfig, "buttcloud.config")
Q_LOGGING_CATEGORY(lcStore, "buttcloud.store")
Q_LOGGING_CATEGORY(lcAuth, "buttcloud.auth")
Q_LOGGING_CATEGORY(lcBilling, "buttcloud.billing")
Q_LOGGING_CATEGORY(lcHttp, "buttcloud.http")
Q_LOGGING_CATEGORY(lcPubs, "buttcloud.pubs")
Q_LOGGING_CATEGORY(lcJobs, "buttcloud.jobs")
}
