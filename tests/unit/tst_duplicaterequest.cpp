#include "core/DuplicateRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// DuplicateRequest: the latest allowed end date (each of the three bounds binding in turn),
// its checks, and its JSON with the root custom_expiration_date as yyyy-MM-dd.
class tst_DuplicateRequest : public QObject {
    Q_OBJECT
private slots:
    void latestExpiration_data();
    void latestExpiration();
    void validation_data();
    void validation();
    void json();
};

namespace {
const QDate kToday(2026, 11, 22);

DuplicateRequest good() {
    DuplicateRequest r;
    r.orderId = 100001;
    r.commonName = QStringLiteral("shop.example.com");
    r.dnsNames = {QStringLiteral("www.shop.example.com")};
    r.csr = "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----";
    r.orderNames = {QStringLiteral("shop.example.com"), QStringLiteral("www.shop.example.com"),
                    QStringLiteral("*.api.example.com")};
    r.orderEnd = QDate(2027, 5, 31);
    return r;
}
} // namespace

void tst_DuplicateRequest::latestExpiration_data() {
    QTest::addColumn<QDate>("orderEnd");
    QTest::addColumn<QDate>("planEnd");
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<int>("bound");
    // 199 days since 24 February 2026 (TlsLimits).
    const QDate max = kToday.addDays(199); // 2027-06-09
    QTest::newRow("order end binds") << QDate(2027, 3, 1) << QDate(2028, 1, 1) << QDate(2027, 3, 1)
                                     << int(DuplicateRequest::Bound::OrderEnd);
    QTest::newRow("plan end binds") << QDate(2028, 6, 1) << QDate(2027, 5, 1) << QDate(2027, 5, 1)
                                    << int(DuplicateRequest::Bound::PlanEnd);
    QTest::newRow("199 days bind") << QDate(2029, 1, 1) << QDate(2029, 1, 1) << max
                                   << int(DuplicateRequest::Bound::MaxValidity);
    QTest::newRow("199 days bind, no plan")
        << QDate(2029, 1, 1) << QDate() << max << int(DuplicateRequest::Bound::MaxValidity);
    QTest::newRow("order end, no plan") << QDate(2027, 1, 1) << QDate() << QDate(2027, 1, 1)
                                        << int(DuplicateRequest::Bound::OrderEnd);
    QTest::newRow("tie names the order end")
        << max << max << max << int(DuplicateRequest::Bound::OrderEnd);
    QTest::newRow("plan and 199 days tie: the plan")
        << QDate(2029, 1, 1) << max << max << int(DuplicateRequest::Bound::PlanEnd);
}

void tst_DuplicateRequest::latestExpiration() {
    QFETCH(QDate, orderEnd);
    QFETCH(QDate, planEnd);
    QFETCH(QDate, latest);
    QFETCH(int, bound);
    const DuplicateRequest::Latest got =
        DuplicateRequest::latestExpiration(kToday, orderEnd, planEnd);
    QCOMPARE(got.date, latest);
    QCOMPARE(int(got.bound), bound);
    QVERIFY(!DuplicateRequest::boundName(got.bound).isEmpty());
}

void tst_DuplicateRequest::validation_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    QTest::newRow("fine, no date") << ""
                                   << ""
                                   << "";
    QTest::newRow("fine, the order end itself") << "date=2027-05-31"
                                                << ""
                                                << "";
    QTest::newRow("fine, tomorrow") << "date=2026-11-23"
                                    << ""
                                    << "";
    QTest::newRow("past the order end") << "date=2027-06-01"
                                        << "custom_expiration_date"
                                        << "2027-05-31";
    QTest::newRow("past the plan end") << "plan=2027-02-01;date=2027-02-02"
                                       << "custom_expiration_date"
                                       << "plan";
    QTest::newRow("past 199 days") << "orderend=2029-01-01;date=2027-06-10"
                                   << "custom_expiration_date"
                                   << "2027-06-09";
    QTest::newRow("199 days itself") << "orderend=2029-01-01;date=2027-06-09"
                                     << ""
                                     << "";
    QTest::newRow("past 199 days, order end unknown") << "orderend=;date=2027-06-10"
                                                      << "custom_expiration_date"
                                                      << "2027-06-09";
    QTest::newRow("today") << "date=2026-11-22"
                           << "custom_expiration_date"
                           << "after today";
    QTest::newRow("a name not on the order") << "cn=other.example.com"
                                             << "certificate.common_name"
                                             << "not on the order";
    QTest::newRow("a san not on the order") << "san=mail.example.com"
                                            << "certificate.dns_names"
                                            << "mail.example.com";
    QTest::newRow("below the order's wildcard") << "san=v1.api.example.com"
                                                << ""
                                                << "";
    QTest::newRow("two below the wildcard") << "san=a.v1.api.example.com"
                                            << "certificate.dns_names"
                                            << "not on the order";
    QTest::newRow("no csr") << "csr="
                            << "certificate.csr"
                            << "CSR";
    QTest::newRow("no order") << "order=0"
                              << "order_id"
                              << "order";
    QTest::newRow("sha1") << "hash=sha1"
                          << "certificate.signature_hash"
                          << "sha512";
}

