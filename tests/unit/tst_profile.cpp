#include "core/Profile.h"

#include <QtTest>

class tst_Profile : public QObject {
    Q_OBJECT
private slots:
    void urls_data();
    void urls();
    void keys_data();
    void keys();
    void names_data();
    void names();
    void keychainEntryFollowsTheUrl();
    void serviceUrls();
};

void tst_Profile::urls_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions"); // empty: accepted
    QTest::newRow("https") << "https://www.digicert.com/services/v2/"
                           << "";
    QTest::newRow("https custom port") << "https://ca.example.com:8443/services/v2/"
                                       << "";
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/services/v2/"
                                      << "";
    QTest::newRow("http loopback 127.x") << "http://127.9.8.7/services/v2/"
                                         << "";
    QTest::newRow("http localhost") << "http://localhost:1/services/v2/"
                                    << "";
    QTest::newRow("http v6 loopback") << "http://[::1]:8080/services/v2/"
                                      << "";
    QTest::newRow("http remote") << "http://certcentral.example.com/services/v2/"
                                 << "unencrypted";
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/services/v2/"
                                    << "unencrypted";
    QTest::newRow("http 127-lookalike host") << "http://127.0.0.1.evil.example/"
                                             << "unencrypted";
    QTest::newRow("ftp") << "ftp://example.com/"
                         << "https://";
    QTest::newRow("no host") << "https:///services/v2/"
                             << "full API address";
    QTest::newRow("not a url") << "digicert"
                               << "full API address";
}

void tst_Profile::urls() {
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    const QString problem = Profile::validateUrl(QUrl(url, QUrl::StrictMode));
    if (mentions.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void tst_Profile::keys_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("clean");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("plain") << "ABCDEF0123456789"
                           << "ABCDEF0123456789"
                           << "";
    QTest::newRow("pasted with spaces and newline") << "  ABCDEF0123456789\r\n"
                                                    << "ABCDEF0123456789"
                                                    << "";
    QTest::newRow("tab around") << "\tKEY-123_abc\t"
                                << "KEY-123_abc"
                                << "";
    QTest::newRow("empty") << ""
                           << ""
                           << "Paste the API key";
    QTest::newRow("only spaces") << "   \n "
                                 << ""
                                 << "Paste the API key";
    QTest::newRow("space inside") << "ABC DEF"
                                  << "ABC DEF"
                                  << "no spaces";
    QTest::newRow("newline inside") << "ABC\nDEF"
                                    << "ABC\nDEF"
                                    << "no spaces";
    QTest::newRow("control char") << QStringLiteral("ABC") + QChar(0x07) + QStringLiteral("DEF")
                                  << ""
                                  << "letters, digits";
    QTest::newRow("non-ascii") << QStringLiteral("ABC\u00e9DEF") << ""
                               << "letters, digits";
    QTest::newRow("too long") << QString(300, QLatin1Char('a')) << ""
                              << "at most 256";
}

void tst_Profile::keys() {
    QFETCH(QString, raw);
    QFETCH(QString, clean);
    QFETCH(QString, mentions);
    QString out;
    const QString problem = Profile::validateApiKey(raw, &out);
    if (mentions.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(out, clean);
    } else {
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
    }
}

void tst_Profile::names_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("normal") << "Acme (US)" << true;
    QTest::newRow("unicode") << "Zażółć Sp. z o.o." << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("spaces") << "   " << false;
    QTest::newRow("64") << QString(64, QLatin1Char('x')) << true;
    QTest::newRow("65") << QString(65, QLatin1Char('x')) << false;
}

void tst_Profile::names() {
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(Profile::validateName(name).isEmpty(), valid);
}

void tst_Profile::keychainEntryFollowsTheUrl() {
    Profile a;
    a.id = QStringLiteral("abc123");
    a.service = Profile::Service::Custom;
    a.baseUrl = QUrl(QStringLiteral("https://one.example/services/v2/"));
    Profile b = a;
    b.baseUrl = QUrl(QStringLiteral("https://two.example/services/v2/"));
    QVERIFY(a.keychainKey() != b.keychainKey());
    QVERIFY(a.keychainKey().contains(QLatin1String("abc123")));
    QVERIFY(a.keychainKey().contains(QLatin1String("one.example")));
}

void tst_Profile::serviceUrls() {
    Profile p;
    p.service = Profile::Service::UnitedStates;
    QCOMPARE(p.effectiveUrl().toString(), QStringLiteral("https://www.digicert.com/services/v2/"));
    p.service = Profile::Service::Europe;
    QCOMPARE(p.effectiveUrl().toString(),
             QStringLiteral("https://certcentral.digicert.eu/services/v2/"));
    for (auto s : {Profile::Service::UnitedStates, Profile::Service::Europe,
                   Profile::Service::Custom, Profile::Service::Sandbox}) {
        bool ok = false;
        QCOMPARE(Profile::serviceFromId(Profile::serviceId(s), &ok), s);
        QVERIFY(ok);
    }
    bool ok = true;
    Profile::serviceFromId(QStringLiteral("mars"), &ok);
    QVERIFY(!ok);
}

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
