#include "SandboxControl.h"
#include "TestSandbox.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

// The API key must appear nowhere but the keychain: the CLI and the desktop program run with
// every log category on, against a sandbox, and their stdout, stderr, log files and settings
// files are searched for it.
class tst_SecretHygiene : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cliAndDesktopNeverShowTheKey();
    void neitherProgramCanDumpCore();
    void keyFilesAreOwnerOnlyFromTheFirstByte();

private:
    QProcessEnvironment environment() const;
    bool contains(const QString &path, const QByteArray &needle) const;
    QString requestLog() const { return m_sandbox.stateDir() + QStringLiteral("/requests.jsonl"); }
    // "Max core file size" of a running process: soft and hard, as /proc/PID/limits says.
    static QString coreLimit(qint64 pid);

    TestSandbox m_sandbox;
    QTemporaryDir m_home;
};

void tst_SecretHygiene::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("300"),
                              QStringLiteral("--log-requests"), requestLog()}),
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

QString tst_SecretHygiene::coreLimit(qint64 pid) {
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : limits.readAll().split('\n')) {
        if (line.startsWith("Max core file size"))
            return QString::fromLatin1(line.mid(26).simplified());
    }
    return {};
}

void tst_SecretHygiene::neitherProgramCanDumpCore() {
    // Both programs make themselves non-dumpable and set a zero core limit first thing; the
    // limit is what another process can see (/proc/PID/limits): soft and hard 0.
    const QString bin = qEnvironmentVariable("CERTDESK_BIN_DIR");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("CERTDESK_API_KEY"), TestSandbox::testKey());
    // Slow replies keep the CLI alive while it holds the key.
    QByteArray ignored;
    QCOMPARE(SandboxControl::request("POST", m_sandbox.faultsUrl(), QByteArray(),
                                     R"({"latency_ms": 3000})", &ignored),
             204);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(bin + QStringLiteral("/certdesk-cli"),
              {QStringLiteral("--api-url"), m_sandbox.baseUrl().toString(),
               QStringLiteral("orders"), QStringLiteral("list")});
    QVERIFY(cli.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(coreLimit(cli.processId()), QStringLiteral("0 0 bytes"), 10000);
    QCOMPARE(cli.state(), QProcess::Running); // seen while it was waiting for CertCentral
    cli.kill();
    cli.waitForFinished(10000);
    QCOMPARE(SandboxControl::request("DELETE", m_sandbox.faultsUrl(), QByteArray(), {}, &ignored),
             204);

    QProcess gui;
    gui.setProcessEnvironment(environment());
    gui.start(bin + QStringLiteral("/certdesk"),
              {QStringLiteral("--api-url"), m_sandbox.baseUrl().toString()});
    QVERIFY(gui.waitForStarted(10000));
    QTRY_COMPARE_WITH_TIMEOUT(coreLimit(gui.processId()), QStringLiteral("0 0 bytes"), 10000);
    gui.terminate();
    QVERIFY(gui.waitForFinished(10000));
}

void tst_SecretHygiene::keyFilesAreOwnerOnlyFromTheFirstByte() {
    // csr new writes its key with a permissive umask: the file is created 0600 (no chmod
    // afterwards, which inotify would report as IN_ATTRIB) and nothing goes through the
    // temporary directory.
    QTemporaryDir out;
    QTemporaryDir tmp;
    const int watch = ::inotify_init1(IN_NONBLOCK);
    QVERIFY(watch >= 0);
    QVERIFY(::inotify_add_watch(watch, QFile::encodeName(out.path()).constData(),
                                IN_CREATE | IN_ATTRIB | IN_MOVED_TO) >= 0);
    QVERIFY(::inotify_add_watch(watch, QFile::encodeName(tmp.path()).constData(),
                                IN_CREATE | IN_MOVED_TO) >= 0);
    QProcess csr;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    env.insert(QStringLiteral("CERTDESK_KEY_PASSPHRASE"), QStringLiteral("hygiene-passphrase"));
    csr.setProcessEnvironment(env);
    const mode_t before = ::umask(0);
    csr.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli"),
              {QStringLiteral("csr"), QStringLiteral("new"), QStringLiteral("--cn"),
               QStringLiteral("hygiene.example.com"), QStringLiteral("--key"),
               QStringLiteral("ec:p256"), QStringLiteral("--key-out"),
               out.filePath(QStringLiteral("hygiene.key")), QStringLiteral("--out"),
               out.filePath(QStringLiteral("hygiene.csr"))});
    const bool finished = csr.waitForFinished(30000);
    ::umask(before);
    QVERIFY(finished);
    QVERIFY2(csr.exitCode() == 0, csr.readAllStandardError().constData());
    const QString keyPath = out.filePath(QStringLiteral("hygiene.key"));
    QVERIFY(QFile::exists(keyPath));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(keyPath).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, mode_t(0600));
    QStringList created;
    QStringList attributesChanged;
    alignas(inotify_event) char buffer[8192];
    ssize_t n = 0;
    while ((n = ::read(watch, buffer, sizeof buffer)) > 0) {
        for (char *p = buffer; p < buffer + n;) {
            const auto *event = reinterpret_cast<const inotify_event *>(p);
            const QString name = event->len ? QFile::decodeName(event->name) : QString();
            if (event->mask & (IN_CREATE | IN_MOVED_TO))
                created << name;
            if (event->mask & IN_ATTRIB)
                attributesChanged << name;
            p += sizeof(inotify_event) + event->len;
        }
    }
    ::close(watch);
    QVERIFY2(!attributesChanged.contains(QStringLiteral("hygiene.key")),
             "the key file's mode was changed after it was created");
    // Only the two files, written in place: no temporary copy in the folder or in TMPDIR.
    created.sort();
    QCOMPARE(created, (QStringList{QStringLiteral("hygiene.csr"), QStringLiteral("hygiene.key")}));
    QVERIFY(QDir(tmp.path()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_SecretHygiene)
#include "tst_secrethygiene.moc"
