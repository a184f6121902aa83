#include "api/CertCentralClient.h"

#include "api/OneShotBody.h"

#include "api/ApiCall.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <algorithm>

QUrl CertCentralClient::usBaseUrl() {
    return QUrl(QStringLiteral("https://www.digicert.com/services/v2/"));
}

QUrl CertCentralClient::europeBaseUrl() {
    return QUrl(QStringLiteral("https://certcentral.digicert.eu/services/v2/"));
}

CertCentralClient::CertCentralClient(QObject *parent)
    : QObject(parent)
    , m_baseUrl(usBaseUrl()) {
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &CertCentralClient::pump);
    // Redirects are not followed: the key must never travel to another host.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

CertCentralClient::~CertCentralClient() {
    m_queue.clear();
    // Calls are children; they abort their replies when deleted. A call still decoding must
    // finish while it is whole: QObject deletes the children after this body.
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->waitForDecoding();
}

void CertCentralClient::setBaseUrl(const QUrl &url) {
    m_baseUrl = url;
    QString path = m_baseUrl.path();
    if (!path.endsWith(QLatin1Char('/')))
        m_baseUrl.setPath(path + QLatin1Char('/'));
}

void CertCentralClient::setApiKey(const QString &key) {
    m_apiKey = key.trimmed();
}

void CertCentralClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates) {
    m_extraCas = certificates;
}

void CertCentralClient::setRateLimits(const QList<RateLimiter::Window> &windows) {
    m_limiter = RateLimiter(windows);
}

int CertCentralClient::requestsInShortWindow() const {
    return m_limiter.usedInFirstWindow(m_clock.elapsed());
}

int CertCentralClient::shortWindowLimit() const {
    return m_limiter.windows().isEmpty() ? 0 : m_limiter.windows().first().limit;
}

void CertCentralClient::submit(ApiCall *call) {
    // Start on the next turn of the event loop so the caller can connect first. The call is
    // the context: a call deleted before that turn (a page closed at once) takes the queued
    // start with it instead of leaving a dangling pointer (found by AddressSanitizer).
    QMetaObject::invokeMethod(
        call, [this, call] { enqueue(call); }, Qt::QueuedConnection);
}

void CertCentralClient::enqueue(ApiCall *call) {
    if (call->m_aborted) {
        call->fail(ApiError::cancelled());
        return;
    }
    m_queue.push_back(call);
    pump();
}

void CertCentralClient::forget(ApiCall *call) {
    m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), call), m_queue.end());
}

void CertCentralClient::released(ApiCall *) {
    m_inFlight = qMax(0, m_inFlight - 1);
    emit requestCountChanged();
    pump();
}

void CertCentralClient::pump() {
    while (!m_queue.empty() && m_inFlight < m_maxInFlight) {
        const qint64 now = m_clock.elapsed();
        const qint64 wait = m_limiter.delayUntilAllowed(now);
        if (wait > 0) {
            if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > wait)
                m_pumpTimer.start(int(qMin<qint64>(wait, 60 * 60 * 1000)));
            return;
        }
        ApiCall *call = m_queue.front();
        m_queue.pop_front();
        m_limiter.record(now);
        ++m_inFlight;
        call->send();
        emit requestCountChanged();
    }
}

QNetworkReply *CertCentralClient::sendRequest(const QByteArray &method, const QString &path,
                                              const QUrlQuery &query, const QByteArray &body) {
    QUrl url = m_baseUrl.resolved(QUrl(path));
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("X-DC-DEVKEY", m_apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("CertDesk/%1").arg(QStringLiteral(CERTDESK_VERSION)));
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCas);
        request.setSslConfiguration(ssl);
    }
    if (method == "GET")
        return m_network.sendCustomRequest(request, method, body);
    // Writes go out once: if the connection drops before the reply, the call fails rather
    // than being sent again by Qt (see OneShotBody), and is never retried (RetryPolicy).
    auto *device = new OneShotBody(body);
    device->open(QIODevice::ReadOnly);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, device);
    device->setParent(reply);
    return reply;
}
