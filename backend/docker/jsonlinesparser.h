#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace buttcloud {

// Splits a stream of JSON objects, one per line (GET /events), into objects as they complete.
// Incremental: lines may be split anywhere across feed() calls. A line that is not a JSON object,
// or longer than maxLineBytes, fails the stream for good: the reader reconnects rather than guess.
class JsonLinesParser final
{
public:
    explicit JsonLinesParser(qsizetype maxLineBytes = 64 * 1024);

    bool feed(QByteArrayView data);
    QList<QJsonObject> takeObjects();
    bool hasFailed() const;
    QString errorString() const;

private:
    qsizetype m_maxLineBytes;
    QByteArray m_partial;
    QList<QJsonObject> m_objects;
    QString m_error;
};

}
