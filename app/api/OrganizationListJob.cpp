#include "OrganizationListJob.h"

#include "CertCentralClient.h"
#include "OrganizationEndpoints.h"
#include "Reply.h"

OrganizationListJob::OrganizationListJob(CertCentralClient *client, const QString &search)
    : SequentialListJob(client)
    , m_search(search) {}

ApiCall *OrganizationListJob::makeCall(qint64 offset) {
    auto *call = client()->call(OrganizationEndpoints::page(m_search, offset));
    Reply<OrganizationPage>(call).onResult(this, [this](const OrganizationPage &page) {
        const qint64 loaded = addLoaded(page.organizations.size());
        emit pageLoaded(page.organizations, loaded, qMax(page.total, loaded));
        pageDone(page.offset, page.organizations.size() + page.skipped, page.total);
    });
    return call;
}