void tst_DuplicateRequest::validation() {
    QFETCH(QString, change);
    QFETCH(QString, field);
    QFETCH(QString, says);
    DuplicateRequest r = good();
    for (const QString &part : change.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString value = part.section(QLatin1Char('='), 1);
        const QString key = part.section(QLatin1Char('='), 0, 0);
        if (key == QLatin1String("date"))
            r.customExpirationDate = QDate::fromString(value, Qt::ISODate);
        else if (key == QLatin1String("plan"))
            r.planEnd = QDate::fromString(value, Qt::ISODate);
        else if (key == QLatin1String("orderend"))
            r.orderEnd = QDate::fromString(value, Qt::ISODate);
        else if (key == QLatin1String("cn"))
            r.commonName = value;
        else if (key == QLatin1String("san"))
            r.dnsNames << value;
        else if (key == QLatin1String("csr"))
            r.csr.clear();
        else if (key == QLatin1String("order"))
            r.orderId = value.toLongLong();
        else if (key == QLatin1String("hash"))
            r.signatureHash = value;
    }
    QString got;
    const QString message = r.validate(&got, kToday);
    if (field.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        return;
    }
    QVERIFY(!message.isEmpty());
    QCOMPARE(got, field);
    QVERIFY2(message.contains(says), qPrintable(message));
}

void tst_DuplicateRequest::json() {
    DuplicateRequest r = good();
    r.customExpirationDate = QDate(2027, 6, 9);
    r.signatureHash = QStringLiteral("sha512");
    r.serverPlatformId = -1;
    r.comments = QStringLiteral("for the load balancer");
    const QJsonObject j = QJsonDocument::fromJson(r.toJson()).object();
    const QJsonObject cert = j.value(QLatin1String("certificate")).toObject();
    QCOMPARE(cert.value(QLatin1String("common_name")).toString(),
             QStringLiteral("shop.example.com"));
    QCOMPARE(cert.value(QLatin1String("dns_names")).toArray(),
             (QJsonArray{"shop.example.com", "www.shop.example.com"}));
    QVERIFY(cert.value(QLatin1String("csr")).toString().startsWith(QLatin1String("-----BEGIN")));
    QCOMPARE(cert.value(QLatin1String("signature_hash")).toString(), QStringLiteral("sha512"));
    QCOMPARE(cert.value(QLatin1String("server_platform")).toObject(), (QJsonObject{{"id", -1}}));
    // Root level, yyyy-MM-dd (not the validity objects' dd MMM yyyy).
    QCOMPARE(j.value(QLatin1String("custom_expiration_date")).toString(),
             QStringLiteral("2027-06-09"));
    QVERIFY(!cert.contains(QLatin1String("custom_expiration_date")));
    QCOMPARE(j.value(QLatin1String("comments")).toString(),
             QStringLiteral("for the load balancer"));
    QCOMPARE(j.value(QLatin1String("skip_approval")).toBool(true), false);
    // Context fields are never sent.
    QVERIFY(!j.contains(QLatin1String("order_names")));
    QCOMPARE(j.keys().size(), 4);
    r.customExpirationDate = QDate();
    QVERIFY(!QJsonDocument::fromJson(r.toJson()).object().contains("custom_expiration_date"));
}

QTEST_GUILESS_MAIN(tst_DuplicateRequest)
#include "tst_duplicaterequest.moc"
