#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "core/Money.h"
#include "models/BalanceHistoryModel.h"
#include "models/BalancesModel.h"
#include "ui/common/ErrorBanner.h"
#include "ui/finance/BalanceHistoryTab.h"
#include "ui/finance/FinanceScreen.h"
#include "ui/finance/PaymentProfileTab.h"
#include "ui/finance/TransferFundsDialog.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// Catches what QDesktopServices::openUrl would hand the browser.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

// The Finance page against a sandbox: the funds of every division, the balance history with
// its filters (bad dates refused under the filters, nothing asked), its CSV export, moving
// funds (checked, confirmed, sent once; the balances change by exactly the amount), the
// payment profile read only, "Pay invoices in CertCentral" opening the console's page, a
// standard user kept out and a failed refresh that keeps what was shown.
class tst_FinancePage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void balanceTableShowsEveryDivision();
    void historyShowsAndFilters();
    void badHistoryFiltersNameTheField_data();
    void badHistoryFiltersNameTheField();
    void historyExportsCsv();
    void movesFundsOnce();
    void badTransferInputNamesTheField_data();
    void badTransferInputNamesTheField();
    void paymentProfileIsReadOnly();
    void payInvoicesOpensTheConsole();
    void viewOnlyKeyMayNotMoveFunds();
    void standardUserSeesWhy();
    void failedRefreshKeepsTheRows();

private:
    static QString financeKey() { return QStringLiteral("fin-key-0123456789abcdef"); }
    static QString userKey() { return QStringLiteral("user-key-0123456789abcdef"); }
    qint64 balanceCents(qint64 containerId);
    bool reload();
    TransferFundsDialog *openTransfer();

    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    std::unique_ptr<FinanceScreen> m_page;
    QTemporaryDir m_dir;
};

void tst_FinancePage::initTestCase() {
    qRegisterMetaType<FundsTransfer>();
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
    m_page = std::make_unique<FinanceScreen>(m_client.get());
    m_page->setOwnDivision(QStringLiteral("Example Corp")); // as GET user/me names it
    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("finance_manager")}));
    m_page->resize(1240, 760);
    m_page->show();
    QVERIFY(reload());
}

bool tst_FinancePage::reload() {
    QSignalSpy balances(m_page.get(), &FinanceScreen::balancesLoaded);
    QSignalSpy history(m_page->historyTab(), &BalanceHistoryTab::loaded);
    QSignalSpy profiles(m_page->profileTab(), &PaymentProfileTab::loaded);
    m_page->refresh();
    return (balances.count() || balances.wait(15000)) && (history.count() || history.wait(15000)) &&
           (profiles.count() || profiles.wait(15000));
}

qint64 tst_FinancePage::balanceCents(qint64 containerId) {
    QByteArray body;
    const QUrl url = m_sandbox.baseUrl().resolved(
        QUrl(QStringLiteral("finance/balance?container_id=%1").arg(containerId)));
    if (SandboxControl::get(url, financeKey().toUtf8(), &body) != 200)
        return -1;
    qint64 c = -1;
    Money::parseCents(QJsonDocument::fromJson(body).object().value("balance").toString(), &c);
    return c;
}

TransferFundsDialog *tst_FinancePage::openTransfer() {
    return m_page->showTransferDialog();
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
    QVERIFY(m_page->transferButton()->isEnabled());
    QVERIFY(m_page->payInvoicesButton()->isEnabled());
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/finance.png")));
        m_page->tabs()->setCurrentIndex(1);
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/finance-payment-profile.png")));
        m_page->tabs()->setCurrentIndex(0);
    }
}

