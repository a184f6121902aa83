#include "sandbox/SandboxMoney.h"

#include <QRegularExpression>

std::optional<qint64> SandboxMoney::parse(const QString &text, bool allowNegative) {
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,12})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const bool negative = !match.captured(1).isEmpty();
    if (negative && !allowNegative)
        return std::nullopt;
    QString fraction = match.captured(3);
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    const qint64 cents = match.captured(2).toLongLong() * 100 + fraction.toLongLong();
    return negative ? -cents : cents;
}

QString SandboxMoney::format(qint64 cents) {
    const bool negative = cents < 0;
    const qint64 magnitude = negative ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

qint64 SandboxMoney::prorate(qint64 centsPerYear, qint64 days) {
    return (centsPerYear * days * 2 + 365) / (2 * 365);
}
