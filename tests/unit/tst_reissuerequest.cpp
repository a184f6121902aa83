#include "core/ReissueRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// ReissueRequest: its checks (each naming the API field) and its JSON, field by field against
// decisions.md's reissue row; the names a reissue drops.
class tst_ReissueRequest : public QObject {
    Q_OBJECT
private slots:
    void validation_data();
    void validation();
    void json();
    void jsonLeavesOutWhatIsNotChosen();
    void codeSigning();
    void removedNames_data();
    void removedNames();
};

namespace {
ReissueRequest good() {
    ReissueRequest r;
    r.orderId = 100001;
    r.commonName = QStringLiteral("shop.example.com");
    r.dnsNames = {QStringLiteral("www.shop.example.com")};
    r.csr = "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----";
    return r;
}
} // namespace

void tst_ReissueRequest::validation_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    QTest::newRow("fine") << ""
                          << ""
                          << "";
    QTest::newRow("fine with scope fqdn") << "scope=fqdn"
                                          << ""
                                          << "";
    QTest::newRow("fine with scope base_domain") << "scope=base_domain"
                                                 << ""
                                                 << "";
    QTest::newRow("fine with a method") << "method=dns-cname-token"
                                        << ""
                                        << "";
    QTest::newRow("no order") << "order=0"
                              << "order_id"
                              << "order";
    QTest::newRow("no common name") << "cn="
                                    << "certificate.common_name"
                                    << "";
    QTest::newRow("ip address") << "cn=192.0.2.7"
                                << "certificate.common_name"
                                << "";
    QTest::newRow("wildcard on a single-name product") << "cn=*.example.com"
                                                       << "certificate.common_name"
                                                       << "";
    QTest::newRow("wildcard product needs *.") << "wildcard"
                                               << "certificate.common_name"
                                               << "*.example.com";
    QTest::newRow("bad san") << "san=a_b.example"
                             << "certificate.dns_names"
                             << "a_b.example";
    QTest::newRow("no csr") << "csr="
                            << "certificate.csr"
                            << "CSR";
    QTest::newRow("sha1") << "hash=sha1"
                          << "certificate.signature_hash"
                          << "sha256";
    QTest::newRow("bad scope") << "scope=domain"
                               << "certificate_dcv_scope"
                               << "base_domain or fqdn";
    QTest::newRow("bad method") << "method=dns"
                                << "dcv_method"
                                << "dns-txt-token";
    QTest::newRow("http for a wildcard") << "wildcard-http"
                                         << "dcv_method"
                                         << "wildcard";
    QTest::newRow("long comments") << "comments"
                                   << "comments"
                                   << "1024";
    QTest::newRow("bad platform") << "platform=-5"
                                  << "certificate.server_platform.id"
                                  << "-1";
}

void tst_ReissueRequest::validation() {
    QFETCH(QString, change);
    QFETCH(QString, field);
    QFETCH(QString, says);
    ReissueRequest r = good();
    if (change.startsWith(QLatin1String("order=")))
        r.orderId = change.mid(6).toLongLong();
    else if (change.startsWith(QLatin1String("cn=")))
        r.commonName = change.mid(3);
    else if (change == QLatin1String("wildcard"))
        r.wildcardProduct = true;
    else if (change == QLatin1String("wildcard-http")) {
        r.wildcardProduct = true;
        r.commonName = QStringLiteral("*.example.com");
        r.dnsNames.clear();
        r.dcvMethod = QStringLiteral("http-token");
    } else if (change.startsWith(QLatin1String("san=")))
        r.dnsNames << change.mid(4);
    else if (change == QLatin1String("csr="))
        r.csr.clear();
    else if (change.startsWith(QLatin1String("hash=")))
        r.signatureHash = change.mid(5);
    else if (change.startsWith(QLatin1String("scope=")))
        r.dcvScope = change.mid(6);
    else if (change.startsWith(QLatin1String("method=")))
        r.dcvMethod = change.mid(7);
    else if (change == QLatin1String("comments"))
        r.comments = QString(1025, QLatin1Char('x'));
    else if (change.startsWith(QLatin1String("platform=")))
        r.serverPlatformId = change.mid(9).toInt();
    QString got;
    const QString message = r.validate(&got);
    if (field.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        return;
    }
    QVERIFY(!message.isEmpty());
    QCOMPARE(got, field);
    QVERIFY2(message.contains(says), qPrintable(message));
}

void tst_ReissueRequest::json() {
    ReissueRequest r = good();
    r.commonName = QStringLiteral("Shop.Example.com");
    r.dnsNames = {QStringLiteral("www.shop.example.com"), QStringLiteral("shop.example.com"),
                  QStringLiteral("bücher.example")};
    r.serverPlatformId = 2;
    r.signatureHash = QStringLiteral("sha384");
    r.dcvScope = QStringLiteral("fqdn");
    r.dcvMethod = QStringLiteral("dns-txt-token");
    r.comments = QStringLiteral("  new key  ");
    r.skipApproval = true;
    const QJsonObject j = QJsonDocument::fromJson(r.toJson()).object();
    const QJsonObject cert = j.value(QLatin1String("certificate")).toObject();
    QCOMPARE(cert.value(QLatin1String("common_name")).toString(),
             QStringLiteral("shop.example.com"));
    QCOMPARE(cert.value(QLatin1String("dns_names")).toArray(),
             (QJsonArray{"shop.example.com", "www.shop.example.com", "xn--bcher-kva.example"}));
    QVERIFY(cert.value(QLatin1String("csr")).toString().endsWith(QLatin1String("REQUEST-----")));
    QCOMPARE(cert.value(QLatin1String("signature_hash")).toString(), QStringLiteral("sha384"));
    QCOMPARE(cert.value(QLatin1String("server_platform")).toObject(), (QJsonObject{{"id", 2}}));
    // Root level, as decisions.md's reissue row has them.
    QCOMPARE(j.value(QLatin1String("certificate_dcv_scope")).toString(), QStringLiteral("fqdn"));
    QCOMPARE(j.value(QLatin1String("dcv_method")).toString(), QStringLiteral("dns-txt-token"));
    QCOMPARE(j.value(QLatin1String("comments")).toString(), QStringLiteral("new key"));
    QCOMPARE(j.value(QLatin1String("skip_approval")).toBool(), true);
    QVERIFY(!cert.contains(QLatin1String("skip_approval")));
    QCOMPARE(j.keys().size(), 5);
}

