#include "models/statscsv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace buttcloud {

QByteArray statsToCsv(const QList<StatsSample> &samples)
{
    QByteArray csv = "time";
    for (int i = 0; i < StatsMetricCount; ++i)
        csv += ',' + statsMetricName(StatsMetric(i)).toLatin1();
    csv += "\r\n";
    for (const StatsSample &sample : samples) {
        csv += sample.time.toUTC().toString(Qt::ISODate).toLatin1();
        for (int i = 0; i < StatsMetricCount; ++i)
            csv += ',' + QByteArray::number(sample.values.at(i), 'g', 12);
        csv += "\r\n";
    }
    return csv;
}

QString writeStatsCsv(const QString &filePath, const QList<StatsSample> &samples)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(statsToCsv(samples)) < 0 || !file.commit()) {
        return QCoreApplication::translate("buttcloud::StatsCsv", "Could not write %1: %2")
            .arg(filePath, file.errorString());
    }
    return {};
}

}
