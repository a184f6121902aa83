#pragma once

#include <QLocale>
#include <QString>

// Amounts as the API sends them: decimal strings ("454.00", "-1000.70"). They are read into
// whole cents and never into binary floating point.
class Money {
public:
    // "454", "454.5", "454.50", "-1000.70", " 12.00 " -> cents. False for anything else,
    // including more than two decimals or more than 15 integer digits.
    static bool parseCents(const QString &text, qint64 *cents);
    // 2500000, "USD" -> "25,000.00 USD" with the locale's separators.
    static QString format(qint64 cents, const QString &currency, const QLocale &locale = {});
    // The API's decimal string formatted; the text itself when it is not an amount.
    static QString formatText(const QString &amount, const QString &currency,
                              const QLocale &locale = {});
};