void tst_FinancePage::historyShowsAndFilters() {
    // The caller's division's history, newest first, with an invoice payment among it.
    BalanceHistoryModel *model = m_page->historyTab()->model();
    QVERIFY(model->rowCount() >= 3);
    bool invoicePayment = false;
    for (const BalanceAdjustment &a : model->adjustments()) {
        QCOMPARE(a.containerId, qint64(100));
        invoicePayment = invoicePayment || a.note.startsWith(QLatin1String("Payment for invoice"));
    }
    QVERIFY(invoicePayment);
    QVERIFY(m_page->historyTab()->exportButton()->isEnabled());
    // Another division.
    QSignalSpy loaded(m_page->historyTab(), &BalanceHistoryTab::loaded);
    m_page->historyTab()->division()->setCurrentIndex(
        m_page->historyTab()->division()->findData(101));
    m_page->historyTab()->load();
    QVERIFY(loaded.wait(15000));
    QVERIFY(model->rowCount() > 0);
    for (const BalanceAdjustment &a : model->adjustments())
        QCOMPARE(a.containerId, qint64(101));
    // The type filter works on the loaded rows, without asking again: each type offered
    // shows exactly its rows.
    const int all = m_page->historyTab()->table()->model()->rowCount();
    QVERIFY(m_page->historyTab()->type()->count() >= 3); // all types, and at least two types
    for (int i = 1; i < m_page->historyTab()->type()->count(); ++i) {
        const QString type = m_page->historyTab()->type()->itemData(i).toString();
        int expected = 0;
        for (const BalanceAdjustment &a : model->adjustments())
            expected += a.transactionType == type ? 1 : 0;
        m_page->historyTab()->type()->setCurrentIndex(i);
        QCOMPARE(m_page->historyTab()->table()->model()->rowCount(), expected);
        QVERIFY(expected > 0 && expected < all);
    }
    QCOMPARE(loaded.count(), 1);
    m_page->historyTab()->type()->setCurrentIndex(0);
    QCOMPARE(m_page->historyTab()->table()->model()->rowCount(), all);
    // A range with nothing in it: the empty state says the filters are why.
    m_page->historyTab()->from()->setText(QStringLiteral("2001-01-01"));
    m_page->historyTab()->to()->setText(QStringLiteral("2001-12-31"));
    m_page->historyTab()->load();
    QVERIFY(loaded.wait(15000));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY2(m_page->historyTab()->emptyText().contains(QLatin1String("match these filters")),
             qPrintable(m_page->historyTab()->emptyText()));
    QVERIFY(!m_page->historyTab()->exportButton()->isEnabled());
    m_page->historyTab()->from()->clear();
    m_page->historyTab()->to()->clear();
    m_page->historyTab()->division()->setCurrentIndex(0);
    m_page->historyTab()->load();
    QVERIFY(loaded.wait(15000));
}

void tst_FinancePage::badHistoryFiltersNameTheField_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("from not a date") << QStringLiteral("01/31/2026") << QString()
                                     << QStringLiteral("From: \"01/31/2026\" is not a date");
    QTest::newRow("to impossible") << QString() << QStringLiteral("2026-02-30")
                                   << QStringLiteral("To: \"2026-02-30\" is not a date");
    QTest::newRow("reversed") << QStringLiteral("2026-03-01") << QStringLiteral("2026-02-01")
                              << QStringLiteral("To: 2026-02-01 is before From (2026-03-01)");
    QTest::newRow("future") << QDate::currentDate().addDays(3).toString(Qt::ISODate) << QString()
                            << QStringLiteral("is in the future");
}

void tst_FinancePage::badHistoryFiltersNameTheField() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, message);
    const int rows = m_page->historyTab()->model()->rowCount();
    QVERIFY(rows > 0);
    m_page->historyTab()->from()->setText(from);
    m_page->historyTab()->to()->setText(to);
    m_page->historyTab()->load();
    QVERIFY(!m_page->isLoading()); // nothing was asked
    QVERIFY2(m_page->historyTab()->filterError().contains(message),
             qPrintable(m_page->historyTab()->filterError()));
    // What the user typed and the rows shown stay.
    QCOMPARE(m_page->historyTab()->from()->text(), from);
    QCOMPARE(m_page->historyTab()->to()->text(), to);
    QCOMPARE(m_page->historyTab()->model()->rowCount(), rows);
    m_page->historyTab()->from()->clear();
    m_page->historyTab()->to()->clear();
    QSignalSpy loaded(m_page->historyTab(), &BalanceHistoryTab::loaded);
    m_page->historyTab()->load();
    QVERIFY(loaded.wait(15000));
    QVERIFY(m_page->historyTab()->filterError().isEmpty());
}

