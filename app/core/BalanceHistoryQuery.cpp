#include "core/BalanceHistoryQuery.h"

#include <QRegularExpression>

bool BalanceHistoryQuery::parseDate(const QString &text, const QString &field, QDate *date,
                                    QString *error) {
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        *date = QDate();
        return true;
    }
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!shape.match(t).hasMatch() || !d.isValid()) {
        *error =
            tr("%1: \"%2\" is not a date; use YYYY-MM-DD, for example 2026-01-31.").arg(field, t);
        return false;
    }
    *date = d;
    return true;
}

QString BalanceHistoryQuery::validate(const QDate &today, const QString &fromLabel,
                                      const QString &toLabel) const {
    if (from.isValid() && from < earliest())
        return tr("%1: %2 is before %3, the earliest date CertDesk asks for.")
            .arg(fromLabel, from.toString(Qt::ISODate), earliest().toString(Qt::ISODate));
    if (from.isValid() && from > today)
        return tr("%1: %2 is in the future; the history ends today (%3).")
            .arg(fromLabel, from.toString(Qt::ISODate), today.toString(Qt::ISODate));
    if (to.isValid() && from.isValid() && to < from)
        return tr("%1: %2 is before %3 (%4).")
            .arg(toLabel, to.toString(Qt::ISODate), fromLabel, from.toString(Qt::ISODate));
    if (to.isValid() && to < earliest())
        return tr("%1: %2 is before %3, the earliest date CertDesk asks for.")
            .arg(toLabel, to.toString(Qt::ISODate), earliest().toString(Qt::ISODate));
    if (containerId < 0)
        return tr("Division: a container id is a positive number.");
    return {};
}

QUrlQuery BalanceHistoryQuery::urlQuery(qint64 offset, const QDate &today, int limit) const {
    QUrlQuery query;
    if (containerId > 0)
        query.addQueryItem(QStringLiteral("container_id"), QString::number(containerId));
    if (from.isValid() || to.isValid()) {
        const QDate start = from.isValid() ? from : earliest();
        const QDate end = to.isValid() ? to : today;
        query.addQueryItem(QStringLiteral("filters[transaction_date]"),
                           start.toString(Qt::ISODate) + QStringLiteral("...") +
                               end.toString(Qt::ISODate));
    }
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("-transaction_date"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return query;
}

bool BalanceHistoryQuery::matchesType(const QString &type) const {
    return transactionType.isEmpty() ||
           type.compare(transactionType.trimmed(), Qt::CaseInsensitive) == 0;
}
