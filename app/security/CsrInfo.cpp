#include "security/CsrInfo.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QRegularExpression>

bool CsrInfo::parse(const QByteArray &text, CsrInfo *out, QString *error) {
    QByteArray body = text.trimmed();
    static const QRegularExpression block(
        QStringLiteral("-----BEGIN (NEW )?CERTIFICATE REQUEST-----(.*?)-----END (NEW )?CERTIFICATE "
                       "REQUEST-----"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = block.match(QString::fromLatin1(body));
    QByteArray base64 = m.hasMatch() ? m.captured(2).toLatin1() : body;
    base64 = base64.simplified().replace(' ', QByteArray());
    const QByteArray der = QByteArray::fromBase64(base64, QByteArray::AbortOnBase64DecodingErrors);
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509_REQ *req = der.isEmpty() ? nullptr : d2i_X509_REQ(nullptr, &p, long(der.size()));
    ERR_clear_error();
    if (!req) {
        *error = tr("This is not a certificate signing request: paste the PEM text that starts "
                    "with -----BEGIN CERTIFICATE REQUEST-----.");
        return false;
    }
    CsrInfo info;
    info.pem = "-----BEGIN CERTIFICATE REQUEST-----\n";
    const QByteArray encoded = der.toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 64)
        info.pem += encoded.mid(i, 64) + '\n';
    info.pem += "-----END CERTIFICATE REQUEST-----\n";

    X509_NAME *subject = X509_REQ_get_subject_name(req);
    const int index = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (index >= 0) {
        ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, index));
        unsigned char *utf8 = nullptr;
        const int size = ASN1_STRING_to_UTF8(&utf8, value);
        if (size >= 0) {
            info.commonName = QString::fromUtf8(reinterpret_cast<const char *>(utf8), size);
            OPENSSL_free(utf8);
        }
    }
    STACK_OF(X509_EXTENSION) *extensions = X509_REQ_get_extensions(req);
    if (extensions) {
        auto *names = static_cast<GENERAL_NAMES *>(
            X509V3_get_d2i(extensions, NID_subject_alt_name, nullptr, nullptr));
        for (int i = 0; names && i < sk_GENERAL_NAME_num(names); ++i) {
            const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
            if (name->type == GEN_DNS) {
                const ASN1_IA5STRING *dns = name->d.dNSName;
                info.subjectAltNames << QString::fromLatin1(
                    reinterpret_cast<const char *>(ASN1_STRING_get0_data(dns)),
                    ASN1_STRING_length(dns));
            }
        }
        GENERAL_NAMES_free(names);
        sk_X509_EXTENSION_pop_free(extensions, X509_EXTENSION_free);
    }
    EVP_PKEY *key = X509_REQ_get0_pubkey(req);
    if (key) {
        info.key.algorithm =
            EVP_PKEY_base_id(key) == EVP_PKEY_EC ? KeySpec::Algorithm::Ec : KeySpec::Algorithm::Rsa;
        info.key.bits = EVP_PKEY_get_bits(key);
        unsigned char *spki = nullptr;
        const int size = i2d_PUBKEY(key, &spki);
        if (size > 0) {
            info.publicKeyDer = QByteArray(reinterpret_cast<const char *>(spki), size);
            OPENSSL_free(spki);
        }
        info.signatureValid = X509_REQ_verify(req, key) == 1;
    }
    ERR_clear_error();
    X509_REQ_free(req);
    *out = info;
    return true;
}

QStringList CsrInfo::allNames() const {
    QStringList names;
    if (!commonName.isEmpty())
        names << commonName.toLower();
    for (const QString &n : subjectAltNames)
        if (!names.contains(n.toLower()))
            names << n.toLower();
    return names;
}

QStringList CsrInfo::problems(const QString &orderCommonName, const QStringList &orderNames,
                              bool codeSigning) const {
    QStringList out;
    if (!signatureValid)
        out << tr("The request's signature does not verify: it was altered or signed with "
                  "another key.");
    if (codeSigning) {
        const QString p = key.problemForCodeSigning();
        if (!p.isEmpty())
            out << p;
        return out; // code-signing names come from the organization
    }
    if (key.algorithm == KeySpec::Algorithm::Rsa && key.bits < 2048)
        out << tr("RSA keys need 2048 bits or more; this one has %1.").arg(key.bits);
    if (key.algorithm == KeySpec::Algorithm::Ec && key.bits < 256)
        out << tr("EC keys need P-256 or larger; this one has %1 bits.").arg(key.bits);
    const QStringList mine = allNames();
    QStringList wanted{orderCommonName.toLower()};
    for (const QString &n : orderNames)
        if (!wanted.contains(n.toLower()))
            wanted << n.toLower();
    if (commonName.compare(orderCommonName, Qt::CaseInsensitive) != 0)
        out << tr("The request's common name is \"%1\", the order's is \"%2\".")
                   .arg(commonName, orderCommonName);
    QStringList missing;
    for (const QString &n : std::as_const(wanted))
        if (!mine.contains(n))
            missing << n;
    QStringList extra;
    for (const QString &n : mine)
        if (!wanted.contains(n))
            extra << n;
    if (!missing.isEmpty())
        out << tr("Names on the order but not in the request: %1")
                   .arg(missing.join(QStringLiteral(", ")));
    if (!extra.isEmpty())
        out << tr("Names in the request but not on the order: %1")
                   .arg(extra.join(QStringLiteral(", ")));
    return out;
}
