#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// What CertCentral says about an order that was placed: from the reply to POST
// order/certificate/{product}, or found again with GET order/alternate/{id}.
struct PlacedOrder {
    qint64 orderId = 0;
    qint64 certificateId = 0;
    QString status;                         // from the alternate lookup
    QList<QPair<qint64, QString>> requests; // id, status (pending means waiting for approval)
    QString dcvRandomValue;
    qint64 organizationId = 0; // when a new organization was made
    QString alternativeOrderId;

    bool waitsForApproval() const;
    // The POST reply; false with a reason without an order id.
    static bool fromPlaceReply(const QByteArray &body, PlacedOrder *out, QString *error);
    // The alternate lookup: every order found (usually none or one).
    static bool listFromLookup(const QByteArray &body, QList<PlacedOrder> *out, QString *error);
};

Q_DECLARE_METATYPE(PlacedOrder)
