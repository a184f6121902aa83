#pragma once

#include "api/Endpoint.h"
#include "api/RateLimiter.h"
#include "api/RetryPolicy.h"
#include "api/TypedCall.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <deque>

class ApiCall;
class QNetworkReply;

// The asynchronous CertCentral Services API v2 client: the connection (base URL, key, extra
// CAs, timeout), the rate limiter every request passes and the queue that sends them; reads
// are retried by its RetryPolicy. It knows no endpoint: a request is started in one of two ways,
// both on the next event-loop turn (so connect first):
// - call(Endpoint): one request described by an entry of the area files (OrderEndpoints,
//   CertificateEndpoints, DomainEndpoints, OrganizationEndpoints, RequestEndpoints,
//   FinanceEndpoints, AccountEndpoints); it returns the TypedCall that holds the result.
// - startList<Job>(...): a list read page by page (OrderListJob, DomainListJob...).
// The desktop program and the command line never do either themselves: they ask app/services,
// which hand back a typed Reply.
class CertCentralClient : public QObject {
    Q_OBJECT
public:
    static QUrl usBaseUrl();
    static QUrl europeBaseUrl();

    explicit CertCentralClient(QObject *parent = nullptr);
    ~CertCentralClient() override;

    // https://www.digicert.com/services/v2/ or any custom base; a missing trailing slash is added.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    // Held in memory only, sent as X-DC-DEVKEY; never logged.
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // Certificates trusted in addition to the system's (a sandbox's own CA).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    void setTimeoutMs(int msecs) { m_timeoutMs = msecs; }
    int timeoutMs() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    void setRateLimits(const QList<RateLimiter::Window> &windows);
    void setMaxConcurrentRequests(int count) { m_maxInFlight = qMax(1, count); }
    // Requests sent in the current short window (for "37/100 per 5 s").
    int requestsInShortWindow() const;
    int shortWindowLimit() const;

    // Sends one endpoint's request: client->call(OrderEndpoints::cancel(cancellation)). The
    // call is the client's child and deletes itself after finished().
    template <typename... Result> TypedCall<Result...> *call(Endpoint<Result...> endpoint) {
        auto *typed = new TypedCall<Result...>(this, std::move(endpoint));
        submit(typed);
        return typed;
    }
    // Makes a list job (a class taking the client first) and starts it.
    template <typename Job, typename... Args> Job *startList(Args &&...args) {
        auto *job = new Job(this, std::forward<Args>(args)...);
        QMetaObject::invokeMethod(job, &Job::start, Qt::QueuedConnection);
        return job;
    }

    QNetworkAccessManager *networkAccessManager() { return &m_network; }

signals:
    // A request was admitted or finished; for the API budget in the status bar.
    void requestCountChanged();
    // CertCentral answered 403 access_denied|missing_permission. user/me does not tell a key
    // restricted by restricted_to_role_id (View Only, orders only...) from an unrestricted one,
    // so this refusal is how CertDesk learns it (decisions.md, current user).
    void permissionRefused(const QByteArray &method);

private:
    friend class ApiCall;
    // Starts a call on the next event-loop turn.
    void submit(ApiCall *call);
    // Puts a call in the queue; it is sent when the limits allow.
    void enqueue(ApiCall *call);
    void forget(ApiCall *call);
    void released(ApiCall *call);
    void pump();
    QNetworkReply *sendRequest(const QByteArray &method, const QString &path,
                               const QUrlQuery &query, const QByteArray &body);

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_apiKey;
    QList<QSslCertificate> m_extraCas;
    RateLimiter m_limiter;
    RetryPolicy m_retry;
    QElapsedTimer m_clock;
    QTimer m_pumpTimer;
    std::deque<ApiCall *> m_queue;
    int m_inFlight = 0;
    int m_maxInFlight = 6;
    int m_timeoutMs = 30000;
};
