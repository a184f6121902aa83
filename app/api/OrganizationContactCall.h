#pragma once

#include "ApiCall.h"
#include "OrganizationContact.h"

// PUT organization/{id}/contact: sets the organization contact and the technical contact
// (an empty technical contact removes it). A write, never retried.
// Documentation: not in certcentral-docs.md, seen in third-party clients (ARCHITECTURE.md).
class OrganizationContactCall : public ApiCall {
    Q_OBJECT
public:
    OrganizationContactCall(CertCentralClient *client, qint64 organizationId,
                            const OrganizationContact &organizationContact,
                            const OrganizationContact &technicalContact);
    static QByteArray body(const OrganizationContact &organizationContact,
                           const OrganizationContact &technicalContact);

signals:
    void changed(qint64 organizationId);

protected:
    QString decode(const QByteArray &, int) override { return {}; }
    void deliver() override { emit changed(m_id); }

private:
    qint64 m_id;
};
