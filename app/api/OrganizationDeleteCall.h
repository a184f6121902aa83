#pragma once

#include "ApiCall.h"

// DELETE organization/{id}: hides the organization and deletes its domains (its certificates
// stay valid). Refused while it has pending orders. A write, never retried.
// Documentation: not in certcentral-docs.md (7.11 "Not found"); ARCHITECTURE.md says why it is
// kept.
class OrganizationDeleteCall : public ApiCall {
    Q_OBJECT
public:
    OrganizationDeleteCall(CertCentralClient *client, qint64 organizationId);

signals:
    void deleted(qint64 organizationId);

protected:
    QString decode(const QByteArray &, int) override { return {}; }
    void deliver() override { emit deleted(m_id); }

private:
    qint64 m_id;
};
