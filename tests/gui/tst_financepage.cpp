#include "BalancesModel.h"
#include "CertCentralClient.h"
#include "ErrorBanner.h"
#include "InvoicesModel.h"
#include "Money.h"
#include "PurchaseOrdersModel.h"
#include "SandboxControl.h"
#include "TestSandbox.h"
#include "dialogs/NewPurchaseOrderDialog.h"
#include "dialogs/PayInvoicesDialog.h"
#include "pages/FinancePage.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

// The Finance page against a sandbox: the balance of every division, paying invoices with the
// payment profile (the unpaid figure falls by exactly their sum), refused cards (nothing paid,
// the reason shown, the card fields emptied), card input checked before anything is sent, a
// standard user kept out, purchase orders and invoice PDFs.
class tst_FinancePage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void balanceTableShowsEveryDivision();
    void paysTwoInvoicesWithTheProfile();
    void refusedCardPaysNothing_data();
    void refusedCardPaysNothing();
    void badCardInputNamesTheField_data();
    void badCardInputNamesTheField();
    void viewOnlyKeyMayNotPay();
    void standardUserSeesWhy();
    void newPurchaseOrder();
    void savePdf();
    void failedRefreshKeepsTheRows();
    void payingEverythingLeavesTheEmptyState();

private:
    static QString financeKey() { return QStringLiteral("fin-key-0123456789abcdef"); }
    static QString userKey() { return QStringLiteral("user-key-0123456789abcdef"); }
    static qint64 cents(const QString &amount) {
        qint64 c = 0;
        return Money::parseCents(amount, &c) ? c : -1;
    }
    // A purchase order for the container, approved by "DigiCert": its unpaid invoice's id.
    qint64 newUnpaidInvoice(const QString &amount, qint64 containerId);
    QString invoiceStatus(qint64 invoiceId);
    bool reload();
    PayInvoicesDialog *openPayDialog(const QList<qint64> &invoiceIds);
    static void fillCard(PayInvoicesDialog *dialog, const QString &number);

    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    std::unique_ptr<FinancePage> m_page;
};

void tst_FinancePage::initTestCase() {
    qRegisterMetaType<InvoicePayment::Receipt>();
    qRegisterMetaType<QList<InvoicePayment::Receipt>>();
    qRegisterMetaType<PurchaseOrder>();
    // Amounts are compared as en_US writes them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(
        m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("10"), QStringLiteral("--key"),
                         financeKey() + QStringLiteral(":finance_manager"), QStringLiteral("--key"),
                         userKey() + QStringLiteral(":user")}),
        qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(financeKey());
    m_page = std::make_unique<FinancePage>(m_client.get());
    m_page->setOwnDivision(QStringLiteral("Example Corp")); // as GET user/me names it
    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("finance_manager")}));
    m_page->resize(1240, 760);
    m_page->show();
    QVERIFY(reload());
}

bool tst_FinancePage::reload() {
    QSignalSpy balances(m_page.get(), &FinancePage::balancesLoaded);
    QSignalSpy invoices(m_page.get(), &FinancePage::invoicesLoaded);
    QSignalSpy purchaseOrders(m_page.get(), &FinancePage::purchaseOrdersLoaded);
    m_page->refresh();
    return (balances.count() || balances.wait(15000)) &&
           (invoices.count() || invoices.wait(15000)) &&
           (purchaseOrders.count() || purchaseOrders.wait(15000));
}

qint64 tst_FinancePage::newUnpaidInvoice(const QString &amount, qint64 containerId) {
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("amount"), amount},
                                  {QStringLiteral("container"),
                                   QJsonObject{{QStringLiteral("id"), containerId}}}})
            .toJson(QJsonDocument::Compact);
    QByteArray reply;
    if (SandboxControl::request(
            "POST", m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("finance/purchase-order"))),
            financeKey().toUtf8(), body, &reply) != 201)
        return 0;
    const qint64 poId =
        QJsonDocument::fromJson(reply).object().value(QStringLiteral("id")).toInteger();
    QUrl url = m_sandbox.baseUrl();
    url.setPath(QStringLiteral("/__sandbox/purchase-order/%1/approve").arg(poId));
    if (SandboxControl::request("POST", url, {}, {}, &reply) != 200)
        return 0;
    return QJsonDocument::fromJson(reply).object().value(QStringLiteral("invoice_id")).toInteger();
}

