#include "BalanceCall.h"
#include "InvoiceInfoCall.h"
#include "InvoiceListJob.h"
#include "InvoicePayCall.h"
#include "InvoicePaymentJob.h"
#include "InvoicePdfCall.h"
#include "Money.h"
#include "PurchaseOrderCreateCall.h"
#include "PurchaseOrderListJob.h"
#include "tst_lifecycleharness.h"

#include <QtTest>

// Finance against a real sandbox with a finance manager's key: two invoices paid change the
// funds by exactly their sum (in cents); a declined card and a purchase order over the limit
// leave everything as it was and say why; a standard user is refused; balance per container,
// PDF, purchase orders.
class tst_InvoicePayCall : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void balancePerContainer();
    void paysTwoInvoicesAndFundsChangeByTheirSum();
    void declinedCardChangesNothing();
    void purchaseOrderOverTheLimitChangesNothing();
    void purchaseOrderCreatedAndListed();
    void invoicePdf();
    void standardUserIsRefused();
    void paymentJobRefusesAPaidInvoiceBeforePaying();
    void paymentJobStopsAtTheFirstRefusal();

private:
    static QString financeKey() { return QStringLiteral("finance-key-0123456789"); }
    static QString userKey() { return QStringLiteral("user-key-0123456789"); }
    AccountBalance balance(qint64 containerId = 0);
    static qint64 cents(const QString &amount) {
        qint64 c = 0;
        if (!Money::parseCents(amount, &c))
            qWarning() << "not an amount" << amount;
        return c;
    }
    // A purchase order approved through the control endpoint: an unpaid invoice in container
    // 100 for that amount.
    qint64 newUnpaidInvoice(const QString &amount);
    QList<Invoice> invoices(const InvoiceListCall::Filter &filter);
    bool pay(qint64 invoiceId, const InvoicePayment &payment, InvoicePayment::Receipt *receipt,
             ApiError *error);
    static PaymentCard card(const QString &number) {
        PaymentCard c;
        c.number = number;
        c.expirationMonth = 12;
        c.expirationYear = 2030;
        c.cvv = QStringLiteral("123");
        c.cardholderName = QStringLiteral("Cleo Finance");
        c.address = QStringLiteral("2801 N Thanksgiving Way");
        c.city = QStringLiteral("Lehi");
        c.state = QStringLiteral("UT");
        c.zip = QStringLiteral("84043");
        c.country = QStringLiteral("US");
        return c;
    }

    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_finance;
    std::unique_ptr<CertCentralClient> m_user;
};

void tst_InvoicePayCall::initTestCase() {
    QVERIFY2(
        m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("10"), QStringLiteral("--key"),
                         financeKey() + QStringLiteral(":finance_manager"), QStringLiteral("--key"),
                         userKey() + QStringLiteral(":user")}),
        qPrintable(m_sandbox.errorString()));
    for (auto *c : {&m_finance, &m_user}) {
        *c = std::make_unique<CertCentralClient>();
        (*c)->setBaseUrl(m_sandbox.baseUrl());
    }
    m_finance->setApiKey(financeKey());
    m_user->setApiKey(userKey());
}

AccountBalance tst_InvoicePayCall::balance(qint64 containerId) {
    AccountBalance b;
    ApiError error;
    if (!life::run(m_finance.get(), new BalanceCall(m_finance.get(), containerId),
                   &BalanceCall::received, &b, &error))
        qWarning() << error.message();
    return b;
}

qint64 tst_InvoicePayCall::newUnpaidInvoice(const QString &amount) {
    NewPurchaseOrder po;
    po.amount = amount;
    PurchaseOrder created;
    ApiError error;
    if (!life::run(m_finance.get(), new PurchaseOrderCreateCall(m_finance.get(), po),
                   &PurchaseOrderCreateCall::created, &created, &error))
        return 0;
    QUrl url = m_sandbox.baseUrl();
    url.setPath(QStringLiteral("/__sandbox/purchase-order/%1/approve").arg(created.id));
    QByteArray reply;
    if (SandboxControl::request("POST", url, {}, {}, &reply) != 200)
        return 0;
    return QJsonDocument::fromJson(reply).object().value(QStringLiteral("invoice_id")).toInteger();
}

