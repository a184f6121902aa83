#include "SandboxServer.h"

#include "SandboxJson.h"
#include "SandboxStore.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace {

const QString kApiPrefix = QStringLiteral("/services/v2");
const QString kFaultPath = QStringLiteral("/__sandbox/faults");
const QByteArray kKeyHeader = QByteArrayLiteral("X-DC-DEVKEY");
const QByteArray kJsonType = QByteArrayLiteral("application/json");

QString methodName(QHttpServerRequest::Method method) {
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return QStringLiteral("GET");
    case M::Put:
        return QStringLiteral("PUT");
    case M::Delete:
        return QStringLiteral("DELETE");
    case M::Post:
        return QStringLiteral("POST");
    case M::Head:
        return QStringLiteral("HEAD");
    case M::Options:
        return QStringLiteral("OPTIONS");
    case M::Patch:
        return QStringLiteral("PATCH");
    case M::Connect:
        return QStringLiteral("CONNECT");
    case M::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

// Digits only, so "+5", " 5", "5.0" and "0x10" are all refused. Values past 999999999 report
// overflow instead of a number.
enum class IntParse { Ok, Invalid, TooLarge };
IntParse parseCount(const QString &text, qint64 *value) {
    if (text.isEmpty())
        return IntParse::Invalid;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return IntParse::Invalid;
    }
    if (text.size() > 9)
        return IntParse::TooLarge;
    *value = text.toLongLong();
    return IntParse::Ok;
}

// Query parameters fully decoded; for a repeated name the first value wins.
QHash<QString, QString> decodedQuery(const QUrlQuery &query) {
    QHash<QString, QString> values;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!values.contains(item.first))
            values.insert(item.first, item.second);
    }
    return values;
}

} // namespace

SandboxServer::SandboxServer(SandboxStore *store, const Config &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_rateLimiter(config.shortWindow, config.longWindow)
    , m_faults(config.latencyMs) {
    for (qsizetype i = 0; i < config.keys.size(); ++i)
        m_keys.insert(config.keys.at(i), int(i));
    m_rateLimiter.setEnabled(config.rateLimit);
    m_clock.start();
}

bool SandboxServer::openRequestLog(const QString &path, QString *error) {
    if (m_log.open(path))
        return true;
    *error = m_log.errorString();
    return false;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    // handleRequest() answers everything; this only runs if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, error(404, QStringLiteral("not_found|route"),
                           QStringLiteral("No route matches this path")));
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    QString path = request.url().path(QUrl::FullyDecoded);
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);

    if (path == kFaultPath) {
        const Reply reply = faultControl(request);
        log(request, reply.status);
        send(makeResponder(request, socket), socket, reply, 0);
        return true;
    }

    if (path != kApiPrefix && !path.startsWith(kApiPrefix + QLatin1Char('/'))) {
        const Reply reply = error(404, QStringLiteral("not_found|route"),
                                  QStringLiteral("Nothing is served at %1; the API lives under "
                                                 "/services/v2/")
                                      .arg(path));
        log(request, reply.status);
        send(makeResponder(request, socket), socket, reply, 0);
        return true;
    }

    const int latency = m_faults.latencyMs();
    const QByteArray key = request.value(kKeyHeader);
    const auto user = m_keys.constFind(key);
    if (key.isEmpty() || user == m_keys.constEnd()) {
        const Reply reply = error(403, QStringLiteral("access_denied|access_denied_invalid_key"),
                                  QStringLiteral("The API key is missing or invalid."));
        log(request, reply.status);
        send(makeResponder(request, socket), socket, reply, latency);
        return true;
    }

    int failStatus = 0;
    switch (m_faults.take(&failStatus)) {
    case SandboxFaults::Action::Close:
        log(request, 0);
        closeWithoutReply(socket);
        return true;
    case SandboxFaults::Action::Fail: {
        const Reply reply = faultReply(failStatus);
        log(request, reply.status);
        send(makeResponder(request, socket), socket, reply, latency);
        return true;
    }
    case SandboxFaults::Action::None:
        break;
    }

    Reply reply;
    if (!m_rateLimiter.admit(user.value(), m_clock.elapsed()))
        reply = faultReply(429);
    else
        reply = dispatchApi(request, path.mid(kApiPrefix.size()), user.value());
    log(request, reply.status);
    send(makeResponder(request, socket), socket, reply, latency);
    return true;
}

