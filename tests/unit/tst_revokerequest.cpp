#include "core/RevokeRequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// RevokeRequest: the three scopes and their paths, the reasons, the key-compromise date (UTC
// ISO 8601, never before the issue date, never in the future) and the JSON of decisions.md's
// revoke and key-compromise rows.
class tst_RevokeRequest : public QObject {
    Q_OBJECT
private slots:
    void paths();
    void validation_data();
    void validation();
    void dateIsSentInUtc();
    void reasonsAsTyped_data();
    void reasonsAsTyped();
    void json();
    void earliestForOrder();
};

namespace {
const QDateTime kIssued(QDate(2026, 3, 10), QTime(9, 15, 0), Qt::UTC);
const QDateTime kNow(QDate(2026, 11, 22), QTime(12, 0, 0), Qt::UTC);
} // namespace

void tst_RevokeRequest::paths() {
    RevokeRequest r;
    r.certificateId = 42;
    QCOMPARE(r.path(), QStringLiteral("certificate/42/revoke"));
    r.scope = RevokeRequest::Scope::SerialNumber;
    r.serialNumber = QStringLiteral(" 0a:1b:2C ");
    QCOMPARE(r.normalizedSerial(), QStringLiteral("0A1B2C"));
    QCOMPARE(r.path(), QStringLiteral("certificate/0A1B2C/revoke"));
    r.scope = RevokeRequest::Scope::Order;
    r.orderId = 100001;
    QCOMPARE(r.path(), QStringLiteral("order/certificate/100001/revoke"));
}

void tst_RevokeRequest::validation_data() {
    QTest::addColumn<int>("scope");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QDateTime>("compromisedAt");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    const int cert = int(RevokeRequest::Scope::Certificate);
    const int order = int(RevokeRequest::Scope::Order);
    const QString kc = QStringLiteral("keyCompromise");
    for (const QString &reason : RevokeRequest::reasons())
        QTest::newRow(qPrintable(reason)) << cert << reason << QDateTime() << ""
                                          << "";
    QTest::newRow("unknown reason") << cert << "lost" << QDateTime() << "revocation_reason"
                                    << "cessationOfOperation";
    // Undocumented spellings are not sent: the CLI turns them into the documented ones first.
    QTest::newRow("snake case") << cert << "key_compromise" << QDateTime() << "revocation_reason"
                                << "keyCompromise";
    QTest::newRow("privilege_withdrawn is not documented")
        << cert << "privilege_withdrawn" << QDateTime() << "revocation_reason"
        << "unspecified";
    QTest::newRow("issue date itself") << cert << kc << kIssued << ""
                                       << "";
    QTest::newRow("one second before the issue date")
        << cert << kc << kIssued.addSecs(-1) << "key_compromise_date"
        << "2026-03-10T09:15:00Z";
    QTest::newRow("order: one second before the latest issue")
        << order << kc << kIssued.addSecs(-1) << "key_compromise_date"
        << "most recent issue date";
    QTest::newRow("order: the latest issue itself") << order << kc << kIssued << ""
                                                    << "";
    QTest::newRow("now") << cert << kc << kNow << ""
                         << "";
    QTest::newRow("one second in the future")
        << cert << kc << kNow.addSecs(1) << "key_compromise_date"
        << "future";
    QTest::newRow("date with another reason")
        << cert << "superseded" << kIssued.addDays(1) << "key_compromise_date"
        << "keyCompromise";
    QTest::newRow("another zone, same instant as the issue")
        << cert << kc << kIssued.toOffsetFromUtc(3600) << ""
        << "";
    QTest::newRow("another zone, a second early")
        << cert << kc << kIssued.addSecs(-1).toOffsetFromUtc(-5 * 3600) << "key_compromise_date"
        << "issue date";
}

void tst_RevokeRequest::validation() {
    QFETCH(int, scope);
    QFETCH(QString, reason);
    QFETCH(QDateTime, compromisedAt);
    QFETCH(QString, field);
    QFETCH(QString, says);
    RevokeRequest r;
    r.scope = RevokeRequest::Scope(scope);
    r.certificateId = 42;
    r.orderId = 100001;
    r.reason = reason;
    r.compromisedAt = compromisedAt;
    r.earliestAllowed = kIssued;
    QString got;
    const QString message = r.validate(&got, kNow);
    if (field.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        return;
    }
    QVERIFY(!message.isEmpty());
    QCOMPARE(got, field);
    QVERIFY2(message.contains(says), qPrintable(message));
}

