#include "core/BalanceAdjustment.h"
#include "core/OrderCsv.h"
#include "models/BalanceHistoryModel.h"

#include <QtTest>

// BalanceHistoryModel: what the Finance page's history shows (signed amounts in the user's
// locale, the types for the filter) and its CSV export (one row per adjustment, credit and
// debit apart, a formula-looking note made harmless, a type filter).
class tst_BalanceHistoryModel : public QObject {
    Q_OBJECT
private slots:
    void shows();
    void csv();
};

namespace {
QList<BalanceAdjustment> rows() {
    BalanceAdjustment charge;
    charge.id = QStringLiteral("5335328");
    charge.containerId = 123456;
    charge.containerName = QStringLiteral("Example Company");
    charge.debit = QStringLiteral("750.00");
    charge.transactionType = QStringLiteral("Charge");
    charge.transactionDate = QDateTime(QDate(2021, 1, 21), QTime(15, 21, 34), Qt::UTC);
    charge.balanceAfter = QStringLiteral("8500.15");
    charge.orderId = QStringLiteral("12346");
    charge.currency = QStringLiteral("USD");
    BalanceAdjustment payment = charge;
    payment.id = QStringLiteral("5");
    payment.debit.clear();
    payment.credit = QStringLiteral("195.00");
    payment.transactionType = QStringLiteral("Credit");
    payment.orderId.clear();
    payment.note = QStringLiteral("=Payment for invoice #100001, thanks");
    return {charge, payment};
}
} // namespace

void tst_BalanceHistoryModel::shows() {
    BalanceHistoryModel model;
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    model.appendAdjustments(rows());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(BalanceHistoryModel::ColumnCount));
    const QString debit = model.index(0, BalanceHistoryModel::AmountColumn).data().toString();
    QVERIFY2(debit.startsWith(QLatin1Char('-')) && debit.contains(QStringLiteral("750.00")),
             qPrintable(debit));
    QVERIFY(model.index(1, BalanceHistoryModel::AmountColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("195.00")));
    QCOMPARE(model.index(0, BalanceHistoryModel::AmountColumn)
                 .data(BalanceHistoryModel::SortRole)
                 .toLongLong(),
             -75000);
    QCOMPARE(model.index(0, BalanceHistoryModel::OrderColumn).data().toString(),
             QStringLiteral("12346"));
    QCOMPARE(model.transactionTypes(),
             (QStringList{QStringLiteral("Charge"), QStringLiteral("Credit")}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_BalanceHistoryModel::csv() {
    BalanceHistoryModel model;
    model.appendAdjustments(rows());
    const QList<QStringList> all = OrderCsv::parse(QString::fromUtf8(model.toCsv()));
    QCOMPARE(all.size(), 3);
    const QStringList header = all.at(0);
    QCOMPARE(header.at(5), QStringLiteral("credit"));
    QCOMPARE(header.at(6), QStringLiteral("debit"));
    QCOMPARE(all.at(1).at(6), QStringLiteral("750.00"));
    QCOMPARE(all.at(1).at(1), QStringLiteral("2021-01-21T15:21:34Z"));
    QCOMPARE(all.at(2).at(5), QStringLiteral("195.00"));
    // The note keeps its comma; its leading = is neutralised in the file, restored by parse.
    QVERIFY(model.toCsv().contains("\"'=Payment for invoice #100001, thanks\""));
    QCOMPARE(all.at(2).last(), QStringLiteral("=Payment for invoice #100001, thanks"));
    const QList<QStringList> charges =
        OrderCsv::parse(QString::fromUtf8(model.toCsv(QStringLiteral("charge"))));
    QCOMPARE(charges.size(), 2);
    QCOMPARE(charges.at(1).at(0), QStringLiteral("5335328"));
}

QTEST_GUILESS_MAIN(tst_BalanceHistoryModel)
#include "tst_balancehistorymodel.moc"
