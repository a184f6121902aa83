#pragma once

#include <QCoreApplication>
#include <QString>

// The rules for a DNS name on a certificate or in the account: one domain, labels of 1 to 63
// letters, digits or hyphens (no hyphen at either end), at least two labels, 253 characters in
// all; IDNs as punycode; a wildcard only as the whole left-most label, and only where allowed.
class DnsName {
    Q_DECLARE_TR_FUNCTIONS(DnsName)

public:
    // Trimmed, lower case, a trailing dot dropped, IDNs in punycode ("bücher.example" ->
    // "xn--bcher-kva.example").
    static QString normalized(const QString &name);
    // Empty when the name is fine, else one sentence that quotes it and says what is allowed.
    static QString problem(const QString &name, bool wildcardAllowed);
    static bool isIpAddress(const QString &name);
};
