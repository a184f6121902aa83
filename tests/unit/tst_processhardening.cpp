#include "security/ProcessHardening.h"

#include <QtTest>

#include <sys/prctl.h>
#include <sys/resource.h>

// ProcessHardening in this very process: before, the process may dump core (the default);
// after, it is non-dumpable with a zero soft and hard core limit, and a second call is fine.
class tst_ProcessHardening : public QObject {
    Q_OBJECT
private slots:
    void disablesCoreDumps();
};

void tst_ProcessHardening::disablesCoreDumps() {
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
    QVERIFY(!ProcessHardening::coreDumpsDisabled());
    QString error;
    QVERIFY2(ProcessHardening::disableCoreDumps(&error), qPrintable(error));
    QVERIFY(ProcessHardening::coreDumpsDisabled());
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit limit{};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
    QVERIFY(ProcessHardening::disableCoreDumps(&error));
}

QTEST_GUILESS_MAIN(tst_ProcessHardening)
#include "tst_processhardening.moc"
