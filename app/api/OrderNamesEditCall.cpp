#include "OrderNamesEditCall.h"

#include "DnsName.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

OrderNamesEditCall::OrderNamesEditCall(CertCentralClient *client, qint64 orderId,
                                       const QString &commonName, const QStringList &dnsNames)
    : ApiCall(client, "PUT", QStringLiteral("order/certificate/%1/dns-names").arg(orderId), {},
              body(commonName, dnsNames))
    , m_orderId(orderId) {}

QByteArray OrderNamesEditCall::body(const QString &commonName, const QStringList &dnsNames) {
    const QString cn = DnsName::normalized(commonName);
    QJsonArray names{cn};
    for (const QString &n : dnsNames) {
        const QString name = DnsName::normalized(n);
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("certificate"),
                                      QJsonObject{{QStringLiteral("common_name"), cn},
                                                  {QStringLiteral("dns_names"), names}}}})
        .toJson(QJsonDocument::Compact);
}

QString OrderNamesEditCall::problem(const QString &commonName, const QStringList &dnsNames,
                                    const QStringList &currentNames) {
    bool wildcard = false;
    for (const QString &n : currentNames)
        wildcard = wildcard || n.startsWith(QLatin1String("*."));
    QStringList all{DnsName::normalized(commonName)};
    for (const QString &n : dnsNames) {
        const QString name = DnsName::normalized(n);
        if (!name.isEmpty() && !all.contains(name))
            all << name;
    }
    for (const QString &name : std::as_const(all)) {
        const QString p = DnsName::problem(name, wildcard);
        if (!p.isEmpty())
            return p;
    }
    if (all.size() > currentNames.size())
        return QCoreApplication::translate(
                   "OrderNamesEditCall",
                   "A pending order keeps at most the %1 names it has; this has %2. Remove "
                   "names, or reissue after it is issued.")
            .arg(currentNames.size())
            .arg(all.size());
    return {};
}
