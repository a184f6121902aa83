#include "DomainListJob.h"

#include "CertCentralClient.h"
#include "DomainListCall.h"

DomainListJob::DomainListJob(CertCentralClient *client, const QString &search)
    : QObject(client)
    , m_client(client)
    , m_search(search) {}

void DomainListJob::start() {
    request(0);
}

void DomainListJob::request(qint64 offset) {
    m_call = new DomainListCall(m_client, m_search, offset);
    m_client->submit(m_call);
    connect(m_call, &DomainListCall::received, this, [this](const DomainPage &page) {
        m_loaded += page.domains.size();
        emit pageLoaded(page.domains, m_loaded, qMax(page.total, m_loaded));
        // An empty page ends the list even if the total promised more.
        if (m_loaded < page.total && !page.domains.isEmpty() && !m_finished)
            request(page.offset + page.domains.size() + page.skipped);
        else
            end({});
    });
    connect(m_call, &DomainListCall::failed, this, [this](const ApiError &e) { end(e); });
}

void DomainListJob::cancel() {
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    end(ApiError::cancelled());
}

void DomainListJob::end(const ApiError &error) {
    if (m_finished)
        return;
    m_finished = true;
    if (error.isError())
        emit failed(error);
    emit finished();
    deleteLater();
}
