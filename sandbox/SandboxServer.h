#pragma once

#include "SandboxFaults.h"
#include "SandboxRateLimiter.h"
#include "SandboxRequestLog.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QString>

class QHttpServerRequest;
class QTcpSocket;
class QUrlQuery;
class SandboxStore;

// The HTTP front of the sandbox: authentication, rate limits, injected faults, routing and
// replies for /services/v2/, plus the fault control endpoint /__sandbox/faults.
//
// It derives from QAbstractHttpServer rather than using QHttpServer's route table: one dispatch
// point sees every request, so 404 and 405 are told apart, checks run in a fixed order
// (key, faults, rate limit, route) and a reply can be withheld to close the connection.
class SandboxServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    struct Config {
        QList<QByteArray> keys; // key i belongs to administrator i
        bool rateLimit = true;
        SandboxRateLimiter::Window shortWindow{100, 5000};
        SandboxRateLimiter::Window longWindow{1000, 180000};
        int latencyMs = 0;
    };

    static constexpr int kMaxPageSize = 1000;
    static constexpr int kMaxStatusChangeMinutes = 10080;

    SandboxServer(SandboxStore *store, const Config &config, QObject *parent = nullptr);

    bool openRequestLog(const QString &path, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply {
        int status = 200;
        QByteArray body;  // compact JSON; empty for 204
        QByteArray allow; // Allow header for 405
    };

    Reply dispatchApi(const QHttpServerRequest &request, const QString &route, int userIndex);
    Reply faultControl(const QHttpServerRequest &request);
    Reply userMe(int userIndex) const;
    Reply listOrders(const QUrlQuery &query);
    Reply orderInfo(const QString &orderId) const;
    Reply statusChanges(const QUrlQuery &query) const;

    static Reply json(int status, const QJsonObject &body);
    static Reply error(int status, const QString &code, const QString &message);
    static Reply faultReply(int status);
    static void write(QHttpServerResponder &responder, const Reply &reply);
    void send(QHttpServerResponder &&responder, QTcpSocket *socket, const Reply &reply,
              int delayMs);
    void closeWithoutReply(QTcpSocket *socket);
    void log(const QHttpServerRequest &request, int status);

    SandboxStore *m_store;
    QHash<QByteArray, int> m_keys;
    SandboxRateLimiter m_rateLimiter;
    SandboxFaults m_faults;
    SandboxRequestLog m_log;
    QElapsedTimer m_clock;
};
