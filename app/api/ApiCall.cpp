#include "api/ApiCall.h"

#include "api/CertCentralClient.h"
#include "api/TlsErrorText.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcApiCall, "certdesk.api.call", QtInfoMsg)

QThreadPool *ApiCall::decodePool() {
    // One decoding thread: replies are decoded one after another while the UI thread stays
    // free. On a two-core machine a second decoder only took CPU time from the UI thread (and
    // from a local server), and the UI stalled for longer while loading.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(30000);
        return p;
    }();
    return pool;
}

ApiCall::ApiCall(CertCentralClient *client, QByteArray method, QString path, QUrlQuery query,
                 QByteArray body)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_idempotent(m_method == "GET")
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_body(std::move(body)) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
}

ApiCall::~ApiCall() {
    // The subclass is gone by now: a decode not yet started must not run (a waiting task is
    // run by the thread that waits for it), and one running must end before the members go.
    m_dying = true;
    if (m_decodeFuture.isRunning())
        m_decodeFuture.waitForFinished();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::waitForDecoding() {
    if (m_decodeFuture.isRunning())
        m_decodeFuture.waitForFinished();
}

void ApiCall::abort() {
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    if (m_reply) {
        m_reply->abort(); // onReplyFinished reports the cancellation
    } else if (!m_decoding) {
        m_client->forget(this);
        fail(ApiError::cancelled());
    }
}

void ApiCall::send() {
    if (m_aborted || m_finished)
        return;
    ++m_attempts;
    m_timedOut = false;
    m_sslErrors.clear();
    m_httpStatus = 0;
    m_clock.start();
    m_reply = m_client->sendRequest(m_method, m_path, m_query, m_body);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // Any progress restarts the clock: a slow but moving download is not a timeout.
    connect(m_reply, &QNetworkReply::downloadProgress, this,
            [this] { m_timeout.start(m_client->timeoutMs()); });
    m_timeout.start(m_client->timeoutMs());
}

void ApiCall::onReplyFinished() {
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    m_client->released(this);

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    m_httpStatus = statusAttr.isValid() ? statusAttr.toInt() : 0;
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    qCDebug(lcApiCall).noquote() << m_method << m_path << "->" << m_httpStatus << "in"
                                 << m_clock.elapsed() << "ms," << body.size() << "bytes";

    ApiError error;
    if (m_aborted) {
        error = ApiError::cancelled();
    } else if (m_timedOut) {
        error = ApiError::timeout(m_client->timeoutMs());
    } else if (m_httpStatus >= 200 && m_httpStatus < 300 &&
               reply->error() == QNetworkReply::NoError && expectsJson() && !body.isEmpty() &&
               !reply->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .contains(QLatin1String("json"), Qt::CaseInsensitive)) {
        // A gateway or captive portal answering for CertCentral: not the API's reply.
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        error = ApiError::decode(type.isEmpty() ? tr("the reply had no content type, not JSON")
                                                : tr("the reply was %1, not JSON").arg(type));
    } else if (m_httpStatus >= 200 && m_httpStatus < 300 &&
               (reply->error() == QNetworkReply::NoError)) {
        // Decode off the UI thread: a 1,000-order page is several megabytes of JSON.
        m_decoding = true;
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
            m_decoding = false;
            watcher->deleteLater();
            onDecoded(watcher->result());
        });
        const int status = m_httpStatus;
        m_decodeFuture = QtConcurrent::run(decodePool(), [this, body, status] {
            return m_dying ? QString() : decode(body, status);
        });
        watcher->setFuture(m_decodeFuture);
        return;
    } else if (m_httpStatus >= 300) {
        error = ApiError::fromHttp(m_httpStatus, body);
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        error = ApiError::tls(m_sslErrors.isEmpty()
                                  ? reply->errorString()
                                  : TlsErrorText::describe(m_sslErrors, reply->url().host()));
    } else if (m_httpStatus > 0 && m_httpStatus < 200) {
        error = ApiError::fromHttp(m_httpStatus, body);
    } else {
        error = ApiError::network(reply->errorString());
    }
    // A write that went out and got no answer, or an answer cut after its 2xx status line, may
    // have been carried out.
    if (!isIdempotent() &&
        (error.kind() == ApiError::Kind::Network || error.kind() == ApiError::Kind::Timeout) &&
        (m_httpStatus == 0 || (m_httpStatus >= 200 && m_httpStatus < 300)) &&
        reply->error() != QNetworkReply::ConnectionRefusedError &&
        reply->error() != QNetworkReply::HostNotFoundError)
        error = ApiError::outcomeUnknown(error);

    // A write that was answered 2xx happened, whatever the body said.
    if (!isIdempotent() && error.kind() == ApiError::Kind::Decode)
        error = ApiError::outcomeUnknown(error);
    if (retryLater(error))
        return;
    fail(error);
}

bool ApiCall::retryLater(const ApiError &error) {
    // An unreadable reply is tried once more, not as often as a dropped connection.
    if (error.kind() == ApiError::Kind::Decode && m_attempts >= 2)
        return false;
    if (m_client->retryPolicy().shouldRetry(error, m_attempts, isIdempotent())) {
        const int delay = m_client->retryPolicy().delayMs(
            m_attempts, QRandomGenerator::global()->generateDouble());
        qCInfo(lcApiCall).noquote() << m_method << m_path << "failed with" << error.shortCode()
                                    << "- retry" << m_attempts + 1 << "in" << delay << "ms";
        emit retrying(error, m_attempts + 1, delay);
        QTimer::singleShot(delay, this, [this] {
            if (m_aborted)
                fail(ApiError::cancelled());
            else
                m_client->enqueue(this);
        });
        return true;
    }
    return false;
}

void ApiCall::onDecoded(const QString &decodeError) {
    if (m_aborted) {
        fail(ApiError::cancelled());
        return;
    }
    if (!decodeError.isEmpty()) {
        const ApiError error = ApiError::decode(decodeError);
        if (isIdempotent() && retryLater(error))
            return;
        fail(isIdempotent() ? error : ApiError::outcomeUnknown(error));
        return;
    }
    deliver();
    finish();
}

void ApiCall::fail(const ApiError &error) {
    if (m_finished)
        return;
    m_error = error;
    qCInfo(lcApiCall).noquote() << m_method << m_path << "failed:" << error.shortCode();
    if (m_client && error.httpStatus() == 403 &&
        error.hasCode(QStringLiteral("access_denied|missing_permission")))
        emit m_client->permissionRefused(m_method);
    emit failed(error);
    finish();
}

void ApiCall::finish() {
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}
