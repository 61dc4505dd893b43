#include "models/publogs.h"

#include "models/jsonfields.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace buttcloud {

Result<LogLine> parseLogLine(const QJsonObject &json, const QUrl &serverUrl)
{
    LogLine line;
    line.at = timeField(json, "at");
    const QString stream = stringField(json, "stream");
    const QJsonValue text = json.value(QLatin1String("text"));
    if (!line.at.isValid() || (stream != QLatin1String("stdout") && stream != QLatin1String("stderr")) || !text.isString())
        return invalidReplyError(serverUrl, 200);
    line.isStandardError = stream == QLatin1String("stderr");
    line.text = text.toString();
    line.truncated = json.value(QLatin1String("truncated")).toBool();
    return line;
}

Result<QList<LogLine>> parseLogLines(const QJsonObject &json, const QUrl &serverUrl)
{
    return parseArrayField<LogLine>(json, "lines", serverUrl, parseLogLine);
}

QString writeLogText(const QString &filePath, const QString &text)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return QCoreApplication::translate("buttcloud::PubLogFeed", "Cannot write %1: %2").arg(filePath, file.errorString());
    return {};
}

}
