#pragma once

#include <QByteArray>
#include <QtEndian>

namespace buttcloud::test {

// One frame of Docker's multiplexed stream (attach, exec, logs without a TTY): stream type, three
// zero bytes, the big-endian payload length, the payload.
inline QByteArray frame(quint8 stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(stream);
    qToBigEndian<quint32>(quint32(payload.size()), header.data() + 4);
    return header + payload;
}

}
