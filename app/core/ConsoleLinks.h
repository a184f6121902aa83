#pragma once

#include <QUrl>

// Pages of the CertCentral web console for what the Services API cannot do (a key-compromise
// date in its own field, invoices). The console lives on the same host as the API: US
// www.digicert.com, Europe certcentral.digicert.eu; a custom or sandbox base keeps its own host.
// The page paths are not in the API documentation ([inferred], ARCHITECTURE.md): they are kept
// here, in one place.
class ConsoleLinks {
public:
    // The console's start page for an API base URL (https://www.digicert.com/secure/).
    static QUrl console(const QUrl &apiBase);
    // An order's page in the console.
    static QUrl order(const QUrl &apiBase, qint64 orderId);
    // The console's Finances > Pay Invoice page, where invoices are listed and paid.
    static QUrl payInvoices(const QUrl &apiBase);
};
