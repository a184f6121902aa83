#include "core/ApiError.h"

#include <QtTest>

class tst_ApiError : public QObject {
    Q_OBJECT
private slots:
    void outcomeUnknownSaysToCheck();
    void fromHttp_data();
    void fromHttp();
    void retryable_data();
    void retryable();
    void messageNamesEveryEntry();
    void nonJsonBodyKeepsAnExcerpt();
};

void tst_ApiError::fromHttp_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("messages");

    // The seed's status-change error, verbatim in shape.
    QTest::newRow("seed time_frame_too_long")
        << 400
        << QByteArray(
               R"({"errors":[{"code":"time_frame_too_long","message":"An error occurred while processing your request."}]})")
        << QStringList{"time_frame_too_long"}
        << QStringList{"An error occurred while processing your request."};
    QTest::newRow("errors as one object")
        << 403
        << QByteArray(
               R"({"errors":{"code":"access_denied|access_denied_invalid_key","message":"Bad key"}})")
        << QStringList{"access_denied|access_denied_invalid_key"} << QStringList{"Bad key"};
    QTest::newRow("description instead of message")
        << 404
        << QByteArray(R"({"errors":[{"code":"not_found|order","description":"Order not found"}]})")
        << QStringList{"not_found|order"} << QStringList{"Order not found"};
    QTest::newRow("two entries")
        << 400
        << QByteArray(R"({"errors":[{"code":"a","message":"one"},{"code":"b","message":"two"}]})")
        << QStringList{"a", "b"} << QStringList{"one", "two"};
    QTest::newRow("wrong types ignored")
        << 400
        << QByteArray(R"({"errors":[{"code":7,"message":null}, 12, {"code":"x","message":"m"}]})")
        << QStringList{"7", "x"} << QStringList{"", "m"};
    QTest::newRow("empty body") << 503 << QByteArray() << QStringList{} << QStringList{};
    QTest::newRow("truncated json")
        << 500 << QByteArray(R"({"errors":[{"code":"x")") << QStringList{} << QStringList{};
    QTest::newRow("top-level message") << 401 << QByteArray(R"({"code":"c","message":"top"})")
                                       << QStringList{"c"} << QStringList{"top"};
}

void tst_ApiError::fromHttp() {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, messages);
    const ApiError error = ApiError::fromHttp(status, body);
    QCOMPARE(error.kind(), ApiError::Kind::Http);
    QCOMPARE(error.httpStatus(), status);
    QStringList gotCodes, gotMessages;
    for (const ApiError::Entry &e : error.entries()) {
        gotCodes << e.code;
        gotMessages << e.message;
    }
    QCOMPARE(gotCodes, codes);
    QCOMPARE(gotMessages, messages);
    QVERIFY(!error.message().isEmpty());
}

void tst_ApiError::retryable_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("400") << 400 << false;
    QTest::newRow("403") << 403 << false;
    QTest::newRow("404") << 404 << false;
    QTest::newRow("429") << 429 << true;
    QTest::newRow("500") << 500 << true;
    QTest::newRow("501") << 501 << false;
    QTest::newRow("503") << 503 << true;
    QTest::newRow("504") << 504 << true;
}

void tst_ApiError::retryable() {
    QFETCH(int, status);
    QFETCH(bool, retryable);
    QCOMPARE(ApiError::fromHttp(status, {}).isRetryable(), retryable);
    QVERIFY(ApiError::network(QStringLiteral("refused")).isRetryable());
    QVERIFY(ApiError::timeout(1000).isRetryable());
    QVERIFY(!ApiError::tls(QStringLiteral("expired")).isRetryable());
    // Tried once more by ApiCall (reads only): a gateway page is often gone a moment later.
    QVERIFY(ApiError::decode(QStringLiteral("bad")).isRetryable());
    QVERIFY(!ApiError::cancelled().isRetryable());
}

void tst_ApiError::messageNamesEveryEntry() {
    const ApiError error = ApiError::fromHttp(
        400,
        R"({"errors":[{"code":"a","message":"First problem"},{"code":"b","message":"Second problem"}]})");
    QVERIFY(error.message().contains(QLatin1String("First problem")));
    QVERIFY(error.message().contains(QLatin1String("Second problem")));
    QCOMPARE(error.shortCode(), QStringLiteral("400 a, b"));
    QVERIFY(error.hasCode(QStringLiteral("a")));
    const ApiError role = ApiError::fromHttp(
        403,
        R"({"errors":[{"code":"access_denied|missing_permission","message":"Permission denied"}]})");
    QVERIFY2(role.message().contains(QLatin1String("role does not allow")),
             qPrintable(role.message()));
    const ApiError key = ApiError::fromHttp(
        403,
        R"({"errors":[{"code":"access_denied|access_denied_invalid_key","message":"Bad key"}]})");
    QVERIFY2(key.message().contains(QLatin1String("did not accept the API key")),
             qPrintable(key.message()));
    QVERIFY(key.message().contains(QLatin1String("Automation > API Keys")));
    const ApiError sub =
        ApiError::fromHttp(404, R"({"errors":[{"code":"not_found|order","message":"x"}]})");
    QVERIFY(sub.hasCode(QStringLiteral("not_found")));
    QVERIFY(!sub.hasCode(QStringLiteral("not")));
}

void tst_ApiError::nonJsonBodyKeepsAnExcerpt() {
    const ApiError error = ApiError::fromHttp(502, "<html><body>Bad gateway</body></html>");
    QVERIFY(error.entries().isEmpty());
    QVERIFY(error.message().contains(QLatin1String("Bad gateway")));
    QVERIFY(error.message().contains(QLatin1String("502")));
}

void tst_ApiError::outcomeUnknownSaysToCheck() {
    const ApiError lost = ApiError::outcomeUnknown(ApiError::network(QStringLiteral("closed")));
    QVERIFY(lost.isOutcomeUnknown());
    QCOMPARE(lost.kind(), ApiError::Kind::Network);
    QVERIFY(lost.message().contains(QLatin1String("not known whether")));
    QVERIFY(!ApiError::network(QStringLiteral("refused")).isOutcomeUnknown());
    const ApiError late = ApiError::outcomeUnknown(ApiError::timeout(30000));
    QVERIFY(late.message().contains(QLatin1String("check before")));
}

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