QString tst_FinancePage::invoiceStatus(qint64 invoiceId) {
    QByteArray body;
    const QUrl url =
        m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("finance/invoice/%1").arg(invoiceId)));
    if (SandboxControl::get(url, financeKey().toUtf8(), &body) != 200)
        return {};
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("status")).toString();
}

PayInvoicesDialog *tst_FinancePage::openPayDialog(const QList<qint64> &invoiceIds) {
    m_page->tabs()->setCurrentIndex(0);
    if (!m_page->selectInvoices(invoiceIds))
        return nullptr;
    if (!m_page->payButton()->isEnabled())
        return nullptr;
    return m_page->showPayDialog();
}

void tst_FinancePage::fillCard(PayInvoicesDialog *dialog, const QString &number) {
    dialog->cardButton()->setChecked(true);
    dialog->field(QStringLiteral("credit_card.number"))->setText(number);
    dialog->field(QStringLiteral("credit_card.cardholder_name"))
        ->setText(QStringLiteral("Ada Tester"));
    dialog->expiryMonth()->setCurrentIndex(12);
    dialog->field(QStringLiteral("credit_card.expiration_year"))->setText(QStringLiteral("2031"));
    dialog->field(QStringLiteral("credit_card.cvv"))->setText(QStringLiteral("737"));
    dialog->field(QStringLiteral("billing_address.address"))
        ->setText(QStringLiteral("2801 N Thanksgiving Way"));
    dialog->field(QStringLiteral("billing_address.city"))->setText(QStringLiteral("Lehi"));
    dialog->field(QStringLiteral("billing_address.state"))->setText(QStringLiteral("UT"));
    dialog->field(QStringLiteral("billing_address.zip"))->setText(QStringLiteral("84043"));
    dialog->field(QStringLiteral("billing_address.country"))->setText(QStringLiteral("US"));
}

void tst_FinancePage::balanceTableShowsEveryDivision() {
    const BalancesModel *model = m_page->balancesModel();
    QCOMPARE(model->rowCount(), 5);
    // The caller's own division first.
    QCOMPARE(model->containerIdAt(0), qint64(100));
    struct Expected {
        qint64 id;
        const char *name;
        const char *balance;
        const char *unpaid;
        const char *limit;
        const char *available;
    };
    const Expected expected[] = {
        {100, "Example Corp", "25,000.00 USD", "5,000.00 USD", "2,000.00 USD", "22,000.00 USD"},
        {101, "EMEA", "5,000.00 USD", "0.00 USD", "500.00 USD", "5,500.00 USD"},
        {102, "Americas", "7,500.00 USD", "0.00 USD", "0.00 USD", "7,500.00 USD"},
        {103, "APAC", "1,200.50 USD", "750.00 USD", "1,000.00 USD", "1,450.50 USD"},
        {104, "Research Labs", "-1,000.70 USD", "0.00 USD", "Unlimited", "Unlimited"},
    };
    for (const Expected &e : expected) {
        const int row = model->rowOf(e.id);
        QVERIFY2(row >= 0, e.name);
        const auto cell = [model, row](int column) {
            return model->index(row, column).data().toString();
        };
        QCOMPARE(cell(BalancesModel::DivisionColumn), QString::fromLatin1(e.name));
        QCOMPARE(cell(BalancesModel::BalanceColumn), QString::fromLatin1(e.balance));
        QCOMPARE(cell(BalancesModel::UnpaidInvoicesColumn), QString::fromLatin1(e.unpaid));
        QCOMPARE(cell(BalancesModel::NegativeLimitColumn), QString::fromLatin1(e.limit));
        QCOMPARE(cell(BalancesModel::UsedByOthersColumn), QStringLiteral("0.00 USD"));
        QCOMPARE(cell(BalancesModel::AvailableColumn), QString::fromLatin1(e.available));
    }
    // The seeded unpaid invoices (PO-8003 and PO-8004) are listed by default.
    QCOMPARE(m_page->invoiceStatus(), QStringLiteral("unpaid"));
    QVERIFY(m_page->invoicesModel()->rowCount() >= 2);
    QCOMPARE(m_page->invoicesModel()
                 ->index(0, InvoicesModel::StatusColumn)
                 .data()
                 .toString()
                 .startsWith(QLatin1String("Unpaid")),
             true);
    QVERIFY(m_page->purchaseOrdersModel()->rowCount() >= 6);
    QVERIFY(m_page->purchaseOrdersModel()->rowOfNumber(QStringLiteral("PO-8006")) >= 0);
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/finance.png")));
        m_page->tabs()->setCurrentIndex(1);
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/finance-purchase-orders.png")));
        m_page->tabs()->setCurrentIndex(0);
    }
}

