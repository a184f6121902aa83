#include "core/ConsoleLinks.h"

QUrl ConsoleLinks::console(const QUrl &apiBase) {
    QUrl url;
    url.setScheme(apiBase.scheme().isEmpty() ? QStringLiteral("https") : apiBase.scheme());
    url.setHost(apiBase.host());
    url.setPort(apiBase.port());
    url.setPath(QStringLiteral("/secure/"));
    return url;
}

QUrl ConsoleLinks::order(const QUrl &apiBase, qint64 orderId) {
    QUrl url = console(apiBase);
    url.setPath(QStringLiteral("/secure/orders/%1").arg(orderId));
    return url;
}

QUrl ConsoleLinks::payInvoices(const QUrl &apiBase) {
    QUrl url = console(apiBase);
    url.setPath(QStringLiteral("/secure/finance/pay-invoice"));
    return url;
}
