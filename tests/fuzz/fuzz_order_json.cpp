// Orders: List orders through OrderBatch (simdjson first, Qt's parser as the fallback), one
// order through the Qt path, Order info's extras, order validation, status changes, reissues
// and duplicates. Selector 5 is a differential check: an order read by Qt and by simdjson
// from the same (Qt-normalised) text must come out the same.
#include "FuzzInput.h"
#include "core/CertificateRecord.h"
#include "core/FastJsonValue.h"
#include "core/Order.h"
#include "core/OrderBatch.h"
#include "core/OrderCsv.h"
#include "core/OrderDetails.h"
#include "core/OrderValidation.h"
#include "core/StatusChange.h"

#include <QDate>
#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace {
// Every cell of every CSV column: what the decoded values feed into.
void useOrder(const Order &order) {
    static const QStringList columns = OrderCsv::allColumns();
    QStringList cells;
    for (const QString &column : columns)
        cells << OrderCsv::value(order, column, QDate(2026, 3, 4));
    (void)OrderCsv::line(cells);
}

QStringList fields(const Order &o) {
    QStringList out{QString::number(o.id),
                    QString::number(o.certificateId),
                    o.commonName,
                    o.dnsNames.join(QLatin1Char('|')),
                    o.status,
                    o.productNameId,
                    o.productName,
                    o.productType,
                    o.validationType,
                    QString::number(o.organizationId),
                    o.organizationName,
                    QString::number(o.containerId),
                    o.containerName,
                    o.dateCreated.toString(Qt::ISODateWithMs),
                    o.validFrom.toString(Qt::ISODate),
                    o.validTill.toString(Qt::ISODate),
                    QString::number(o.daysRemaining),
                    o.alternativeOrderId,
                    o.serialNumber,
                    o.thumbprint,
                    QString::number(o.keySize),
                    o.signatureHash,
                    o.serverPlatform,
                    QString::number(o.orderValidityYears),
                    o.price,
                    o.currency,
                    o.paymentMethod,
                    o.requesterName,
                    o.requesterEmail,
                    QString::number(o.autoRenew)};
    for (const OrderRequest &r : o.requests)
        out << QString::number(r.id) << r.date.toString(Qt::ISODateWithMs) << r.type << r.status
            << r.comments;
    return out;
}

void differential(const QByteArray &body) {
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return;
    // Qt's own text of what it read: no duplicate keys, numbers as Qt keeps them.
    const QByteArray normalised = document.toJson(QJsonDocument::Compact);
    FastJsonValue::Document fast;
    if (!fast.parse(normalised) || !fast.root().isObject())
        return;
    Order viaQt;
    Order viaFast;
    const bool qtOk = Order::fromJson(QJsonDocument::fromJson(normalised).object(), &viaQt);
    const bool fastOk = Order::fromJson(fast.root(), &viaFast);
    if (qtOk != fastOk || (qtOk && fields(viaQt) != fields(viaFast))) {
        std::fprintf(stderr, "Order differs between Qt and simdjson for %s\nQt:   %s\nfast: %s\n",
                     normalised.constData(), qPrintable(fields(viaQt).join(QLatin1String(", "))),
                     qPrintable(fields(viaFast).join(QLatin1String(", "))));
        std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const FuzzInput in(data, size);
    QString error;
    switch (in.selector % 7) {
    case 0: {
        OrderBatch page;
        if (OrderBatch::fromJson(in.body, &page, &error))
            for (const Order &order : std::as_const(page.orders))
                useOrder(order);
        break;
    }
    case 1: {
        Order order;
        if (Order::fromJson(fuzzObject(in.body), &order, &error))
            useOrder(order);
        break;
    }
    case 2: {
        const OrderDetails details = OrderDetails::fromJson(fuzzObject(in.body));
        (void)details;
        break;
    }
    case 3: {
        OrderValidation validation;
        if (OrderValidation::fromJson(in.body, &validation, &error)) {
            (void)validation.approvedCount();
            (void)validation.namesToProve();
        }
        break;
    }
    case 4: {
        QList<StatusChange> changes;
        (void)StatusChange::fromJson(in.body, &changes, &error);
        break;
    }
    case 5:
        differential(in.body);
        break;
    case 6: {
        QList<CertificateRecord> records;
        const auto kind = (in.selector / 7) % 2 ? CertificateRecord::Kind::Duplicate
                                                : CertificateRecord::Kind::Reissue;
        (void)CertificateRecord::listFromJson(kind, in.body, &records, &error);
        break;
    }
    }
    return 0;
}
