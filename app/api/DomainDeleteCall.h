#pragma once

#include "ApiCall.h"

// DELETE domain/{id}: removes a domain from the account (its certificates are unaffected).
// A write, never retried.
// Documentation: not in certcentral-docs.md (7.11 "Not found"); ARCHITECTURE.md says why it is
// kept.
class DomainDeleteCall : public ApiCall {
    Q_OBJECT
public:
    DomainDeleteCall(CertCentralClient *client, qint64 domainId);
    qint64 domainId() const { return m_domainId; }

signals:
    void deleted(qint64 domainId);

protected:
    QString decode(const QByteArray &, int) override { return {}; }
    void deliver() override { emit deleted(m_domainId); }

private:
    qint64 m_domainId;
};
