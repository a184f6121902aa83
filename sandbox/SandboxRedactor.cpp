#include "sandbox/SandboxRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

bool luhn(const QString &digits) {
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

} // namespace

SandboxRedactor::SandboxRedactor(QList<QByteArray> apiKeys)
    : m_keys(std::move(apiKeys)) {}

bool SandboxRedactor::isSecretField(const QString &key) {
    const QString k = key.toLower();
    return k == QLatin1String("cvv") || k == QLatin1String("cvc") || k == QLatin1String("cvv2") ||
           k == QLatin1String("api_key") || k == QLatin1String("key") ||
           k == QLatin1String("auth_key") || k == QLatin1String("x-dc-devkey") ||
           k == QLatin1String("password") || k == QLatin1String("secret") ||
           k == QLatin1String("private_key") || k == QLatin1String("webhook_secret");
}

QString SandboxRedactor::maskCardNumber(const QString &number) {
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() <= 4)
        return QString(digits.size(), QLatin1Char('*'));
    return QString(digits.size() - 4, QLatin1Char('*')) + digits.right(4);
}

QString SandboxRedactor::text(const QString &input) const {
    QString out = input;
    for (const QByteArray &key : m_keys) {
        if (!key.isEmpty())
            out.replace(QString::fromLatin1(key), QLatin1String(kMask));
    }
    // Anything that looks like a card number: 13 to 19 digits (spaces or dashes between them
    // allowed) passing the Luhn check.
    static const QRegularExpression card(QStringLiteral("(?<!\\d)(?:\\d[ -]?){12,18}\\d(?!\\d)"));
    QString result;
    qsizetype last = 0;
    auto it = card.globalMatch(out);
    while (it.hasNext()) {
        const auto match = it.next();
        QString digits = match.captured(0);
        digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        result += out.mid(last, match.capturedStart() - last);
        result += luhn(digits) ? maskCardNumber(digits) : match.captured(0);
        last = match.capturedEnd();
    }
    result += out.mid(last);
    return result;
}

QJsonValue SandboxRedactor::json(const QJsonValue &value, const QString &key) const {
    if (!key.isEmpty() && isSecretField(key) && !value.isNull())
        return QJsonValue(QLatin1String(kMask));
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if ((key == QLatin1String("credit_card") || key == QLatin1String("card")) &&
                it.key() == QLatin1String("number"))
                it.value() = maskCardNumber(it.value().isString()
                                                ? it.value().toString()
                                                : QString::number(it.value().toDouble(), 'f', 0));
            else
                it.value() = json(it.value(), it.key());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = json(*it);
        return array;
    }
    if (value.isString())
        return text(value.toString());
    if (value.isDouble()) {
        const QString digits = QString::number(value.toDouble(), 'f', 0);
        if (digits.size() >= 13 && digits.size() <= 19 && luhn(digits))
            return maskCardNumber(digits);
    }
    return value;
}

QJsonValue SandboxRedactor::body(const QByteArray &raw) const {
    if (raw.isEmpty())
        return QJsonValue();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
    if (error.error == QJsonParseError::NoError && document.isObject())
        return json(document.object());
    if (error.error == QJsonParseError::NoError && document.isArray())
        return json(document.array());
    return text(QString::fromUtf8(raw.left(65536)));
}

QString SandboxRedactor::query(const QString &query) const {
    if (query.isEmpty())
        return query;
    QUrlQuery parsed(query);
    auto items = parsed.queryItems(QUrl::FullyEncoded);
    for (auto &item : items) {
        if (isSecretField(item.first))
            item.second = QLatin1String(kMask);
        else
            item.second = text(item.second);
    }
    parsed.setQueryItems(items);
    return parsed.toString(QUrl::FullyEncoded);
}
