#include "core/PaymentProfile.h"

#include "core/JsonRead.h"

#include <QRegularExpression>

QString PaymentProfile::lastDigits() const {
    static const QRegularExpression tail(QStringLiteral("(\\d{2,4})\\s*$"));
    const QRegularExpressionMatch m = tail.match(shortenedNumber);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString PaymentProfile::summary() const {
    QString type = cardType.trimmed();
    if (!type.isEmpty())
        type[0] = type.at(0).toUpper();
    else
        type = tr("Card");
    const QString digits = lastDigits();
    QString text = digits.isEmpty() ? type : tr("%1 ending %2").arg(type, digits);
    if (expirationMonth >= 1 && expirationMonth <= 12 && expirationYear > 0)
        text = tr("%1, expires %2/%3")
                   .arg(text)
                   .arg(expirationMonth, 2, 10, QLatin1Char('0'))
                   .arg(expirationYear);
    if (!label.trimmed().isEmpty())
        text = tr("%1 (%2)").arg(label.trimmed(), text);
    return text;
}

bool PaymentProfile::fromJson(const QJsonObject &o, PaymentProfile *out) {
    PaymentProfile p;
    p.id = JsonRead::integer(o.value(QLatin1String("id")));
    if (p.id <= 0)
        return false;
    p.isDefault = JsonRead::boolean(o.value(QLatin1String("is_default")));
    p.status = JsonRead::string(o.value(QLatin1String("status")));
    const QJsonObject card = o.value(QLatin1String("credit_card")).toObject();
    // Only the shortened number is kept: a longer run of digits is cut to its last four.
    QString number = JsonRead::string(card.value(QLatin1String("shortened_number")));
    QString digits = number;
    digits.remove(QRegularExpression(QStringLiteral("\\D")));
    if (digits.size() > 4)
        number = QStringLiteral("************") + digits.right(4);
    p.shortenedNumber = number;
    p.cardType = JsonRead::string(card.value(QLatin1String("type")));
    p.expirationMonth = JsonRead::bounded(card.value(QLatin1String("expiration_month")), 0, 12, 0);
    p.expirationYear = JsonRead::bounded(card.value(QLatin1String("expiration_year")), 0, 9999, 0);
    p.cardholderName = JsonRead::string(card.value(QLatin1String("cardholder_name")));
    p.label = JsonRead::string(card.value(QLatin1String("label")));
    p.billingEmail = JsonRead::string(o.value(QLatin1String("billing_email")));
    *out = std::move(p);
    return true;
}

bool PaymentProfile::listFromJson(const QByteArray &body, QList<PaymentProfile> *out,
                                  QString *error) {
    JsonRead::Paging paging;
    int skipped = 0;
    return JsonRead::typedPage(body, QLatin1String("profiles"), out, &skipped, &paging, error);
}
