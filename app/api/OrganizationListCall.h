#pragma once

#include "ApiCall.h"
#include "OrganizationPage.h"

// GET organization with limit/offset and validations: one page of the account's organizations.
// Documentation: certcentral-docs.md 8.1 "List organizations".
class OrganizationListCall : public ApiCall {
    Q_OBJECT
public:
    OrganizationListCall(CertCentralClient *client, const QString &search, qint64 offset);

signals:
    void received(const OrganizationPage &page);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_page); }

private:
    OrganizationPage m_page;
};
