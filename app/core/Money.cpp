#include "core/Money.h"

#include <QRegularExpression>

bool Money::parseCents(const QString &text, qint64 *cents) {
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    qint64 value = m.captured(2).toLongLong() * 100;
    QString fraction = m.captured(3);
    if (fraction.size() == 1)
        fraction += QLatin1Char('0');
    value += fraction.toLongLong();
    *cents = m.captured(1).isEmpty() ? value : -value;
    return true;
}

QString Money::format(qint64 cents, const QString &currency, const QLocale &locale) {
    const bool negative = cents < 0;
    const qint64 magnitude = negative ? -cents : cents;
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint() +
                   QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(locale.negativeSign());
    return currency.isEmpty() ? text : text + QLatin1Char(' ') + currency;
}

QString Money::formatText(const QString &amount, const QString &currency, const QLocale &locale) {
    qint64 cents = 0;
    return parseCents(amount, &cents) ? format(cents, currency, locale) : amount;
}