QList<Invoice> tst_InvoicePayCall::invoices(const InvoiceListCall::Filter &filter) {
    QList<Invoice> all;
    InvoiceListJob *job = m_finance->listInvoices(filter);
    connect(job, &InvoiceListJob::pageLoaded, this,
            [&all](const QList<Invoice> &page, qint64, qint64) { all += page; });
    QSignalSpy finished(job, &InvoiceListJob::finished);
    finished.wait(10000);
    return all;
}

bool tst_InvoicePayCall::pay(qint64 invoiceId, const InvoicePayment &payment,
                             InvoicePayment::Receipt *receipt, ApiError *error) {
    return life::run(m_finance.get(), new InvoicePayCall(m_finance.get(), invoiceId, payment),
                     &InvoicePayCall::paid, receipt, error);
}

void tst_InvoicePayCall::balancePerContainer() {
    const AccountBalance root = balance();
    QCOMPARE(root.balance, QStringLiteral("25000.00"));
    QVERIFY(!root.unlimitedNegativeBalance);
    const AccountBalance labs = balance(104);
    QCOMPARE(labs.balance, QStringLiteral("-1000.70"));
    QVERIFY(labs.unlimitedNegativeBalance);
    QVERIFY(labs.totalAvailableFunds.isEmpty());
    AccountBalance b;
    ApiError error;
    QVERIFY(!life::run(m_finance.get(), new BalanceCall(m_finance.get(), 999),
                       &BalanceCall::received, &b, &error));
    QVERIFY(error.hasCode(QStringLiteral("invalid_value|container_id")));
}

void tst_InvoicePayCall::paysTwoInvoicesAndFundsChangeByTheirSum() {
    const qint64 first = newUnpaidInvoice(QStringLiteral("0.10"));
    const qint64 second = newUnpaidInvoice(QStringLiteral("1234.20"));
    QVERIFY(first > 0 && second > 0);
    const AccountBalance before = balance();
    QList<Invoice> chosen;
    for (const qint64 id : {first, second}) {
        Invoice invoice;
        ApiError error;
        QVERIFY(life::run(m_finance.get(), new InvoiceInfoCall(m_finance.get(), id),
                          &InvoiceInfoCall::received, &invoice, &error));
        chosen << invoice;
    }
    qint64 sum = 0;
    QString currency;
    QString problem;
    QVERIFY2(InvoicePayment::total(chosen, &sum, &currency, &problem), qPrintable(problem));
    QCOMPARE(sum, 123430);

    InvoicePayment payment;
    payment.invoiceIds = {first, second};
    payment.method = InvoicePayment::Method::Card;
    payment.card = card(QStringLiteral("4242 4242 4242 4242"));
    QVERIFY(payment.validate(QDate(2026, 11, 22)).isEmpty());
    for (const qint64 id : std::as_const(payment.invoiceIds)) {
        InvoicePayment::Receipt receipt;
        ApiError error;
        QVERIFY2(pay(id, payment, &receipt, &error), qPrintable(error.message()));
        QCOMPARE(receipt.invoiceId, id);
        QCOMPARE(receipt.status, QStringLiteral("paid"));
        QCOMPARE(receipt.cardLast4, QStringLiteral("4242"));
        QVERIFY(!receipt.receiptId.isEmpty());
    }
    const AccountBalance after = balance();
    // Paying settles what is owed: unpaid invoices fall and available funds rise by the sum;
    // the balance itself already held the deposit.
    QCOMPARE(cents(before.unpaidInvoiceBalance) - cents(after.unpaidInvoiceBalance), sum);
    QCOMPARE(cents(after.totalAvailableFunds) - cents(before.totalAvailableFunds), sum);
    QCOMPARE(after.balance, before.balance);
    InvoiceListCall::Filter unpaid;
    unpaid.status = QStringLiteral("unpaid");
    for (const Invoice &i : invoices(unpaid))
        QVERIFY(i.id != first && i.id != second);
}

