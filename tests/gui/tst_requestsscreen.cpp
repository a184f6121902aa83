#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "core/KeySpec.h"
#include "models/RequestsModel.h"
#include "security/CsrBuilder.h"
#include "security/PrivateKey.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/requests/RequestDecisionDialog.h"
#include "ui/requests/RequestDetailsPane.h"
#include "ui/requests/RequestsScreen.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

// The Requests page against a sandbox with a manager's and a standard user's key: the queue
// (pending first, filters), a request's details (key from the CSR, validity, organization),
// approving and rejecting (the order moves on), several at once, a request someone else decided
// meanwhile, the standard user's read-only queue and the navigation badge.
class tst_RequestsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pendingFirstAndFilters();
    void detailsOfARequest();
    void approveMovesTheOrderOn();
    void rejectNeedsAComment();
    void approveSeveralAfterOneConfirmation();
    void decidedMeanwhileByAnother();
    void standardUserSeesWhy();
    void badgeCountsPendingRequests();
    void financeEntryFollowsTheRole();

private:
    static QString managerKey() { return QStringLiteral("manager-key-0123456789"); }
    static QString userKey() { return QStringLiteral("user-key-0123456789"); }
    // A pending new_request of the standard user for a DV order; the request id.
    qint64 userOrder(const QString &commonName, qint64 *orderId);
    QJsonObject get(const QString &path, const QString &key = managerKey());
    void reload();
    RequestDecisionDialog *decide(const QList<qint64> &ids, RequestDecision::Outcome outcome);

    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    std::unique_ptr<RequestsScreen> m_page;
};

void tst_RequestsPage::initTestCase() {
    qRegisterMetaType<ApprovalRequest>();
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("40"),
                              QStringLiteral("--auto-complete"), QStringLiteral("--key"),
                              managerKey() + QStringLiteral(":manager"), QStringLiteral("--key"),
                              userKey() + QStringLiteral(":user")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(managerKey());
    m_page = std::make_unique<RequestsScreen>(m_client.get());
    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("manager")}));
    m_page->resize(1200, 700);
    m_page->show();
    reload();
}

void tst_RequestsPage::reload() {
    QSignalSpy loaded(m_page.get(), &RequestsScreen::requestsLoaded);
    m_page->refresh();
    QVERIFY(loaded.wait(15000));
}

QJsonObject tst_RequestsPage::get(const QString &path, const QString &key) {
    QByteArray body;
    SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(path)), key.toUtf8(), &body);
    return QJsonDocument::fromJson(body).object();
}

qint64 tst_RequestsPage::userOrder(const QString &commonName, qint64 *orderId) {
    KeySpec spec;
    QString error;
    KeySpec::parse(QStringLiteral("ec:p256"), &spec, &error);
    PrivateKey key;
    QByteArray csr;
    if (!PrivateKey::generate(spec, &key, &error) ||
        !CsrBuilder::build(key, commonName, {}, &csr, &error))
        qWarning() << error;
    const QJsonObject body{{"certificate", QJsonObject{{"common_name", commonName},
                                                       {"csr", QString::fromLatin1(csr)},
                                                       {"signature_hash", "sha256"}}},
                           {"comments", "For the shop launch"},
                           {"dcv_method", "dns-txt-token"},
                           {"order_validity", QJsonObject{{"years", 1}}}};
    QByteArray reply;
    SandboxControl::request(
        "POST",
        m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("order/certificate/ssl_dv_geotrust"))),
        userKey().toLatin1(), QJsonDocument(body).toJson(QJsonDocument::Compact), &reply);
    const QJsonObject o = QJsonDocument::fromJson(reply).object();
    *orderId = o.value(QStringLiteral("id")).toInteger();
    return o.value(QStringLiteral("requests")).toArray().at(0).toObject().value("id").toInteger();
}

RequestDecisionDialog *tst_RequestsPage::decide(const QList<qint64> &ids,
                                                RequestDecision::Outcome outcome) {
    m_page->selectRequests(ids);
    if (m_page->selectedRequests().size() != ids.size())
        return nullptr;
    return m_page->decideSelected(outcome);
}

