#include "models/OrdersFilterProxy.h"
#include "models/OrdersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <limits>

class tst_OrdersFilterProxy : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void search_data();
    void search();
    void statusAndSearchCombine();
    void sortsOnRawValues();
    void appendedRowsJoinInSortedPlace_data();
    void appendedRowsJoinInSortedPlace();
    void persistentIndexesFollowASort();
    void appendedRowsWaitForTheInsertDelay();

private:
    OrdersModel *m_model = nullptr;
    OrdersFilterProxy *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_OrdersFilterProxy::init() {
    m_model = new OrdersModel;
    m_proxy = new OrdersFilterProxy;
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(m_proxy,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Order> orders;
    const QStringList names = {
        QStringLiteral("shop.example.com"), QStringLiteral("api.example.org"),
        QStringLiteral("Mail.Example.com"), QStringLiteral("xn--bcher-kva.example")};
    const QStringList statuses = {QStringLiteral("issued"), QStringLiteral("pending"),
                                  QStringLiteral("issued"), QStringLiteral("expired")};
    for (int i = 0; i < names.size(); ++i) {
        Order o;
        o.id = 9 + i * 45; // 9, 54, 99, 144: text order differs from numeric order
        o.commonName = names[i];
        o.dnsNames = {names[i], QStringLiteral("alt%1.example.net").arg(i)};
        o.status = statuses[i];
        o.validTill = QDate(2027, 1, 1).addDays(-i * 40);
        orders << o;
    }
    m_model->appendOrders(orders);
}

void tst_OrdersFilterProxy::cleanup() {
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

void tst_OrdersFilterProxy::search_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty") << "" << 4;
    QTest::newRow("domain part") << "example.com" << 2;
    QTest::newRow("case-insensitive") << "MAIL" << 1;
    QTest::newRow("a SAN") << "alt3.example.net" << 1;
    QTest::newRow("order id") << "144" << 1;
    QTest::newRow("spaces trimmed") << "  shop  " << 1;
    QTest::newRow("nothing") << "nomatch" << 0;
}

void tst_OrdersFilterProxy::search() {
    QFETCH(QString, text);
    QFETCH(int, rows);
    m_proxy->setSearchText(text);
    QCOMPARE(m_proxy->rowCount(), rows);
}

void tst_OrdersFilterProxy::statusAndSearchCombine() {
    m_proxy->setStatus(QStringLiteral("issued"));
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setSearchText(QStringLiteral("shop"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setStatus(QString());
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void tst_OrdersFilterProxy::sortsOnRawValues() {
    m_proxy->sort(OrdersModel::OrderIdColumn, Qt::AscendingOrder);
    QStringList ids;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids << m_proxy->index(r, OrdersModel::OrderIdColumn).data().toString();
    QCOMPARE(ids, (QStringList{"9", "54", "99", "144"}));
    m_proxy->sort(OrdersModel::ValidTillColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(0, OrdersModel::OrderIdColumn).data().toString(),
             QStringLiteral("144"));
}

void tst_OrdersFilterProxy::appendedRowsJoinInSortedPlace_data() {
    QTest::addColumn<QList<qint64>>("batch");
    QTest::addColumn<QString>("search");
    QTest::newRow("all after (ascending ids, descending sort puts them first)")
        << QList<qint64>{200, 201, 202} << "";
    QTest::newRow("all before") << QList<qint64>{1, 2, 3} << "";
    QTest::newRow("scattered") << QList<qint64>{100, 5, 120, 60, 300} << "";
    QTest::newRow("scattered with a filter") << QList<qint64>{100, 5, 120, 60, 300} << "example";
    QTest::newRow("none accepted by the filter") << QList<qint64>{400, 401} << "nomatch-at-all";
}

void tst_OrdersFilterProxy::appendedRowsJoinInSortedPlace() {
    QFETCH(QList<qint64>, batch);
    QFETCH(QString, search);
    m_proxy->setSearchText(search);
    m_proxy->sort(OrdersModel::OrderIdColumn, Qt::DescendingOrder);
    QList<Order> orders;
    for (qint64 id : batch) {
        Order o;
        o.id = id;
        o.commonName = QStringLiteral("n%1.example.org").arg(id);
        o.status = QStringLiteral("issued");
        orders << o;
    }
    const int before = m_proxy->rowCount();
    m_model->appendOrders(orders);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const qint64 id = m_proxy->index(r, 0).data(OrdersModel::OrderIdRole).toLongLong();
        QVERIFY2(id < previous, "descending by id");
        previous = id;
        QVERIFY(m_proxy->index(r, 0)
                    .data(OrdersModel::SearchTextRole)
                    .toString()
                    .contains(search.toLower()));
    }
    if (search == QLatin1String("nomatch-at-all"))
        QCOMPARE(m_proxy->rowCount(), 0);
    else
        QCOMPARE(m_proxy->rowCount(), before + int(batch.size()));
}

void tst_OrdersFilterProxy::persistentIndexesFollowASort() {
    m_proxy->sort(OrdersModel::OrderIdColumn, Qt::AscendingOrder);
    const QPersistentModelIndex kept = m_proxy->index(0, OrdersModel::CommonNameColumn);
    const QString name = kept.data().toString();
    m_proxy->sort(OrdersModel::OrderIdColumn, Qt::DescendingOrder);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), m_proxy->rowCount() - 1);
    QCOMPARE(kept.data().toString(), name);
    QCOMPARE(m_proxy->sortColumn(), int(OrdersModel::OrderIdColumn));
    QCOMPARE(m_proxy->sortOrder(), Qt::DescendingOrder);
}

void tst_OrdersFilterProxy::appendedRowsWaitForTheInsertDelay() {
    m_proxy->sort(OrdersModel::OrderIdColumn, Qt::DescendingOrder);
    m_proxy->setInsertDelay(30);
    const auto page = [](qint64 from) {
        QList<Order> orders;
        for (qint64 id = from; id < from + 3; ++id) {
            Order o;
            o.id = id;
            o.commonName = QStringLiteral("n%1.example.org").arg(id);
            o.status = QStringLiteral("issued");
            orders << o;
        }
        return orders;
    };
    QCOMPARE(m_proxy->rowCount(), 4);
    QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
    m_model->appendOrders(page(1000));
    m_model->appendOrders(page(2000));
    // Rows are shown already: the new ones wait, and arrive together in one insert.
    QCOMPARE(m_proxy->rowCount(), 4);
    QVERIFY(m_proxy->hasPendingRows());
    QVERIFY(!m_proxy->mapFromSource(m_model->index(m_model->rowOfOrder(1000), 0)).isValid());
    QTRY_COMPARE(m_proxy->rowCount(), 10);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(OrdersModel::OrderIdRole).toLongLong(), 2002);

    // A new search looks at the waiting rows too; a sort or flush shows them at once.
    m_model->appendOrders(page(3000));
    m_proxy->setSearchText(QStringLiteral("n300"));
    QCOMPARE(m_proxy->rowCount(), 3);
    QVERIFY(!m_proxy->hasPendingRows());
    m_proxy->setSearchText(QString());
    m_model->appendOrders(page(4000));
    m_proxy->sort(OrdersModel::OrderIdColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->rowCount(), 16);
    QCOMPARE(m_proxy->index(15, 0).data(OrdersModel::OrderIdRole).toLongLong(), 4002);
    m_model->appendOrders(page(5000));
    m_proxy->flushPendingRows();
    QCOMPARE(m_proxy->rowCount(), 19);
}

QTEST_GUILESS_MAIN(tst_OrdersFilterProxy)
#include "tst_ordersfilterproxy.moc"
