#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// What CertCentral answered to a reissue, a duplicate or a revocation. A reissue or duplicate
// replies {"id": order, "certificate_id"} when the approval was skipped, else {"id": order,
// "requests": [{"id", "status": "pending"}]}, with "dcv_random_value" for token DCV. A
// revocation replies 201 with the revoke request (pending), or 204 when it was done at once.
struct LifecycleResult {
    qint64 orderId = 0;
    qint64 certificateId = 0; // the new certificate (reissue, duplicate)
    qint64 requestId = 0;     // the request waiting for approval
    // pending (waiting for approval), approved (approval skipped: the certificate goes on to
    // DCV and issuance), revoked (a revocation done at once) or submitted (the reply did not say:
    // look the request up with GET request/{id}).
    QString status;
    QString dcvRandomValue;
    QDateTime date;

    bool waitsForApproval() const { return status == QLatin1String("pending"); }
    bool statusUnknown() const { return status == QLatin1String("submitted"); }
    // POST .../reissue and .../duplicate; false with a reason without an order id.
    static bool fromReissueReply(const QByteArray &body, LifecycleResult *out, QString *error);
    // PUT .../revoke: 204 (empty) or 201 with the request; false with a reason otherwise.
    static bool fromRevokeReply(const QByteArray &body, int httpStatus, LifecycleResult *out,
                                QString *error);
};

Q_DECLARE_METATYPE(LifecycleResult)