void tst_InvoicePayCall::declinedCardChangesNothing() {
    const qint64 first = newUnpaidInvoice(QStringLiteral("10.00"));
    const qint64 second = newUnpaidInvoice(QStringLiteral("20.00"));
    const AccountBalance before = balance();
    InvoicePayment payment;
    payment.invoiceIds = {first, second};
    payment.method = InvoicePayment::Method::Card;
    payment.card = card(QStringLiteral("4000000000000002"));
    QVERIFY(payment.validate(QDate(2026, 11, 22)).isEmpty()); // only the issuer can say no
    InvoicePayment::Receipt receipt;
    ApiError error;
    QVERIFY(!pay(first, payment, &receipt, &error));
    QCOMPARE(error.httpStatus(), 402);
    QVERIFY(error.hasCode(QStringLiteral("card_declined")));
    QVERIFY2(error.message().contains(QLatin1String("declined")) &&
                 error.message().contains(QLatin1String("Nothing was charged")),
             qPrintable(error.message()));
    const AccountBalance after = balance();
    QCOMPARE(after.balance, before.balance);
    QCOMPARE(after.unpaidInvoiceBalance, before.unpaidInvoiceBalance);
    QCOMPARE(after.totalAvailableFunds, before.totalAvailableFunds);
    for (const qint64 id : {first, second}) {
        Invoice invoice;
        QVERIFY(life::run(m_finance.get(), new InvoiceInfoCall(m_finance.get(), id),
                          &InvoiceInfoCall::received, &invoice, &error));
        QCOMPARE(invoice.status, QStringLiteral("unpaid"));
        QVERIFY(invoice.paymentMethod.isEmpty());
    }
}

void tst_InvoicePayCall::purchaseOrderOverTheLimitChangesNothing() {
    NewPurchaseOrder po;
    po.amount = QStringLiteral("1000000.01");
    QString field;
    QVERIFY(!po.validate(&field).isEmpty());
    QCOMPARE(field, QStringLiteral("amount"));
    // Sent anyway (as another client might): CertCentral refuses it the same way.
    QList<PurchaseOrder> beforeList;
    auto collect = [this](QList<PurchaseOrder> *out) {
        PurchaseOrderListJob *job = m_finance->listPurchaseOrders();
        connect(job, &PurchaseOrderListJob::pageLoaded, this,
                [out](const QList<PurchaseOrder> &page, qint64, qint64) { *out += page; });
        QSignalSpy finished(job, &PurchaseOrderListJob::finished);
        finished.wait(10000);
    };
    collect(&beforeList);
    const AccountBalance before = balance();
    PurchaseOrder created;
    ApiError error;
    QVERIFY(!life::run(m_finance.get(), new PurchaseOrderCreateCall(m_finance.get(), po),
                       &PurchaseOrderCreateCall::created, &created, &error));
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY(error.hasCode(QStringLiteral("invalid_value|amount")));
    QVERIFY2(error.message().contains(QLatin1String("1000000.00")), qPrintable(error.message()));
    QList<PurchaseOrder> afterList;
    collect(&afterList);
    QCOMPARE(afterList.size(), beforeList.size());
    const AccountBalance after = balance();
    QCOMPARE(after.balance, before.balance);
    QCOMPARE(after.totalAvailableFunds, before.totalAvailableFunds);
}

void tst_InvoicePayCall::purchaseOrderCreatedAndListed() {
    NewPurchaseOrder po;
    po.amount = QStringLiteral("1234.5");
    po.containerId = 102;
    po.note = QStringLiteral("Q2");
    po.vatNumber = QStringLiteral("DE123456789");
    PurchaseOrder created;
    ApiError error;
    QVERIFY2(life::run(m_finance.get(), new PurchaseOrderCreateCall(m_finance.get(), po),
                       &PurchaseOrderCreateCall::created, &created, &error),
             qPrintable(error.message()));
    QVERIFY(created.id > 0);
    QCOMPARE(created.status, QStringLiteral("pending"));
    QCOMPARE(created.amount, QStringLiteral("1234.50"));
    PurchaseOrderListCall::Filter filter;
    filter.containerId = 102;
    filter.status = QStringLiteral("pending");
    QList<PurchaseOrder> list;
    PurchaseOrderListJob *job = m_finance->listPurchaseOrders(filter);
    connect(job, &PurchaseOrderListJob::pageLoaded, this,
            [&list](const QList<PurchaseOrder> &page, qint64, qint64) { list += page; });
    QSignalSpy finished(job, &PurchaseOrderListJob::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(!list.isEmpty());
    QCOMPARE(list.first().id, created.id); // newest first
    QCOMPARE(list.first().note, QStringLiteral("Q2"));
    QCOMPARE(list.first().vatNumber, QStringLiteral("DE123456789"));
    QCOMPARE(list.first().containerName, QStringLiteral("Americas"));
}

void tst_InvoicePayCall::invoicePdf() {
    auto *call = new InvoicePdfCall(m_finance.get(), 9001);
    QSignalSpy received(call, &InvoicePdfCall::received);
    QSignalSpy finished(call, &ApiCall::finished);
    m_finance->submit(call);
    QVERIFY(finished.wait(10000));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).toLongLong(), 9001);
    QVERIFY(received.at(0).at(1).toByteArray().startsWith("%PDF-"));
}

