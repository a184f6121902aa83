#include "core/OrderCsv.h"
#include "models/OrdersModel.h"

#include <QIcon>

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
    void expiryIsMarkedByColourIconAndWords_data();
    void expiryIsMarkedByColourIconAndWords();
    void everyColumnHasAKeyAndAHeader();
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
    // Sorting compares the date itself, not its text: 2 Dec sorts after 30 Nov.
    model.appendOrders({makeOrder(41, QStringLiteral("b.example.com"), QStringLiteral("issued"),
                                  QDate(2026, 11, 30))});
    QVERIFY(model.compareRows(0, 1, OrdersModel::ValidTillColumn) > 0);
    QVERIFY(cell(OrdersModel::SanCountColumn, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("www.a.example.com")));
    QCOMPARE(cell(0, OrdersModel::SearchTextRole).toString(),
             QStringLiteral("42 a.example.com www.a.example.com"));
    QCOMPARE(model.headerData(OrdersModel::CommonNameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Common name"));
    // An order with no valid-till date has no days remaining.
    model.appendOrders({makeOrder(43, QStringLiteral("p.example.com"), QStringLiteral("pending"))});
    QVERIFY(!model.index(2, OrdersModel::DaysRemainingColumn).data().isValid());
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

void tst_OrdersModel::expiryIsMarkedByColourIconAndWords_data() {
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("daysFromToday");
    QTest::addColumn<QString>("state");
    QTest::newRow("issued, far") << "issued" << 200 << "";
    QTest::newRow("issued, 30 days") << "issued" << 30 << "expiring";
    QTest::newRow("issued, 31 days") << "issued" << 31 << "";
    QTest::newRow("issued, today") << "issued" << 0 << "expiring";
    QTest::newRow("issued but past") << "issued" << -3 << "expired";
    QTest::newRow("expired") << "expired" << -40 << "expired";
    QTest::newRow("revoked, soon") << "revoked" << 5 << "";
}

void tst_OrdersModel::expiryIsMarkedByColourIconAndWords() {
    QFETCH(QString, status);
    QFETCH(int, daysFromToday);
    QFETCH(QString, state);
    OrdersModel model;
    const QDate today(2026, 11, 22);
    model.setToday(today);
    model.appendOrders(
        {makeOrder(1, QStringLiteral("x.example"), status, today.addDays(daysFromToday))});
    QCOMPARE(model.expiryState(model.orderAt(0)), state);
    const QModelIndex days = model.index(0, OrdersModel::DaysRemainingColumn);
    const bool marked = !state.isEmpty();
    QCOMPARE(days.data(Qt::DecorationRole).isValid(), marked);
    QCOMPARE(days.data(Qt::ForegroundRole).isValid(), marked);
    QCOMPARE(days.data(Qt::ToolTipRole).isValid(), marked);
    if (marked)
        QVERIFY(!days.data(Qt::DecorationRole).value<QIcon>().isNull());
    // The status column always has its icon next to its word.
    QVERIFY(!model.index(0, OrdersModel::StatusColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(!model.index(0, OrdersModel::StatusColumn).data().toString().isEmpty());
}

void tst_OrdersModel::everyColumnHasAKeyAndAHeader() {
    OrdersModel model;
    QSet<QString> keys;
    for (int c = 0; c < OrdersModel::ColumnCount; ++c) {
        const QString key = OrdersModel::columnKey(c);
        QVERIFY2(OrderCsv::allColumns().contains(key), qPrintable(key));
        keys.insert(key);
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    }
    QCOMPARE(keys.size(), int(OrdersModel::ColumnCount));
    QVERIFY(OrdersModel::visibleByDefault(OrdersModel::CommonNameColumn));
    QVERIFY(!OrdersModel::visibleByDefault(OrdersModel::RequesterColumn));
}

QTEST_GUILESS_MAIN(tst_OrdersModel)
#include "tst_ordersmodel.moc"
