#pragma once
// Shared by the lifecycle endpoint tests (tst_certificateendpoints_reissue, _duplicate, _revoke,
// tst_orderendpoints_cancel, _dcv, tst_clilifecyclecommands...): a sandbox with a request
// log and a view-only key, issued orders made through the API and the sandbox's DCV control,
// and a way to wait for one endpoint's call. Test code only.

#include "ResultSpy.h"
#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "api/OrderEndpoints.h"
#include "security/CsrBuilder.h"
#include "security/PrivateKey.h"

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
        ResultSpy<Order> received(client->call(OrderEndpoints::info(orderId)));
        if (!received.wait(10000))
            return {};
        return received.result();
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

// Sends an endpoint's request and waits for its end: true with the first value of its result,
// or false with the error.
template <typename... Values, typename Result>
bool run(CertCentralClient *client, Endpoint<Values...> endpoint, Result *result, ApiError *error) {
    auto *call = client->call(std::move(endpoint));
    ResultSpy<Values...> done(call);
    QSignalSpy failed(call, &ApiCall::failed);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(15000))
        return false;
    if (!failed.isEmpty()) {
        *error = failed.at(0).at(0).value<ApiError>();
        return false;
    }
    if (done.isEmpty())
        return false;
    *result = done.result();
    return true;
}

} // namespace life