void tst_InvoicePayCall::standardUserIsRefused() {
    InvoicePayment payment;
    payment.invoiceIds = {9004};
    InvoicePayment::Receipt receipt;
    ApiError error;
    QVERIFY(!life::run(m_user.get(), new InvoicePayCall(m_user.get(), 9004, payment),
                       &InvoicePayCall::paid, &receipt, &error));
    QCOMPARE(error.httpStatus(), 403);
    QVERIFY(error.hasCode(QStringLiteral("access_denied|missing_permission")));
}

void tst_InvoicePayCall::paymentJobRefusesAPaidInvoiceBeforePaying() {
    // 9001 was paid long ago: the check says so and nothing is sent for the other one.
    const qint64 unpaid = newUnpaidInvoice(QStringLiteral("5.00"));
    QVERIFY(unpaid > 0);
    InvoicePayment payment;
    payment.invoiceIds = {unpaid, 9001};
    InvoicePaymentJob job(m_finance.get(), payment);
    QSignalSpy checkFailed(&job, &InvoicePaymentJob::checkFailed);
    QSignalSpy checked(&job, &InvoicePaymentJob::checked);
    job.check();
    QVERIFY(checkFailed.wait(10000));
    QCOMPARE(checked.size(), 0);
    QVERIFY2(checkFailed.first().first().toString().contains(QLatin1String("already paid")),
             qPrintable(checkFailed.first().first().toString()));
    job.pay(); // refused: not checked
    QCOMPARE(job.state(), InvoicePaymentJob::State::Idle);
    Invoice invoice;
    ApiError error;
    QVERIFY(life::run(m_finance.get(), new InvoiceInfoCall(m_finance.get(), unpaid),
                      &InvoiceInfoCall::received, &invoice, &error));
    QCOMPARE(invoice.status, QStringLiteral("unpaid"));
}

void tst_InvoicePayCall::paymentJobStopsAtTheFirstRefusal() {
    const qint64 first = newUnpaidInvoice(QStringLiteral("7.00"));
    const qint64 second = newUnpaidInvoice(QStringLiteral("8.00"));
    const qint64 third = newUnpaidInvoice(QStringLiteral("9.00"));
    QVERIFY(first > 0 && second > 0 && third > 0);
    InvoicePayment payment;
    payment.invoiceIds = {first, second, third};
    InvoicePaymentJob job(m_finance.get(), payment);
    QSignalSpy checked(&job, &InvoicePaymentJob::checked);
    job.check();
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.first().at(0).toLongLong(), qint64(2400));
    QCOMPARE(checked.first().at(1).toString(), QStringLiteral("USD"));
    // Someone pays the second one between the check and the payment.
    InvoicePayment::Receipt receipt;
    ApiError error;
    QVERIFY(pay(second, payment, &receipt, &error));
    QSignalSpy paid(&job, &InvoicePaymentJob::invoicePaid);
    QSignalSpy finished(&job, &InvoicePaymentJob::finished);
    job.pay();
    QVERIFY(finished.wait(10000));
    QCOMPARE(paid.size(), 1);
    QCOMPARE(job.receipts().size(), 1);
    QCOMPARE(job.receipts().first().invoiceId, first);
    QCOMPARE(job.paidCents(), qint64(700));
    QCOMPARE(job.failedIndex(), 1);
    QVERIFY(job.error().hasCode(QStringLiteral("invoice_already_paid")));
    QVERIFY(!job.succeeded());
    // The third was never sent.
    Invoice invoice;
    QVERIFY(life::run(m_finance.get(), new InvoiceInfoCall(m_finance.get(), third),
                      &InvoiceInfoCall::received, &invoice, &error));
    QCOMPARE(invoice.status, QStringLiteral("unpaid"));
}

QTEST_GUILESS_MAIN(tst_InvoicePayCall)
#include "tst_invoicepaycall.moc"
