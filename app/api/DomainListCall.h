#pragma once

#include "ApiCall.h"
#include "Domain.h"

// GET domain with limit/offset (and validations): one page of the account's domains.
// Documentation: certcentral-docs.md 7.1 "List domains".
class DomainListCall : public ApiCall {
    Q_OBJECT
public:
    DomainListCall(CertCentralClient *client, const QString &search, qint64 offset);

signals:
    void received(const DomainPage &page);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_page); }

private:
    DomainPage m_page;
};
