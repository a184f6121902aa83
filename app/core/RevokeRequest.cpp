#include "RevokeRequest.h"

#include "PlainText.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

QStringList RevokeRequest::reasons() {
    return {QStringLiteral("unspecified"),
            QStringLiteral("key_compromise"),
            QStringLiteral("cessation_of_operation"),
            QStringLiteral("affiliation_changed"),
            QStringLiteral("superseded"),
            QStringLiteral("privilege_withdrawn")};
}

QString RevokeRequest::formatDate(const QDateTime &dateTime) {
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("+00:00");
}

QDateTime RevokeRequest::earliestForOrder(const QList<QDateTime> &issueDates) {
    QDateTime latest;
    for (const QDateTime &d : issueDates)
        if (d.isValid() && (!latest.isValid() || d > latest))
            latest = d;
    return latest;
}

QString RevokeRequest::normalizedSerial() const {
    QString s = serialNumber.trimmed().toUpper();
    s.remove(QLatin1Char(':'));
    s.remove(QLatin1Char(' '));
    return s;
}

QString RevokeRequest::path() const {
    switch (scope) {
    case Scope::Certificate:
        return QStringLiteral("certificate/%1/revoke").arg(certificateId);
    case Scope::SerialNumber:
        return QStringLiteral("certificate/%1/revoke").arg(normalizedSerial());
    case Scope::Order:
        return QStringLiteral("order/certificate/%1/revoke").arg(orderId);
    }
    return {};
}

QString RevokeRequest::validate(QString *field, const QDateTime &nowIn) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    const QDateTime now = nowIn.isValid() ? nowIn : QDateTime::currentDateTimeUtc();
    switch (scope) {
    case Scope::Certificate:
        if (certificateId <= 0)
            return fail("certificate_id",
                        tr("Name the certificate to revoke by its id (a positive number)."));
        break;
    case Scope::SerialNumber: {
        static const QRegularExpression hex(QStringLiteral("^[0-9A-F]{2,40}$"));
        if (!hex.match(normalizedSerial()).hasMatch())
            return fail("serial_number",
                        tr("A serial number is 2 to 40 hexadecimal digits (0-9, A-F, colons "
                           "allowed); got \"%1\".")
                            .arg(serialNumber));
        break;
    }
    case Scope::Order:
        if (orderId <= 0)
            return fail("order_id",
                        tr("Name the order whose certificates to revoke (a positive number)."));
        break;
    }
    if (!reasons().contains(reason))
        return fail("revocation_reason", tr("Revocation reason \"%1\" is not known; use one of: %2")
                                             .arg(reason, reasons().join(QStringLiteral(", "))));
    if (compromisedAt.isValid()) {
        if (reason != QLatin1String("key_compromise"))
            return fail("revocation_date", tr("revocation_date (when the key was compromised) "
                                              "goes only with revocation_reason "
                                              "key_compromise, not %1.")
                                               .arg(reason));
        if (earliestAllowed.isValid() && compromisedAt < earliestAllowed)
            return fail("revocation_date",
                        tr("revocation_date may not be before %1 (%2); got %3.")
                            .arg(formatDate(earliestAllowed),
                                 scope == Scope::Order
                                     ? tr("the most recent issue date of the order's "
                                          "certificates")
                                     : tr("the certificate's issue date"),
                                 formatDate(compromisedAt)));
        if (compromisedAt > now)
            return fail("revocation_date",
                        tr("revocation_date may not be in the future (now is %1); got %2.")
                            .arg(formatDate(now), formatDate(compromisedAt)));
    }
    if (comments.size() > kMaxComments)
        return fail("comments", tr("Comments have at most %1 characters; these have %2.")
                                    .arg(kMaxComments)
                                    .arg(comments.size()));
    if (const QString problem = PlainText::problem(comments, true); !problem.isEmpty())
        return fail("comments", problem);
    return {};
}

QByteArray RevokeRequest::toJson() const {
    QJsonObject root{{QStringLiteral("revocation_reason"), reason},
                     {QStringLiteral("skip_approval"), skipApproval}};
    if (!comments.trimmed().isEmpty())
        root.insert(QStringLiteral("comments"), comments.trimmed());
    if (compromisedAt.isValid())
        root.insert(QStringLiteral("revocation_date"), formatDate(compromisedAt));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
