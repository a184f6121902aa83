#include "core/FundsTransfer.h"

#include "core/Money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

bool FundsTransfer::wholeAmount(qint64 *out) const {
    // Digits with optional thousands separators (comma, space), and ".00" at most.
    static const QRegularExpression plain(
        QStringLiteral("^(\\d{1,3}([, ]\\d{3})+|\\d{1,9})(\\.0{1,2})?$"));
    const QString text = amount.trimmed();
    if (!plain.match(text).hasMatch())
        return false;
    QString digits = text.section(QLatin1Char('.'), 0, 0);
    digits.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok)
        return false;
    *out = value;
    return true;
}

QString FundsTransfer::validate(QString *field, qint64 availableCents) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    if (fromContainerId <= 0)
        return fail("from_container_id", tr("From: choose the division the funds leave."));
    if (toContainerId <= 0)
        return fail("to_container_id", tr("To: choose the division that receives the funds."));
    if (toContainerId == fromContainerId)
        return fail("to_container_id",
                    tr("To: choose a division other than the one the funds leave."));
    const QString limits =
        tr("a whole amount from 1 to %1, for example 1000 (CertCentral moves no cents)")
            .arg(QLocale::c().toString(kMaxAmount));
    if (amount.trimmed().isEmpty())
        return fail("amount", tr("Amount: enter %1.").arg(limits));
    qint64 value = 0;
    if (!wholeAmount(&value))
        return fail("amount", tr("Amount: \"%1\" is not %2.").arg(amount.trimmed(), limits));
    if (value < 1 || value > kMaxAmount)
        return fail(
            "amount",
            tr("Amount: %1 is out of range: %2.").arg(QLocale::c().toString(value), limits));
    if (availableCents >= 0 && value * 100 > availableCents)
        return fail("amount", tr("Amount: %1 is more than the %2 the division has available.")
                                  .arg(QLocale::c().toString(value),
                                       Money::format(availableCents, {}, QLocale::c())));
    return {};
}

QByteArray FundsTransfer::toJson() const {
    qint64 value = 0;
    wholeAmount(&value);
    const QJsonObject root{{QStringLiteral("amount"), value},
                           {QStringLiteral("from_container_id"), fromContainerId},
                           {QStringLiteral("to_container_id"), toContainerId}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
