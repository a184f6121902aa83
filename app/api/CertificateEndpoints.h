#pragma once

#include "api/Endpoint.h"
#include "core/CertificateRecord.h"
#include "core/DuplicateRequest.h"
#include "core/LifecycleResult.h"
#include "core/ReissueRequest.h"
#include "core/RevokeRequest.h"

#include <QStringList>

// An order's certificates after issuance: reissue, duplicate and revoke them, list the reissues
// and duplicates, download one. Each function describes one request; CertCentralClient::call()
// sends it. The writes are sent once and never retried; a lost reply fails with
// ApiError::isOutcomeUnknown() (look at the order's reissues before sending again).
namespace CertificateEndpoints {

// POST order/certificate/{order_id}/reissue: a new certificate for an issued order.
// Documentation: certcentral-docs.md 5.1 "Reissue certificate".
Endpoint<LifecycleResult> reissue(const ReissueRequest &request);

// POST order/certificate/{order_id}/duplicate: another certificate with the order's names and
// a new key.
// Documentation: certcentral-docs.md 5.3 "Duplicate certificate".
Endpoint<LifecycleResult> duplicate(const DuplicateRequest &request);

// PUT certificate/{id or serial}/revoke or order/certificate/{order_id}/revoke. Without
// skip_approval the result is a pending revoke request; with it (administrators) the
// certificates are revoked at once.
// Documentation: certcentral-docs.md 5.5 "Revoke certificate" and 5.6 "Revoke order certificates".
Endpoint<LifecycleResult> revoke(const RevokeRequest &request);

// GET order/certificate/{id}/reissue or /duplicate: an order's reissued or duplicate
// certificates, oldest first (with the order's id).
// Documentation: certcentral-docs.md 5.2 "List reissues" and 5.4 "List duplicates".
Endpoint<qint64, QList<CertificateRecord>> history(qint64 orderId, CertificateRecord::Kind kind);

// GET certificate/{id}/download/format/{format_type} ("Get certificate (cert id)"): the issued
// certificate as a file, with the format asked for. CertCentral has no pem or der format:
// CertDesk asks for pem_nointermediate and, for der, converts the certificate locally. The bytes
// are checked before they are handed on: PEM must hold certificates, DER must parse, p7b must be
// PKCS#7 (PEM-armoured, as CertCentral sends it, or DER). The reply is a file, not JSON.
// Documentation: certcentral-docs.md 5.8 "Download certificate by format" and 5.9.
Endpoint<QByteArray, QString> download(qint64 certificateId, const QString &format);
// What a user may ask for: pem_all (certificate, intermediate and root), pem_noroot,
// pem_nointermediate (the certificate only), p7b and der (made here).
QStringList downloadFormats();
// The format_type sent for a format of downloadFormats(); "pem" is read as pem_nointermediate.
QString apiFormat(const QString &format);
QString fileExtension(const QString &format);

} // namespace CertificateEndpoints
