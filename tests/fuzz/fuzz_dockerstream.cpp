// Docker's multiplexed exec/attach stream (DockerStreamDemuxer), as a hostile engine could send it.
// The first byte picks how the stream is cut into reads.
#include "docker/dockerstreamdemuxer.h"
#include "fuzzinput.h"

#include <cstdlib>

using namespace buttcloud;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    constexpr qsizetype Limit = 4096;
    DockerStreamDemuxer demuxer(Limit);
    const bool fed = feedInPieces(fuzzBytes(data + 1, size - 1), data[0] % 64 + 1,
                                  [&](QByteArrayView piece) { return demuxer.feed(piece); });
    if (fed)
        demuxer.finish();
    // The limit holds whatever arrives.
    if (demuxer.standardOutput().size() > Limit || demuxer.standardError().size() > Limit)
        std::abort();
    if (demuxer.hasFailed() && demuxer.errorString().isEmpty())
        std::abort();
    return 0;
}
