#include "core/OrderDetails.h"

#include <QJsonDocument>
#include <QtTest>

// OrderDetails and the OrderContact entries it holds.
class tst_OrderDetails : public QObject {
    Q_OBJECT
private slots:
    void placedWithContactsAndNotes();
    void seededOrderHasOnlyTheRequester();
    void contactSummary_data();
    void contactSummary();
};

void tst_OrderDetails::placedWithContactsAndNotes() {
    const QJsonObject o = QJsonDocument::fromJson(R"({"id":100501,
        "comments":"Renew before the trade fair","cancel_note":"Duplicate order",
        "dcv_method":"dns-txt-token","certificate_dcv_scope":"fqdn",
        "renewal_of_order_id":"100400","additional_emails":["ops@example.com","sec@example.com"],
        "user":{"first_name":"Ada","last_name":"Admin","email":"ada@example.com"},
        "organization_contact":{"first_name":"Gia","last_name":"Rahman","email":"gia@example.com",
          "job_title":"CEO","telephone":"+1 555 0100"},
        "technical_contact":{"first_name":" Tom ","last_name":"Tech","email":"tom@example.com"}})")
                              .object();
    const OrderDetails d = OrderDetails::fromJson(o);
    QCOMPARE(d.orderId, 100501);
    QCOMPARE(d.comments, QStringLiteral("Renew before the trade fair"));
    QCOMPARE(d.cancelNote, QStringLiteral("Duplicate order"));
    QCOMPARE(d.dcvScope, QStringLiteral("fqdn"));
    QCOMPARE(d.renewalOfOrderId, 100400);
    QCOMPARE(d.additionalEmails.size(), 2);
    QCOMPARE(d.requester.name(), QStringLiteral("Ada Admin"));
    QCOMPARE(d.organizationContact.jobTitle, QStringLiteral("CEO"));
    QCOMPARE(d.technicalContact.name(), QStringLiteral("Tom Tech"));
}

void tst_OrderDetails::seededOrderHasOnlyTheRequester() {
    const OrderDetails d = OrderDetails::fromJson(
        QJsonDocument::fromJson(
            R"({"id":1,"user":{"first_name":"Ada","last_name":"Admin"},"organization_contact":7})")
            .object());
    QVERIFY(!d.requester.isEmpty());
    QVERIFY(d.organizationContact.isEmpty());
    QVERIFY(d.technicalContact.isEmpty());
    QVERIFY(d.comments.isEmpty());
}

void tst_OrderDetails::contactSummary_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("summary");
    QTest::newRow("all") << R"({"first_name":"Gia","last_name":"Rahman","job_title":"CEO",
                            "email":"gia@example.com","telephone":"+1 555 0100"})"
                         << "Gia Rahman, CEO <gia@example.com>, +1 555 0100";
    QTest::newRow("email only") << R"({"email":"ops@example.com"})"
                                << "<ops@example.com>";
    QTest::newRow("empty") << "{}"
                           << "";
}

void tst_OrderDetails::contactSummary() {
    QFETCH(QString, json);
    QFETCH(QString, summary);
    const OrderContact c = OrderContact::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QCOMPARE(c.summary(), summary);
}

QTEST_GUILESS_MAIN(tst_OrderDetails)
#include "tst_orderdetails.moc"
