#pragma once

#include "ApiCall.h"
#include "Organization.h"

// GET organization/{id}: the organization with its contacts, validations and verified contacts.
// Documentation: certcentral-docs.md 8.2 "Organization info".
class OrganizationInfoCall : public ApiCall {
    Q_OBJECT
public:
    OrganizationInfoCall(CertCentralClient *client, qint64 organizationId);
    qint64 organizationId() const { return m_id; }

signals:
    void received(const Organization &organization);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_organization); }

private:
    qint64 m_id;
    Organization m_organization;
};
