#include "services/DomainService.h"

#include "CertCentralClient.h"
#include "DomainCreateCall.h"
#include "DomainDcvCall.h"
#include "DomainDeleteCall.h"
#include "DomainListCall.h"
#include "DomainListJob.h"
#include "DomainValidationCall.h"

Reply<QList<Domain>, qint64, qint64> DomainService::list(const QString &search) const {
    return {m_client->startList<DomainListJob>(search), &DomainListJob::pageLoaded};
}

Reply<DomainPage> DomainService::page(const QString &search, qint64 offset) const {
    return {m_client->start<DomainListCall>(search, offset), &DomainListCall::received};
}

Reply<qint64, QString> DomainService::create(const NewDomain &domain) const {
    return {m_client->start<DomainCreateCall>(domain), &DomainCreateCall::created};
}

Reply<qint64> DomainService::remove(qint64 domainId) const {
    return {m_client->start<DomainDeleteCall>(domainId), &DomainDeleteCall::deleted};
}

Reply<qint64> DomainService::submitValidation(qint64 domainId, const QStringList &types,
                                              const QString &dcvMethod) const {
    return {m_client->start<DomainValidationCall>(domainId, types, dcvMethod),
            &DomainValidationCall::submitted};
}

Reply<QString, QDateTime, QString> DomainService::token(qint64 domainId) const {
    return {m_client->start<DomainDcvCall>(domainId, DomainDcvCall::Action::CurrentToken),
            &DomainDcvCall::received};
}

Reply<QString, QDateTime, QString> DomainService::newToken(qint64 domainId) const {
    return {m_client->start<DomainDcvCall>(domainId, DomainDcvCall::Action::NewToken),
            &DomainDcvCall::received};
}

Reply<QString, QDateTime, QString> DomainService::checkDcv(qint64 domainId) const {
    return {m_client->start<DomainDcvCall>(domainId, DomainDcvCall::Action::Check),
            &DomainDcvCall::received};
}
