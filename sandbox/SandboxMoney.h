#pragma once

#include <QString>

#include <optional>

// Money as the API writes it: decimal strings with two places ("454.00", "-1000.70"). Every
// amount inside the sandbox is a whole number of cents; nothing passes through floating point.
class SandboxMoney {
public:
    // "12", "12.5", "12.50"; at most two decimals, no sign unless allowNegative, no exponent.
    static std::optional<qint64> parse(const QString &text, bool allowNegative = false);
    static QString format(qint64 cents);
    // price * days / 365, rounded half up, in cents.
    static qint64 prorate(qint64 centsPerYear, qint64 days);
};
