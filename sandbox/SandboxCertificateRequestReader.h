#pragma once

#include "sandbox/SandboxCertificateIssuer.h"

#include <QString>
#include <QStringList>

class SandboxBodyReader;

// Reads the certificate fields that new orders, reissues, duplicates and name edits share: DNS
// names (normalized, wildcards only where the product allows them) and the CSR. Problems are
// recorded on the reader.
class SandboxCertificateRequestReader {
public:
    static constexpr int kMaxDnsNames = 250;

    // One DNS name, normalized; records invalid_value on the reader when it is not valid.
    static QString readDnsName(SandboxBodyReader &reader, const QString &key, const QString &value,
                               bool allowWildcard);
    // Reads certificate.dns_names (at most kMaxDnsNames) and appends each valid name that names
    // does not hold yet.
    static void appendDnsNames(SandboxBodyReader &certificate, bool allowWildcard,
                               QStringList *names);
    // Parses the CSR; false (with invalid_csr, invalid_csr|signature or invalid_csr|key_size
    // recorded on body) when it is unreadable, badly signed or its key is below minimumKeyBits.
    static bool checkCsr(SandboxBodyReader &body, const QString &csr, int minimumKeyBits,
                         SandboxCertificateIssuer::CsrInfo *info);
};
