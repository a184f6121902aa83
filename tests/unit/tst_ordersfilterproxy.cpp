#include "OrdersFilterProxy.h"
#include "OrdersModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class tst_OrdersFilterProxy : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void search_data();
    void search();
    void statusAndSearchCombine();
    void sortsOnRawValues();

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

QTEST_GUILESS_MAIN(tst_OrdersFilterProxy)
#include "tst_ordersfilterproxy.moc"