void tst_RequestsPage::pendingFirstAndFilters() {
    const qint64 total =
        get(QStringLiteral("request?limit=1")).value("page").toObject().value("total").toInteger();
    QVERIFY(total >= 40);
    RequestsModel *model = m_page->model();
    QCOMPARE(model->rowCount(), int(total));
    const int pending = model->pendingCount();
    QVERIFY(pending > 0);
    QVERIFY(pending < model->rowCount());
    // Every pending request comes before every decided one.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(RequestsModel::PendingRole).toBool(), row < pending);
    QVERIFY(m_page->countLabel()->text().contains(QString::number(pending)));
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        m_page->selectRequests({model->requestAt(0).id});
        QTRY_VERIFY(m_page->details()->fieldText(QStringLiteral("requestKey")) != tr("Loading…"));
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/requests.png")));
    }

    // Filters go to the server: only reissues, then only approved ones.
    QSignalSpy loaded(m_page.get(), &RequestsScreen::requestsLoaded);
    m_page->typeFilter()->setCurrentIndex(
        m_page->typeFilter()->findData(QStringLiteral("reissue")));
    QVERIFY(loaded.wait(10000));
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->requestAt(row).type, QStringLiteral("reissue"));
    m_page->typeFilter()->setCurrentIndex(0);
    QVERIFY(loaded.wait(10000));
    m_page->statusFilter()->setCurrentIndex(
        m_page->statusFilter()->findData(QStringLiteral("approved")));
    QVERIFY(loaded.wait(10000));
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->requestAt(row).status, QStringLiteral("approved"));
    // Decided requests cannot be decided again.
    m_page->selectRequests({model->requestAt(0).id});
    QVERIFY(!m_page->approveButton()->isEnabled());
    QVERIFY(m_page->approveButton()->toolTip().contains(QLatin1String("pending")));
    m_page->statusFilter()->setCurrentIndex(0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model->rowCount(), int(total));
}

void tst_RequestsPage::detailsOfARequest() {
    qint64 orderId = 0;
    const qint64 requestId = userOrder(QStringLiteral("details.example.com"), &orderId);
    QVERIFY(requestId > 0);
    reload();
    QSignalSpy loaded(m_page->details(), &RequestDetailsPane::requestLoaded);
    m_page->selectRequests({requestId});
    QVERIFY(loaded.wait(10000));
    RequestDetailsPane *details = m_page->details();
    QCOMPARE(details->shownRequestId(), requestId);
    QCOMPARE(details->fieldText(QStringLiteral("requestKey")), QStringLiteral("ECDSA P-256"));
    QCOMPARE(details->fieldText(QStringLiteral("requestCsrSignature")), QStringLiteral("Valid"));
    QCOMPARE(details->fieldText(QStringLiteral("requestComment")),
             QStringLiteral("For the shop launch"));
    QCOMPARE(details->fieldText(QStringLiteral("requestCommonName")),
             QStringLiteral("details.example.com"));
    QVERIFY(details->fieldText(QStringLiteral("requestRequester")).contains(QLatin1String("@")));
    QTRY_VERIFY(details->fieldText(QStringLiteral("requestValidity")) != tr("Loading…"));
    QVERIFY(details->fieldText(QStringLiteral("requestValidity")).contains(QLatin1Char('1')));
    QVERIFY(details->fieldText(QStringLiteral("requestPrice")).contains(QLatin1String("USD")));
    // Rows of the model show the same request at the top (pending, oldest first).
    const int row = m_page->model()->rowOfRequest(requestId);
    QVERIFY(row >= 0 && row < m_page->model()->pendingCount());
}

void tst_RequestsPage::approveMovesTheOrderOn() {
    qint64 orderId = 0;
    const qint64 requestId = userOrder(QStringLiteral("approve.example.com"), &orderId);
    QVERIFY(requestId > 0);
    reload();
    RequestDecisionDialog *dialog = decide({requestId}, RequestDecision::Outcome::Approve);
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->topLevelItemCount(), 1);
    dialog->commentEdit()->setPlainText(QStringLiteral("Go ahead"));
    QSignalSpy done(dialog, &RequestDecisionDialog::allDecided);
    QSignalSpy reloaded(m_page.get(), &RequestsScreen::requestsLoaded);
    dialog->decideButton()->click();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(0).value<QList<qint64>>(), QList<qint64>{requestId});
    QVERIFY(dialog->resultText(requestId).contains(QLatin1String("Approved")));
    const QJsonObject request = get(QStringLiteral("request/%1").arg(requestId));
    QCOMPARE(request.value("status").toString(), QStringLiteral("approved"));
    QCOMPARE(request.value("processor_comment").toString(), QStringLiteral("Go ahead"));
    // --auto-complete: approved, the DV order validates and issues.
    QCOMPARE(get(QStringLiteral("order/certificate/%1").arg(orderId)).value("status").toString(),
             QStringLiteral("issued"));
    QVERIFY(reloaded.count() > 0 || reloaded.wait(10000)); // it may come during done.wait()
    const int row = m_page->model()->rowOfRequest(requestId);
    QVERIFY(row >= 0);
    QCOMPARE(m_page->model()->requestAt(row).status, QStringLiteral("approved"));
    dialog->close();
}