void tst_FinancePage::paysTwoInvoicesWithTheProfile() {
    const qint64 first = newUnpaidInvoice(QStringLiteral("0.10"), 101);
    const qint64 second = newUnpaidInvoice(QStringLiteral("1234.20"), 101);
    QVERIFY(first > 0 && second > 0);
    QVERIFY(reload());
    AccountBalance before;
    QVERIFY(m_page->balancesModel()->balance(101, &before));
    QCOMPARE(cents(before.unpaidInvoiceBalance), qint64(123430));

    PayInvoicesDialog *dialog = openPayDialog({first, second});
    QVERIFY(dialog);
    QCOMPARE(dialog->totalText(), QStringLiteral("Total: 1,234.30 USD"));
    QVERIFY(dialog->profileButton()->isChecked());
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        dialog->cardButton()->setChecked(true);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/pay-invoices.png")));
        dialog->profileButton()->setChecked(true);
    }
    QSignalSpy confirmation(dialog, &PayInvoicesDialog::confirmationShown);
    dialog->payButton()->click();
    QVERIFY(confirmation.wait(10000));
    const QString question = confirmation.first().first().toString();
    QVERIFY2(question.contains(QLatin1String("1,234.30 USD in all")) &&
                 question.contains(QLatin1String("stored payment profile")),
             qPrintable(question));
    if (!dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/pay-invoices-confirm.png")));

    QSignalSpy finished(dialog, &PayInvoicesDialog::paymentFinished);
    QSignalSpy balances(m_page.get(), &FinancePage::balancesLoaded);
    QSignalSpy invoices(m_page.get(), &FinancePage::invoicesLoaded);
    dialog->confirmButton()->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(dialog->step(), PayInvoicesDialog::Step::Result);
    QVERIFY2(dialog->resultText().contains(QLatin1String("1,234.30 USD in all")),
             qPrintable(dialog->resultText()));
    auto *receipts = dialog->findChild<QTreeWidget *>(QStringLiteral("payReceipts"));
    QCOMPARE(receipts->topLevelItemCount(), 2);
    // In table order (newest first), each with its receipt.
    QStringList amounts;
    for (int i = 0; i < 2; ++i) {
        QVERIFY(receipts->topLevelItem(i)->text(1).startsWith(QLatin1String("RCPT-")));
        amounts << receipts->topLevelItem(i)->text(2);
    }
    amounts.sort();
    QCOMPARE(amounts, (QStringList{QStringLiteral("0.10 USD"), QStringLiteral("1,234.20 USD")}));
    if (!dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/pay-invoices-receipt.png")));

    // The page refreshes: EMEA's unpaid invoices fall by exactly what was paid.
    QVERIFY(balances.count() || balances.wait(10000));
    QVERIFY(invoices.count() || invoices.wait(10000));
    AccountBalance after;
    QVERIFY(m_page->balancesModel()->balance(101, &after));
    QCOMPARE(cents(before.unpaidInvoiceBalance) - cents(after.unpaidInvoiceBalance),
             qint64(123430));
    QCOMPARE(cents(after.totalAvailableFunds) - cents(before.totalAvailableFunds), qint64(123430));
    QCOMPARE(m_page->invoicesModel()->rowOf(first), -1);
    QCOMPARE(m_page->invoicesModel()->rowOf(second), -1);
    QCOMPARE(invoiceStatus(first), QStringLiteral("paid"));
    dialog->findChild<QPushButton *>(QStringLiteral("payInvoicesClose"))->click();
}

void tst_FinancePage::refusedCardPaysNothing_data() {
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("why");
    QTest::newRow("declined") << QStringLiteral("4000 0000 0000 0002")
                              << QStringLiteral("declined by the issuer");
    QTest::newRow("over the limit")
        << QStringLiteral("4000-0000-0000-9995") << QStringLiteral("over the card's limit");
}

void tst_FinancePage::refusedCardPaysNothing() {
    QFETCH(QString, number);
    QFETCH(QString, why);
    const qint64 first = newUnpaidInvoice(QStringLiteral("10.00"), 100);
    const qint64 second = newUnpaidInvoice(QStringLiteral("20.00"), 100);
    QVERIFY(first > 0 && second > 0);
    QVERIFY(reload());
    AccountBalance before;
    QVERIFY(m_page->balancesModel()->balance(100, &before));
    PayInvoicesDialog *dialog = openPayDialog({first, second});
    QVERIFY(dialog);
    fillCard(dialog, number);
    QSignalSpy confirmation(dialog, &PayInvoicesDialog::confirmationShown);
    dialog->payButton()->click();
    QVERIFY(confirmation.wait(10000));
    const QString question = confirmation.first().first().toString();
    QVERIFY2(question.contains(QLatin1String("30.00 USD in all")) &&
                 question.contains(QLatin1String("card ending in ") + number.right(4)),
             qPrintable(question));
    QSignalSpy finished(dialog, &PayInvoicesDialog::paymentFinished);
    QSignalSpy paid(dialog, &PayInvoicesDialog::paid);
    dialog->confirmButton()->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(paid.count(), 0);
    const QString result = dialog->resultText();
    QVERIFY2(result.contains(QLatin1String("was not paid")) && result.contains(why) &&
                 result.contains(QLatin1String("Nothing was paid.")) &&
                 result.contains(QLatin1String("Not paid (not sent after the refusal)")),
             qPrintable(result));
    QVERIFY(dialog->cardFieldsEmpty());
    if (QString(QTest::currentDataTag()) == QLatin1String("declined")) {
        const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/pay-invoices-declined.png")));
    }
    QCOMPARE(invoiceStatus(first), QStringLiteral("unpaid"));
    QCOMPARE(invoiceStatus(second), QStringLiteral("unpaid"));
    dialog->findChild<QPushButton *>(QStringLiteral("payInvoicesClose"))->click();
    // Nothing changed in the sandbox.
    QVERIFY(reload());
    AccountBalance after;
    QVERIFY(m_page->balancesModel()->balance(100, &after));
    QCOMPARE(after.unpaidInvoiceBalance, before.unpaidInvoiceBalance);
    QCOMPARE(after.totalAvailableFunds, before.totalAvailableFunds);
}

void tst_FinancePage::badCardInputNamesTheField_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField");
    QTest::addColumn<QString>("message");
    QTest::newRow("luhn") << QStringLiteral("credit_card.number")
                          << QStringLiteral("4242 4242 4242 4241")
                          << QStringLiteral("credit_card.number")
                          << QStringLiteral("not a valid card number");
    QTest::newRow("expired") << QStringLiteral("credit_card.expiration_year")
                             << QStringLiteral("2020")
                             << QStringLiteral("credit_card.expiration_year")
                             << QStringLiteral("expired in 12/2020");
    QTest::newRow("no city") << QStringLiteral("billing_address.city") << QString()
                             << QStringLiteral("billing_address.city")
                             << QStringLiteral("billing city");
}

