#include "sandbox/SandboxOrderRoutes.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxOrderPlacement.h"
#include "sandbox/SandboxOrderRequestParser.h"
#include "sandbox/SandboxProducts.h"
#include "sandbox/SandboxWorkflow.h"

#include <QDate>
#include <QJsonArray>

namespace {

using Store = SandboxStore;

qint64 julianDay(const QString &text) {
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return date.isValid() ? date.toJulianDay() : 0;
}

// filters[valid_till]: "yyyy-MM-dd" (that day), ">yyyy-MM-dd" (after), "<yyyy-MM-dd" (before),
// "yyyy-MM-dd...yyyy-MM-dd" (both days included).
bool parseValidTill(const QString &text, qint64 *from, qint64 *to) {
    const int dots = text.indexOf(QStringLiteral("..."));
    if (dots >= 0) {
        *from = julianDay(text.left(dots));
        *to = julianDay(text.mid(dots + 3));
        return *from != 0 && *to != 0 && *from <= *to;
    }
    if (text.startsWith(QLatin1Char('>'))) {
        const qint64 day = julianDay(text.mid(1));
        *from = day + 1;
        return day != 0;
    }
    if (text.startsWith(QLatin1Char('<'))) {
        const qint64 day = julianDay(text.mid(1));
        *to = day - 1;
        return day != 0;
    }
    *from = *to = julianDay(text);
    return *from != 0;
}

// A positive decimal id, or -1.
qint64 decimalId(const QString &text) {
    if (text.isEmpty() || text.size() > 9)
        return -1;
    for (const QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
    return text.toLongLong();
}

} // namespace

void SandboxOrderRoutes::registerRoutes(SandboxRouteTable &table) {
    table.add(QStringLiteral("GET"), QStringLiteral("order/certificate"),
              [this](SandboxCall &call) { return list(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("order/certificate/status-changes"),
              [this](SandboxCall &call) { return statusChanges(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("order/certificate/{}"),
              [this](SandboxCall &call) { return info(call); });
    table.add(QStringLiteral("POST"), QStringLiteral("order/certificate/{}"),
              [this](SandboxCall &call) { return create(call); });
    table.add(QStringLiteral("PUT"), QStringLiteral("order/certificate/{}/status"),
              [this](SandboxCall &call) { return updateStatus(call); });
    table.add(QStringLiteral("GET"), QStringLiteral("order/alternate/{}"),
              [this](SandboxCall &call) { return alternate(call); });
}

SandboxReply SandboxOrderRoutes::list(SandboxCall &call) {
    Store::ListQuery query;
    SandboxReply error;
    if (!paging(call, &query.limit, &query.offset, &error) ||
        !readListFilters(call, &query, &error) || !readListIdFilters(call, &query, &error))
        return error;
    if (call.hasQuery(QStringLiteral("sort")) &&
        !Store::sortKeyFromName(call.queryValue(QStringLiteral("sort")), &query.sort,
                                &query.descending))
        return invalidValue(QStringLiteral("sort"),
                            QStringLiteral("sort must be one of: %1; prefix a field with - to "
                                           "sort descending")
                                .arg(Store::sortKeyNames().join(QStringLiteral(", "))));
    if (!SandboxAccount::seesAllOrders(call.user.role))
        query.ownerUserId = call.user.id;

    const Store::ListResult result = store().list(query);
    QJsonObject body{{QStringLiteral("page"), page(result.total, query.limit, query.offset)}};
    // An empty page leaves the collection out entirely, as the live API may.
    if (!result.orders.empty()) {
        QJsonArray orders;
        for (const Store::Order *order : result.orders)
            orders.append(SandboxJson::orderSummary(store(), *order));
        body.insert(QStringLiteral("orders"), orders);
    }
    return SandboxReply::json(200, body);
}

bool SandboxOrderRoutes::readListFilters(const SandboxCall &call, Store::ListQuery *query,
                                         SandboxReply *error) {
    if (call.hasQuery(QStringLiteral("filters[status]"))) {
        // The documented filter values (certcentral-docs.md 3.2): no "expired"; "issued" also
        // matches issued certificates that have expired.
        static const QStringList filterValues{
            QStringLiteral("pending"),        QStringLiteral("issued"),
            QStringLiteral("rejected"),       QStringLiteral("revoked"),
            QStringLiteral("waiting_pickup"), QStringLiteral("reissue_pending"),
            QStringLiteral("canceled")};
        const QString value = call.queryValue(QStringLiteral("filters[status]"));
        if (!filterValues.contains(value)) {
            *error = invalidValue(QStringLiteral("filters[status]"),
                                  QStringLiteral("filters[status] must be one of: %1")
                                      .arg(filterValues.join(QStringLiteral(", "))));
            return false;
        }
        query->status = Store::statusFromName(value);
    }
    query->search = call.queryValue(QStringLiteral("filters[search]"));
    if (call.hasQuery(QStringLiteral("filters[product_name_id]"))) {
        const int product =
            SandboxProducts::indexOf(call.queryValue(QStringLiteral("filters[product_name_id]")));
        if (product < 0) {
            *error = invalidValue(QStringLiteral("filters[product_name_id]"),
                                  QStringLiteral("filters[product_name_id] must be the name_id of "
                                                 "a product (see GET product)"));
            return false;
        }
        query->product = product;
    }
    return true;
}

bool SandboxOrderRoutes::readListIdFilters(const SandboxCall &call, Store::ListQuery *query,
                                           SandboxReply *error) const {
    if (call.hasQuery(QStringLiteral("filters[organization_id]"))) {
        const qint64 id = decimalId(call.queryValue(QStringLiteral("filters[organization_id]")));
        if (id < 0) {
            *error = invalidValue(QStringLiteral("filters[organization_id]"),
                                  QStringLiteral("filters[organization_id] must be an "
                                                 "organization id (digits)"));
            return false;
        }
        const int index = store().organizations().indexOf(id);
        query->organization = index >= 0 ? index : Store::kNoMatch;
    }
    if (call.hasQuery(QStringLiteral("filters[container_id]"))) {
        const qint64 id = decimalId(call.queryValue(QStringLiteral("filters[container_id]")));
        if (id < 0) {
            *error = invalidValue(QStringLiteral("filters[container_id]"),
                                  QStringLiteral("filters[container_id] must be a container id "
                                                 "(digits)"));
            return false;
        }
        query->container = Store::kNoMatch;
        const auto &containers = SandboxAccount::containers();
        for (size_t i = 0; i < containers.size(); ++i)
            if (containers[i].id == id)
                query->container = int(i);
    }
    if (call.hasQuery(QStringLiteral("filters[valid_till]"))) {
        query->validTillFilter = true;
        if (!parseValidTill(call.queryValue(QStringLiteral("filters[valid_till]")),
                            &query->validTillFrom, &query->validTillTo)) {
            *error = invalidValue(QStringLiteral("filters[valid_till]"),
                                  QStringLiteral("filters[valid_till] must be yyyy-MM-dd, "
                                                 ">yyyy-MM-dd, <yyyy-MM-dd or "
                                                 "yyyy-MM-dd...yyyy-MM-dd (first day not after "
                                                 "the last)"));
            return false;
        }
    }
    return true;
}

SandboxReply SandboxOrderRoutes::info(SandboxCall &call) {
    SandboxReply error;
    const Store::Order *order = visibleOrder(call, call.arg(0), &error);
    if (!order)
        return error;
    return SandboxReply::json(200, SandboxJson::orderInfo(store(), account(), *order));
}

SandboxReply SandboxOrderRoutes::statusChanges(SandboxCall &call) {
    const QString text = call.queryValue(QStringLiteral("minutes"));
    bool digits = !text.isEmpty();
    for (const QChar c : text)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (digits && (text.size() > 9 || text.toLongLong() > kMaxStatusChangeMinutes))
        return badRequest(QStringLiteral("time_frame_too_long"),
                          // The seed document's exact message.
                          QStringLiteral("An error occurred while processing your request."));
    if (!digits || text.toLongLong() < 1)
        return invalidValue(
            QStringLiteral("minutes"),
            QStringLiteral("minutes must be an integer from 1 to %1").arg(kMaxStatusChangeMinutes));
    const int owner = SandboxAccount::seesAllOrders(call.user.role) ? 0 : call.user.id;
    const auto changed = store().statusChangesWithin(int(text.toLongLong()), owner);
    if (changed.empty())
        return SandboxReply::json(200, QJsonObject());
    QJsonArray orders;
    for (const Store::Order *order : changed)
        orders.append(QJsonObject{{QStringLiteral("order_id"), order->id},
                                  {QStringLiteral("certificate_id"), order->certificateId},
                                  {QStringLiteral("status"), Store::statusName(order->status)}});
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("orders"), orders}});
}

SandboxReply SandboxOrderRoutes::alternate(SandboxCall &call) {
    int limit = 0;
    int offset = 0;
    SandboxReply error;
    if (!paging(call, &limit, &offset, &error))
        return error;
    std::vector<const Store::Order *> found;
    for (const Store::Order *order : store().byAlternativeId(call.arg(0))) {
        if (canSee(call, *order))
            found.push_back(order);
    }
    QJsonObject body{{QStringLiteral("page"), page(int(found.size()), limit, offset)}};
    QJsonArray orders;
    for (size_t i = size_t(offset); i < found.size() && i < size_t(offset + limit); ++i)
        orders.append(QJsonObject{{QStringLiteral("order_id"), found[i]->id},
                                  {QStringLiteral("certificate_id"), found[i]->certificateId},
                                  {QStringLiteral("status"), Store::statusName(found[i]->status)}});
    if (!orders.isEmpty())
        body.insert(QStringLiteral("orders"), orders);
    return SandboxReply::json(200, body);
}

SandboxReply SandboxOrderRoutes::create(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    SandboxOrderRequestParser parser(store(), call.user, settings().uniqueAlternativeOrderIds);
    SandboxOrderRequestParser::NewOrder request;
    if (!parser.parse(call.arg(0), json, &request, &error))
        return error;
    return SandboxOrderPlacement(store(), workflow()).place(call.user, request);
}

SandboxReply SandboxOrderRoutes::updateStatus(SandboxCall &call) {
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    Store::Order *order = editableOrder(call, call.arg(0), &error);
    if (!order)
        return error;
    SandboxBodyReader body(json);
    const QString status = body.oneOf(QStringLiteral("status"),
                                      {QStringLiteral("canceled"), QStringLiteral("CANCELED")},
                                      SandboxBodyReader::Required);
    const QString note = body.string(QStringLiteral("note"), SandboxBodyReader::Required, 1024);
    if (!body.ok())
        return body.error();
    if (!workflow().cancel(*order, note, call.user.id))
        return badRequest(QStringLiteral("invalid_order_status"),
                          QStringLiteral("Only pending orders, orders waiting for pickup and "
                                         "pending reissues can be canceled; this order is %1")
                              .arg(Store::statusName(order->status)));
    return SandboxReply::noContent();
}