void tst_RequestsPage::rejectNeedsAComment() {
    qint64 orderId = 0;
    const qint64 requestId = userOrder(QStringLiteral("reject.example.com"), &orderId);
    reload();
    RequestDecisionDialog *dialog = decide({requestId}, RequestDecision::Outcome::Reject);
    QVERIFY(dialog);
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    dialog->decideButton()->click();
    QVERIFY(!dialog->isRunning());
    QVERIFY(dialog->commentError()->isVisible());
    QVERIFY(dialog->commentError()->text().contains(QLatin1String("comment")));
    if (!dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/request-reject.png")));
    QCOMPARE(get(QStringLiteral("request/%1").arg(requestId)).value("status").toString(),
             QStringLiteral("pending"));
    dialog->commentEdit()->setPlainText(QStringLiteral("Use the wildcard order instead"));
    QVERIFY(!dialog->commentError()->isVisible());
    QSignalSpy done(dialog, &RequestDecisionDialog::allDecided);
    dialog->decideButton()->click();
    QVERIFY(done.wait(10000));
    QVERIFY(dialog->resultText(requestId).contains(QLatin1String("Rejected")));
    QCOMPARE(get(QStringLiteral("order/certificate/%1").arg(orderId)).value("status").toString(),
             QStringLiteral("rejected"));
    dialog->close();
}

void tst_RequestsPage::approveSeveralAfterOneConfirmation() {
    qint64 first = 0;
    qint64 second = 0;
    const qint64 a = userOrder(QStringLiteral("one.example.com"), &first);
    const qint64 b = userOrder(QStringLiteral("two.example.com"), &second);
    reload();
    RequestDecisionDialog *dialog = decide({a, b}, RequestDecision::Outcome::Approve);
    QVERIFY(dialog);
    // The one confirmation lists both.
    QCOMPARE(dialog->list()->topLevelItemCount(), 2);
    QVERIFY(dialog->decideButton()->text().contains(QLatin1Char('2')));
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/request-approve-two.png")));
    QSignalSpy done(dialog, &RequestDecisionDialog::allDecided);
    dialog->decideButton()->click();
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().at(0).value<QList<qint64>>().size(), 2);
    for (const qint64 id : {a, b}) {
        QVERIFY(dialog->resultText(id).contains(QLatin1String("Approved")));
        QCOMPARE(get(QStringLiteral("request/%1").arg(id)).value("status").toString(),
                 QStringLiteral("approved"));
    }
    if (!dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/request-approved-two.png")));
    dialog->close();
}

void tst_RequestsPage::decidedMeanwhileByAnother() {
    qint64 orderId = 0;
    const qint64 requestId = userOrder(QStringLiteral("race.example.com"), &orderId);
    reload();
    RequestDecisionDialog *dialog = decide({requestId}, RequestDecision::Outcome::Approve);
    QVERIFY(dialog);
    // The administrator approves it first.
    QCOMPARE(SandboxControl::request("PUT",
                                     m_sandbox.baseUrl().resolved(
                                         QUrl(QStringLiteral("request/%1/status").arg(requestId))),
                                     TestSandbox::testKey().toUtf8(),
                                     R"({"status":"approved","processor_comment":"Done already"})"),
             204);
    QSignalSpy done(dialog, &RequestDecisionDialog::allDecided);
    QSignalSpy reloaded(m_page.get(), &RequestsScreen::requestsLoaded);
    dialog->decideButton()->click();
    QVERIFY(done.wait(10000));
    QVERIFY(done.first().at(0).value<QList<qint64>>().isEmpty());
    QCOMPARE(done.first().at(1).value<QList<qint64>>(), QList<qint64>{requestId});
    const QString result = dialog->resultText(requestId);
    QVERIFY2(result.contains(QLatin1String("already approved by")), qPrintable(result));
    QVERIFY2(result.contains(QLatin1String("Done already")), qPrintable(result));
    QVERIFY(reloaded.count() > 0 || reloaded.wait(10000)); // it may come during done.wait()
    QVERIFY(m_page->banner()->isVisible());
    QCOMPARE(m_page->model()->requestAt(m_page->model()->rowOfRequest(requestId)).status,
             QStringLiteral("approved"));
    dialog->close();
}

void tst_RequestsPage::standardUserSeesWhy() {
    CertCentralClient client;
    client.setBaseUrl(m_sandbox.baseUrl());
    client.setApiKey(userKey());
    RequestsScreen page(&client);
    const RolePolicy roles(QStringList{QStringLiteral("user")});
    page.setRolePolicy(roles);
    page.resize(1200, 600);
    page.show();
    QSignalSpy loaded(&page, &RequestsScreen::requestsLoaded);
    page.refresh();
    QVERIFY(loaded.wait(15000));
    // Only their own requests, readable, with the decisions disabled and the reason given.
    QVERIFY(page.model()->rowCount() > 0);
    const QString own = page.model()->requestAt(0).requester.email;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        QCOMPARE(page.model()->requestAt(row).requester.email, own);
    page.selectRequests({page.model()->requestAt(0).id});
    QVERIFY(!page.approveButton()->isEnabled());
    QVERIFY(!page.rejectButton()->isEnabled());
    const QString reason = roles.reasonDenied(RolePolicy::Capability::ApproveRequests);
    QVERIFY(!reason.isEmpty());
    QCOMPARE(page.approveButton()->toolTip(), reason);
    auto *note = page.findChild<QLabel *>(QStringLiteral("requestsRoleNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(reason));
    QVERIFY(!page.decideSelected(RequestDecision::Outcome::Approve));
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(page.grab().save(dir + QStringLiteral("/requests-standard-user.png")));
}

void tst_RequestsPage::badgeCountsPendingRequests() {
    const qint64 pending = get(QStringLiteral("request?limit=1&filters[status]=pending"))
                               .value("page")
                               .toObject()
                               .value("total")
                               .toInteger();
    QVERIFY(pending > 0);
    MainWindow window(m_client.get());
    window.show();
    window.start();
    const QString expected = QStringLiteral("Requests (%1)").arg(pending);
    QTRY_COMPARE_WITH_TIMEOUT(window.navigationText(MainWindow::RequestsScreenIndex), expected,
                              20000);
    QVERIFY(window.trayText().contains(QString::number(pending)));
}

void tst_RequestsPage::financeEntryFollowsTheRole() {
    // A standard user may not see the money: the entry is disabled and says why.
    CertCentralClient client;
    client.setBaseUrl(m_sandbox.baseUrl());
    client.setApiKey(userKey());
    MainWindow window(&client);
    window.show();
    window.start();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(nav);
    QListWidgetItem *finance = nav->item(MainWindow::FinanceScreenIndex);
    QTRY_VERIFY_WITH_TIMEOUT(!finance->toolTip().isEmpty(), 15000);
    QVERIFY(!(finance->flags() & Qt::ItemIsEnabled));
    QCOMPARE(finance->toolTip(), RolePolicy(QStringList{QStringLiteral("user")})
                                     .reasonDenied(RolePolicy::Capability::ViewFinance));
    // The administrator's window offers it.
    MainWindow admin(m_client.get());
    admin.show();
    admin.start();
    auto *adminNav = admin.findChild<QListWidget *>(QStringLiteral("navigation"));
    QTRY_VERIFY_WITH_TIMEOUT(
        adminNav->item(MainWindow::FinanceScreenIndex)->flags() & Qt::ItemIsEnabled, 15000);
    QVERIFY(adminNav->item(MainWindow::FinanceScreenIndex)->toolTip().isEmpty());
}

QTEST_MAIN(tst_RequestsPage)
#include "tst_requestsscreen.moc"