void tst_FinancePage::badCardInputNamesTheField() {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    QFETCH(QString, message);
    QCOMPARE(m_page->invoiceStatus(), QStringLiteral("unpaid"));
    QVERIFY(m_page->invoicesModel()->rowCount() > 0);
    const qint64 id = m_page->invoicesModel()->invoiceAt(0).id;
    PayInvoicesDialog *dialog = openPayDialog({id});
    QVERIFY(dialog);
    fillCard(dialog, QStringLiteral("4242 4242 4242 4242"));
    dialog->field(field)->setText(value);
    QSignalSpy confirmation(dialog, &PayInvoicesDialog::confirmationShown);
    dialog->payButton()->click();
    // Checked before anything is sent: no look-up, no confirmation.
    QCOMPARE(dialog->step(), PayInvoicesDialog::Step::Form);
    QVERIFY2(dialog->errorText(errorField).contains(message),
             qPrintable(dialog->errorText(errorField)));
    QCOMPARE(confirmation.count(), 0);
    QVERIFY(dialog->field(errorField)->hasFocus() || !dialog->isActiveWindow());
    // Nothing typed is lost while the user fixes it.
    QCOMPARE(dialog->field(QStringLiteral("billing_address.address"))->text(),
             QStringLiteral("2801 N Thanksgiving Way"));
    if (QString(QTest::currentDataTag()) == QLatin1String("luhn")) {
        const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(dialog->grab().save(dir + QStringLiteral("/pay-invoices-bad-card.png")));
    }
    QCOMPARE(invoiceStatus(id), QStringLiteral("unpaid"));
    dialog->reject();
    // Closing empties the card fields.
    QVERIFY(dialog->cardFieldsEmpty());
}

