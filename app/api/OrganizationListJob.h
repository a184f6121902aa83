#pragma once

#include "ApiError.h"
#include "Organization.h"

#include <QObject>
#include <QPointer>

class CertCentralClient;
class OrganizationListCall;

// Every organization of the account (with validations), one page after another. Deletes
// itself after finished().
class OrganizationListJob : public QObject {
    Q_OBJECT
public:
    OrganizationListJob(CertCentralClient *client, const QString &search);
    void start();
    void cancel();
    qint64 loaded() const { return m_loaded; }

signals:
    void pageLoaded(const QList<Organization> &organizations, qint64 loaded, qint64 total);
    void failed(const ApiError &error);
    void finished();

private:
    void request(qint64 offset);
    void end(const ApiError &error);

    CertCentralClient *m_client;
    QString m_search;
    QPointer<OrganizationListCall> m_call;
    qint64 m_loaded = 0;
    bool m_finished = false;
};
