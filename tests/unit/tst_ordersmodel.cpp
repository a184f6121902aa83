#include "OrdersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {
Order makeOrder(qint64 id, const QString &cn, const QString &status, const QDate &validTill = {}) {
    Order o;
    o.id = id;
    o.commonName = cn;
    o.dnsNames = {cn, QStringLiteral("www.") + cn};
    o.status = status;
    o.productNameId = QStringLiteral("ssl_basic");
    o.validTill = validTill;
    return o;
}
} // namespace

class tst_OrdersModel : public QObject {
    Q_OBJECT
private slots:
    void appendsInOneBatch();
    void displayAndSortValues();
    void replacesKnownOrders();
    void clearResets();
};

void tst_OrdersModel::appendsInOneBatch() {
    OrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<Order> batch;
    for (int i = 1; i <= 250; ++i)
        batch << makeOrder(i, QStringLiteral("host%1.example.com").arg(i),
                           QStringLiteral("issued"));
    model.appendOrders(batch);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 250);
    model.appendOrders(
        {makeOrder(251, QStringLiteral("x.example.com"), QStringLiteral("pending"))});
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 251);
    QCOMPARE(model.columnCount(), int(OrdersModel::ColumnCount));
}

void tst_OrdersModel::displayAndSortValues() {
    OrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 11, 22));
    Order o = makeOrder(42, QStringLiteral("a.example.com"), QStringLiteral("reissue_pending"),
                        QDate(2026, 12, 2));
    model.appendOrders({o});
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(OrdersModel::OrderIdColumn).toString(), QStringLiteral("42"));
    QCOMPARE(cell(OrdersModel::SanCountColumn).toInt(), 1);
    QCOMPARE(cell(OrdersModel::StatusColumn).toString(), QStringLiteral("Reissue pending"));
    QCOMPARE(cell(OrdersModel::DaysRemainingColumn).toInt(), 10); // derived from valid till
    QCOMPARE(cell(OrdersModel::ValidTillColumn, OrdersModel::SortRole).toLongLong(),
             QDate(2026, 12, 2).toJulianDay());
    QVERIFY(cell(OrdersModel::SanCountColumn, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("www.a.example.com")));
    QCOMPARE(cell(0, OrdersModel::SearchTextRole).toString(),
             QStringLiteral("42 a.example.com www.a.example.com"));
    QCOMPARE(model.headerData(OrdersModel::CommonNameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Common name"));
    // An order with no valid-till date has no days remaining.
    model.appendOrders({makeOrder(43, QStringLiteral("p.example.com"), QStringLiteral("pending"))});
    QVERIFY(!model.index(1, OrdersModel::DaysRemainingColumn).data().isValid());
}

void tst_OrdersModel::replacesKnownOrders() {
    OrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendOrders({makeOrder(1, QStringLiteral("a.example"), QStringLiteral("pending")),
                        makeOrder(2, QStringLiteral("b.example"), QStringLiteral("pending"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.appendOrders({makeOrder(2, QStringLiteral("b.example"), QStringLiteral("issued"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.orderAt(1).status, QStringLiteral("issued"));
    QCOMPARE(model.rowOfOrder(2), 1);
    QCOMPARE(model.rowOfOrder(99), -1);
}

void tst_OrdersModel::clearResets() {
    OrdersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendOrders({makeOrder(1, QStringLiteral("a.example"), QStringLiteral("issued"))});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOfOrder(1), -1);
    model.appendOrders({makeOrder(1, QStringLiteral("a.example"), QStringLiteral("issued"))});
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(tst_OrdersModel)
#include "tst_ordersmodel.moc"