void tst_FinancePage::historyExportsCsv() {
    const QString path = m_dir.filePath(QStringLiteral("history.csv"));
    QVERIFY(m_page->historyTab()->saveCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("id,date,division_id,division,type,credit,debit"));
    QCOMPARE(lines.size() - 2,
             m_page->historyTab()->model()->rowCount()); // header, trailing newline
    QVERIFY(!m_page->historyTab()->saveCsv(QStringLiteral("/nonexistent-certdesk/history.csv")));
    QVERIFY2(m_page->banner()->message().contains(QLatin1String("could not be saved")),
             qPrintable(m_page->banner()->message()));
    m_page->banner()->clear();
}

void tst_FinancePage::movesFundsOnce() {
    const qint64 from = balanceCents(101);
    const qint64 to = balanceCents(102);
    TransferFundsDialog *dialog = openTransfer();
    QVERIFY(dialog);
    dialog->fromPicker()->setCurrentIndex(dialog->fromPicker()->findData(101));
    dialog->toPicker()->setCurrentIndex(dialog->toPicker()->findData(102));
    QVERIFY2(dialog->availableText().contains(QLatin1String("5,500.00 USD")),
             qPrintable(dialog->availableText()));
    dialog->amountEdit()->setText(QStringLiteral("1,200"));
    QSignalSpy confirmation(dialog, &TransferFundsDialog::confirmationShown);
    dialog->submit();
    QCOMPARE(confirmation.count(), 1);
    QVERIFY2(dialog->confirmationText().contains(
                 QLatin1String("Move 1,200.00 USD from EMEA to Americas?")),
             qPrintable(dialog->confirmationText()));
    // Nothing is sent before the confirmation.
    QCOMPARE(balanceCents(101), from);
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/finance-transfer-confirm.png")));
    QSignalSpy moved(m_page.get(), &FinanceScreen::fundsTransferred);
    QSignalSpy balances(m_page.get(), &FinanceScreen::balancesLoaded);
    dialog->confirm();
    dialog->confirm(); // a second click sends nothing more
    QVERIFY(moved.wait(15000));
    QCOMPARE(moved.count(), 1);
    QVERIFY2(
        dialog->resultText().contains(QLatin1String("Moved 1,200.00 USD from EMEA to Americas")),
        qPrintable(dialog->resultText()));
    QCOMPARE(balanceCents(101), from - 120000);
    QCOMPARE(balanceCents(102), to + 120000);
    // The page shows the new figures.
    QVERIFY(balances.wait(15000));
    const BalancesModel *model = m_page->balancesModel();
    QCOMPARE(model->index(model->rowOf(102), BalancesModel::BalanceColumn).data().toString(),
             Money::format(to + 120000, QStringLiteral("USD"), QLocale()));
    dialog->close();
}

void tst_FinancePage::badTransferInputNamesTheField_data() {
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << qint64(100) << qint64(102) << QString() << "amount"
                           << "Amount: enter a whole amount";
    QTest::newRow("cents") << qint64(100) << qint64(102) << "10.50"
                           << "amount"
                           << "CertCentral moves no cents";
    QTest::newRow("letters") << qint64(100) << qint64(102) << "ten"
                             << "amount"
                             << "Amount: \"ten\" is not";
    QTest::newRow("over available") << qint64(102) << qint64(100) << "9000"
                                    << "amount"
                                    << "more than the";
    QTest::newRow("same division") << qint64(102) << qint64(102) << "5"
                                   << "to_container_id"
                                   << "other than the one the funds leave";
}

void tst_FinancePage::badTransferInputNamesTheField() {
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, amount);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const qint64 before = balanceCents(from);
    TransferFundsDialog *dialog = openTransfer();
    QVERIFY(dialog);
    dialog->fromPicker()->setCurrentIndex(dialog->fromPicker()->findData(from));
    dialog->toPicker()->setCurrentIndex(dialog->toPicker()->findData(to));
    dialog->amountEdit()->setText(amount);
    QSignalSpy confirmation(dialog, &TransferFundsDialog::confirmationShown);
    dialog->submit();
    QCOMPARE(confirmation.count(), 0);
    QVERIFY2(dialog->errorText(field).contains(message), qPrintable(dialog->errorText(field)));
    QCOMPARE(dialog->amountEdit()->text(), amount); // what was typed stays
    QCOMPARE(balanceCents(from), before);
    dialog->close();
}

