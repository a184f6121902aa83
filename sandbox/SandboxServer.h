#pragma once

#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxRateLimiter.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRequestLog.h"
#include "sandbox/SandboxRouteTable.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QString>

#include <memory>
#include <vector>

class QHttpServerRequest;
class QTcpSocket;
class SandboxControlRoutes;
class SandboxRoutes;
class SandboxServices;

// The HTTP front of the sandbox: authentication, rate limits, injected faults, routing and
// replies for /services/v2/, plus the loopback control endpoints under /__sandbox/.
//
// It derives from QAbstractHttpServer rather than using QHttpServer's route table: one dispatch
// point sees every request, so 404 and 405 are told apart, checks run in a fixed order
// (key, faults, rate limit, route, permission) and a reply can be withheld, cut short or
// corrupted on purpose. The per-area route classes register their handlers in a route table.
class SandboxServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    struct Config {
        bool rateLimit = true;
        SandboxRateLimiter::Window shortWindow{100, 5000};
        SandboxRateLimiter::Window longWindow{1000, 180000};
        SandboxFaults::Settings faults;
    };

    SandboxServer(const SandboxServices &services, const Config &config, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool openRequestLog(const QString &path, QString *error);

signals:
    // A request changed the account (a write that succeeded, or a control call).
    void stateChanged();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Faults that strike before routing (close, fail) and the rate limit; true when the
    // request was answered or dropped here.
    bool refusedBeforeRouting(const QHttpServerRequest &request, QTcpSocket *socket, int userId,
                              int latency);
    // Routes an admitted API request and sends its reply, through the faults that act on replies.
    void serveApi(const QHttpServerRequest &request, QTcpSocket *socket, const QString &path,
                  const QByteArray &key, int latency);
    // Logs the reply's status and sends it.
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, const SandboxReply &reply,
                int delayMs);
    SandboxReply dispatchApi(const QHttpServerRequest &request, const QString &route,
                             const QByteArray &key, bool *changed);
    SandboxReply control(const QHttpServerRequest &request, const QString &path, bool *changed);
    static void write(QHttpServerResponder &responder, const SandboxReply &reply);
    void send(QHttpServerResponder &&responder, QTcpSocket *socket, const SandboxReply &reply,
              int delayMs);
    void closeWithoutReply(QTcpSocket *socket);
    // Writes the status line and headers for the whole body, then only part of it (or none)
    // and closes the connection.
    void sendCut(QTcpSocket *socket, const SandboxReply &reply, bool withHalfBody, int delayMs);
    void log(const QHttpServerRequest &request, int status);

    const SandboxServices &m_services;
    SandboxRouteTable m_api;
    SandboxRouteTable m_controlTable;
    std::vector<std::unique_ptr<SandboxRoutes>> m_areas;
    std::unique_ptr<SandboxControlRoutes> m_control;
    SandboxRateLimiter m_rateLimiter;
    SandboxFaults m_faults;
    SandboxRequestLog m_log;
    QElapsedTimer m_clock;
};
