#include "core/PaymentCard.h"

#include "core/PlainText.h"

#include <QDate>
#include <QRegularExpression>

bool PaymentCard::luhnValid(const QString &digits) {
    if (digits.size() < 13 || digits.size() > 19)
        return false;
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (!c.isDigit() || c.unicode() > 127)
            return false;
        int d = c.digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

QString PaymentCard::digits() const {
    QString out = number;
    out.remove(QRegularExpression(QStringLiteral("[\\s-]")));
    return out;
}

QString PaymentCard::last4() const {
    return digits().right(4);
}

QString PaymentCard::validate(const QDate &today, QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    const QString d = digits();
    if (d.isEmpty())
        return fail("credit_card.number", tr("Enter the card number."));
    if (!luhnValid(d))
        return fail("credit_card.number",
                    tr("This is not a valid card number: 13 to 19 digits whose check digit "
                       "matches. Check for a typing error."));
    if (expirationMonth < 1 || expirationMonth > 12)
        return fail("credit_card.expiration_month", tr("Choose the expiry month (1 to 12)."));
    if (expirationYear < 2000 || expirationYear > 2100)
        return fail("credit_card.expiration_year", tr("Enter the expiry year with four digits."));
    if (QDate(expirationYear, expirationMonth, 1).addMonths(1) <=
        QDate(today.year(), today.month(), 1))
        return fail("credit_card.expiration_year",
                    tr("The card expired in %1/%2.")
                        .arg(expirationMonth, 2, 10, QLatin1Char('0'))
                        .arg(expirationYear));
    static const QRegularExpression cvvPattern(QStringLiteral("^\\d{3,4}$"));
    if (!cvvPattern.match(cvv).hasMatch())
        return fail("credit_card.cvv", tr("The security code (CVV) has 3 or 4 digits."));
    if (cardholderName.trimmed().isEmpty())
        return fail("credit_card.cardholder_name", tr("Enter the name on the card."));
    if (address.trimmed().isEmpty())
        return fail("billing_address.address", tr("Enter the billing address."));
    if (city.trimmed().isEmpty())
        return fail("billing_address.city", tr("Enter the billing city."));
    // The limits of an organization's address (the API reference gives none for the billing
    // address; the name is a contact's first or last name).
    const struct {
        const char *field;
        const QString &value;
        int max;
    } texts[] = {{"credit_card.cardholder_name", cardholderName, kMaxName},
                 {"billing_address.address", address, kMaxAddress},
                 {"billing_address.city", city, kMaxAddress},
                 {"billing_address.state", state, kMaxAddress},
                 {"billing_address.zip", zip, kMaxZip}};
    for (const auto &t : texts) {
        const qsizetype size = t.value.trimmed().size();
        if (size > t.max)
            return fail(t.field, tr("At most %1 characters; this has %2.").arg(t.max).arg(size));
        if (const QString problem = PlainText::problem(t.value, false); !problem.isEmpty())
            return fail(t.field, problem);
    }
    static const QRegularExpression countryPattern(QStringLiteral("^[A-Za-z]{2}$"));
    if (!countryPattern.match(country.trimmed()).hasMatch())
        return fail("billing_address.country",
                    tr("The country is its two-letter code, for example US or DE."));
    const QString c = country.trimmed().toLower();
    if ((c == QLatin1String("us") || c == QLatin1String("ca")) && state.trimmed().isEmpty())
        return fail("billing_address.state", tr("Enter the state or province."));
    if ((c == QLatin1String("us") || c == QLatin1String("ca")) && zip.trimmed().isEmpty())
        return fail("billing_address.zip", tr("Enter the postal code."));
    return {};
}

QJsonObject PaymentCard::creditCardJson() const {
    return {{QStringLiteral("number"), digits()},
            {QStringLiteral("expiration_month"), expirationMonth},
            {QStringLiteral("expiration_year"), expirationYear},
            {QStringLiteral("cvv"), cvv},
            {QStringLiteral("cardholder_name"), cardholderName.trimmed()}};
}

QJsonObject PaymentCard::billingAddressJson() const {
    QJsonObject o{{QStringLiteral("address"), address.trimmed()},
                  {QStringLiteral("city"), city.trimmed()},
                  {QStringLiteral("country"), country.trimmed().toLower()}};
    if (!state.trimmed().isEmpty())
        o.insert(QStringLiteral("state"), state.trimmed());
    if (!zip.trimmed().isEmpty())
        o.insert(QStringLiteral("zip"), zip.trimmed());
    return o;
}

void PaymentCard::clear() {
    number.fill(QLatin1Char('0'));
    cvv.fill(QLatin1Char('0'));
    *this = PaymentCard();
}
