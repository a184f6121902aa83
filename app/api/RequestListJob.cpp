#include "api/RequestListJob.h"

#include "api/CertCentralClient.h"
#include "api/Reply.h"
#include "api/RequestEndpoints.h"

RequestListJob::RequestListJob(CertCentralClient *client, const RequestFilter &filter)
    : SequentialListJob(client)
    , m_filter(filter) {}

ApiCall *RequestListJob::makeCall(qint64 offset) {
    auto *call = client()->call(RequestEndpoints::page(m_filter, offset));
    Reply<ApprovalRequestBatch>(call).onResult(this, [this](const ApprovalRequestBatch &page) {
        const qint64 loaded = addLoaded(page.requests.size());
        emit pageLoaded(page.requests, loaded, qMax(page.total, loaded));
        pageDone(page.offset, page.requests.size() + page.skipped, page.total);
    });
    return call;
}
