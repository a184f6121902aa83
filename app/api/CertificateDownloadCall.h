#pragma once

#include "ApiCall.h"

#include <QStringList>

// GET certificate/{id}/download/format/{format}: the issued certificate as a file. The bytes
// are checked before they are handed on: PEM must hold certificates, DER must parse, PKCS#7
// must be a DER structure.
class CertificateDownloadCall : public ApiCall {
    Q_OBJECT
public:
    // pem_all (certificate, intermediate and root), pem_noroot, pem, der, p7b.
    static QStringList formats();
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
