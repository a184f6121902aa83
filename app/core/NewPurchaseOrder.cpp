#include "NewPurchaseOrder.h"

#include "Money.h"
#include "PlainText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

bool NewPurchaseOrder::cents(qint64 *out) const {
    // Money::parseCents also takes a sign and surrounding blanks; a purchase order does not.
    static const QRegularExpression plain(QStringLiteral("^\\d{1,7}(\\.\\d{1,2})?$"));
    return plain.match(amount.trimmed()).hasMatch() && Money::parseCents(amount, out);
}

QString NewPurchaseOrder::validate(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    qint64 value = 0;
    const QString limits = tr("a decimal amount from %1 to %2 with at most two decimals, for "
                              "example 1234.50")
                               .arg(Money::format(kMinCents, {}, QLocale::c()),
                                    Money::format(kMaxCents, {}, QLocale::c()));
    if (amount.trimmed().isEmpty())
        return fail("amount", tr("Enter the amount: %1.").arg(limits));
    if (!cents(&value))
        return fail("amount", tr("The amount \"%1\" is not %2.").arg(amount, limits));
    if (value < kMinCents || value > kMaxCents)
        return fail("amount", tr("The amount %1 is out of range: %2.")
                                  .arg(Money::format(value, {}, QLocale::c()), limits));
    if (containerId < 0)
        return fail("container.id", tr("The division is a positive container id."));
    if (note.trimmed().size() > kMaxNote)
        return fail("note", tr("The note has at most %1 characters; this one has %2.")
                                .arg(kMaxNote)
                                .arg(note.trimmed().size()));
    if (const QString problem = PlainText::problem(note, true); !problem.isEmpty())
        return fail("note", problem);
    static const QRegularExpression vat(QStringLiteral("^[A-Za-z0-9 .-]*$"));
    const QString v = vatNumber.trimmed();
    if (v.size() > kMaxVatNumber || !vat.match(v).hasMatch())
        return fail("vat_number", tr("A VAT number has at most %1 letters, digits, spaces, dots "
                                     "or dashes; got \"%2\".")
                                      .arg(kMaxVatNumber)
                                      .arg(v));
    return {};
}

QByteArray NewPurchaseOrder::toJson() const {
    qint64 value = 0;
    const QString text =
        cents(&value)
            ? QStringLiteral("%1.%2").arg(value / 100).arg(value % 100, 2, 10, QLatin1Char('0'))
            : amount.trimmed();
    QJsonObject root{{QStringLiteral("amount"), text}};
    if (containerId > 0)
        root.insert(QStringLiteral("container"), QJsonObject{{QStringLiteral("id"), containerId}});
    if (!note.trimmed().isEmpty())
        root.insert(QStringLiteral("note"), note.trimmed());
    if (!vatNumber.trimmed().isEmpty())
        root.insert(QStringLiteral("vat_number"), vatNumber.trimmed());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
