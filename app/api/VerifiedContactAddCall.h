#pragma once

#include "ApiCall.h"
#include "NewVerifiedContact.h"

// POST organization/{id}/verified-contact: adds up to 30 verified contacts, each starting
// pending for its validation types. A write, never retried.
class VerifiedContactAddCall : public ApiCall {
    Q_OBJECT
public:
    VerifiedContactAddCall(CertCentralClient *client, qint64 organizationId,
                           const QList<NewVerifiedContact> &contacts);

signals:
    // The new contacts' ids, in the order sent (fewer if the reply left some out).
    void added(qint64 organizationId, const QList<qint64> &contactIds);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit added(m_id, m_ids); }

private:
    qint64 m_id;
    QList<qint64> m_ids;
};
