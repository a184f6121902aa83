#pragma once

#include "api/Reply.h"
#include "core/Domain.h"

#include <QDateTime>
#include <QStringList>

class CertCentralClient;
struct NewDomain;

// The account's domains and their validation (the Domains screen, the command line).
class DomainService {
public:
    explicit DomainService(CertCentralClient *client)
        : m_client(client) {}

    // Every domain (with its validations) matching an optional search, page by page.
    Reply<QList<Domain>, qint64, qint64> list(const QString &search = {}) const;
    Reply<DomainBatch> page(const QString &search, qint64 offset) const;
    // The domain id and its DCV token (empty unless the method uses one).
    Reply<qint64, QString> create(const NewDomain &domain) const;
    Reply<qint64> remove(qint64 domainId) const;
    // types: ov and/or ev; dcvMethod: email, dns-txt-token, dns-cname-token or http-token.
    Reply<qint64> submitValidation(qint64 domainId, const QStringList &types,
                                   const QString &dcvMethod) const;
    // The current DCV token, a new one (replacing it), or a check now: the token, when it
    // expires, the domain's DCV status.
    Reply<QString, QDateTime, QString> token(qint64 domainId) const;
    Reply<QString, QDateTime, QString> newToken(qint64 domainId) const;
    Reply<QString, QDateTime, QString> checkDcv(qint64 domainId) const;

private:
    CertCentralClient *m_client;
};
