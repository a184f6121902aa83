#include "core/CertificateRecord.h"

#include <QtTest>

class tst_CertificateRecord : public QObject {
    Q_OBJECT
private slots:
    void reissueList();
    void emptyAndHostile();
};

void tst_CertificateRecord::reissueList() {
    const QByteArray body = R"({"certificates":[
        {"id":200305,"status":"issued","common_name":"example.com","dns_names":["example.com",
         "www.example.com"],"date_created":"2026-03-04T12:00:00+00:00","valid_from":"2026-03-04",
         "valid_till":"2027-03-04","serial_number":"0A1B","thumbprint":"FF00",
         "signature_hash":"sha256","key_size":2048,"server_platform":{"id":2,"name":"Apache"}},
        {"id":200306,"status":"revoked","common_name":"example.com","date_revoked":
         "2026-05-01T08:00:00+00:00","revocation_reason":"keyCompromise"},
        {"status":"issued"}]})";
    QList<CertificateRecord> list;
    QString error;
    QVERIFY(CertificateRecord::listFromJson(CertificateRecord::Kind::Reissue, body, &list, &error));
    QCOMPARE(list.size(), 2);
    const CertificateRecord &first = list.at(0);
    QCOMPARE(first.kind, CertificateRecord::Kind::Reissue);
    QCOMPARE(first.id, 200305);
    QCOMPARE(first.dnsNames.size(), 2);
    QCOMPARE(first.validTill, QDate(2027, 3, 4));
    QCOMPARE(first.keySize, 2048);
    QCOMPARE(first.serverPlatform, QStringLiteral("Apache"));
    QCOMPARE(first.dateCreated, QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC));
    QCOMPARE(list.at(1).revocationReason, QStringLiteral("keyCompromise"));
    QVERIFY(list.at(1).dateRevoked.isValid());
}

void tst_CertificateRecord::emptyAndHostile() {
    QList<CertificateRecord> list;
    QString error;
    QVERIFY(CertificateRecord::listFromJson(CertificateRecord::Kind::Duplicate,
                                            R"({"certificates":[]})", &list, &error));
    QVERIFY(list.isEmpty());
    QVERIFY(
        CertificateRecord::listFromJson(CertificateRecord::Kind::Duplicate, "{}", &list, &error));
    QVERIFY(!CertificateRecord::listFromJson(CertificateRecord::Kind::Duplicate, "\"x\"", &list,
                                             &error));
    QVERIFY(CertificateRecord::listFromJson(
        CertificateRecord::Kind::Duplicate,
        R"({"certificates":[{"id":"12","key_size":999999999,"dns_names":[1,2]}]})", &list, &error));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).id, 12);
    QCOMPARE(list.at(0).keySize, 65536); // clamped, as Order does
}

QTEST_GUILESS_MAIN(tst_CertificateRecord)
#include "tst_certificaterecord.moc"
