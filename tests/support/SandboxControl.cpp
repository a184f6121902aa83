#include "SandboxControl.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace {
int waitForStatus(QNetworkReply *reply, QByteArray *body) {
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body)
        *body = reply->readAll();
    reply->deleteLater();
    return status;
}

QNetworkRequest makeRequest(const QUrl &url, const QList<QSslCertificate> &ca) {
    QNetworkRequest request(url);
    if (!ca.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(ca);
        request.setSslConfiguration(ssl);
    }
    return request;
}
} // namespace

SandboxControl::SandboxControl(QUrl faultsUrl, QList<QSslCertificate> ca)
    : m_url(std::move(faultsUrl))
    , m_ca(std::move(ca)) {}

bool SandboxControl::setFaults(const QJsonObject &settings) {
    return send("POST", QJsonDocument(settings).toJson(QJsonDocument::Compact)) == 204;
}

bool SandboxControl::clearFaults() {
    const int status = send("DELETE", {});
    return status == 204 || status == 200;
}

int SandboxControl::send(const QByteArray &method, const QByteArray &body) {
    QNetworkAccessManager network;
    QNetworkRequest request = makeRequest(m_url, m_ca);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return waitForStatus(network.sendCustomRequest(request, method, body), nullptr);
}

int SandboxControl::get(const QUrl &url, const QByteArray &key, QByteArray *body,
                        const QList<QSslCertificate> &ca) {
    QNetworkAccessManager network;
    QNetworkRequest request = makeRequest(url, ca);
    if (!key.isEmpty())
        request.setRawHeader("X-DC-DEVKEY", key);
    return waitForStatus(network.get(request), body);
}

int SandboxControl::request(const QByteArray &method, const QUrl &url, const QByteArray &key,
                            const QByteArray &body, QByteArray *reply,
                            const QList<QSslCertificate> &ca) {
    QNetworkAccessManager network;
    QNetworkRequest request = makeRequest(url, ca);
    if (!key.isEmpty())
        request.setRawHeader("X-DC-DEVKEY", key);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return waitForStatus(network.sendCustomRequest(request, method, body), reply);
}
