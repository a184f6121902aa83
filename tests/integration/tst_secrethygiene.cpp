#include "TestSandbox.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// The API key must appear nowhere but the keychain: the CLI and the desktop program run with
// every log category on, against a sandbox, and their stdout, stderr, log files and settings
// files are searched for it.
class tst_SecretHygiene : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cliAndDesktopNeverShowTheKey();

private:
    QProcessEnvironment environment() const;
    bool contains(const QString &path, const QByteArray &needle) const;

    TestSandbox m_sandbox;
    QTemporaryDir m_home;
};

void tst_SecretHygiene::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("300")}),
             qPrintable(m_sandbox.errorString()));
}

QProcessEnvironment tst_SecretHygiene::environment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CERTDESK_API_KEY"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

bool tst_SecretHygiene::contains(const QString &path, const QByteArray &needle) const {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}

void tst_SecretHygiene::cliAndDesktopNeverShowTheKey() {
    const QByteArray key = TestSandbox::testKey().toUtf8();
    const QString bin = qEnvironmentVariable("CERTDESK_BIN_DIR");
    const QString cliLog = m_home.filePath(QStringLiteral("cli.log"));
    const QString guiLog = m_home.filePath(QStringLiteral("gui.log"));
    QByteArray everything;

    // 1. The CLI adds a profile, the key on standard input, then lists orders with it.
    QProcess add;
    add.setProcessEnvironment(environment());
    add.start(bin + QStringLiteral("/certdesk-cli"),
              {QStringLiteral("--verbose"), QStringLiteral("--log-file"), cliLog,
               QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Hygiene"),
               QStringLiteral("--url"), m_sandbox.baseUrl().toString()});
    add.write(key + "\n");
    add.closeWriteChannel();
    QVERIFY(add.waitForFinished(30000));
    everything += add.readAllStandardOutput() + add.readAllStandardError();
    QVERIFY2(add.exitCode() == 0, everything.constData());

    QProcess list;
    list.setProcessEnvironment(environment());
    list.start(bin + QStringLiteral("/certdesk-cli"),
               {QStringLiteral("--verbose"), QStringLiteral("--log-file"), cliLog,
                QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--format"),
                QStringLiteral("json")});
    QVERIFY(list.waitForFinished(30000));
    const QByteArray listOut = list.readAllStandardOutput();
    const QByteArray listErr = list.readAllStandardError();
    QCOMPARE(list.exitCode(), 0);
    QVERIFY(listOut.contains("\"order_id\""));
    QVERIFY2(listErr.contains("certdesk.api.call"), "debug logging was on");
    everything += listOut + listErr;

    // 2. The desktop program opens the same (active) profile from the keychain.
    QProcess gui;
    gui.setProcessEnvironment(environment());
    gui.start(bin + QStringLiteral("/certdesk"), {QStringLiteral("--log-file"), guiLog});
    QTRY_VERIFY_WITH_TIMEOUT(contains(guiLog, "GET order/certificate -> 200"), 30000);
    gui.terminate();
    QVERIFY(gui.waitForFinished(10000));
    everything += gui.readAllStandardOutput() + gui.readAllStandardError();

    QVERIFY(!everything.contains(key));
    QVERIFY(!contains(cliLog, key));
    QVERIFY(!contains(guiLog, key));
    QVERIFY(contains(cliLog, "GET user/me -> 200"));
    int settingsFiles = 0;
    QDirIterator it(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".conf")) || path.endsWith(QLatin1String(".ini")))
            ++settingsFiles;
        QVERIFY2(!contains(path, key), qPrintable(path));
    }
    QVERIFY(settingsFiles >= 1); // the profile was written, without its key
}

QTEST_GUILESS_MAIN(tst_SecretHygiene)
#include "tst_secrethygiene.moc"
