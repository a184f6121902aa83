#include "core/ApprovalRequest.h"
#include "core/RequestDecision.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// RequestDecision: a rejection needs a comment; the body is decisions.md's {"status",
// "processor_comment"}; the message for a request someone already decided names who and when.
class tst_RequestDecision : public QObject {
    Q_OBJECT
private slots:
    void validation_data();
    void validation();
    void json();
    void alreadyDecided();
};

void tst_RequestDecision::validation_data() {
    QTest::addColumn<qint64>("requestId");
    QTest::addColumn<bool>("approve");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("field");
    QTest::newRow("approve without comment") << qint64(400001) << true << ""
                                             << "";
    QTest::newRow("approve with comment") << qint64(400001) << true << "fine"
                                          << "";
    QTest::newRow("reject with comment") << qint64(400001) << false << "wrong names"
                                         << "";
    QTest::newRow("reject without comment") << qint64(400001) << false << ""
                                            << "processor_comment";
    QTest::newRow("reject with blanks") << qint64(400001) << false << "  \t "
                                        << "processor_comment";
    QTest::newRow("no request") << qint64(0) << true << ""
                                << "request_id";
    QTest::newRow("negative request") << qint64(-3) << false << "why"
                                      << "request_id";
    QTest::newRow("long comment") << qint64(400001) << true << QString(1025, QLatin1Char('c'))
                                  << "processor_comment";
    QTest::newRow("1024 characters")
        << qint64(400001) << false << QString(1024, QLatin1Char('c')) << "";
}

void tst_RequestDecision::validation() {
    QFETCH(qint64, requestId);
    QFETCH(bool, approve);
    QFETCH(QString, comment);
    QFETCH(QString, field);
    RequestDecision d;
    d.requestId = requestId;
    d.outcome = approve ? RequestDecision::Outcome::Approve : RequestDecision::Outcome::Reject;
    d.comment = comment;
    QString got;
    const QString message = d.validate(&got);
    QCOMPARE(message.isEmpty(), field.isEmpty());
    if (!field.isEmpty())
        QCOMPARE(got, field);
}

void tst_RequestDecision::json() {
    RequestDecision d;
    d.requestId = 400013;
    QCOMPARE(d.path(), QStringLiteral("request/400013/status"));
    QCOMPARE(QJsonDocument::fromJson(d.toJson()).object(), (QJsonObject{{"status", "approved"}}));
    d.outcome = RequestDecision::Outcome::Reject;
    d.comment = QStringLiteral("  wrong names ");
    QCOMPARE(d.status(), QStringLiteral("rejected"));
    QCOMPARE(QJsonDocument::fromJson(d.toJson()).object(),
             (QJsonObject{{"status", "rejected"}, {"processor_comment", "wrong names"}}));
}

void tst_RequestDecision::alreadyDecided() {
    ApprovalRequest r;
    r.id = 12;
    r.status = QStringLiteral("approved");
    QCOMPARE(RequestDecision::alreadyDecidedMessage(r),
             QStringLiteral("Request 12 was already approved by someone else."));
    r.processor.firstName = QStringLiteral("Ben");
    r.processor.lastName = QStringLiteral("Manager");
    QCOMPARE(RequestDecision::alreadyDecidedMessage(r),
             QStringLiteral("Request 12 was already approved by Ben Manager."));
    r.status = QStringLiteral("rejected");
    r.dateProcessed = QDateTime(QDate(2026, 11, 22), QTime(13, 5), Qt::UTC);
    r.processorComment = QStringLiteral("duplicate");
    QCOMPARE(RequestDecision::alreadyDecidedMessage(r),
             QStringLiteral("Request 12 was already rejected by Ben Manager on 2026-11-22 13:05 "
                            "UTC (\"duplicate\")."));
}

QTEST_GUILESS_MAIN(tst_RequestDecision)
#include "tst_requestdecision.moc"
