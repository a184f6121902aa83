#pragma once

#include "ApiCall.h"
#include "OrganizationValidation.h"

// GET organization/{id}/validation: the organization's validations and who approves them.
// Documentation: the older "List organization validations" page (not in certcentral-docs.md;
// ARCHITECTURE.md).
class OrganizationValidationCall : public ApiCall {
    Q_OBJECT
public:
    OrganizationValidationCall(CertCentralClient *client, qint64 organizationId);

signals:
    void received(qint64 organizationId, const QList<OrganizationValidation> &validations);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_id, m_validations); }

private:
    qint64 m_id;
    QList<OrganizationValidation> m_validations;
};
