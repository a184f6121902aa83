#include "models/DomainsModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class tst_DomainsModel : public QObject {
    Q_OBJECT
private slots:
    void appendRemoveClear();
    void validationWords();
};

namespace {
Domain make(qint64 id, const QString &name) {
    Domain d;
    d.id = id;
    d.name = name;
    d.status = QStringLiteral("active");
    d.dcvMethod = QStringLiteral("dns-txt-token");
    d.validations << DomainValidation{QStringLiteral("ov"), QStringLiteral("OV"),
                                      QStringLiteral("completed"), QDate(2027, 1, 2),
                                      QStringLiteral("complete")};
    return d;
}
} // namespace

void tst_DomainsModel::appendRemoveClear() {
    DomainsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendDomains({make(1, QStringLiteral("a.example")), make(2, QStringLiteral("b.example")),
                         make(3, QStringLiteral("c.example"))});
    QCOMPARE(model.rowCount(), 3);
    model.removeDomain(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.domainAt(1).name, QStringLiteral("c.example"));
    model.removeDomain(99); // unknown: nothing happens
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DomainsModel::DcvMethodColumn).data().toString(),
             QStringLiteral("DNS TXT record"));
    QCOMPARE(model.index(0, 0).data(DomainsModel::DomainIdRole).toLongLong(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_DomainsModel::validationWords() {
    Domain d = make(1, QStringLiteral("a.example"));
    QVERIFY(DomainsModel::validationText(d, QStringLiteral("ov"))
                .startsWith(QLatin1String("Valid until")));
    QVERIFY(DomainsModel::validationText(d, QStringLiteral("ev")).isEmpty());
    d.validations.first().status = QStringLiteral("pending");
    QCOMPARE(DomainsModel::validationText(d, QStringLiteral("ov")), QStringLiteral("Pending"));
    QCOMPARE(DomainsModel::dcvMethodText(QStringLiteral("http-token")),
             QStringLiteral("File on the web server"));
}

QTEST_GUILESS_MAIN(tst_DomainsModel)
#include "tst_domainsmodel.moc"
