#include "RequestListJob.h"

#include "CertCentralClient.h"
#include "Reply.h"
#include "RequestEndpoints.h"

RequestListJob::RequestListJob(CertCentralClient *client, const RequestFilter &filter)
    : SequentialListJob(client)
    , m_filter(filter) {}

ApiCall *RequestListJob::makeCall(qint64 offset) {
    auto *call = client()->call(RequestEndpoints::page(m_filter, offset));
    Reply<ApprovalRequestPage>(call).onResult(this, [this](const ApprovalRequestPage &page) {
        const qint64 loaded = addLoaded(page.requests.size());
        emit pageLoaded(page.requests, loaded, qMax(page.total, loaded));
        pageDone(page.offset, page.requests.size() + page.skipped, page.total);
    });
    return call;
}
