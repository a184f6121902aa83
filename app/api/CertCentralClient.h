#pragma once

#include "BalanceHistoryQuery.h"
#include "FundsTransfer.h"
#include "NewOrganization.h"
#include "OrderQuery.h"
#include "RateLimiter.h"
#include "RequestListCall.h"
#include "RetryPolicy.h"
#include "TypedCall.h"

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
class CertificateDownloadCall;
class DomainDcvCall;
class DomainDeleteCall;
class DomainValidationCall;
class DomainListJob;
class BalanceHistoryJob;
class FundsTransferCall;
class PaymentProfileCall;
class RequestListJob;
class UserCall;
class OrderInfoCall;
class OrderListCall;
class OrderListJob;
class OrganizationContactCall;
class OrganizationCreateCall;
class OrganizationDeleteCall;
class OrganizationInfoCall;
class OrganizationListJob;
class OrganizationSubmitCall;
class OrganizationValidationCall;
class VerifiedContactAddCall;
class VerifiedContactListCall;
class StatusChangesCall;
class QNetworkReply;

// The asynchronous CertCentral Services API v2 client: the connection (base URL, key, extra
// CAs, timeout), the rate limiter every request passes and the queue that sends them; reads
// are retried by its RetryPolicy. Requests are started with start<Call>() or startList<Job>()
// (on the next event-loop turn, so connect first). The desktop program and the command line
// never do that themselves: they ask app/services, which hand back a typed Reply. The
// per-endpoint shorthands below (me(), orderInfo()...) predate the services; the api tests
// still use them.
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

    UserCall *me();
    OrderInfoCall *orderInfo(qint64 orderId);
    OrderListCall *listOrdersPage(const OrderQuery &query, qint64 offset);
    // Every page: the first one, then the rest concurrently within the rate limit.
    OrderListJob *listOrders(const OrderQuery &query);
    StatusChangesCall *statusChanges(int minutes);
    // Every domain (with its validations), matching an optional search text.
    DomainListJob *listDomains(const QString &search = {});
    // A domain's current DCV token (Domain info), a new one (replacing it), or a check now.
    DomainDcvCall *domainToken(qint64 domainId);
    DomainDcvCall *newDomainToken(qint64 domainId);
    DomainDcvCall *checkDomainDcv(qint64 domainId);
    DomainDeleteCall *deleteDomain(qint64 domainId);
    // types: ov and/or ev; dcvMethod: email, dns-txt-token, dns-cname-token or http-token.
    DomainValidationCall *submitDomainValidation(qint64 domainId, const QStringList &types,
                                                 const QString &dcvMethod);
    // Every organization (with its validations), matching an optional name search.
    OrganizationListJob *listOrganizations(const QString &search = {});
    OrganizationInfoCall *organizationInfo(qint64 organizationId);
    OrganizationValidationCall *organizationValidations(qint64 organizationId);
    OrganizationCreateCall *createOrganization(const NewOrganization &organization);
    // validations: each type (ov, ev, cs, ev_cs) with the verified contacts who approve it.
    OrganizationSubmitCall *
    submitOrganizationValidation(qint64 organizationId,
                                 const QList<NewOrganization::Validation> &validations);
    OrganizationContactCall *changeOrganizationContacts(qint64 organizationId,
                                                        const OrganizationContact &organization,
                                                        const OrganizationContact &technical);
    OrganizationDeleteCall *deleteOrganization(qint64 organizationId);
    VerifiedContactListCall *verifiedContacts(qint64 organizationId);
    VerifiedContactAddCall *addVerifiedContacts(qint64 organizationId,
                                                const QList<NewVerifiedContact> &contacts);
    // Every request matching the filter (approvals: pending, approved...), one page after another.
    RequestListJob *listRequests(const RequestListCall::Filter &filter);
    // A division's balance history, one page after another (today: the end of an open range).
    BalanceHistoryJob *balanceHistory(const BalanceHistoryQuery &query, const QDate &today);
    // Moves funds between two divisions: a write, sent once.
    FundsTransferCall *transferFunds(const FundsTransfer &transfer);
    // The account's stored cards.
    PaymentProfileCall *paymentProfiles();
    // Starts a call made elsewhere (a job's next page) on the next event-loop turn.
    void submit(ApiCall *call);
    // Sends one endpoint's request: client->call(OrderEndpoints::cancel(cancellation)). The
    // call is the client's child and deletes itself after finished().
    template <typename... Result> TypedCall<Result...> *call(Endpoint<Result...> endpoint) {
        auto *typed = new TypedCall<Result...>(this, std::move(endpoint));
        submit(typed);
        return typed;
    }
    // The one way to start a request: makes the call (or the list job that pages through one)
    // and starts it on the next event-loop turn, so the caller connects first. The services
    // start every request this way; the methods above are shorthands kept for the tests.
    template <typename Call, typename... Args> Call *start(Args &&...args) {
        auto *call = new Call(this, std::forward<Args>(args)...);
        submit(call);
        return call;
    }
    template <typename Job, typename... Args> Job *startList(Args &&...args) {
        auto *job = new Job(this, std::forward<Args>(args)...);
        QMetaObject::invokeMethod(job, &Job::start, Qt::QueuedConnection);
        return job;
    }
    // An issued certificate as pem_all, pem_noroot, pem_nointermediate, p7b or der (made
    // locally from pem_nointermediate).
    CertificateDownloadCall *downloadCertificate(qint64 certificateId, const QString &format);

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
