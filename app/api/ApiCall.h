#pragma once

#include "core/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <atomic>

class CertCentralClient;
class QNetworkReply;
class QThreadPool;

// One HTTP request to CertCentral: it owns the reply, the timeout, the retries and the error.
// Subclasses decode the body (on a worker thread) and emit one typed signal. A call deletes
// itself after finished().
class ApiCall : public QObject {
    Q_OBJECT
public:
    ApiCall(CertCentralClient *client, QByteArray method, QString path, QUrlQuery query = {},
            QByteArray body = {});
    ~ApiCall() override;

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    QUrlQuery query() const { return m_query; }
    // Reads are retried on 429, 5xx, timeouts and dropped connections; writes are not, unless
    // the call says that repeating it changes nothing (setIdempotent).
    bool isIdempotent() const { return m_idempotent; }
    int attempts() const { return m_attempts; }
    const ApiError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }

    // Where replies are decoded: one worker thread shared by every call.
    static QThreadPool *decodePool();

    // Stops the call; failed(ApiError::cancelled()) and finished() follow.
    void abort();
    // Blocks until a decode on the worker thread is done. Whoever deletes a call while it may
    // be decoding (the client, deleting its children) calls this first, while the subclass
    // whose members decode() fills still exists.
    void waitForDecoding();

signals:
    void failed(const ApiError &error);
    // Every call ends with this, after its result or failed().
    void finished();
    // Emitted before each retry with the error that caused it and the wait.
    void retrying(const ApiError &error, int attempt, int delayMs);

protected:
    // Runs on a worker thread: parse the body, keep the result in members. Return an empty
    // string on success or why the body could not be read.
    virtual QString decode(const QByteArray &body, int httpStatus) = 0;
    // Runs on the call's thread after decode() succeeded: emit the typed signal.
    virtual void deliver() = 0;
    // The content type a successful reply must have: JSON, unless a subclass downloads a file.
    // A 2xx reply of another type (a proxy's HTML page) is an error, never decoded.
    virtual bool expectsJson() const { return true; }
    // For a PUT or POST whose repetition gives the same result (it reads, or hands back what
    // already exists): retried like a read.
    void setIdempotent(bool idempotent) { m_idempotent = idempotent; }

private:
    friend class CertCentralClient;
    void send(); // called by the client when the rate limiter admits the call
    void onReplyFinished();
    void onDecoded(const QString &decodeError);
    void fail(const ApiError &error);
    // Schedules another attempt when the policy allows one for this error; false otherwise.
    bool retryLater(const ApiError &error);
    void finish();

    CertCentralClient *m_client;
    QByteArray m_method;
    bool m_idempotent = false;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QFuture<QString> m_decodeFuture;
    QTimer m_timeout;
    QElapsedTimer m_clock;
    QList<QSslError> m_sslErrors;
    ApiError m_error;
    int m_attempts = 0;
    int m_httpStatus = 0;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_decoding = false;
    std::atomic_bool m_dying{false};
    bool m_finished = false;
};
