#include "cli/CliOutput.h"

#include "core/OrderCsv.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
int daysRemaining(const Order &o) {
    if (o.daysRemaining >= 0)
        return o.daysRemaining;
    return o.validTill.isValid() ? int(qMax<qint64>(0, QDate::currentDate().daysTo(o.validTill)))
                                 : -1;
}

} // namespace

CliOutput::CliOutput(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err) {}

int CliOutput::fail(const ApiError &error) {
    m_err << tr("certdesk-cli: error %1: %2").arg(error.shortCode(), error.message()) << '\n';
    for (const ApiError::Entry &e : error.entries())
        m_err << "  " << e.code << ": " << e.message << '\n';
    m_err.flush();
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
        return NetworkFailure;
    case ApiError::Kind::Usage:
        return Usage;
    default:
        return ApiFailure;
    }
}

QJsonObject CliOutput::orderToJson(const Order &o) {
    QJsonObject json;
    json.insert(QStringLiteral("order_id"), o.id);
    json.insert(QStringLiteral("common_name"), o.commonName);
    json.insert(QStringLiteral("dns_names"), QJsonArray::fromStringList(o.dnsNames));
    json.insert(QStringLiteral("product_name_id"), o.productNameId);
    json.insert(QStringLiteral("status"), o.status);
    json.insert(QStringLiteral("organization_name"),
                o.organizationName.isEmpty() ? QJsonValue() : QJsonValue(o.organizationName));
    json.insert(QStringLiteral("organization_id"),
                o.organizationId > 0 ? QJsonValue(o.organizationId) : QJsonValue());
    json.insert(QStringLiteral("container_id"),
                o.containerId > 0 ? QJsonValue(o.containerId) : QJsonValue());
    json.insert(QStringLiteral("valid_till"), o.validTill.isValid()
                                                  ? QJsonValue(o.validTill.toString(Qt::ISODate))
                                                  : QJsonValue());
    const int days = daysRemaining(o);
    json.insert(QStringLiteral("days_remaining"), days >= 0 ? QJsonValue(days) : QJsonValue());
    return json;
}

void CliOutput::printOrders(const QList<Order> &orders, const QString &format,
                            const QStringList &columns) {
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Order &o : orders)
            array.append(orderToJson(o));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return;
    }
    const QDate today = QDate::currentDate();
    QList<QStringList> rows;
    rows.reserve(orders.size());
    for (const Order &o : orders) {
        QStringList row;
        for (const QString &column : columns)
            row << OrderCsv::value(o, column, today);
        rows << row;
    }
    // The CSV is the orders page's Export CSV; long cells of the table end in an ellipsis.
    printRows(columns, rows, format, 60);
}

void CliOutput::printRows(const QStringList &header, const QList<QStringList> &rows,
                          const QString &format, int maxCell) {
    if (format == QLatin1String("csv")) {
        m_out << OrderCsv::line(header);
        for (const QStringList &row : rows)
            m_out << OrderCsv::line(row);
        m_out.flush();
        return;
    }
    const auto fitted = [maxCell](const QString &cell) {
        return maxCell > 0 && cell.size() > maxCell ? cell.left(maxCell - 1) + QChar(0x2026) : cell;
    };
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(fitted(row[i]).size()));
    auto print = [&](const QStringList &row) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i)
            cells << fitted(row[i]).leftJustified(widths.value(i));
        m_out << cells.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    print(header);
    for (const QStringList &row : rows)
        print(row);
    m_out.flush();
}
