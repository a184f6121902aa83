#pragma once

#include "ApiCall.h"

#include <QStringList>

// POST domain/{id}/validation: submits a domain for OV and/or EV validation with a DCV method.
// A write, never retried.
// Documentation: certcentral-docs.md 7.4 "Submit domain for validation".
class DomainValidationCall : public ApiCall {
    Q_OBJECT
public:
    DomainValidationCall(CertCentralClient *client, qint64 domainId, const QStringList &types,
                         const QString &dcvMethod);
    static QByteArray body(const QStringList &types, const QString &dcvMethod);

signals:
    void submitted(qint64 domainId);

protected:
    QString decode(const QByteArray &, int) override { return {}; }
    void deliver() override { emit submitted(m_domainId); }

private:
    qint64 m_domainId;
};
