#include "sandbox/SandboxServer.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxAccountRoutes.h"
#include "sandbox/SandboxCall.h"
#include "sandbox/SandboxCertificateRoutes.h"
#include "sandbox/SandboxControlRoutes.h"
#include "sandbox/SandboxDomainRoutes.h"
#include "sandbox/SandboxFinanceRoutes.h"
#include "sandbox/SandboxLifecycleRoutes.h"
#include "sandbox/SandboxOrderRoutes.h"
#include "sandbox/SandboxOrganizationRoutes.h"
#include "sandbox/SandboxProductRoutes.h"
#include "sandbox/SandboxRedactor.h"
#include "sandbox/SandboxRequestRoutes.h"
#include "sandbox/SandboxRevocationRoutes.h"
#include "sandbox/SandboxServices.h"
#include "sandbox/SandboxValidationRoutes.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace {

const QString kApiPrefix = QStringLiteral("/services/v2");
const QString kControlPrefix = QStringLiteral("/__sandbox/");
const QString kFaultPath = QStringLiteral("/__sandbox/faults");
const QByteArray kKeyHeader = QByteArrayLiteral("X-DC-DEVKEY");

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

SandboxReply faultReply(int status) {
    switch (status) {
    case 429:
        return SandboxReply::error(429, QStringLiteral("request_limit_exceeded"),
                                   QStringLiteral("Service unavailable, please limit request "
                                                  "volume"));
    case 500:
        return SandboxReply::error(500, QStringLiteral("internal_error"),
                                   QStringLiteral("An unexpected error occurred, please try "
                                                  "again later"));
    default:
        return SandboxReply::error(status, QStringLiteral("service_unavailable"),
                                   QStringLiteral("The service is temporarily unavailable, "
                                                  "please try again later"));
    }
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Service Unavailable";
    }
}

} // namespace

SandboxServer::SandboxServer(const SandboxServices &services, const Config &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_services(services)
    , m_rateLimiter(config.shortWindow, config.longWindow)
    , m_faults(config.faults) {
    m_rateLimiter.setEnabled(config.rateLimit);
    m_areas.push_back(std::make_unique<SandboxAccountRoutes>(services));
    m_areas.push_back(std::make_unique<SandboxProductRoutes>(services));
    m_areas.push_back(std::make_unique<SandboxOrderRoutes>(services));
    m_areas.push_back(std::make_unique<SandboxValidationRoutes>(services));
    m_areas.push_back(std::make_unique<SandboxLifecycleRoutes>(services));
    m_areas.push_back(std::make_unique<SandboxRevocationRoutes>(services));
    m_areas.push_back(std::make_unique<SandboxRequestRoutes>(services));
    m_areas.push_back(std::make_unique<SandboxCertificateRoutes>(services));
    m_areas.push_back(std::make_unique<SandboxDomainRoutes>(services));
    m_areas.push_back(std::make_unique<SandboxOrganizationRoutes>(services));
    m_areas.push_back(std::make_unique<SandboxFinanceRoutes>(services));
    for (const auto &area : m_areas)
        area->registerRoutes(m_api);
    m_control = std::make_unique<SandboxControlRoutes>(services);
    m_control->registerRoutes(m_controlTable);
    m_clock.start();
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::openRequestLog(const QString &path, QString *error) {
    if (m_log.open(path))
        return true;
    *error = m_log.errorString();
    return false;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    // handleRequest() answers everything; this only runs if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, SandboxReply::error(404, QStringLiteral("not_found|route"),
                                         QStringLiteral("No route matches this path")));
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    QString path = request.url().path(QUrl::FullyDecoded);
    if (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);

    if (path.startsWith(kControlPrefix) || path == kControlPrefix.chopped(1)) {
        bool changed = false;
        const SandboxReply reply = control(request, path, &changed);
        answer(request, socket, reply, 0);
        if (changed)
            emit stateChanged();
        return true;
    }

    if (path != kApiPrefix && !path.startsWith(kApiPrefix + QLatin1Char('/'))) {
        answer(request, socket,
               SandboxReply::error(404, QStringLiteral("not_found|route"),
                                   QStringLiteral("Nothing is served at %1; the API lives under "
                                                  "/services/v2/")
                                       .arg(path)),
               0);
        return true;
    }

    const int latency = m_faults.latencyMs();
    const QByteArray key = request.value(kKeyHeader);
    const SandboxAccount::User *user = m_services.account().userForKey(key);
    if (!user) {
        answer(request, socket,
               SandboxReply::error(403, QStringLiteral("access_denied|access_denied_invalid_key"),
                                   QStringLiteral("The API key is missing or invalid.")),
               latency);
        return true;
    }
    if (!refusedBeforeRouting(request, socket, user->id, latency))
        serveApi(request, socket, path, key, latency);
    return true;
}

