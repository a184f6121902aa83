#include "core/DcvInstructions.h"

#include <QLocale>

QString DcvInstructions::location(const QString &domain, const QString &method) {
    QString name = domain;
    if (name.startsWith(QLatin1String("*.")))
        name = name.mid(2); // a wildcard is validated at the name below it
    if (method == QLatin1String("http-token"))
        return QStringLiteral("http://%1/.well-known/pki-validation/fileauth.txt").arg(name);
    if (method == QLatin1String("dns-txt-token") || method == QLatin1String("dns-cname-token"))
        return name;
    return {};
}

QString DcvInstructions::describe(const QString &domain, const QString &method,
                                  const QString &randomValue, const QDateTime &expires) {
    const QString where = location(domain, method);
    QString text;
    if (method == QLatin1String("dns-txt-token"))
        text = tr("Add a DNS TXT record to %1 (host blank or @ for the domain itself) with this "
                  "value:\n\n%2\n\nAny TTL works; keep one such record per domain.")
                   .arg(where, randomValue);
    else if (method == QLatin1String("dns-cname-token"))
        text = tr("Add the DNS CNAME record CertCentral shows for %1, built from this value:\n\n%2")
                   .arg(where, randomValue);
    else if (method == QLatin1String("http-token"))
        text =
            tr("Publish a file at\n%1\nthat holds only this value:\n\n%2\n\nFile-based DCV covers "
               "this exact name only, not its subdomains or a wildcard.")
                .arg(where, randomValue);
    else
        return {};
    if (expires.isValid())
        text += QLatin1String("\n\n") +
                tr("The value is good until %1.")
                    .arg(QLocale().toString(expires.toLocalTime(), QLocale::ShortFormat));
    return text;
}
