#include "core/RevokeRequest.h"

#include "core/PlainText.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

QStringList RevokeRequest::reasons() {
    // As documented, camel case (certcentral-docs.md 5.6).
    return {QStringLiteral("unspecified"), QStringLiteral("keyCompromise"),
            QStringLiteral("affiliationChanged"), QStringLiteral("superseded"),
            QStringLiteral("cessationOfOperation")};
}

QString RevokeRequest::reasonFromInput(const QString &text) {
    // key_compromise, key-compromise and KEYCOMPROMISE all mean keyCompromise.
    QString folded = text.trimmed().toLower();
    folded.remove(QLatin1Char('_'));
    folded.remove(QLatin1Char('-'));
    for (const QString &reason : reasons())
        if (reason.toLower() == folded)
            return reason;
    return text.trimmed();
}

QString RevokeRequest::formatDate(const QDateTime &dateTime) {
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QString RevokeRequest::compromiseLine(const QDateTime &dateTime) {
    return QStringLiteral("Key compromise date: ") + formatDate(dateTime);
}

QString RevokeRequest::commentsSent() const {
    const QString text = comments.trimmed();
    if (!compromisedAt.isValid())
        return text;
    return text.isEmpty() ? compromiseLine(compromisedAt)
                          : compromiseLine(compromisedAt) + QLatin1Char('\n') + text;
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
        if (reason != QLatin1String("keyCompromise"))
            return fail("key_compromise_date",
                        tr("The key compromise date goes only with the reason keyCompromise, "
                           "not %1.")
                            .arg(reason));
        if (earliestAllowed.isValid() && compromisedAt < earliestAllowed)
            return fail("key_compromise_date",
                        tr("The key compromise date may not be before %1 (%2); got %3.")
                            .arg(formatDate(earliestAllowed),
                                 scope == Scope::Order
                                     ? tr("the most recent issue date of the order's "
                                          "certificates")
                                     : tr("the certificate's issue date"),
                                 formatDate(compromisedAt)));
        if (compromisedAt > now)
            return fail("key_compromise_date",
                        tr("The key compromise date may not be in the future (now is %1); got "
                           "%2.")
                            .arg(formatDate(now), formatDate(compromisedAt)));
    }
    const int sent = int(commentsSent().size());
    if (sent > kMaxComments)
        return fail("comments",
                    compromisedAt.isValid()
                        ? tr("Comments have at most %1 characters with the key compromise date "
                             "line; these have %2.")
                              .arg(kMaxComments)
                              .arg(sent)
                        : tr("Comments have at most %1 characters; these have %2.")
                              .arg(kMaxComments)
                              .arg(sent));
    if (const QString problem = PlainText::problem(comments, true); !problem.isEmpty())
        return fail("comments", problem);
    return {};
}

QByteArray RevokeRequest::toJson() const {
    QJsonObject root{{QStringLiteral("revocation_reason"), reason},
                     {QStringLiteral("skip_approval"), skipApproval}};
    // The API has no field for the compromise date: it travels as the first line of comments
    // (decisions.md, key-compromise date).
    const QString text = commentsSent();
    if (!text.isEmpty())
        root.insert(QStringLiteral("comments"), text);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
