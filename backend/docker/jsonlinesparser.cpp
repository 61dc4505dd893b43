#include "docker/jsonlinesparser.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <utility>

namespace buttcloud {

JsonLinesParser::JsonLinesParser(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{
}

bool JsonLinesParser::feed(QByteArrayView data)
{
    while (!data.isEmpty() && !hasFailed()) {
        const qsizetype newline = data.indexOf('\n');
        const QByteArrayView part = newline < 0 ? data : data.first(newline);
        data = newline < 0 ? QByteArrayView() : data.sliced(newline + 1);
        if (m_partial.size() + part.size() > m_maxLineBytes) {
            m_error = QStringLiteral("a line is longer than %1 bytes").arg(m_maxLineBytes);
            break;
        }
        m_partial.append(part);
        if (newline < 0)
            break;
        const QByteArray line = std::exchange(m_partial, QByteArray()).trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            m_error = QStringLiteral("a line is not a JSON object");
            break;
        }
        m_objects.append(document.object());
    }
    return !hasFailed();
}

QList<QJsonObject> JsonLinesParser::takeObjects()
{
    return std::exchange(m_objects, {});
}

bool JsonLinesParser::hasFailed() const
{
    return !m_error.isEmpty();
}

QString JsonLinesParser::errorString() const
{
    return m_error;
}

}