SandboxServer::Reply SandboxServer::dispatchApi(const QHttpServerRequest &request,
                                                const QString &route, int userIndex) {
    const QStringList segments = route.split(QLatin1Char('/'));
    // segments[0] is the empty string before the leading slash.
    enum class Route { None, UserMe, OrderList, StatusChanges, OrderInfo };
    Route match = Route::None;
    if (segments.size() == 3 && segments.at(1) == QLatin1String("user") &&
        segments.at(2) == QLatin1String("me")) {
        match = Route::UserMe;
    } else if (segments.size() >= 3 && segments.at(1) == QLatin1String("order") &&
               segments.at(2) == QLatin1String("certificate")) {
        if (segments.size() == 3)
            match = Route::OrderList;
        else if (segments.size() == 4 && segments.at(3) == QLatin1String("status-changes"))
            match = Route::StatusChanges; // a literal segment wins over {order_id}
        else if (segments.size() == 4 && !segments.at(3).isEmpty())
            match = Route::OrderInfo;
    }

    if (match == Route::None)
        return error(404, QStringLiteral("not_found|route"),
                     QStringLiteral("No API route matches %1").arg(kApiPrefix + route));
    if (request.method() != QHttpServerRequest::Method::Get) {
        Reply reply = error(405, QStringLiteral("method_not_allowed"),
                            QStringLiteral("%1 is not allowed on %2; use GET")
                                .arg(methodName(request.method()), kApiPrefix + route));
        reply.allow = QByteArrayLiteral("GET");
        return reply;
    }

    switch (match) {
    case Route::UserMe:
        return userMe(userIndex);
    case Route::OrderList:
        return listOrders(request.query());
    case Route::StatusChanges:
        return statusChanges(request.query());
    case Route::OrderInfo:
        return orderInfo(segments.at(3));
    case Route::None:
        break;
    }
    return error(404, QStringLiteral("not_found|route"), QStringLiteral("No API route matches"));
}

SandboxServer::Reply SandboxServer::userMe(int userIndex) const {
    return json(200, SandboxJson::user(*m_store, m_store->administrator(userIndex)));
}

SandboxServer::Reply SandboxServer::listOrders(const QUrlQuery &urlQuery) {
    const QHash<QString, QString> params = decodedQuery(urlQuery);
    SandboxStore::ListQuery query;
    qint64 number = 0;

    const auto limit = params.constFind(QStringLiteral("limit"));
    if (limit != params.constEnd()) {
        if (parseCount(limit.value(), &number) != IntParse::Ok || number < 1 ||
            number > kMaxPageSize)
            return error(400, QStringLiteral("invalid_value|limit"),
                         QStringLiteral("limit must be an integer from 1 to %1").arg(kMaxPageSize));
        query.limit = int(number);
    }
    const auto offset = params.constFind(QStringLiteral("offset"));
    if (offset != params.constEnd()) {
        if (parseCount(offset.value(), &number) != IntParse::Ok)
            return error(400, QStringLiteral("invalid_value|offset"),
                         QStringLiteral("offset must be an integer of 0 or more"));
        query.offset = int(number);
    }
    const auto status = params.constFind(QStringLiteral("filters[status]"));
    if (status != params.constEnd()) {
        query.status = SandboxStore::statusFromName(status.value());
        if (!query.status)
            return error(400, QStringLiteral("invalid_value|filters[status]"),
                         QStringLiteral("filters[status] must be one of: %1")
                             .arg(SandboxStore::statusNames().join(QStringLiteral(", "))));
    }
    query.search = params.value(QStringLiteral("filters[search]"));
    const auto sort = params.constFind(QStringLiteral("sort"));
    if (sort != params.constEnd() &&
        !SandboxStore::sortKeyFromName(sort.value(), &query.sort, &query.descending))
        return error(400, QStringLiteral("invalid_value|sort"),
                     QStringLiteral("sort must be one of: %1; prefix a field with - to sort "
                                    "descending")
                         .arg(SandboxStore::sortKeyNames().join(QStringLiteral(", "))));

    const SandboxStore::ListResult result = m_store->list(query);
    QJsonObject body{
        {QStringLiteral("page"), QJsonObject{{QStringLiteral("total"), result.total},
                                             {QStringLiteral("limit"), query.limit},
                                             {QStringLiteral("offset"), query.offset}}}};
    // An empty page leaves the collection out entirely, as the live API may.
    if (!result.orders.empty()) {
        QJsonArray orders;
        for (const SandboxStore::Order *order : result.orders)
            orders.append(SandboxJson::orderSummary(*m_store, *order));
        body.insert(QStringLiteral("orders"), orders);
    }
    return json(200, body);
}

SandboxServer::Reply SandboxServer::orderInfo(const QString &orderId) const {
    qint64 id = 0;
    const SandboxStore::Order *order =
        parseCount(orderId, &id) == IntParse::Ok ? m_store->findOrder(id) : nullptr;
    if (!order)
        return error(404, QStringLiteral("not_found|order"), QStringLiteral("Order not found"));
    return json(200, SandboxJson::orderInfo(*m_store, *order));
}