void tst_ReissueRequest::jsonLeavesOutWhatIsNotChosen() {
    const QJsonObject j = QJsonDocument::fromJson(good().toJson()).object();
    QVERIFY(!j.contains(QLatin1String("certificate_dcv_scope"))); // the account's default
    QVERIFY(!j.contains(QLatin1String("dcv_method")));            // the order's method
    QVERIFY(!j.contains(QLatin1String("comments")));
    QCOMPARE(j.value(QLatin1String("skip_approval")).toBool(true), false);
    QVERIFY(!j.value(QLatin1String("certificate")).toObject().contains("server_platform"));
}

void tst_ReissueRequest::removedNames_data() {
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QStringList>("reissue");
    QTest::addColumn<QStringList>("removed");
    QTest::newRow("same") << QStringList{"a.example", "www.a.example"}
                          << QStringList{"a.example", "www.a.example"} << QStringList{};
    QTest::newRow("one dropped") << QStringList{"a.example", "www.a.example", "b.example"}
                                 << QStringList{"a.example", "b.example"}
                                 << QStringList{"www.a.example"};
    QTest::newRow("added only") << QStringList{"a.example"} << QStringList{"a.example", "c.example"}
                                << QStringList{};
    QTest::newRow("case and dots") << QStringList{"A.Example.", "x.example"}
                                   << QStringList{"a.example"} << QStringList{"x.example"};
    QTest::newRow("all replaced") << QStringList{"a.example", "b.example"}
                                  << QStringList{"c.example"}
                                  << QStringList{"a.example", "b.example"};
}

void tst_ReissueRequest::removedNames() {
    QFETCH(QStringList, order);
    QFETCH(QStringList, reissue);
    QFETCH(QStringList, removed);
    QCOMPARE(ReissueRequest::removedNames(order, reissue), removed);
    ReissueRequest r;
    r.commonName = reissue.value(0);
    r.dnsNames = reissue.mid(1);
    QCOMPARE(r.removedNames(order), removed);
}

void tst_ReissueRequest::codeSigning() {
    // certcentral-docs.md 5.1: no common_name for code signing; cs_provisioning_method at the
    // root; a CSR only with email provisioning.
    ReissueRequest r;
    r.orderId = 100007;
    r.codeSigning = true;
    r.commonName = QStringLiteral("Example Corp"); // never sent
    r.csProvisioningMethod = QStringLiteral("client_app");
    QString field;
    QCOMPARE(r.validate(&field), QString());
    QJsonObject j = QJsonDocument::fromJson(r.toJson()).object();
    QJsonObject cert = j.value(QLatin1String("certificate")).toObject();
    QVERIFY(!cert.contains(QLatin1String("common_name")));
    QVERIFY(!cert.contains(QLatin1String("dns_names")));
    QVERIFY(!cert.contains(QLatin1String("csr")));
    QCOMPARE(j.value(QLatin1String("cs_provisioning_method")).toString(),
             QStringLiteral("client_app"));
    QVERIFY(!j.contains(QLatin1String("certificate_dcv_scope")));
    // A CSR without email provisioning is refused, not silently sent.
    r.csr = "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----";
    QVERIFY(!r.validate(&field).isEmpty());
    QCOMPARE(field, QStringLiteral("certificate.csr"));
    // Email provisioning needs one and sends it.
    r.csProvisioningMethod = QStringLiteral("email");
    QCOMPARE(r.validate(&field), QString());
    cert =
        QJsonDocument::fromJson(r.toJson()).object().value(QLatin1String("certificate")).toObject();
    QVERIFY(cert.value(QLatin1String("csr")).toString().startsWith(QLatin1String("-----BEGIN")));
    r.csr.clear();
    QVERIFY(!r.validate(&field).isEmpty());
    QCOMPARE(field, QStringLiteral("certificate.csr"));
    r.csProvisioningMethod = QStringLiteral("keylocker");
    QVERIFY(!r.validate(&field).isEmpty());
    QCOMPARE(field, QStringLiteral("cs_provisioning_method"));
    // Empty: the order's own method; nothing sent for it.
    r.csProvisioningMethod.clear();
    QCOMPARE(r.validate(&field), QString());
    QVERIFY(!QJsonDocument::fromJson(r.toJson())
                 .object()
                 .contains(QLatin1String("cs_provisioning_method")));
}

QTEST_GUILESS_MAIN(tst_ReissueRequest)
#include "tst_reissuerequest.moc"
