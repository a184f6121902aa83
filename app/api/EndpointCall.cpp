#include "api/EndpointCall.h"

EndpointCall::EndpointCall(CertCentralClient *client, const EndpointRequest &request)
    : ApiCall(client, request.method, request.path, request.query, request.body)
    , m_expectsJson(request.expectsJson) {
    // GET is retried anyway; a write only when the endpoint says repeating it changes nothing.
    if (request.idempotent)
        setIdempotent(true);
}
