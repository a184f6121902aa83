#pragma once

#include "ApiCall.h"
#include "NewDomain.h"

// POST domain: adds a domain, optionally submitted for validation. A write, never retried.
// Documentation: certcentral-docs.md 7.3 "Add domain".
class DomainCreateCall : public ApiCall {
    Q_OBJECT
public:
    DomainCreateCall(CertCentralClient *client, const NewDomain &domain);
    // Reads the 201 reply: empty, or why it cannot be used.
    static QString decodeReply(const QByteArray &body, qint64 *domainId, QString *dcvToken);

signals:
    // dcvToken: the random value for token DCV methods, else empty.
    void created(qint64 domainId, const QString &dcvToken);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit created(m_domainId, m_token); }

private:
    qint64 m_domainId = 0;
    QString m_token;
};
