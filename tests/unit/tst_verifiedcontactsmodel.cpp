#include "models/VerifiedContactsModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class tst_VerifiedContactsModel : public QObject {
    Q_OBJECT
private slots:
    void setAndClear();
};

void tst_VerifiedContactsModel::setAndClear() {
    VerifiedContactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    VerifiedContact a;
    a.contact.id = 7003;
    a.contact.firstName = QStringLiteral("Gia");
    a.contact.lastName = QStringLiteral("Rahman");
    a.contact.email = QStringLiteral("gia@example.com");
    a.contact.telephone = QStringLiteral("+1 555 0100");
    a.contact.telephoneExtension = QStringLiteral("12");
    a.contact.jobTitle = QStringLiteral("CEO");
    a.validations = {{QStringLiteral("ev"), QStringLiteral("EV"), QStringLiteral("completed")},
                     {QStringLiteral("cs"), QStringLiteral("CS"), QStringLiteral("pending")}};
    VerifiedContact b;
    b.contact.id = 7004;
    b.contact.email = QStringLiteral("b@example.com");
    model.setContacts({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(VerifiedContactsModel::ColumnCount));
    QCOMPARE(model.index(0, VerifiedContactsModel::NameColumn).data().toString(),
             QStringLiteral("Gia Rahman"));
    QCOMPARE(model.index(0, VerifiedContactsModel::TelephoneColumn).data().toString(),
             QStringLiteral("+1 555 0100 ext. 12"));
    QCOMPARE(model.index(0, VerifiedContactsModel::ValidationsColumn).data().toString(),
             QStringLiteral("EV: Completed, CS: Pending"));
    QCOMPARE(model.index(1, VerifiedContactsModel::NameColumn).data().toString(),
             QStringLiteral("b@example.com"));
    QCOMPARE(model.index(1, 0).data(VerifiedContactsModel::ContactIdRole).toLongLong(), 7004);
    QCOMPARE(model.headerData(VerifiedContactsModel::JobTitleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Job title"));
    model.setContacts({b});
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_VerifiedContactsModel)
#include "tst_verifiedcontactsmodel.moc"
