#include "OrganizationListJob.h"

#include "OrganizationListCall.h"

OrganizationListJob::OrganizationListJob(CertCentralClient *client, const QString &search)
    : SequentialListJob(client)
    , m_search(search) {}

ApiCall *OrganizationListJob::makeCall(qint64 offset) {
    auto *call = new OrganizationListCall(client(), m_search, offset);
    connect(call, &OrganizationListCall::received, this, [this](const OrganizationPage &page) {
        const qint64 loaded = addLoaded(page.organizations.size());
        emit pageLoaded(page.organizations, loaded, qMax(page.total, loaded));
        pageDone(page.offset, page.organizations.size() + page.skipped, page.total);
    });
    return call;
}