void tst_RevokeRequest::dateIsSentInUtc() {
    const QDateTime berlin(QDate(2024, 1, 9), QTime(15, 30, 0), Qt::OffsetFromUTC, 3600);
    QCOMPARE(RevokeRequest::formatDate(berlin), QStringLiteral("2024-01-09T14:30:00Z"));
    QCOMPARE(RevokeRequest::formatDate(QDateTime(QDate(2024, 1, 9), QTime(14, 30), Qt::UTC)),
             QStringLiteral("2024-01-09T14:30:00Z"));
}

void tst_RevokeRequest::reasonsAsTyped_data() {
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("sent");
    QTest::newRow("documented") << "keyCompromise"
                                << "keyCompromise";
    QTest::newRow("snake case") << "key_compromise"
                                << "keyCompromise";
    QTest::newRow("hyphens, capitals") << " Cessation-Of-Operation "
                                       << "cessationOfOperation";
    QTest::newRow("affiliation") << "affiliation_changed"
                                 << "affiliationChanged";
    QTest::newRow("one word") << "SUPERSEDED"
                              << "superseded";
    QTest::newRow("unknown kept for the error") << " lost "
                                                << "lost";
}

void tst_RevokeRequest::reasonsAsTyped() {
    QFETCH(QString, typed);
    QFETCH(QString, sent);
    QCOMPARE(RevokeRequest::reasonFromInput(typed), sent);
}

void tst_RevokeRequest::json() {
    // The documented body (certcentral-docs.md 5.6): revocation_reason in camel case, comments,
    // skip_approval; the compromise date only as the first line of comments.
    RevokeRequest r;
    r.certificateId = 42;
    r.reason = QStringLiteral("keyCompromise");
    r.comments = QStringLiteral(" key left on a laptop ");
    r.skipApproval = true;
    r.compromisedAt = QDateTime(QDate(2024, 1, 9), QTime(15, 30, 0), Qt::OffsetFromUTC, 3600);
    const QJsonObject j = QJsonDocument::fromJson(r.toJson()).object();
    QCOMPARE(j.value(QLatin1String("revocation_reason")).toString(),
             QStringLiteral("keyCompromise"));
    QCOMPARE(j.value(QLatin1String("comments")).toString(),
             QStringLiteral("Key compromise date: 2024-01-09T14:30:00Z\nkey left on a laptop"));
    QCOMPARE(j.value(QLatin1String("skip_approval")).toBool(), true);
    QCOMPARE(j.keys(), (QStringList{"comments", "revocation_reason", "skip_approval"}));

    // A date without a comment is the comment.
    r.comments.clear();
    QCOMPARE(QJsonDocument::fromJson(r.toJson()).object().value(QLatin1String("comments")),
             QJsonValue(QStringLiteral("Key compromise date: 2024-01-09T14:30:00Z")));
    // The line counts toward the comment's length.
    r.comments = QString(RevokeRequest::kMaxComments - 10, QLatin1Char('x'));
    QString field;
    QVERIFY(!r.validate(&field, QDateTime(QDate(2024, 2, 1), QTime(0, 0), Qt::UTC)).isEmpty());
    QCOMPARE(field, QStringLiteral("comments"));

    RevokeRequest plain;
    plain.certificateId = 42;
    const QJsonObject p = QJsonDocument::fromJson(plain.toJson()).object();
    QCOMPARE(p, (QJsonObject{{"revocation_reason", "unspecified"}, {"skip_approval", false}}));
}

void tst_RevokeRequest::earliestForOrder() {
    QCOMPARE(RevokeRequest::earliestForOrder({}), QDateTime());
    QCOMPARE(RevokeRequest::earliestForOrder(
                 {kIssued, kIssued.addDays(30), QDateTime(), kIssued.addDays(-3)}),
             kIssued.addDays(30));
}

QTEST_GUILESS_MAIN(tst_RevokeRequest)
#include "tst_revokerequest.moc"
