#pragma once

#include "api/SequentialListJob.h"
#include "core/Organization.h"

// Every organization of the account (with validations) matching a search, one page after
// another.
class OrganizationListJob : public SequentialListJob {
    Q_OBJECT
public:
    OrganizationListJob(CertCentralClient *client, const QString &search);

signals:
    void pageLoaded(const QList<Organization> &organizations, qint64 loaded, qint64 total);

protected:
    ApiCall *makeCall(qint64 offset) override;

private:
    QString m_search;
};
