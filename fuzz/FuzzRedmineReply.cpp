// Redmine's answers: any status with any body (error bodies {"errors": [...]}, HTML error pages, truncated JSON).
#include "FuzzSupport.h"
#include "net/RedmineErrors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace hotline;
    if (size < 1)
        return 0;
    // The first byte picks the HTTP status (200, 201, 204, 4xx, 5xx); the rest is the body.
    static const int statuses[] = {200, 201, 204, 301, 400, 401, 403, 404, 409, 412, 422, 429, 500, 502, 503};
    net::TransportOutcome outcome;
    outcome.httpStatus = statuses[data[0] % (sizeof statuses / sizeof statuses[0])];
    outcome.body = fuzzBytes(data + 1, size - 1);
    const net::RedmineReply reply = net::interpretReply(outcome);
    if (outcome.httpStatus >= 400)
        fuzzCheck(reply.error.has_value() && !reply.error->message.isEmpty(), "an HTTP error gives a typed error");
    return 0;
}
