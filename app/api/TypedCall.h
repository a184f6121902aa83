#pragma once

#include "api/Endpoint.h"
#include "api/EndpointCall.h"

#include <tuple>

// A call to one Endpoint that keeps its typed result: decode() runs the endpoint's decoder on
// the decoding thread and fills result(); succeeded() then says, on the call's thread, that it
// can be read. Made and started by CertCentralClient::call(); seen through a Reply<Result...>.
template <typename... Result> class TypedCall : public EndpointCall {
public:
    TypedCall(CertCentralClient *client, Endpoint<Result...> endpoint)
        : EndpointCall(client, endpoint.request)
        , m_decode(std::move(endpoint.decode)) {}
    // A decode still running uses the members below: it ends before they go.
    ~TypedCall() override { waitForDecoding(); }

    // The decoded values; complete once succeeded() was emitted.
    const std::tuple<Result...> &result() const { return m_result; }

protected:
    QString decode(const QByteArray &body, int httpStatus) override {
        return std::apply([this, &body, httpStatus](
                              Result &...values) { return m_decode(body, httpStatus, &values...); },
                          m_result);
    }

private:
    typename Endpoint<Result...>::Decoder m_decode;
    std::tuple<Result...> m_result;
};