void tst_FinancePage::viewOnlyKeyMayNotPay() {
    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("finance_manager")}, true));
    QVERIFY(m_page->selectInvoices({m_page->invoicesModel()->invoiceAt(0).id}));
    QVERIFY(!m_page->payButton()->isEnabled());
    QVERIFY2(m_page->payButton()->toolTip().contains(QLatin1String("View Only")),
             qPrintable(m_page->payButton()->toolTip()));
    QVERIFY(!m_page->newPurchaseOrderButton()->isEnabled());
    QVERIFY(m_page->savePdfButton()->isEnabled());
    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("finance_manager")}));
    QVERIFY(m_page->payButton()->isEnabled());
}

void tst_FinancePage::standardUserSeesWhy() {
    CertCentralClient client;
    client.setBaseUrl(m_sandbox.baseUrl());
    client.setApiKey(userKey());
    FinancePage page(&client);
    page.setRolePolicy(RolePolicy(QStringList{QStringLiteral("user")}));
    page.resize(1000, 600);
    page.show();
    page.refresh();
    QVERIFY(!page.isLoading());
    QVERIFY2(page.deniedText().contains(QLatin1String("administrators and finance managers")),
             qPrintable(page.deniedText()));
    QVERIFY(!page.tabs()->isEnabled());
    QVERIFY(!page.refreshBalanceButton()->isEnabled());
    QVERIFY(!page.payButton()->isEnabled());
    QCOMPARE(page.balancesModel()->rowCount(), 0);
    QCOMPARE(page.invoicesModel()->rowCount(), 0);
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(page.grab().save(dir + QStringLiteral("/finance-denied.png")));
}

void tst_FinancePage::newPurchaseOrder() {
    NewPurchaseOrderDialog *dialog = m_page->showNewPurchaseOrderDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->divisionPicker()->count(), 5);
    QCOMPARE(dialog->divisionPicker()->itemData(0).toLongLong(), qint64(100));
    QSignalSpy confirmation(dialog, &NewPurchaseOrderDialog::confirmationShown);
    dialog->amountEdit()->setText(QStringLiteral("12.345"));
    dialog->sendButton()->click();
    QCOMPARE(confirmation.count(), 0);
    QVERIFY2(dialog->errorText(QStringLiteral("amount")).contains(QLatin1String("12.345")),
             qPrintable(dialog->errorText(QStringLiteral("amount"))));
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/new-purchase-order-bad.png")));

    dialog->amountEdit()->setText(QStringLiteral("2500.75"));
    dialog->divisionPicker()->setCurrentIndex(dialog->divisionPicker()->findData(qint64(103)));
    dialog->field(QStringLiteral("note"))->setText(QStringLiteral("Q1 renewals"));
    dialog->sendButton()->click();
    QCOMPARE(confirmation.count(), 1);
    QVERIFY2(confirmation.first().first().toString().contains(QLatin1String("2,500.75 for APAC")),
             qPrintable(confirmation.first().first().toString()));
    QSignalSpy created(dialog, &NewPurchaseOrderDialog::created);
    QSignalSpy listed(m_page.get(), &FinancePage::purchaseOrdersLoaded);
    dialog->confirmButton()->click();
    QVERIFY(created.wait(10000));
    const PurchaseOrder po = created.first().first().value<PurchaseOrder>();
    QVERIFY(!po.number.isEmpty());
    QVERIFY2(dialog->resultText().contains(po.number), qPrintable(dialog->resultText()));
    QVERIFY(listed.wait(10000));
    const int row = m_page->purchaseOrdersModel()->rowOfNumber(po.number);
    QVERIFY(row >= 0);
    const PurchaseOrdersModel *model = m_page->purchaseOrdersModel();
    QCOMPARE(model->index(row, PurchaseOrdersModel::DivisionColumn).data().toString(),
             QStringLiteral("APAC"));
    QCOMPARE(model->index(row, PurchaseOrdersModel::AmountColumn).data().toString(),
             QStringLiteral("2,500.75 USD"));
    QCOMPARE(model->index(row, PurchaseOrdersModel::StatusColumn).data().toString(),
             QStringLiteral("Pending approval"));
    QCOMPARE(m_page->tabs()->currentIndex(), 1);
    dialog->accept();
}