SandboxServer::Reply SandboxServer::statusChanges(const QUrlQuery &urlQuery) const {
    const QHash<QString, QString> params = decodedQuery(urlQuery);
    qint64 minutes = 0;
    const IntParse parsed = parseCount(params.value(QStringLiteral("minutes")), &minutes);
    if (parsed == IntParse::TooLarge ||
        (parsed == IntParse::Ok && minutes > kMaxStatusChangeMinutes))
        return error(400, QStringLiteral("time_frame_too_long"),
                     QStringLiteral("Reduce the timeframe to a value less than 10080 minutes"));
    if (parsed != IntParse::Ok || minutes < 1)
        return error(
            400, QStringLiteral("invalid_value|minutes"),
            QStringLiteral("minutes must be an integer from 1 to %1").arg(kMaxStatusChangeMinutes));

    const auto changed = m_store->statusChangesWithin(int(minutes));
    if (changed.empty())
        return json(200, QJsonObject());
    QJsonArray orders;
    for (const SandboxStore::Order *order : changed) {
        orders.append(
            QJsonObject{{QStringLiteral("order_id"), order->id},
                        {QStringLiteral("certificate_id"), order->certificateId},
                        {QStringLiteral("status"), SandboxStore::statusName(order->status)}});
    }
    return json(200, QJsonObject{{QStringLiteral("orders"), orders}});
}

SandboxServer::Reply SandboxServer::faultControl(const QHttpServerRequest &request) {
    if (!request.remoteAddress().isLoopback())
        return error(403, QStringLiteral("access_denied"),
                     QStringLiteral("Fault control is available from this machine only"));
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return json(200, m_faults.toJson());
    case QHttpServerRequest::Method::Delete:
        m_faults.clear();
        return Reply{204, QByteArray(), QByteArray()};
    case QHttpServerRequest::Method::Post: {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return error(400, QStringLiteral("invalid_json"),
                         QStringLiteral("The body must be a JSON object such as "
                                        "{\"fail_next\": {\"status\": 503, \"count\": 2}}"));
        QString code;
        QString message;
        if (!m_faults.apply(document.object(), &code, &message))
            return error(400, code, message);
        return Reply{204, QByteArray(), QByteArray()};
    }
    default: {
        Reply reply = error(405, QStringLiteral("method_not_allowed"),
                            QStringLiteral("%1 is not allowed on %2; use GET, POST or DELETE")
                                .arg(methodName(request.method()), kFaultPath));
        reply.allow = QByteArrayLiteral("GET, POST, DELETE");
        return reply;
    }
    }
}

SandboxServer::Reply SandboxServer::json(int status, const QJsonObject &body) {
    return Reply{status, SandboxJson::compact(body), QByteArray()};
}

SandboxServer::Reply SandboxServer::error(int status, const QString &code, const QString &message) {
    return json(status, SandboxJson::error(code, message));
}

SandboxServer::Reply SandboxServer::faultReply(int status) {
    switch (status) {
    case 429:
        return error(429, QStringLiteral("request_limit_exceeded"),
                     QStringLiteral("Service unavailable, please limit request volume"));
    case 500:
        return error(500, QStringLiteral("internal_error"),
                     QStringLiteral("An unexpected error occurred, please try again later"));
    default:
        return error(status, QStringLiteral("service_unavailable"),
                     QStringLiteral("The service is temporarily unavailable, please try again "
                                    "later"));
    }
}

void SandboxServer::write(QHttpServerResponder &responder, const Reply &reply) {
    const auto status = QHttpServerResponder::StatusCode(reply.status);
    responder.writeStatusLine(status);
    if (!reply.body.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), kJsonType);
    if (!reply.allow.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Allow"), reply.allow);
    // 204 carries neither a body nor a Content-Length.
    if (reply.status != 204)
        responder.writeHeader(QByteArrayLiteral("Content-Length"),
                              QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

void SandboxServer::send(QHttpServerResponder &&responder, QTcpSocket *socket, const Reply &reply,
                         int delayMs) {
    if (delayMs <= 0) {
        write(responder, reply);
        return;
    }
    // The responder outlives this call; the timer answers later without blocking other
    // connections. If the client has gone by then, the reply is dropped.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delayMs, this, [pending, guard, reply] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(*pending, reply);
    });
}

void SandboxServer::closeWithoutReply(QTcpSocket *socket) {
    // Deferred: QAbstractHttpServer only cleans a socket up when it disconnects after the
    // request handler has returned.
    QTimer::singleShot(0, socket, [socket] { socket->disconnectFromHost(); });
}

void SandboxServer::log(const QHttpServerRequest &request, int status) {
    if (!m_log.isOpen())
        return;
    m_log.write(methodName(request.method()), request.url().path(), request.url().query(), status);
}
