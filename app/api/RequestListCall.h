#pragma once

#include "ApiCall.h"
#include "ApprovalRequest.h"

// GET request with limit/offset, filters[status], filters[type] and sort: one page of the
// requests the caller may see (approvers: all; others: their own).
// Documentation: certcentral-docs.md 6.1 "List requests".
class RequestListCall : public ApiCall {
    Q_OBJECT
public:
    struct Filter {
        QString status;           // pending, submitted, approved, rejected; empty: all
        QString type;             // new_request, reissue, duplicate, revoke; empty: all
        bool newestFirst = false; // sort=-id
    };

    RequestListCall(CertCentralClient *client, const Filter &filter, qint64 offset);

signals:
    void received(const ApprovalRequestPage &page);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_page); }

private:
    ApprovalRequestPage m_page;
};
