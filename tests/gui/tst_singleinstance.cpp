#include "ui/shell/SingleInstance.h"

#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

// SingleInstance: the first claim listens, a second claim with the same key asks the first to
// come to the front and gives up, a different key (another settings file) is independent, and a
// socket left by a crashed first instance is taken over.
class tst_SingleInstance : public QObject {
    Q_OBJECT
private slots:
    void secondStartActivatesTheFirst();
    void otherSettingsAreIndependent();
};

void tst_SingleInstance::secondStartActivatesTheFirst() {
    const QString key =
        QStringLiteral("certdesk-test-") + QUuid::createUuid().toString(QUuid::Id128);
    SingleInstance first(key);
    QVERIFY(first.claim());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    SingleInstance second(key);
    QVERIFY(!second.claim());
    QVERIFY(activated.wait(5000));
    QCOMPARE(activated.count(), 1);
}

void tst_SingleInstance::otherSettingsAreIndependent() {
    const QString key =
        QStringLiteral("certdesk-test-") + QUuid::createUuid().toString(QUuid::Id128);
    SingleInstance one(key);
    QVERIFY(one.claim());
    SingleInstance other(key + QStringLiteral("-other"));
    QVERIFY(other.claim());
    QVERIFY(SingleInstance::keyForSettings().startsWith(QLatin1String("certdesk-")));
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
