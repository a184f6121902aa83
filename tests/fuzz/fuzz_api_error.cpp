// Error bodies: ApiError::fromHttp reads whatever a server or a proxy sent with a non-2xx
// status (JSON in several shapes, HTML, binary). The first byte picks the status.
#include "FuzzInput.h"
#include "core/ApiError.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const FuzzInput in(data, size);
    static const int statuses[] = {400, 401, 403, 404, 409, 429, 500, 502, 503, 504, 200, 0, 599};
    const int status = statuses[in.selector % (sizeof statuses / sizeof *statuses)];
    const ApiError error = ApiError::fromHttp(status, in.body);
    (void)error.message();
    (void)error.code();
    (void)error.shortCode();
    (void)error.isRetryable();
    (void)error.hasCode(QStringLiteral("invalid_"));
    (void)ApiError::outcomeUnknown(error).message();
    return 0;
}
