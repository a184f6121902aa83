#pragma once

#include "ApiCall.h"

#include <QStringList>

// GET certificate/{id}/download/format/{format_type} ("Get certificate (cert id)",
// certcentral-docs.md 5.8 and the Glossary's formats, 5.9): the issued certificate as a file.
// CertCentral has no pem or der format: CertDesk asks for pem_nointermediate and, for der,
// converts the certificate locally. The bytes are checked before they are handed on: PEM must
// hold certificates, DER must parse, p7b must be PKCS#7 (PEM-armoured, as CertCentral sends it,
// or DER).
// Documentation: certcentral-docs.md 5.8 "Download certificate by format" and 5.9.
class CertificateDownloadCall : public ApiCall {
    Q_OBJECT
public:
    // What a user may ask for: pem_all (certificate, intermediate and root), pem_noroot,
    // pem_nointermediate (the certificate only), p7b and der (made here).
    static QStringList formats();
    // The format_type sent for a format of formats(); "pem" is read as pem_nointermediate.
    static QString apiFormat(const QString &format);
    static QString fileExtension(const QString &format);

    CertificateDownloadCall(CertCentralClient *client, qint64 certificateId, const QString &format);
    qint64 certificateId() const { return m_certificateId; }
    QString format() const { return m_format; }

signals:
    void received(const QByteArray &data, const QString &format);

protected:
    bool expectsJson() const override { return false; }
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit received(m_data, m_format); }

private:
    qint64 m_certificateId;
    QString m_format;
    QByteArray m_data;
};
