#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// The Debian package: built with CPack from this build tree, it holds the three programs, the
// desktop file, the icon in every hicolor size, the AppStream metainfo and the man pages, and
// depends on the Qt, QtKeychain and OpenSSL libraries. Unpacked with dpkg -x into a scratch
// root, its programs run from the installed path: certdesk-cli and certdesk-sandbox print their
// version, and certdesk --sandbox starts the sandbox that sits beside it.
class tst_DebianPackage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void holdsWhatADesktopNeeds();
    void programsRunFromTheInstalledPath();
    void guiStartsItsSandboxFromTheInstalledPath();

private:
    static QString run(const QString &program, const QStringList &args, int *exitCode = nullptr,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;
};

QString tst_DebianPackage::run(const QString &program, const QStringList &args, int *exitCode,
                               const QProcessEnvironment &env) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    process.waitForFinished(240000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

void tst_DebianPackage::initTestCase() {
    if (QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("cpack")).isEmpty())
        QSKIP("dpkg-deb and cpack are needed");
    int code = 0;
    // gzip instead of xz: the same package, made faster for the test.
    const QString out =
        run(QStringLiteral("cpack"),
            {QStringLiteral("--config"), QStringLiteral(CERTDESK_BUILD_DIR "/CPackConfig.cmake"),
             QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-D"),
             QStringLiteral("CPACK_DEBIAN_COMPRESSION_TYPE=gzip"), QStringLiteral("-B"),
             m_dir.filePath(QStringLiteral("out"))},
            &code);
    QVERIFY2(code == 0, qPrintable(out));
    QDirIterator it(m_dir.filePath(QStringLiteral("out")), {QStringLiteral("certdesk_*.deb")},
                    QDir::Files);
    QVERIFY2(it.hasNext(), qPrintable(out));
    m_deb = it.next();
    m_root = m_dir.filePath(QStringLiteral("root"));
    QVERIFY(QDir().mkpath(m_root));
    QCOMPARE(run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root}, &code), QString());
    QCOMPARE(code, 0);
}

void tst_DebianPackage::holdsWhatADesktopNeeds() {
    int code = 0;
    const QString info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-I"), m_deb}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(info.contains(QLatin1String("Package: certdesk")), qPrintable(info));
    for (const char *dependency :
         {"libqt6widgets6", "libqt6network6", "libqt6keychain", "libssl3", "libqt6httpserver6"})
        QVERIFY2(info.contains(QLatin1String(dependency)), dependency);
    QVERIFY(info.contains(QLatin1String("Recommends: gnome-keyring")));
    const QStringList files = {
        QStringLiteral("/usr/bin/certdesk"),
        QStringLiteral("/usr/bin/certdesk-cli"),
        QStringLiteral("/usr/bin/certdesk-sandbox"),
        QStringLiteral("/usr/share/applications/certdesk.desktop"),
        QStringLiteral("/usr/share/metainfo/io.certdesk.CertDesk.metainfo.xml"),
        QStringLiteral("/usr/share/icons/hicolor/scalable/apps/certdesk.svg"),
        QStringLiteral("/usr/share/icons/hicolor/16x16/apps/certdesk.png"),
        QStringLiteral("/usr/share/icons/hicolor/48x48/apps/certdesk.png"),
        QStringLiteral("/usr/share/icons/hicolor/256x256/apps/certdesk.png"),
        QStringLiteral("/usr/share/man/man1/certdesk.1"),
        QStringLiteral("/usr/share/man/man1/certdesk-cli.1"),
        QStringLiteral("/usr/share/man/man1/certdesk-sandbox.1")};
    for (const QString &file : files)
        QVERIFY2(QFileInfo::exists(m_root + file), qPrintable(file));
}

void tst_DebianPackage::programsRunFromTheInstalledPath() {
    int code = 0;
    const QString cli =
        run(m_root + QStringLiteral("/usr/bin/certdesk-cli"), {QStringLiteral("--version")}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(cli.startsWith(QLatin1String("certdesk-cli 0.")), qPrintable(cli));
    const QString sandbox = run(m_root + QStringLiteral("/usr/bin/certdesk-sandbox"),
                                {QStringLiteral("--version")}, &code);
    QCOMPARE(code, 0);
    QVERIFY2(sandbox.startsWith(QLatin1String("certdesk-sandbox 0.")), qPrintable(sandbox));
}

void tst_DebianPackage::guiStartsItsSandboxFromTheInstalledPath() {
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    // The tests' pointer to the build tree would send certdesk to the built sandbox.
    env.remove(QStringLiteral("CERTDESK_BIN_DIR"));
    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.start(
        m_root + QStringLiteral("/usr/bin/certdesk"),
        {QStringLiteral("--sandbox"), QStringLiteral("--sandbox-orders"), QStringLiteral("50")});
    QVERIFY(gui.waitForStarted(10000));
    // The sandbox it starts is the installed one, beside the installed certdesk.
    const QString sandbox = m_root + QStringLiteral("/usr/bin/certdesk-sandbox");
    const auto sandboxRuns = [&sandbox] {
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &pid : pids)
            if (QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget() == sandbox)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sandboxRuns(), 20000);
    QCOMPARE(gui.state(), QProcess::Running);
    gui.terminate();
    QVERIFY(gui.waitForFinished(10000));
    // The sandbox goes with it.
    QTRY_VERIFY_WITH_TIMEOUT(!sandboxRuns(), 10000);
}

QTEST_GUILESS_MAIN(tst_DebianPackage)
#include "tst_debianpackage.moc"
