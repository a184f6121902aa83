#include "security/SecretRedactor.h"

#include <QtTest>

class tst_SecretRedactor : public QObject {
    Q_OBJECT
private slots:
    void redactsKnownSecrets();
    void logLinesAreRedacted();
};

void tst_SecretRedactor::redactsKnownSecrets() {
    SecretRedactor &r = SecretRedactor::instance();
    r.addSecret(QStringLiteral("ABCDEF0123456789"));
    r.addSecret(QStringLiteral("abc")); // too short to be a key: ignored
    QCOMPARE(r.redact(QStringLiteral("key=ABCDEF0123456789 and abc")),
             QStringLiteral("key=[redacted] and abc"));
    r.removeSecret(QStringLiteral("ABCDEF0123456789"));
    QCOMPARE(r.redact(QStringLiteral("ABCDEF0123456789")), QStringLiteral("ABCDEF0123456789"));
}

namespace {
QStringList g_seen;
void capture(QtMsgType, const QMessageLogContext &, const QString &message) {
    g_seen << message;
}
} // namespace

void tst_SecretRedactor::logLinesAreRedacted() {
    const QtMessageHandler original = qInstallMessageHandler(capture);
    SecretRedactor::install(); // chains to capture
    SecretRedactor::instance().addSecret(QStringLiteral("s3cr3t-api-key-value"));
    qWarning("sending X-DC-DEVKEY: %s", "s3cr3t-api-key-value");
    qInstallMessageHandler(original);
    QCOMPARE(g_seen.size(), 1);
    QVERIFY(!g_seen.first().contains(QLatin1String("s3cr3t")));
    QVERIFY(g_seen.first().contains(QLatin1String("[redacted]")));
}

QTEST_GUILESS_MAIN(tst_SecretRedactor)
#include "tst_secretredactor.moc"
