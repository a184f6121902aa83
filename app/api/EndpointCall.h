#pragma once

#include "api/ApiCall.h"
#include "api/EndpointRequest.h"

// An ApiCall made from an EndpointRequest: what it sends, whether it is retried and whether its
// reply must be JSON come from the request. The decoding is left to TypedCall, which keeps the
// typed result; this class gives every typed call the one signal Reply and the list jobs connect
// to (a template cannot declare signals).
class EndpointCall : public ApiCall {
    Q_OBJECT
public:
    EndpointCall(CertCentralClient *client, const EndpointRequest &request);

signals:
    // The reply was decoded: the result is ready in the TypedCall (then finished() follows).
    void succeeded();

protected:
    void deliver() override { emit succeeded(); }
    bool expectsJson() const override { return m_expectsJson; }

private:
    bool m_expectsJson;
};
