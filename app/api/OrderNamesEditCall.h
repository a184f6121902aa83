#pragma once

#include "ApiCall.h"

#include <QStringList>

// Edit the names of a pending order or reissue (PUT order/certificate/{id}/dns-names with
// {"certificate":{"common_name","dns_names"}}): never more names than before, a wildcard stays
// a wildcard, new names need DCV. Administrators and managers only. Sent once.
// Documentation: DigiCert's "Edit domains on a pending order or reissue" page (not yet in
// certcentral-docs.md; ARCHITECTURE.md).
class OrderNamesEditCall : public ApiCall {
    Q_OBJECT
public:
    OrderNamesEditCall(CertCentralClient *client, qint64 orderId, const QString &commonName,
                       const QStringList &dnsNames);
    // Empty when the names may be sent, else the problem naming the name: each name follows the
    // certificate rules (wildcards only where the order had one), at most as many as before.
    static QString problem(const QString &commonName, const QStringList &dnsNames,
                           const QStringList &currentNames);
    static QByteArray body(const QString &commonName, const QStringList &dnsNames);

signals:
    void edited(qint64 orderId);

protected:
    QString decode(const QByteArray &, int) override { return {}; }
    void deliver() override { emit edited(m_orderId); }

private:
    qint64 m_orderId;
};