bool SandboxServer::refusedBeforeRouting(const QHttpServerRequest &request, QTcpSocket *socket,
                                         int userId, int latency) {
    int failStatus = 0;
    switch (m_faults.before(m_clock.elapsed(), &failStatus)) {
    case SandboxFaults::Action::Close:
        log(request, 0);
        closeWithoutReply(socket);
        return true;
    case SandboxFaults::Action::Fail:
        answer(request, socket, faultReply(failStatus), latency);
        return true;
    default:
        break;
    }
    if (!m_rateLimiter.admit(userId, m_clock.elapsed())) {
        answer(request, socket, faultReply(429), latency);
        return true;
    }
    return false;
}

void SandboxServer::serveApi(const QHttpServerRequest &request, QTcpSocket *socket,
                             const QString &path, const QByteArray &key, int latency) {
    bool changed = false;
    SandboxReply reply = dispatchApi(request, path.mid(kApiPrefix.size()), key, &changed);
    if (changed)
        emit stateChanged();
    const bool isWrite = request.method() != QHttpServerRequest::Method::Get &&
                         request.method() != QHttpServerRequest::Method::Head;
    // Only a write that was applied can lose its reply.
    switch (m_faults.after(isWrite && !reply.isError(), !reply.body.isEmpty(),
                           reply.isJson() && !reply.body.isEmpty())) {
    case SandboxFaults::Action::LoseReply:
        // The write has been applied; the client never hears about it.
        log(request, 0);
        closeWithoutReply(socket);
        return;
    case SandboxFaults::Action::CloseAfterHeaders:
        log(request, 0);
        sendCut(socket, reply, false, latency);
        return;
    case SandboxFaults::Action::TruncateBody:
        log(request, 0);
        sendCut(socket, reply, true, latency);
        return;
    case SandboxFaults::Action::MalformedJson:
        // Half of the JSON with a matching Content-Length: valid HTTP, invalid JSON.
        reply.body = reply.body.left(qMax<qsizetype>(1, reply.body.size() / 2));
        break;
    case SandboxFaults::Action::WrongContentType:
        // A proxy's error page in place of the API's JSON, with a 200 status.
        reply.status = 200;
        reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        reply.body = QByteArrayLiteral("<html><body><h1>Service notice</h1><p>Please try again "
                                       "later.</p></body></html>");
        break;
    case SandboxFaults::Action::EmptyOk:
        reply.status = 200;
        reply.contentType = QByteArrayLiteral("application/json");
        reply.body.clear();
        break;
    default:
        break;
    }
    answer(request, socket, reply, latency);
}

void SandboxServer::answer(const QHttpServerRequest &request, QTcpSocket *socket,
                           const SandboxReply &reply, int delayMs) {
    log(request, reply.status);
    send(makeResponder(request, socket), socket, reply, delayMs);
}

SandboxReply SandboxServer::dispatchApi(const QHttpServerRequest &request, const QString &route,
                                        const QByteArray &key, bool *changed) {
    const QString method = methodName(request.method());
    const SandboxRouteTable::Match match = m_api.find(method, route);
    if (match.outcome == SandboxRouteTable::Outcome::NotFound)
        return SandboxReply::error(
            404, QStringLiteral("not_found|route"),
            QStringLiteral("No API route matches %1").arg(kApiPrefix + route));
    if (match.outcome == SandboxRouteTable::Outcome::MethodNotAllowed) {
        SandboxReply reply = SandboxReply::error(
            405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not allowed on %2; use %3")
                .arg(method, kApiPrefix + route, QString::fromLatin1(match.allow)));
        reply.headers.append({QByteArrayLiteral("Allow"), match.allow});
        return reply;
    }
    const SandboxAccount::User *user = m_services.account().userForKey(key);
    if (method != QLatin1String("GET") && !SandboxAccount::canWrite(user->role))
        return SandboxReply::error(403, QStringLiteral("access_denied|missing_permission"),
                                   QStringLiteral("This API key is view-only: it may read but "
                                                  "not change anything"));
    SandboxCall call;
    call.method = method;
    call.path = route;
    call.args = match.args;
    call.query = decodedQuery(request.query());
    call.body = request.body();
    call.user = *user;
    const SandboxReply reply = (*match.handler)(call);
    *changed = !reply.isError() &&
               (method != QLatin1String("GET") || route.startsWith(QLatin1String("/certificate")));
    return reply;
}

