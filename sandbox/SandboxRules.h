#pragma once

#include <QtGlobal>

// The rules of the day, as DigiCert publishes them, in one table of dates (SandboxRules.cpp):
// the longest a public TLS certificate may last, by its issue day, and how long a domain's
// validation may be reused. 397 days before 24 February 2026, 199 days from then
// (certcentral-docs.md 2.1 and 7.4); then 99 and 46 days (certificates) and 99 and 10 days
// (domain validation reuse) from the CA/Browser Forum's dates, 15 March 2027 and 2029. Days are
// Julian day numbers of the sandbox's clock (--now, /__sandbox/clock).
class SandboxRules {
public:
    static int maxCertificateDays(qint64 julianDay);
    static int domainValidationReuseDays(qint64 julianDay);
};
