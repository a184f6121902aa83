#pragma once

#include "ApiCall.h"
#include "CertificateRecord.h"

// GET order/certificate/{id}/reissue or /duplicate: an order's reissued or duplicate
// certificates, oldest first.
// Documentation: certcentral-docs.md 5.2 "List reissues" and 5.4 "List duplicates".
class CertificateHistoryCall : public ApiCall {
    Q_OBJECT
public:
    CertificateHistoryCall(CertCentralClient *client, qint64 orderId, CertificateRecord::Kind kind);
    qint64 orderId() const { return m_orderId; }
    CertificateRecord::Kind kind() const { return m_kind; }

signals:
    void received(qint64 orderId, const QList<CertificateRecord> &certificates);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_orderId, m_records); }

private:
    qint64 m_orderId;
    CertificateRecord::Kind m_kind;
    QList<CertificateRecord> m_records;
};
