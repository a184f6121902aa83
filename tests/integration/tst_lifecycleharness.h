#pragma once
// Shared by the lifecycle call tests (tst_reissuecall, tst_duplicatecall, tst_revokecall,
// tst_ordercancelcall, tst_orderdcvcall, tst_clilifecyclecommands): a sandbox with a request
// log and a view-only key, issued orders made through the API and the sandbox's DCV control,
// and a way to wait for one call. Test code only.

#include "CertCentralClient.h"
#include "CsrBuilder.h"
#include "OrderInfoCall.h"
#include "PrivateKey.h"
#include "SandboxControl.h"
#include "TestSandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace life {

inline QString viewOnlyKey() {
    return QStringLiteral("viewonly-key-0123456789");
}

struct Fixture {
    TestSandbox sandbox;
    std::unique_ptr<CertCentralClient> client;
    std::unique_ptr<CertCentralClient> viewOnly;
    QString logPath;

    bool start() {
        logPath = sandbox.stateDir() + QStringLiteral("/requests.jsonl");
        if (!sandbox.start({QStringLiteral("--orders"), QStringLiteral("20"),
                            QStringLiteral("--key"), viewOnlyKey() + QStringLiteral(":view_only"),
                            QStringLiteral("--log-requests"), logPath}))
            return false;
        client = makeClient(TestSandbox::testKey());
        viewOnly = makeClient(viewOnlyKey());
        return true;
    }

    std::unique_ptr<CertCentralClient> makeClient(const QString &key) const {
        auto c = std::make_unique<CertCentralClient>();
        c->setBaseUrl(sandbox.baseUrl());
        c->setApiKey(key);
        return c;
    }

    static QByteArray csr(const QString &commonName, const QStringList &sans = {}) {
        KeySpec spec;
        QString error;
        KeySpec::parse(QStringLiteral("ec:p256"), &spec, &error);
        PrivateKey key;
        QByteArray pem;
        if (!PrivateKey::generate(spec, &key, &error) ||
            !CsrBuilder::build(key, commonName, sans, &pem, &error))
            qWarning() << error;
        return pem;
    }

    QJsonObject request(const QByteArray &method, const QString &path, const QJsonObject &body,
                        int *status) const {
        QByteArray reply;
        *status = SandboxControl::request(
            method, sandbox.baseUrl().resolved(QUrl(path)), TestSandbox::testKey().toLatin1(),
            QJsonDocument(body).toJson(QJsonDocument::Compact), &reply);
        return QJsonDocument::fromJson(reply).object();
    }

    int control(const QByteArray &method, const QString &path) const {
        QByteArray ignored;
        return SandboxControl::request(method, sandbox.baseUrl().resolved(QUrl(path)), QByteArray(),
                                       QByteArray(), &ignored);
    }

    // A DV order with token DCV, approved at once; issued unless pending is asked for.
    qint64 placeDvOrder(const QString &commonName, const QStringList &sans, bool issue = true,
                        const QString &method = QStringLiteral("dns-txt-token")) const {
        QJsonArray names;
        for (const QString &n : sans)
            names.append(n);
        int status = 0;
        const QJsonObject reply = request(
            "POST", QStringLiteral("order/certificate/ssl_dv_geotrust"),
            {{"certificate", QJsonObject{{"common_name", commonName},
                                         {"dns_names", names},
                                         {"csr", QString::fromLatin1(csr(commonName, sans))},
                                         {"signature_hash", "sha256"}}},
             {"dcv_method", method},
             {"certificate_dcv_scope", "fqdn"},
             {"order_validity", QJsonObject{{"years", 1}}},
             {"skip_approval", true}},
            &status);
        if (status != 201) {
            qWarning() << "order refused" << status << reply;
            return 0;
        }
        const qint64 id = reply.value(QStringLiteral("id")).toInteger();
        if (issue) {
            control("POST", QStringLiteral("/__sandbox/dcv/") + commonName);
            for (const QString &n : sans)
                control("POST", QStringLiteral("/__sandbox/dcv/") + n);
            // Token DCV is proven when CertCentral is asked to look.
            int checked = 0;
            request("PUT", QStringLiteral("order/certificate/%1/check-dcv").arg(id), {}, &checked);
            if (checked != 200)
                qWarning() << "check-dcv" << checked;
        }
        return id;
    }

    Order orderInfo(qint64 orderId) const {
        QSignalSpy received(client->orderInfo(orderId), &OrderInfoCall::received);
        if (!received.wait(10000))
            return {};
        return received.at(0).at(0).value<Order>();
    }

    QDateTime now() const {
        QByteArray body;
        QUrl url = sandbox.baseUrl();
        url.setPath(QStringLiteral("/__sandbox/clock"));
        SandboxControl::get(url, QByteArray(), &body);
        return QDateTime::fromString(
            QJsonDocument::fromJson(body).object().value(QStringLiteral("now")).toString(),
            Qt::ISODate);
    }

    // The logged requests with this method whose path ends with the suffix, oldest first.
    QList<QJsonObject> logged(const QByteArray &method, const QString &pathSuffix) const {
        QFile file(logPath);
        QList<QJsonObject> found;
        if (!file.open(QIODevice::ReadOnly))
            return found;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("method")).toString() == QLatin1String(method) &&
                o.value(QStringLiteral("path")).toString().endsWith(pathSuffix))
                found << o;
        }
        return found;
    }
};

// Submits a call and waits for its end: true with the first argument of `signal`, or false
// with the error.
template <typename Call, typename Signal, typename Result>
bool run(CertCentralClient *client, Call *call, Signal signal, Result *result, ApiError *error) {
    QSignalSpy done(call, signal);
    QSignalSpy failed(call, &ApiCall::failed);
    QSignalSpy finished(call, &ApiCall::finished);
    client->submit(call);
    if (!finished.wait(15000))
        return false;
    if (!failed.isEmpty()) {
        *error = failed.at(0).at(0).value<ApiError>();
        return false;
    }
    if (done.isEmpty())
        return false;
    *result = done.at(0).at(0).template value<Result>();
    return true;
}

} // namespace life
