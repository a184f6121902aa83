#pragma once

#include <QDate>

// The longest a public TLS certificate may last and how long a domain validation may be reused,
// as DigiCert publishes them, by the day a certificate is issued. One table of dates
// (TlsLimits.cpp), so that the next step is one line: 397 days until 23 February 2026, 199 days
// from 24 February 2026 (certcentral-docs.md 2.1 and 7.4), then the CA/Browser Forum's steps
// with DigiCert's one day of margin, 99 days from 15 March 2027 and 46 days from 15 March 2029.
// A product's own limit (Product info), when it gives one, wins.
class TlsLimits {
public:
    static int maxCertificateDays(const QDate &issueDay);
    static int domainValidationReuseDays(const QDate &day);
};
