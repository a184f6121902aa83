#include "api/OrganizationListJob.h"

#include "api/CertCentralClient.h"
#include "api/OrganizationEndpoints.h"
#include "api/Reply.h"

OrganizationListJob::OrganizationListJob(CertCentralClient *client, const QString &search)
    : SequentialListJob(client)
    , m_search(search) {}

ApiCall *OrganizationListJob::makeCall(qint64 offset) {
    auto *call = client()->call(OrganizationEndpoints::page(m_search, offset));
    Reply<OrganizationBatch>(call).onResult(this, [this](const OrganizationBatch &page) {
        const qint64 loaded = addLoaded(page.organizations.size());
        emit pageLoaded(page.organizations, loaded, qMax(page.total, loaded));
        pageDone(page.offset, page.organizations.size() + page.skipped, page.total);
    });
    return call;
}
