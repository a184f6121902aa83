#pragma once

#include "ApiCall.h"
#include "VerifiedContact.h"

// Who may approve the organization's EV and code-signing orders: verified_contacts[] of
// Organization info, GET organization/{id} (certcentral-docs.md 8.2; there is no
// verified-contact endpoint).
// Documentation: certcentral-docs.md 8.2 "Organization info".
class VerifiedContactListCall : public ApiCall {
    Q_OBJECT
public:
    VerifiedContactListCall(CertCentralClient *client, qint64 organizationId);

signals:
    void received(qint64 organizationId, const QList<VerifiedContact> &contacts);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_id, m_contacts); }

private:
    qint64 m_id;
    QList<VerifiedContact> m_contacts;
};
