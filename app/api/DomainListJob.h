#pragma once

#include "api/SequentialListJob.h"
#include "core/Domain.h"

// Every domain of the account matching a search, one page after another.
class DomainListJob : public SequentialListJob {
    Q_OBJECT
public:
    DomainListJob(CertCentralClient *client, const QString &search);

signals:
    void pageLoaded(const QList<Domain> &domains, qint64 loaded, qint64 total);

protected:
    ApiCall *makeCall(qint64 offset) override;

private:
    QString m_search;
};
