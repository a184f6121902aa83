#pragma once

#include "api/EndpointRequest.h"

#include <functional>

// One CertCentral endpoint as a value: the request and how its reply becomes the typed result.
// The area files (OrderEndpoints, DomainEndpoints...) make these; CertCentralClient::call()
// sends one and hands back a TypedCall holding the result.
//
// The decoder runs on the decoding thread (ApiCall::decodePool): it reads the body (and the HTTP
// status) into the result values and returns an empty string, or why the body cannot be used.
// It must not touch anything but its arguments and what it captured by value.
template <typename... Result> struct Endpoint {
    using Decoder = std::function<QString(const QByteArray &body, int httpStatus, Result *...)>;
    // The readers of app/core: Type::fromJson(body, &result, &error) and the like.
    using Reader = bool (*)(const QByteArray &body, Result *..., QString *error);

    Endpoint(EndpointRequest request, Decoder decoder)
        : request(std::move(request))
        , decode(std::move(decoder)) {}
    Endpoint(EndpointRequest request, Reader reader)
        : request(std::move(request))
        , decode([reader](const QByteArray &body, int, Result *...result) {
            QString error;
            return reader(body, result..., &error) ? QString() : error;
        }) {}

    // A decoder for a reply that carries nothing CertDesk reads (a 204): the result is known
    // before the request is sent (the order canceled, the funds moved).
    static Decoder answer(Result... values) {
        return [values...](const QByteArray &, int, Result *...result) {
            ((*result = values), ...);
            return QString();
        };
    }

    EndpointRequest request;
    Decoder decode;
};
