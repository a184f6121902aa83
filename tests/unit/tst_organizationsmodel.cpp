#include "models/OrganizationsModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class tst_OrganizationsModel : public QObject {
    Q_OBJECT
private slots:
    void appendUpdateRemoveClear();
    void columns();
    void validationWords();
};

namespace {
Organization make(qint64 id, const QString &name) {
    Organization o;
    o.id = id;
    o.name = name;
    o.status = QStringLiteral("active");
    o.address = QStringLiteral("1 Main St");
    o.city = QStringLiteral("Lehi");
    o.state = QStringLiteral("UT");
    o.zip = QStringLiteral("84043");
    o.country = QStringLiteral("us");
    OrganizationValidation ov;
    ov.type = QStringLiteral("ov");
    ov.name = QStringLiteral("OV");
    ov.status = QStringLiteral("completed");
    ov.validatedUntil = QDate(2027, 11, 19);
    o.validations << ov;
    o.hasValidations = true;
    return o;
}
} // namespace

void tst_OrganizationsModel::appendUpdateRemoveClear() {
    OrganizationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendOrganizations({make(1, QStringLiteral("A")), make(2, QStringLiteral("B"))});
    model.appendOrganizations({});
    model.appendOrganizations({make(3, QStringLiteral("C"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOfOrganization(3), 2);
    QCOMPARE(model.index(1, 0).data(OrganizationsModel::OrganizationIdRole).toLongLong(), 2);

    // Details arrive: contacts fill in; a detail without validations keeps the known ones.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Organization details = make(2, QStringLiteral("B"));
    details.validations.clear();
    details.hasValidations = false;
    details.hasDetails = true;
    details.organizationContact.firstName = QStringLiteral("Jana");
    details.organizationContact.lastName = QStringLiteral("Weber");
    details.organizationContact.email = QStringLiteral("jana@example.com");
    model.updateOrganization(details);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), OrganizationsModel::ColumnCount - 1);
    QCOMPARE(model.index(1, OrganizationsModel::OrganizationContactColumn).data().toString(),
             QStringLiteral("Jana Weber"));
    QCOMPARE(model.index(1, OrganizationsModel::OrganizationContactColumn)
                 .data(Qt::ToolTipRole)
                 .toString(),
             QStringLiteral("jana@example.com"));
    QVERIFY(model.organizationAt(1).validation(QStringLiteral("ov")));
    QVERIFY(model.organizationAt(1).hasDetails);
    model.updateOrganization(make(99, QStringLiteral("unknown")));
    QCOMPARE(changed.count(), 1);

    model.removeOrganization(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.organizationAt(1).name, QStringLiteral("C"));
    model.removeOrganization(42);
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_OrganizationsModel::columns() {
    OrganizationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Organization o = make(1, QStringLiteral("Example Corp"));
    o.assumedName = QStringLiteral("Example");
    o.isActive = false;
    model.appendOrganizations({o});
    QCOMPARE(model.columnCount(), int(OrganizationsModel::ColumnCount));
    QCOMPARE(model.index(0, OrganizationsModel::NameColumn).data().toString(),
             QStringLiteral("Example Corp"));
    QCOMPARE(model.index(0, OrganizationsModel::AssumedNameColumn).data().toString(),
             QStringLiteral("Example"));
    QCOMPARE(model.index(0, OrganizationsModel::AddressColumn).data().toString(),
             QStringLiteral("1 Main St, Lehi, UT 84043, US"));
    QCOMPARE(model.index(0, OrganizationsModel::StatusColumn).data().toString(),
             QStringLiteral("Inactive"));
    QCOMPARE(model.index(0, OrganizationsModel::OvColumn).data().toString(),
             QLocale().toString(QDate(2027, 11, 19), QLocale::ShortFormat));
    QVERIFY(model.index(0, OrganizationsModel::OvColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Valid until")));
    QVERIFY(model.index(0, OrganizationsModel::EvColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, OrganizationsModel::OvColumn).data(OrganizationsModel::SortRole),
             QVariant(QStringLiteral("2027-11-19")));
    QVERIFY(model.index(0, OrganizationsModel::TechnicalContactColumn).data().toString().isEmpty());
    QCOMPARE(model.headerData(OrganizationsModel::EvCsColumn, Qt::Horizontal).toString(),
             QStringLiteral("EV CS"));
}

void tst_OrganizationsModel::validationWords() {
    Organization o = make(1, QStringLiteral("A"));
    OrganizationValidation ev;
    ev.type = QStringLiteral("ev");
    ev.status = QStringLiteral("pending");
    OrganizationValidation cs;
    cs.type = QStringLiteral("cs");
    cs.status = QStringLiteral("expired");
    cs.validatedUntil = QDate(2024, 1, 1);
    o.validations << ev << cs;
    QCOMPARE(OrganizationsModel::validationText(o, QStringLiteral("ev")),
             QStringLiteral("Pending"));
    QVERIFY(OrganizationsModel::validationText(o, QStringLiteral("cs"))
                .startsWith(QLatin1String("Expired ")));
    QVERIFY(OrganizationsModel::validationText(o, QStringLiteral("ev_cs")).isEmpty());
    QCOMPARE(OrganizationsModel::validationType(OrganizationsModel::EvCsColumn),
             QStringLiteral("ev_cs"));
    QVERIFY(OrganizationsModel::validationType(OrganizationsModel::NameColumn).isEmpty());
}

QTEST_GUILESS_MAIN(tst_OrganizationsModel)
#include "tst_organizationsmodel.moc"
