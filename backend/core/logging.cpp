#include "core/logging.h"

namespace buttcloud {
Q_LOGGING_CATEGORY(lcConfig, "buttcloud.config")
Q_LOGGING_CATEGORY(lcStore, "buttcloud.store")
Q_LOGGING_CATEGORY(lcAuth, "buttcloud.auth")
Q_LOGGING_CATEGORY(lcBilling, "buttcloud.billing")
Q_LOGGING_CATEGORY(lcHttp, "buttcloud.http")
Q_LOGGING_CATEGORY(lcPubs, "buttcloud.pubs")
Q_LOGGING_CATEGORY(lcJobs, "buttcloud.jobs")

namespace {
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void refuseSecretLeakingCategories(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    const QLatin1String name(category->categoryName());
    if (name.startsWith(QLatin1String("qt.httpserver")) || name.startsWith(QLatin1String("qt.network.http"))) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}
}

void silenceSecretLeakingCategories()
{
    previousFilter = QLoggingCategory::installFilter(refuseSecretLeakingCategories);
}

}
