#include "models/BalanceHistoryModel.h"

#include "core/Money.h"
#include "core/OrderCsv.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace {
QString signedAmount(const BalanceAdjustment &a) {
    if (!a.credit.isEmpty())
        return a.credit;
    return a.debit.startsWith(QLatin1Char('-')) ? a.debit.mid(1) : QStringLiteral("-") + a.debit;
}

} // namespace

BalanceHistoryModel::BalanceHistoryModel(QObject *parent)
    : RowTableModel(columns(&m_locale), SortRole, parent) {}

QList<BalanceHistoryModel::ColumnSpec> BalanceHistoryModel::columns(const QLocale *locale) {
    using A = const BalanceAdjustment &;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    return {
        {[] { return tr("Date"); },
         [locale](A a) {
             return a.transactionDate.isValid()
                        ? locale->toString(a.transactionDate.toLocalTime(), QLocale::ShortFormat)
                        : QString();
         },
         [](A a) {
             return a.transactionDate;
         }},
        {[] { return tr("Division"); },
         [](A a) {
             return a.containerName.isEmpty() && a.containerId > 0 ? QString::number(a.containerId)
                                                                   : a.containerName;
         }},
        {[] { return tr("Type"); },
         [](A a) { return a.transactionType; },
         {},
         [locale](A a) {
             return a.expirationDate.isValid()
                        ? QVariant(tr("These funds expire on %1")
                                       .arg(locale->toString(a.expirationDate.toLocalTime().date(),
                                                             QLocale::ShortFormat)))
                        : QVariant();
         }},
        {[] { return tr("Amount"); },
         [locale](A a) { return Money::formatText(signedAmount(a), a.currency, *locale); },
         [](A a) {
             qint64 cents = 0;
             return a.signedCents(&cents) ? cents : 0;
         },
         {},
         right},
        {[] { return tr("Balance after"); },
         [locale](A a) { return Money::formatText(a.balanceAfter, a.currency, *locale); },
         [](A a) {
             qint64 cents = 0;
             return Money::parseCents(a.balanceAfter, &cents) ? cents : 0;
         },
         {},
         right},
        {[] { return tr("Order"); },
         [](A a) { return a.orderId == QLatin1String("0") ? QString() : a.orderId; },
         [](A a) {
             return a.orderId.toLongLong();
         }},
        {[] { return tr("Note"); },
         [](A a) { return a.note; },
         {},
         [](A a) {
             return a.note.isEmpty() ? QVariant() : QVariant(a.note);
         }},
    };
}

QVariant BalanceHistoryModel::rowData(const BalanceAdjustment &a, int column, int role) const {
    if (role == AdjustmentIdRole)
        return a.id;
    if (role == Qt::ForegroundRole && column == AmountColumn && a.credit.isEmpty())
        return QBrush(QColor(0xa0, 0x20, 0x20));
    return {};
}

QStringList BalanceHistoryModel::transactionTypes() const {
    QSet<QString> seen;
    QStringList types;
    for (const BalanceAdjustment &a : rows())
        if (!a.transactionType.isEmpty() && !seen.contains(a.transactionType)) {
            seen.insert(a.transactionType);
            types << a.transactionType;
        }
    types.sort(Qt::CaseInsensitive);
    return types;
}

void BalanceHistoryModel::setLocale(const QLocale &locale) {
    m_locale = locale;
    resetRows();
}

QByteArray BalanceHistoryModel::toCsv(const QString &transactionType) const {
    QString out = OrderCsv::line(
        {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("division_id"),
         QStringLiteral("division"), QStringLiteral("type"), QStringLiteral("credit"),
         QStringLiteral("debit"), QStringLiteral("currency"), QStringLiteral("balance_after"),
         QStringLiteral("order_id"), QStringLiteral("receipt_id"),
         QStringLiteral("expiration_date"), QStringLiteral("note")});
    for (const BalanceAdjustment &a : rows()) {
        if (!transactionType.isEmpty() &&
            a.transactionType.compare(transactionType, Qt::CaseInsensitive) != 0)
            continue;
        out += OrderCsv::line({
            a.id,
            a.transactionDate.isValid() ? a.transactionDate.toString(Qt::ISODate) : QString(),
            a.containerId > 0 ? QString::number(a.containerId) : QString(),
            a.containerName,
            a.transactionType,
            a.credit,
            a.debit,
            a.currency,
            a.balanceAfter,
            a.orderId,
            a.receiptId,
            a.expirationDate.isValid() ? a.expirationDate.toString(Qt::ISODate) : QString(),
            a.note,
        });
    }
    return out.toUtf8();
}
