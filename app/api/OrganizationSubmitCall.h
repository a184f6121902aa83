#pragma once

#include "ApiCall.h"
#include "NewOrganization.h"

// POST organization/{id}/validation: submits an organization for OV, EV, CS and/or EV CS
// validation. A write, never retried.
// Documentation: certcentral-docs.md 8.4 "Submit organization for validation".
class OrganizationSubmitCall : public ApiCall {
    Q_OBJECT
public:
    OrganizationSubmitCall(CertCentralClient *client, qint64 organizationId,
                           const QList<NewOrganization::Validation> &validations);

signals:
    void submitted(qint64 organizationId);

protected:
    QString decode(const QByteArray &, int) override { return {}; }
    void deliver() override { emit submitted(m_id); }

private:
    qint64 m_id;
};
