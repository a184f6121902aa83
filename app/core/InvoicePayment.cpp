#include "InvoicePayment.h"

#include "JsonRead.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

bool InvoicePayment::Receipt::fromJson(const QByteArray &body, Receipt *out, QString *error) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    Receipt r;
    r.invoiceId = JsonRead::integer(o.value(QLatin1String("invoice_id")));
    if (r.invoiceId <= 0) {
        *error = tr("The reply to the payment has no invoice id");
        return false;
    }
    r.status = JsonRead::string(o.value(QLatin1String("status")));
    r.amount = JsonRead::decimal(o.value(QLatin1String("amount")));
    r.currency = JsonRead::string(o.value(QLatin1String("currency")));
    r.paymentMethod = JsonRead::string(o.value(QLatin1String("payment_method")));
    r.cardLast4 = JsonRead::string(o.value(QLatin1String("card_last4")));
    r.receiptId = JsonRead::string(o.value(QLatin1String("receipt_id")));
    *out = r;
    return true;
}

QString InvoicePayment::methodName() const {
    return method == Method::Card ? QStringLiteral("card") : QStringLiteral("profile");
}

QString InvoicePayment::path(qint64 invoiceId) {
    return QStringLiteral("finance/invoice/%1/pay").arg(invoiceId);
}

QString InvoicePayment::validate(const QDate &today, QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    if (invoiceIds.isEmpty())
        return fail("invoice_id", tr("Choose at least one invoice to pay."));
    QSet<qint64> seen;
    for (const qint64 id : invoiceIds) {
        if (id <= 0)
            return fail("invoice_id", tr("An invoice id is a positive number; got %1.").arg(id));
        if (seen.contains(id))
            return fail("invoice_id", tr("Invoice %1 is listed twice: it would be paid once and "
                                         "then refused.")
                                          .arg(id));
        seen.insert(id);
    }
    static const QRegularExpression vat(QStringLiteral("^[A-Za-z0-9 .-]*$"));
    const QString v = vatNumber.trimmed();
    if (v.size() > kMaxVatNumber || !vat.match(v).hasMatch())
        return fail("vat_number", tr("A VAT number has at most %1 letters, digits, spaces, dots "
                                     "or dashes; got \"%2\".")
                                      .arg(kMaxVatNumber)
                                      .arg(v));
    if (method == Method::Card)
        return card.validate(today, field);
    return {};
}

QByteArray InvoicePayment::toJson() const {
    QJsonObject root{{QStringLiteral("payment_method"), methodName()}};
    if (method == Method::Card) {
        root.insert(QStringLiteral("credit_card"), card.creditCardJson());
        root.insert(QStringLiteral("billing_address"), card.billingAddressJson());
    }
    if (!vatNumber.trimmed().isEmpty())
        root.insert(QStringLiteral("vat_number"), vatNumber.trimmed());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool InvoicePayment::total(const QList<Invoice> &invoices, qint64 *cents, QString *currency,
                           QString *error) {
    qint64 sum = 0;
    QString common;
    for (const Invoice &invoice : invoices) {
        const QString name =
            invoice.number.isEmpty() ? QString::number(invoice.id) : invoice.number;
        if (invoice.isPaid()) {
            *error = tr("Invoice %1 is already paid.").arg(name);
            return false;
        }
        qint64 due = 0;
        if (!invoice.dueCents(&due)) {
            *error = tr("Invoice %1 has no readable amount.").arg(name);
            return false;
        }
        if (!common.isEmpty() && !invoice.currency.isEmpty() &&
            invoice.currency.compare(common, Qt::CaseInsensitive) != 0) {
            *error = tr("Invoice %1 is in %2, the others in %3: pay them separately.")
                         .arg(name, invoice.currency, common);
            return false;
        }
        if (common.isEmpty())
            common = invoice.currency;
        sum += due;
    }
    *cents = sum;
    *currency = common;
    return true;
}