void tst_FinancePage::paymentProfileIsReadOnly() {
    const QString text = m_page->profileTab()->text();
    QVERIFY2(text.contains(QLatin1String("Visa ending")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("(default)")), qPrintable(text));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\d{5,}"))));
}

void tst_FinancePage::payInvoicesOpensTheConsole() {
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QMessageBox *box = m_page->showPayInvoices();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("Example Corp: 5,000.00 USD unpaid")),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("APAC: 750.00 USD unpaid")),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains(QLatin1String("5,750.00 USD in all")), qPrintable(box->text()));
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(box->grab().save(dir + QStringLiteral("/finance-pay-invoices.png")));
    QSignalSpy opened(m_page.get(), &FinanceScreen::invoiceConsoleOpened);
    auto *open = box->findChild<QPushButton *>(QStringLiteral("openInvoiceConsole"));
    QVERIFY(open);
    open->click();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first().path(), QStringLiteral("/secure/finance/pay-invoice"));
    QCOMPARE(catcher.urls.first().host(), m_sandbox.baseUrl().host());
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void tst_FinancePage::viewOnlyKeyMayNotMoveFunds() {
    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("finance_manager")}, true));
    QVERIFY(!m_page->transferButton()->isEnabled());
    QVERIFY2(m_page->transferButton()->toolTip().contains(QLatin1String("View Only")),
             qPrintable(m_page->transferButton()->toolTip()));
    QVERIFY(m_page->payInvoicesButton()->isEnabled());
    QVERIFY(!m_page->showTransferDialog());
    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("finance_manager")}));
    QVERIFY(m_page->transferButton()->isEnabled());
}

void tst_FinancePage::standardUserSeesWhy() {
    CertCentralClient client;
    client.setBaseUrl(m_sandbox.baseUrl());
    client.setApiKey(userKey());
    FinanceScreen page(&client);
    page.setRolePolicy(RolePolicy(QStringList{QStringLiteral("user")}));
    page.resize(1000, 600);
    page.show();
    page.refresh();
    QVERIFY(!page.isLoading());
    QVERIFY2(page.deniedText().contains(QLatin1String("administrators and finance managers")),
             qPrintable(page.deniedText()));
    QVERIFY(!page.tabs()->isEnabled());
    QVERIFY(!page.refreshBalanceButton()->isEnabled());
    QVERIFY(!page.transferButton()->isEnabled());
    QVERIFY(!page.payInvoicesButton()->isEnabled());
    QCOMPARE(page.balancesModel()->rowCount(), 0);
    QCOMPARE(page.historyTab()->model()->rowCount(), 0);
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(page.grab().save(dir + QStringLiteral("/finance-denied.png")));
}

void tst_FinancePage::failedRefreshKeepsTheRows() {
    // The service fails for a while: the history keeps what it showed and the banner says why.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    const int rows = m_page->historyTab()->model()->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(SandboxControl(m_sandbox.faultsUrl())
                .setFaults(
                    {{QStringLiteral("fail_next"), QJsonObject{{QStringLiteral("status"), 503},
                                                               {QStringLiteral("count"), 40}}}}));
    QSignalSpy loaded(m_page->historyTab(), &BalanceHistoryTab::loaded);
    m_page->historyTab()->load();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 30000);
    SandboxControl(m_sandbox.faultsUrl()).clearFaults();
    QVERIFY(m_page->banner()->isVisible());
    QVERIFY2(m_page->banner()->message().contains(QLatin1String("could not be loaded")),
             qPrintable(m_page->banner()->message()));
    QCOMPARE(m_page->historyTab()->model()->rowCount(), rows);
    QCOMPARE(loaded.count(), 0); // nothing new was loaded
    m_page->banner()->clear();
}

QTEST_MAIN(tst_FinancePage)
#include "tst_financescreen.moc"
