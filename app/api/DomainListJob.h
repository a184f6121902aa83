#pragma once

#include "ApiError.h"
#include "Domain.h"

#include <QObject>
#include <QPointer>

class CertCentralClient;
class DomainListCall;

// Every domain of the account, one page after another (accounts have far fewer domains than
// orders). Deletes itself after finished().
class DomainListJob : public QObject {
    Q_OBJECT
public:
    DomainListJob(CertCentralClient *client, const QString &search);
    void start();
    void cancel();
    qint64 loaded() const { return m_loaded; }

signals:
    void pageLoaded(const QList<Domain> &domains, qint64 loaded, qint64 total);
    void failed(const ApiError &error);
    void finished();

private:
    void request(qint64 offset);
    void end(const ApiError &error);

    CertCentralClient *m_client;
    QString m_search;
    QPointer<DomainListCall> m_call;
    qint64 m_loaded = 0;
    bool m_finished = false;
};
