#include "core/OrderCsv.h"

QStringList OrderCsv::allColumns() {
    return {QStringLiteral("order_id"),          QStringLiteral("alternative_order_id"),
            QStringLiteral("common_name"),       QStringLiteral("sans"),
            QStringLiteral("product_name_id"),   QStringLiteral("status"),
            QStringLiteral("organization_name"), QStringLiteral("container_name"),
            QStringLiteral("requester"),         QStringLiteral("date_created"),
            QStringLiteral("valid_from"),        QStringLiteral("valid_till"),
            QStringLiteral("days_remaining"),    QStringLiteral("auto_renew"),
            QStringLiteral("dns_names")};
}

QStringList OrderCsv::defaultColumns() {
    return {QStringLiteral("order_id"),   QStringLiteral("common_name"),
            QStringLiteral("sans"),       QStringLiteral("product_name_id"),
            QStringLiteral("status"),     QStringLiteral("organization_name"),
            QStringLiteral("valid_till"), QStringLiteral("days_remaining")};
}

QString OrderCsv::validateColumns(const QStringList &columns) {
    if (columns.isEmpty())
        return tr("Name at least one column.");
    const QStringList known = allColumns();
    for (const QString &c : columns) {
        if (!known.contains(c))
            return tr("Column \"%1\" is not known; use any of: %2")
                .arg(c, known.join(QStringLiteral(", ")));
    }
    return {};
}

QString OrderCsv::value(const Order &o, const QString &column, const QDate &today) {
    const auto date = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    };
    if (column == QLatin1String("order_id"))
        return QString::number(o.id);
    if (column == QLatin1String("alternative_order_id"))
        return o.alternativeOrderId;
    if (column == QLatin1String("common_name"))
        return o.commonName;
    if (column == QLatin1String("sans"))
        return QString::number(o.sanCount());
    if (column == QLatin1String("product_name_id"))
        return o.productNameId;
    if (column == QLatin1String("status"))
        return o.status;
    if (column == QLatin1String("organization_name"))
        return o.organizationName;
    if (column == QLatin1String("container_name"))
        return o.containerName;
    if (column == QLatin1String("requester"))
        return o.requesterName;
    if (column == QLatin1String("date_created"))
        return o.dateCreated.isValid() ? o.dateCreated.toString(Qt::ISODate) : QString();
    if (column == QLatin1String("valid_from"))
        return date(o.validFrom);
    if (column == QLatin1String("valid_till"))
        return date(o.validTill);
    if (column == QLatin1String("days_remaining")) {
        if (o.daysRemaining >= 0)
            return QString::number(o.daysRemaining);
        return o.validTill.isValid() ? QString::number(qMax<qint64>(0, today.daysTo(o.validTill)))
                                     : QString();
    }
    if (column == QLatin1String("auto_renew"))
        return o.autoRenew < 0 ? QString() : QString::number(o.autoRenew);
    if (column == QLatin1String("dns_names"))
        return o.dnsNames.join(QLatin1Char(' '));
    return {};
}

QString OrderCsv::escape(const QString &cell) {
    QString out = cell;
    if (!out.isEmpty()) {
        const QChar first = out.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            out.prepend(QLatin1Char('\''));
    }
    if (out.contains(QLatin1Char(',')) || out.contains(QLatin1Char('"')) ||
        out.contains(QLatin1Char('\n')) || out.contains(QLatin1Char('\r'))) {
        out.replace(QLatin1String("\""), QLatin1String("\"\""));
        out = QLatin1Char('"') + out + QLatin1Char('"');
    }
    return out;
}

QString OrderCsv::line(const QStringList &cells) {
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString &c : cells)
        escaped << escape(c);
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QList<QStringList> OrderCsv::parse(const QString &text) {
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    auto endCell = [&] {
        if (cell.size() > 1 && cell.front() == QLatin1Char('\'')) {
            const QChar second = cell.at(1);
            if (second == QLatin1Char('=') || second == QLatin1Char('+') ||
                second == QLatin1Char('-') || second == QLatin1Char('@') ||
                second == QLatin1Char('\t') || second == QLatin1Char('\r'))
                cell.remove(0, 1);
        }
        row << cell;
        cell.clear();
        cellStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (c == QLatin1Char(',')) {
            endCell();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endCell();
            rows << row;
            row.clear();
        } else {
            cell += c;
            cellStarted = true;
        }
    }
    if (cellStarted || !row.isEmpty()) {
        endCell();
        rows << row;
    }
    return rows;
}