void tst_FinancePage::savePdf() {
    m_page->tabs()->setCurrentIndex(0);
    QVERIFY(m_page->invoicesModel()->rowCount() > 0);
    const qint64 id = m_page->invoicesModel()->invoiceAt(0).id;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("invoice.pdf"));
    QSignalSpy saved(m_page.get(), &FinancePage::pdfSaved);
    m_page->savePdf(id, path);
    QVERIFY(saved.wait(10000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    QVERIFY2(m_page->banner()->message().contains(path), qPrintable(m_page->banner()->message()));
    // A folder that does not exist: the reason, no file.
    QSignalSpy failed(m_page.get(), &FinancePage::pdfFailed);
    m_page->savePdf(id, dir.filePath(QStringLiteral("missing/invoice.pdf")));
    QVERIFY(failed.wait(10000));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/invoice.pdf"))));
}

void tst_FinancePage::failedRefreshKeepsTheRows() {
    // The service fails for a while: the lists keep what they showed and the banner says why.
    m_page->setInvoiceStatus(QString());
    QSignalSpy invoices(m_page.get(), &FinancePage::invoicesLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    m_page->loadInvoices();
    QVERIFY(invoices.wait(15000));
    const int invoiceRows = m_page->model()->rowCount();
    const int poRows = m_page->purchaseOrdersModel()->rowCount();
    QVERIFY(invoiceRows > 0);
    QVERIFY(poRows > 0);
    QVERIFY(SandboxControl(m_sandbox.faultsUrl())
                .setFaults(
                    {{QStringLiteral("fail_next"), QJsonObject{{QStringLiteral("status"), 503},
                                                               {QStringLiteral("count"), 40}}}}));
    QSignalSpy pos(m_page.get(), &FinancePage::purchaseOrdersLoaded);
    m_page->loadInvoices();
    m_page->loadPurchaseOrders();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 30000);
    SandboxControl(m_sandbox.faultsUrl()).clearFaults();
    QVERIFY(m_page->banner()->isVisible());
    QVERIFY2(m_page->banner()->message().contains(QLatin1String("could not be loaded")),
             qPrintable(m_page->banner()->message()));
    QCOMPARE(m_page->model()->rowCount(), invoiceRows);
    QCOMPARE(m_page->purchaseOrdersModel()->rowCount(), poRows);
    QCOMPARE(pos.count(), 0); // nothing new was loaded
    m_page->banner()->clear();
    m_page->setInvoiceStatus(QStringLiteral("unpaid"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
}

void tst_FinancePage::payingEverythingLeavesTheEmptyState() {
    m_page->tabs()->setCurrentIndex(0);
    QCOMPARE(m_page->invoiceStatus(), QStringLiteral("unpaid"));
    QVERIFY(reload());
    const int count = m_page->invoicesModel()->rowCount();
    QVERIFY(count >= 2);
    m_page->invoiceTable()->selectAll();
    QCOMPARE(m_page->selectedInvoices().size(), count);
    PayInvoicesDialog *dialog = m_page->showPayDialog();
    QVERIFY(dialog);
    QSignalSpy confirmation(dialog, &PayInvoicesDialog::confirmationShown);
    dialog->payButton()->click();
    QVERIFY(confirmation.wait(10000));
    QSignalSpy finished(dialog, &PayInvoicesDialog::paymentFinished);
    QSignalSpy invoices(m_page.get(), &FinancePage::invoicesLoaded);
    dialog->confirmButton()->click();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(invoices.count() || invoices.wait(10000));
    QCOMPARE(m_page->invoicesModel()->rowCount(), 0);
    QCOMPARE(m_page->invoicesEmptyText(), QStringLiteral("No unpaid invoices."));
    QVERIFY(!m_page->payButton()->isEnabled());
    dialog->findChild<QPushButton *>(QStringLiteral("payInvoicesClose"))->click();
    // Every division's unpaid invoices are now zero.
    QVERIFY(reload());
    for (int row = 0; row < m_page->balancesModel()->rowCount(); ++row)
        QCOMPARE(m_page->balancesModel()
                     ->index(row, BalancesModel::UnpaidInvoicesColumn)
                     .data()
                     .toString(),
                 QStringLiteral("0.00 USD"));
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/finance-no-unpaid.png")));
}

QTEST_MAIN(tst_FinancePage)
#include "tst_financepage.moc"
