// The Docker client's HTTP/1.1 response parser (status line, headers, Content-Length, chunked
// transfer coding, trailers), fed as a hostile engine or SSH channel could. The first byte picks how
// the bytes are cut into reads; small limits so the fuzzer reaches them.
#include "docker/httpcodec.h"
#include "fuzzinput.h"

#include <cstdlib>

using namespace buttcloud;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    HttpResponseParser::Limits limits;
    limits.maxHeaderBytes = 2048;
    limits.maxBodyBytes = 8192;
    HttpResponseParser parser(limits);
    const bool fed = feedInPieces(fuzzBytes(data + 1, size - 1), data[0] % 64 + 1,
                                  [&](QByteArrayView piece) { return parser.feed(piece); });
    if (fed && !parser.isComplete())
        parser.finish();
    if (parser.body().size() > limits.maxBodyBytes)
        std::abort();
    if (parser.isComplete() && (parser.hasFailed() || parser.statusCode() < 100 || parser.statusCode() > 999))
        std::abort();
    if (parser.hasFailed() && parser.errorString().isEmpty())
        std::abort();
    // What callers read from a parsed reply.
    if (parser.hasHeaders()) {
        parser.headerValue("content-type");
        parser.reasonPhrase();
    }
    return 0;
}
