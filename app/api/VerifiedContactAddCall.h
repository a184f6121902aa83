#pragma once

#include "ApiCall.h"
#include "NewVerifiedContact.h"

// POST organization/{id}/validation with validations[]{type, verified_users[]} (certcentral-docs.md
// 8.4): adds up to 30 people as verified contacts for their validation types, each starting
// pending. A write, never retried. The reply is empty: the new contacts are read from
// Organization info afterwards.
// Documentation: certcentral-docs.md 8.4 "Submit organization for validation".
class VerifiedContactAddCall : public ApiCall {
    Q_OBJECT
public:
    VerifiedContactAddCall(CertCentralClient *client, qint64 organizationId,
                           const QList<NewVerifiedContact> &contacts);

signals:
    // The new contacts' ids when the reply names them (it usually does not: empty).
    void added(qint64 organizationId, const QList<qint64> &contactIds);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit added(m_id, m_ids); }

private:
    qint64 m_id;
    QList<qint64> m_ids;
};
