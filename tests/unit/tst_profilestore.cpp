#include "security/ProfileStore.h"

#include <QTemporaryDir>
#include <QtTest>

class tst_ProfileStore : public QObject {
    Q_OBJECT
private slots:
    void addListAndReload();
    void refusesBadProfiles_data();
    void refusesBadProfiles();
    void renameAndRemove();
    void ignoresForeignEntries();
};

namespace {
Profile custom(const QString &name, const QString &url) {
    Profile p;
    p.name = name;
    p.service = Profile::Service::Custom;
    p.baseUrl = QUrl(url);
    return p;
}
} // namespace

void tst_ProfileStore::addListAndReload() {
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    QString firstId;
    {
        ProfileStore store(ini);
        Profile us;
        us.name = QStringLiteral("Acme (US)");
        QVERIFY(store.add(&us).isEmpty());
        QVERIFY(!us.id.isEmpty());
        Profile local =
            custom(QStringLiteral("  Local  "), QStringLiteral("https://127.0.0.1:9/services/v2/"));
        local.caPem =
            QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        QVERIFY(store.add(&local).isEmpty());
        store.setActiveId(local.id);
        firstId = us.id;
    }
    ProfileStore again(ini);
    const QList<Profile> all = again.profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Acme (US)")); // sorted by name
    QCOMPARE(all.at(1).name, QStringLiteral("Local"));     // trimmed
    QCOMPARE(again.activeProfile().name, QStringLiteral("Local"));
    QVERIFY(again.activeProfile().caPem.contains(QLatin1String("BEGIN CERTIFICATE")));
    QCOMPARE(again.profile(firstId).service, Profile::Service::UnitedStates);
    QCOMPARE(again.profileByName(QStringLiteral("acme (us)")).id, firstId);
}

void tst_ProfileStore::refusesBadProfiles_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("duplicate name, other case") << "ACME"
                                                << "https://a.example/"
                                                << "exists already";
    QTest::newRow("empty name") << " "
                                << "https://a.example/"
                                << "profile name";
    QTest::newRow("plain http remote") << "New"
                                       << "http://a.example/"
                                       << "unencrypted";
}

void tst_ProfileStore::refusesBadProfiles() {
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("s.ini")));
    Profile acme = custom(QStringLiteral("Acme"), QStringLiteral("https://acme.example/"));
    QVERIFY(store.add(&acme).isEmpty());
    Profile p = custom(name, url);
    const QString problem = store.add(&p);
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
    QCOMPARE(store.profiles().size(), 1);
}

void tst_ProfileStore::renameAndRemove() {
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("s.ini")));
    Profile a = custom(QStringLiteral("A"), QStringLiteral("https://a.example/"));
    Profile b = custom(QStringLiteral("B"), QStringLiteral("https://b.example/"));
    QVERIFY(store.add(&a).isEmpty());
    QVERIFY(store.add(&b).isEmpty());
    store.setActiveId(b.id);
    b.name = QStringLiteral("a");
    QVERIFY(store.update(b).contains(QLatin1String("exists already")));
    b.name = QStringLiteral("Bee");
    QVERIFY(store.update(b).isEmpty());
    QCOMPARE(store.profile(b.id).name, QStringLiteral("Bee"));
    store.remove(b.id);
    QVERIFY(!store.profile(b.id).isValid());
    QVERIFY(store.activeId().isEmpty());
    QVERIFY(!store.update(b).isEmpty()); // gone
}

void tst_ProfileStore::ignoresForeignEntries() {
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings raw(ini, QSettings::IniFormat);
        raw.setValue(QStringLiteral("profiles/x1/name"), QStringLiteral("Odd"));
        raw.setValue(QStringLiteral("profiles/x1/service"), QStringLiteral("mars"));
        raw.setValue(QStringLiteral("profiles/x2/url"), QStringLiteral("https://no-name.example/"));
    }
    ProfileStore store(ini);
    QVERIFY(store.profiles().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
