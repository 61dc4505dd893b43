#pragma once

#include <QByteArrayView>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace buttcloud {

// For LLVMFuzzerInitialize: the Qt application and the fixture a fuzzer builds once. Never freed: the
// process ends with the fuzzing.
template<typename Fixture>
Fixture *makeFuzzFixture(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    return new Fixture;
}

inline QByteArrayView fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Feeds data to an incremental parser in pieces of pieceSize bytes (the network cuts streams
// anywhere), until feed refuses a piece. Returns whether every piece was taken.
template<typename Feed>
bool feedInPieces(QByteArrayView data, qsizetype pieceSize, Feed feed)
{
    for (qsizetype at = 0; at < data.size(); at += pieceSize) {
        if (!feed(data.sliced(at, qMin(pieceSize, data.size() - at))))
            return false;
    }
    return true;
}

}
