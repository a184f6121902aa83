#include "services/DomainService.h"

#include "api/CertCentralClient.h"
#include "api/DomainEndpoints.h"
#include "api/DomainListJob.h"

Reply<QList<Domain>, qint64, qint64> DomainService::list(const QString &search) const {
    return {m_client->startList<DomainListJob>(search), &DomainListJob::pageLoaded};
}

Reply<DomainBatch> DomainService::page(const QString &search, qint64 offset) const {
    return m_client->call(DomainEndpoints::page(search, offset));
}

Reply<qint64, QString> DomainService::create(const NewDomain &domain) const {
    return m_client->call(DomainEndpoints::create(domain));
}

Reply<qint64> DomainService::remove(qint64 domainId) const {
    return m_client->call(DomainEndpoints::remove(domainId));
}

Reply<qint64> DomainService::submitValidation(qint64 domainId, const QStringList &types,
                                              const QString &dcvMethod) const {
    return m_client->call(DomainEndpoints::submitValidation(domainId, types, dcvMethod));
}

Reply<QString, QDateTime, QString> DomainService::token(qint64 domainId) const {
    return m_client->call(DomainEndpoints::currentToken(domainId));
}

Reply<QString, QDateTime, QString> DomainService::newToken(qint64 domainId) const {
    return m_client->call(DomainEndpoints::newToken(domainId));
}

Reply<QString, QDateTime, QString> DomainService::checkDcv(qint64 domainId) const {
    return m_client->call(DomainEndpoints::checkToken(domainId));
}
