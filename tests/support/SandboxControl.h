#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

// Talks to a sandbox's loopback control endpoint (/__sandbox/faults) from a test, waiting on
// the reply's signal.
class SandboxControl {
public:
    explicit SandboxControl(QUrl faultsUrl, QList<QSslCertificate> ca = {});

    // POST the settings; true on 204.
    bool setFaults(const QJsonObject &settings);
    bool clearFaults();
    // Any GET to a full URL with the given key; returns the status and fills body.
    static int get(const QUrl &url, const QByteArray &key, QByteArray *body = nullptr,
                   const QList<QSslCertificate> &ca = {});

    // Any request with a key and a JSON body; returns the status and fills reply.
    static int request(const QByteArray &method, const QUrl &url, const QByteArray &key,
                       const QByteArray &body, QByteArray *reply = nullptr,
                       const QList<QSslCertificate> &ca = {});

private:
    int send(const QByteArray &method, const QByteArray &body);
    QUrl m_url;
    QList<QSslCertificate> m_ca;
};
