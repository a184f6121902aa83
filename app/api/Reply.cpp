#include "api/Reply.h"

#include "api/ApiCall.h"
#include "api/OrderListJob.h"
#include "api/SequentialListJob.h"

void AnyReply::abort() const {
    if (m_source)
        m_stop();
}

void AnyReply::cancel(QObject *context) const {
    if (!m_source)
        return;
    m_source->disconnect(context);
    m_stop();
}

void AnyReply::detach(QObject *context) const {
    if (m_source)
        m_source->disconnect(context);
}

void AnyReply::cancelLater(QObject *context) const {
    if (!m_source)
        return;
    m_source->disconnect(context);
    QMetaObject::invokeMethod(
        m_source, [stop = m_stop] { stop(); }, Qt::QueuedConnection);
}

void AnyReply::stop(ApiCall *call) {
    call->abort();
}

void AnyReply::stop(SequentialListJob *job) {
    job->cancel();
}

void AnyReply::stop(OrderListJob *job) {
    job->cancel();
}
