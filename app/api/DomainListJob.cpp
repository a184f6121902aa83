#include "api/DomainListJob.h"

#include "api/CertCentralClient.h"
#include "api/DomainEndpoints.h"
#include "api/Reply.h"

DomainListJob::DomainListJob(CertCentralClient *client, const QString &search)
    : SequentialListJob(client)
    , m_search(search) {}

ApiCall *DomainListJob::makeCall(qint64 offset) {
    auto *call = client()->call(DomainEndpoints::page(m_search, offset));
    Reply<DomainBatch>(call).onResult(this, [this](const DomainBatch &page) {
        const qint64 loaded = addLoaded(page.domains.size());
        emit pageLoaded(page.domains, loaded, qMax(page.total, loaded));
        pageDone(page.offset, page.domains.size() + page.skipped, page.total);
    });
    return call;
}
