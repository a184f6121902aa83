#include "RequestListJob.h"

RequestListJob::RequestListJob(CertCentralClient *client, const RequestListCall::Filter &filter)
    : SequentialListJob(client)
    , m_filter(filter) {}

ApiCall *RequestListJob::makeCall(qint64 offset) {
    auto *call = new RequestListCall(client(), m_filter, offset);
    connect(call, &RequestListCall::received, this, [this](const ApprovalRequestPage &page) {
        const qint64 loaded = addLoaded(page.requests.size());
        emit pageLoaded(page.requests, loaded, qMax(page.total, loaded));
        pageDone(page.offset, page.requests.size() + page.skipped, page.total);
    });
    return call;
}