SandboxReply SandboxServer::control(const QHttpServerRequest &request, const QString &path,
                                    bool *changed) {
    if (!request.remoteAddress().isLoopback())
        return SandboxReply::error(403, QStringLiteral("access_denied"),
                                   QStringLiteral("The sandbox controls answer this machine "
                                                  "only"));
    if (path == kFaultPath) {
        switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            return SandboxReply::json(200, m_faults.toJson(m_clock.elapsed()));
        case QHttpServerRequest::Method::Delete:
            m_faults.clear();
            return SandboxReply::noContent();
        case QHttpServerRequest::Method::Post: {
            QJsonParseError parseError{};
            const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return SandboxReply::error(
                    400, QStringLiteral("invalid_json"),
                    QStringLiteral("The body must be a JSON object such as "
                                   "{\"fail_next\": {\"status\": 503, \"count\": 2}}"));
            QString code;
            QString message;
            if (!m_faults.apply(document.object(), m_clock.elapsed(), &code, &message))
                return SandboxReply::error(400, code, message);
            return SandboxReply::noContent();
        }
        default: {
            SandboxReply reply = SandboxReply::error(
                405, QStringLiteral("method_not_allowed"),
                QStringLiteral("%1 is not allowed on %2; use GET, POST or DELETE")
                    .arg(methodName(request.method()), kFaultPath));
            reply.headers.append(
                {QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, POST, DELETE")});
            return reply;
        }
        }
    }
    const QString method = methodName(request.method());
    const QString route = path.mid(kControlPrefix.size());
    const SandboxRouteTable::Match match = m_controlTable.find(method, route);
    if (match.outcome == SandboxRouteTable::Outcome::NotFound)
        return SandboxReply::error(404, QStringLiteral("not_found|route"),
                                   QStringLiteral("No sandbox control at %1").arg(path));
    if (match.outcome == SandboxRouteTable::Outcome::MethodNotAllowed) {
        SandboxReply reply =
            SandboxReply::error(405, QStringLiteral("method_not_allowed"),
                                QStringLiteral("%1 is not allowed on %2").arg(method, path));
        reply.headers.append({QByteArrayLiteral("Allow"), match.allow});
        return reply;
    }
    SandboxCall call;
    call.method = method;
    call.path = route;
    call.args = match.args;
    call.query = decodedQuery(request.query());
    call.body = request.body();
    const SandboxReply reply = (*match.handler)(call);
    *changed = !reply.isError() && method != QLatin1String("GET");
    return reply;
}

void SandboxServer::write(QHttpServerResponder &responder, const SandboxReply &reply) {
    const auto status = QHttpServerResponder::StatusCode(reply.status);
    responder.writeStatusLine(status);
    if (!reply.body.isEmpty() && !reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    for (const auto &header : reply.headers)
        responder.writeHeader(header.first, header.second);
    // 204 carries neither a body nor a Content-Length.
    if (reply.status != 204)
        responder.writeHeader(QByteArrayLiteral("Content-Length"),
                              QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

void SandboxServer::send(QHttpServerResponder &&responder, QTcpSocket *socket,
                         const SandboxReply &reply, int delayMs) {
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

void SandboxServer::sendCut(QTcpSocket *socket, const SandboxReply &reply, bool withHalfBody,
                            int delayMs) {
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    // The connection ends here; said so, a reply without a body (a 204, which arrives whole)
    // does not leave the client a kept-alive connection that closes under its next request.
    head += "Connection: close\r\n\r\n";
    if (withHalfBody)
        head += reply.body.left(reply.body.size() / 2);
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(qMax(0, delayMs), this, [guard, head] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        guard->write(head);
        guard->flush();
        // Let the bytes go out before the connection ends.
        QTimer::singleShot(20, guard, [guard] {
            if (guard)
                guard->disconnectFromHost();
        });
    });
}

void SandboxServer::log(const QHttpServerRequest &request, int status) {
    if (!m_log.isOpen())
        return;
    const SandboxRedactor redactor(m_services.account().keys());
    m_log.write(methodName(request.method()), request.url().path(),
                redactor.query(request.url().query()), redactor.body(request.body()), status);
}
