#pragma once

#include "ApiCall.h"
#include "ApprovalRequest.h"
#include "RequestFilter.h"

// GET request with limit/offset, filters[status], filters[type] and sort: one page of the
// requests the caller may see (approvers: all; others: their own).
// Documentation: certcentral-docs.md 6.1 "List requests".
class RequestListCall : public ApiCall {
    Q_OBJECT
public:
    using Filter = RequestFilter;

    RequestListCall(CertCentralClient *client, const Filter &filter, qint64 offset);

signals:
    void received(const ApprovalRequestPage &page);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_page); }

private:
    ApprovalRequestPage m_page;
};
