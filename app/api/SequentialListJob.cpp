#include "api/SequentialListJob.h"

#include "api/ApiCall.h"
#include "api/CertCentralClient.h"

SequentialListJob::SequentialListJob(CertCentralClient *client)
    : QObject(client)
    , m_client(client) {}

void SequentialListJob::start() {
    request(0);
}

void SequentialListJob::request(qint64 offset) {
    m_call = makeCall(offset);
    connect(m_call, &ApiCall::failed, this, [this](const ApiError &e) { end(e); });
}

qint64 SequentialListJob::addLoaded(qint64 rows) {
    m_loaded += rows;
    return m_loaded;
}

void SequentialListJob::pageDone(qint64 offset, qint64 consumed, qint64 total) {
    if (offset + consumed < total && consumed > 0 && !m_finished)
        request(offset + consumed);
    else
        end({});
}

void SequentialListJob::cancel() {
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    end(ApiError::cancelled());
}

void SequentialListJob::end(const ApiError &error) {
    if (m_finished)
        return;
    m_finished = true;
    if (error.isError())
        emit failed(error);
    emit finished();
    deleteLater();
}
