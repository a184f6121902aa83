#include "OrganizationListJob.h"

#include "CertCentralClient.h"
#include "OrganizationListCall.h"

OrganizationListJob::OrganizationListJob(CertCentralClient *client, const QString &search)
    : QObject(client)
    , m_client(client)
    , m_search(search) {}

void OrganizationListJob::start() {
    request(0);
}

void OrganizationListJob::request(qint64 offset) {
    m_call = new OrganizationListCall(m_client, m_search, offset);
    m_client->submit(m_call);
    connect(m_call, &OrganizationListCall::received, this, [this](const OrganizationPage &page) {
        m_loaded += page.organizations.size();
        emit pageLoaded(page.organizations, m_loaded, qMax(page.total, m_loaded));
        // An empty page ends the list even if the total promised more.
        const qint64 consumed = page.organizations.size() + page.skipped;
        if (page.offset + consumed < page.total && consumed > 0 && !m_finished)
            request(page.offset + consumed);
        else
            end({});
    });
    connect(m_call, &OrganizationListCall::failed, this, [this](const ApiError &e) { end(e); });
}

void OrganizationListJob::cancel() {
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    end(ApiError::cancelled());
}

void OrganizationListJob::end(const ApiError &error) {
    if (m_finished)
        return;
    m_finished = true;
    if (error.isError())
        emit failed(error);
    emit finished();
    deleteLater();
}
