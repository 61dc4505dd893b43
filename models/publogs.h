#pragma once

#include "models/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace buttcloud {

// One line of a pub's output (docs/api.md, "Logs and timeline").
struct LogLine
{
    QDateTime at;
    bool isStandardError = false;
    QString text;
    bool truncated = false; // the server cut a longer line
};

Result<LogLine> parseLogLine(const QJsonObject &json, const QUrl &serverUrl);
// {"lines": [...]} of GET .../logs and of the stream's "logs" messages.
Result<QList<LogLine>> parseLogLines(const QJsonObject &json, const QUrl &serverUrl);
// Writes text (UTF-8) to filePath; the problem for people, or empty on success.
QString writeLogText(const QString &filePath, const QString &text);

}
