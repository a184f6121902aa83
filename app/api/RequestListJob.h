#pragma once

#include "api/SequentialListJob.h"
#include "core/ApprovalRequest.h"
#include "core/RequestFilter.h"

// Every request matching a filter (decisions.md "pending requests"), one page after another.
class RequestListJob : public SequentialListJob {
    Q_OBJECT
public:
    RequestListJob(CertCentralClient *client, const RequestFilter &filter);

signals:
    void pageLoaded(const QList<ApprovalRequest> &requests, qint64 loaded, qint64 total);

protected:
    ApiCall *makeCall(qint64 offset) override;

private:
    RequestFilter m_filter;
};
