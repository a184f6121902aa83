#include "ResultSpy.h"
#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "api/OrderEndpoints.h"
#include "core/KeySpec.h"
#include "core/NewOrder.h"
#include "security/CsrBuilder.h"
#include "security/PrivateKey.h"
#include "services/OrderPlacement.h"
#include "ui/orders/OrderActions.h"
#include "ui/orders/lifecycle/DuplicateWizard.h"
#include "ui/orders/lifecycle/LifecycleResultPage.h"
#include "ui/orders/lifecycle/ReissueWizard.h"
#include "ui/orders/lifecycle/RevokeWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The order actions against a sandbox that issues at once (--auto-complete): each lifecycle
// wizard end to end (reissue with a dropped name and the fqdn scope, duplicate with a custom
// date inside its bound, revoke for a key compromise with the date refused before the issue
// day), the state rules (no revoke with a pending reissue) and what a standard user may do.
class tst_OrderActions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void actionsFollowStateAndRole();
    void reissueWithADroppedName();
    void reissueCodeSigning();
    void duplicateWithinItsBound();
    void revokeForKeyCompromise();
    void pendingOrderDcvNamesAndCancel();
    void revokeACertificateFile();

private:
    // Places a DV order that --auto-complete issues at once; returns its id (0 on failure).
    qint64 placeIssuedOrder(const QString &commonName, const QStringList &sans,
                            bool skipApproval = true);
    QDialog *openDialog(OrderActions &actions, const std::function<void()> &trigger);
    Order orderInfo(qint64 id);
    LifecycleWizard *open(OrderActions &actions, OrderActions::Kind kind);
    bool next(QWizard &wizard);
    void shot(QWidget &widget, const QString &name);
    static QByteArray csrFor(const QStringList &names);

    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    QWidget m_parent;
};

void tst_OrderActions::initTestCase() {
    qRegisterMetaType<LifecycleWizard *>();
    qRegisterMetaType<QDialog *>();
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("20"),
                              QStringLiteral("--auto-complete")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
}

QByteArray tst_OrderActions::csrFor(const QStringList &names) {
    KeySpec spec;
    QString error;
    KeySpec::parse(QStringLiteral("ec:p256"), &spec, &error);
    PrivateKey key;
    PrivateKey::generate(spec, &key, &error);
    QByteArray csr;
    CsrBuilder::build(key, names.first(), names.mid(1), &csr, &error);
    return csr;
}

Order tst_OrderActions::orderInfo(qint64 id) {
    auto *call = m_client->call(OrderEndpoints::info(id));
    ResultSpy<Order> received(call);
    received.wait(10000);
    return received.isEmpty() ? Order() : received.result();
}

qint64 tst_OrderActions::placeIssuedOrder(const QString &commonName, const QStringList &sans,
                                          bool skipApproval) {
    NewOrder order;
    order.productNameId = QStringLiteral("ssl_dv_geotrust");
    order.commonName = commonName;
    order.dnsNames = sans;
    order.csr = csrFor(order.allNames());
    order.dcvMethod = QStringLiteral("dns-txt-token");
    order.skipApproval = skipApproval;
    OrderPlacement placement(m_client.get());
    QSignalSpy placed(&placement, &OrderPlacement::placed);
    placement.place(order);
    if (!placed.wait(15000))
        return 0;
    return placed.at(0).at(0).value<PlacedOrder>().orderId;
}

LifecycleWizard *tst_OrderActions::open(OrderActions &actions, OrderActions::Kind kind) {
    LifecycleWizard *wizard = nullptr;
    QString problem;
    connect(&actions, &OrderActions::wizardOpened, this,
            [&wizard](LifecycleWizard *w) { wizard = w; });
    connect(&actions, &OrderActions::message, this,
            [&problem](const QString &text, bool) { problem = text; });
    QSignalSpy opened(&actions, &OrderActions::wizardOpened);
    actions.openWizard(kind);
    if (!wizard && !opened.wait(10000))
        qWarning("no wizard: %s", qPrintable(problem));
    disconnect(&actions, nullptr, this, nullptr);
    return wizard;
}

bool tst_OrderActions::next(QWizard &wizard) {
    QAbstractButton *button = wizard.button(QWizard::NextButton);
    if (!button->isEnabled())
        return false;
    const int before = wizard.currentId();
    button->click();
    return wizard.currentId() != before;
}

void tst_OrderActions::shot(QWidget &widget, const QString &name) {
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget.grab().save(dir + QStringLiteral("/lifecycle-") + name +
                                   QStringLiteral(".png")));
}

void tst_OrderActions::actionsFollowStateAndRole() {
    const qint64 placedId = placeIssuedOrder(QStringLiteral("rules.example.com"), {});
    QVERIFY(placedId > 0);
    Order issued;
    QTRY_COMPARE_WITH_TIMEOUT((issued = orderInfo(placedId)).status, QStringLiteral("issued"),
                              10000);
    OrderActions actions(m_client.get(), &m_parent);
    actions.setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}));
    const auto action = [&actions](const char *name) {
        return actions.menu()->findChild<QAction *>(QLatin1String(name));
    };
    actions.setOrder(nullptr);
    QVERIFY(!action("revokeAction")->isEnabled());
    actions.setOrder(&issued);
    QVERIFY(action("reissueAction")->isEnabled());
    QVERIFY(action("duplicateAction")->isEnabled());
    QVERIFY(action("revokeAction")->isEnabled());
    QVERIFY(!action("cancelAction")->isEnabled()); // issued: nothing to cancel
    // A pending reissue blocks revocation, said before any wizard opens.
    Order reissuing = issued;
    reissuing.status = QStringLiteral("reissue_pending");
    actions.setOrder(&reissuing);
    QVERIFY(!action("revokeAction")->isEnabled());
    QVERIFY(action("revokeAction")->toolTip().contains(QLatin1String("pending reissue")));
    QVERIFY(action("cancelAction")->isEnabled());
    QSignalSpy messages(&actions, &OrderActions::message);
    actions.openWizard(OrderActions::Kind::Revoke);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(1).toBool());
    // A view-only key may do nothing.
    actions.setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}, true));
    actions.setOrder(&issued);
    QVERIFY(!action("reissueAction")->isEnabled());
    QVERIFY(!action("reissueAction")->toolTip().isEmpty());
}

void tst_OrderActions::reissueCodeSigning() {
    // A code-signing order on a token: the wizard asks where the new key lives, sends no
    // names and no CSR, and offers no DCV options.
    const QJsonObject body{{"certificate", QJsonObject{{"signature_hash", "sha256"}}},
                           {"order_validity", QJsonObject{{"years", 1}}},
                           {"organization", QJsonObject{{"id", 3001}}},
                           {"cs_provisioning_method", "client_app"},
                           {"skip_approval", true}};
    QByteArray reply;
    QCOMPARE(
        SandboxControl::request(
            "POST",
            m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("order/certificate/code_signing"))),
            TestSandbox::testKey().toUtf8(), QJsonDocument(body).toJson(), &reply),
        201);
    const qint64 placedId = QJsonDocument::fromJson(reply).object().value("id").toInteger();
    Order issued;
    QTRY_COMPARE_WITH_TIMEOUT((issued = orderInfo(placedId)).status, QStringLiteral("issued"),
                              10000);
    OrderActions actions(m_client.get(), &m_parent);
    actions.setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}));
    actions.setOrder(&issued);
    auto *wizard = qobject_cast<ReissueWizard *>(open(actions, OrderActions::Kind::Reissue));
    QVERIFY(wizard);
    QVERIFY(wizard->request().codeSigning);
    // The HSM needs its CSR: Next waits for one, and a bad one is named.
    wizard->findChild<QAbstractButton *>(QStringLiteral("provisioning_email"))->click();
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *csr = wizard->findChild<QPlainTextEdit *>(QStringLiteral("csCsr"));
    QVERIFY(csr->isVisible());
    csr->setPlainText(QStringLiteral("not a CSR"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    const int firstPage = wizard->currentId();
    QVERIFY(!next(*wizard));
    QCOMPARE(wizard->currentId(), firstPage);
    QVERIFY2(wizard->findChild<QLabel *>(QStringLiteral("provisioningError"))
                 ->text()
                 .startsWith(QLatin1String("CSR:")),
             "the CSR problem is named");
    shot(*wizard, QStringLiteral("reissue-cs-1-provisioning"));
    // A token the user has: no CSR.
    wizard->findChild<QAbstractButton *>(QStringLiteral("provisioning_client_app"))->click();
    QVERIFY(!csr->isVisible());
    QVERIFY(next(*wizard));
    QVERIFY(!wizard->findChild<QComboBox *>(QStringLiteral("dcvMethod"))->isVisible());
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("removedWarning"))->isHidden());
    wizard->findChild<QCheckBox *>(QStringLiteral("skipApproval"))->setChecked(true);
    shot(*wizard, QStringLiteral("reissue-cs-2-approval"));
    QSignalSpy changed(wizard, &LifecycleWizard::changed);
    QVERIFY(next(*wizard));
    QVERIFY(changed.wait(10000));
    const QString result = wizard->resultPage()->text();
    QVERIFY2(result.contains(QLatin1String("Reissue")), qPrintable(result));
    QVERIFY2(result.contains(QLatin1String("token or HSM")), qPrintable(result));
    const QJsonObject sent = QJsonDocument::fromJson(wizard->request().toJson()).object();
    QCOMPARE(sent.value("cs_provisioning_method").toString(), QStringLiteral("client_app"));
    QVERIFY(!sent.value("certificate").toObject().contains("common_name"));
    QVERIFY(!sent.value("certificate").toObject().contains("csr"));
    wizard->close();
}

void tst_OrderActions::reissueWithADroppedName() {
    const qint64 placedId = placeIssuedOrder(QStringLiteral("reissue.example.com"),
                                             {QStringLiteral("old.reissue.example.com")});
    QVERIFY(placedId > 0);
    Order issued;
    QTRY_COMPARE_WITH_TIMEOUT((issued = orderInfo(placedId)).status, QStringLiteral("issued"),
                              10000);
    OrderActions actions(m_client.get(), &m_parent);
    actions.setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}));
    actions.setOrder(&issued);
    auto *wizard = qobject_cast<ReissueWizard *>(open(actions, OrderActions::Kind::Reissue));
    QVERIFY(wizard);
    // Prefilled from the order; dropping a name warns at once.
    auto *sans = wizard->findChild<QPlainTextEdit *>(QStringLiteral("sans"));
    QCOMPARE(sans->toPlainText(), QStringLiteral("old.reissue.example.com"));
    auto *warning = wizard->findChild<QLabel *>(QStringLiteral("removedWarning"));
    QVERIFY(warning->isHidden());
    sans->setPlainText(QStringLiteral("new.reissue.example.com"));
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QLatin1String("old.reissue.example.com")));
    QVERIFY(warning->text().contains(QLatin1String("72 hours")));
    sans->setPlainText(QStringLiteral("new.reissue.example.com\n192.0.2.1"));
    QVERIFY(!next(*wizard)); // an IP address is refused on the names page
    QVERIFY(!wizard->findChild<QLabel *>(QStringLiteral("namesError"))->text().isEmpty());
    sans->setPlainText(QStringLiteral("new.reissue.example.com"));
    shot(*wizard, QStringLiteral("reissue-1-names"));
    QVERIFY(next(*wizard));
    // Key page: the order's current CSR is offered (and checked: its names no longer match);
    // one's own CSR for the new names is used instead.
    auto *csrText = wizard->findChild<QPlainTextEdit *>(QStringLiteral("csrText"));
    QVERIFY(csrText->toPlainText().contains(QLatin1String("BEGIN CERTIFICATE REQUEST")));
    wizard->findChild<QRadioButton *>(QStringLiteral("useCsr"))->setChecked(true);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("csrProblems"))
                ->text()
                .contains(QLatin1String("new.reissue.example.com")));
    wizard->findChild<QPlainTextEdit *>(QStringLiteral("csrText"))
        ->setPlainText(QString::fromLatin1(csrFor(
            {QStringLiteral("reissue.example.com"), QStringLiteral("new.reissue.example.com")})));
    QVERIFY(next(*wizard));
    wizard->findChild<QRadioButton *>(QStringLiteral("scopeFqdn"))->setChecked(true);
    wizard->findChild<QCheckBox *>(QStringLiteral("skipApproval"))->setChecked(true);
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("Reissue"));
    shot(*wizard, QStringLiteral("reissue-3-options"));
    QSignalSpy changed(wizard, &LifecycleWizard::changed);
    QVERIFY(next(*wizard));
    QVERIFY(changed.wait(10000));
    const QString result = wizard->resultPage()->text();
    QVERIFY2(result.contains(QLatin1String("Reissue accepted")), qPrintable(result));
    QVERIFY(result.contains(QLatin1String("old.reissue.example.com")));
    shot(*wizard, QStringLiteral("reissue-4-result"));
    QCOMPARE(wizard->request().dcvScope, QStringLiteral("fqdn"));
    // The sandbox has the reissue with the new names.
    QByteArray body;
    QCOMPARE(
        SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(
                                QStringLiteral("order/certificate/%1/reissue").arg(issued.id))),
                            TestSandbox::testKey().toUtf8(), &body),
        200);
    QVERIFY2(body.contains("new.reissue.example.com"), body.constData());
    wizard->close();
}

void tst_OrderActions::duplicateWithinItsBound() {
    const qint64 placedId = placeIssuedOrder(QStringLiteral("dup.example.com"),
                                             {QStringLiteral("www.dup.example.com")});
    QVERIFY(placedId > 0);
    Order issued;
    QTRY_COMPARE_WITH_TIMEOUT((issued = orderInfo(placedId)).status, QStringLiteral("issued"),
                              10000);
    OrderActions actions(m_client.get(), &m_parent);
    actions.setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}));
    actions.setOrder(&issued);
    auto *wizard = qobject_cast<DuplicateWizard *>(open(actions, OrderActions::Kind::Duplicate));
    QVERIFY(wizard);
    auto *expires = wizard->findChild<QDateEdit *>(QStringLiteral("expires"));
    const DuplicateRequest::Latest latest = wizard->latest();
    QVERIFY(latest.date.isValid());
    QCOMPARE(expires->maximumDate(), latest.date);
    QCOMPARE(expires->minimumDate(), QDate::currentDate().addDays(1));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("bound"))
                ->text()
                .contains(DuplicateRequest::boundName(latest.bound)));
    // The picker cannot go past the bound.
    expires->setDate(latest.date.addDays(30));
    QCOMPARE(expires->date(), latest.date);
    const QDate chosen = QDate::currentDate().addDays(60);
    expires->setDate(chosen);
    wizard->findChild<QListWidget *>(QStringLiteral("names"))
        ->item(1)
        ->setCheckState(Qt::Unchecked); // only the common name
    wizard->findChild<QCheckBox *>(QStringLiteral("skipApproval"))->setChecked(true);
    shot(*wizard, QStringLiteral("duplicate-1-date"));
    QVERIFY(next(*wizard));
    wizard->findChild<QRadioButton *>(QStringLiteral("useCsr"))->setChecked(true);
    wizard->findChild<QPlainTextEdit *>(QStringLiteral("csrText"))
        ->setPlainText(QString::fromLatin1(csrFor({QStringLiteral("dup.example.com")})));
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("Duplicate"));
    QSignalSpy changed(wizard, &LifecycleWizard::changed);
    QVERIFY(next(*wizard));
    QVERIFY(changed.wait(10000));
    QVERIFY2(wizard->resultPage()->text().contains(QLatin1String("Duplicate")),
             qPrintable(wizard->resultPage()->text()));
    shot(*wizard, QStringLiteral("duplicate-3-result"));
    const QJsonObject sent = QJsonDocument::fromJson(wizard->request().toJson()).object();
    QCOMPARE(sent.value("custom_expiration_date").toString(),
             chosen.toString(QStringLiteral("yyyy-MM-dd")));
    QByteArray body;
    QCOMPARE(
        SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(
                                QStringLiteral("order/certificate/%1/duplicate").arg(issued.id))),
                            TestSandbox::testKey().toUtf8(), &body),
        200);
    QVERIFY2(body.contains("dup.example.com"), body.constData());
    wizard->close();
}

void tst_OrderActions::revokeForKeyCompromise() {
    const qint64 placedId = placeIssuedOrder(QStringLiteral("revoke.example.com"), {});
    QVERIFY(placedId > 0);
    Order issued;
    QTRY_COMPARE_WITH_TIMEOUT((issued = orderInfo(placedId)).status, QStringLiteral("issued"),
                              10000);
    OrderActions actions(m_client.get(), &m_parent);
    actions.setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}));
    actions.setOrder(&issued);
    auto *wizard = qobject_cast<RevokeWizard *>(open(actions, OrderActions::Kind::Revoke));
    QVERIFY(wizard);
    auto *reason = wizard->findChild<QComboBox *>(QStringLiteral("reason"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("keyCompromise")));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("explanation"))
                ->text()
                .contains(QLatin1String("private key")));
    shot(*wizard, QStringLiteral("revoke-1-reason"));
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(RevokeWizard::DatePageId));
    wizard->findChild<QCheckBox *>(QStringLiteral("knowDate"))->setChecked(true);
    auto *when = wizard->findChild<QDateTimeEdit *>(QStringLiteral("compromisedAt"));
    // One second before the issue day begins (UTC) is refused on the field, with the reason.
    const QDateTime issueStart(issued.validFrom, QTime(0, 0), Qt::UTC);
    // The page says where the date goes and offers the console, where it has its own field.
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("commentNote"))
                ->text()
                .contains(QLatin1String("first line of the revocation comment")));
    QVERIFY(wizard->findChild<QPushButton *>(QStringLiteral("openConsole"))->isVisible());
    QCOMPARE(when->timeSpec(), Qt::UTC);
    when->setDateTime(issueStart.addSecs(-1));
    QVERIFY(!next(*wizard));
    const QString refusal = wizard->findChild<QLabel *>(QStringLiteral("dateError"))->text();
    QVERIFY2(refusal.contains(QLatin1String("issue date")), qPrintable(refusal));
    shot(*wizard, QStringLiteral("revoke-2-date-refused"));
    // The sandbox's present (its clock runs from a fixed day) is after the issue: accepted.
    QByteArray clock;
    QCOMPARE(
        SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/__sandbox/clock"))),
                            TestSandbox::testKey().toUtf8(), &clock),
        200);
    const QDateTime compromised =
        QDateTime::fromString(QJsonDocument::fromJson(clock).object().value("now").toString(),
                              Qt::ISODate)
            .toUTC();
    QVERIFY(compromised.isValid());
    when->setDateTime(compromised);
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(RevokeWizard::ConfirmPageId));
    // Typing the common name arms the Revoke button.
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("Revoke"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *confirm = wizard->findChild<QLineEdit *>(QStringLiteral("confirmText"));
    confirm->setText(QStringLiteral("revoke.example"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    confirm->setText(QStringLiteral("revoke.example.com"));
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->findChild<QCheckBox *>(QStringLiteral("skipApproval"))->setChecked(true);
    shot(*wizard, QStringLiteral("revoke-3-confirm"));
    QSignalSpy changed(wizard, &LifecycleWizard::changed);
    QVERIFY(next(*wizard));
    QVERIFY(changed.wait(10000));
    QVERIFY2(wizard->resultPage()->text().contains(QLatin1String("Revoked")),
             qPrintable(wizard->resultPage()->text()));
    shot(*wizard, QStringLiteral("revoke-4-result"));
    // Sent in UTC as the first line of the comments, the instant the user picked.
    const QJsonObject sent = QJsonDocument::fromJson(wizard->request().toJson()).object();
    QVERIFY(!sent.contains("revocation_date"));
    QCOMPARE(sent.value("revocation_reason").toString(), QStringLiteral("keyCompromise"));
    const QString line = sent.value("comments").toString().section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(line, RevokeRequest::compromiseLine(compromised));
    QTRY_COMPARE_WITH_TIMEOUT(orderInfo(issued.id).status, QStringLiteral("revoked"), 10000);
    wizard->close();
}

QDialog *tst_OrderActions::openDialog(OrderActions &actions, const std::function<void()> &trigger) {
    QDialog *dialog = nullptr;
    connect(&actions, &OrderActions::dialogOpened, this, [&dialog](QDialog *d) { dialog = d; });
    QSignalSpy opened(&actions, &OrderActions::dialogOpened);
    trigger();
    if (!dialog)
        opened.wait(10000);
    disconnect(&actions, nullptr, this, nullptr);
    return dialog;
}

void tst_OrderActions::pendingOrderDcvNamesAndCancel() {
    // Without skip_approval the order waits for an approver: pending.
    const qint64 id = placeIssuedOrder(
        QStringLiteral("pending.example.com"),
        {QStringLiteral("a.pending.example.com"), QStringLiteral("b.pending.example.com")}, false);
    QVERIFY(id > 0);
    Order pending;
    QTRY_VERIFY_WITH_TIMEOUT((pending = orderInfo(id)).status != QLatin1String("issued") &&
                                 !pending.status.isEmpty(),
                             10000);
    OrderActions actions(m_client.get(), &m_parent);
    actions.setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}));
    actions.setOrder(&pending);
    const auto action = [&actions](const char *name) {
        return actions.menu()->findChild<QAction *>(QLatin1String(name));
    };
    QVERIFY(!action("reissueAction")->isEnabled());
    QVERIFY(action("changeDcvAction")->isEnabled());
    QVERIFY(action("editNamesAction")->isEnabled());

    // Change the DCV method: the new random value is shown.
    QDialog *dcv = openDialog(actions, [&actions] { actions.changeDcvMethod(); });
    QVERIFY(dcv);
    auto *method = dcv->findChild<QComboBox *>(QStringLiteral("dcvMethod"));
    method->setCurrentIndex(method->findData(QStringLiteral("http-token")));
    QSignalSpy dcvChanged(&actions, &OrderActions::orderChanged);
    dcv->findChild<QPushButton *>(QStringLiteral("changeDcvMethod"))->click();
    QVERIFY(dcvChanged.wait(10000));
    QVERIFY(dcv->findChild<QLabel *>(QStringLiteral("dcvMethodResult"))
                ->text()
                .contains(QLatin1String("random value")));
    shot(*dcv, QStringLiteral("pending-dcv-method"));
    dcv->close();

    // Edit names: more names than before are refused here; fewer are saved.
    QDialog *names = openDialog(actions, [&actions] { actions.editNames(); });
    QVERIFY(names);
    auto *sans = names->findChild<QPlainTextEdit *>(QStringLiteral("sans"));
    sans->setPlainText(QStringLiteral("a.pending.example.com\nb.pending.example.com\n"
                                      "c.pending.example.com"));
    names->findChild<QPushButton *>(QStringLiteral("saveNames"))->click();
    QVERIFY(names->findChild<QLabel *>(QStringLiteral("namesError"))
                ->text()
                .contains(QLatin1String("at most the 3 names")));
    sans->setPlainText(QStringLiteral("a.pending.example.com"));
    QSignalSpy edited(&actions, &OrderActions::orderChanged);
    names->findChild<QPushButton *>(QStringLiteral("saveNames"))->click();
    QVERIFY(edited.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(orderInfo(id).allNames().size(), 2, 10000);

    // Cancel with a note: the button waits for the note.
    pending = orderInfo(id);
    actions.setOrder(&pending);
    QVERIFY(action("cancelAction")->isEnabled());
    action("cancelAction")->trigger();
    QDialog *cancel = nullptr;
    QTRY_VERIFY((cancel = m_parent.findChild<QDialog *>(QStringLiteral("cancelOrderDialog"))));
    auto *confirm = cancel->findChild<QPushButton *>(QStringLiteral("cancelOrder"));
    QVERIFY(!confirm->isEnabled());
    cancel->findChild<QPlainTextEdit *>(QStringLiteral("note"))
        ->setPlainText(QStringLiteral("Ordered for the wrong host."));
    QVERIFY(confirm->isEnabled());
    shot(*cancel, QStringLiteral("pending-cancel"));
    confirm->click();
    QTRY_COMPARE_WITH_TIMEOUT(orderInfo(id).status, QStringLiteral("canceled"), 10000);
}

void tst_OrderActions::revokeACertificateFile() {
    const qint64 id = placeIssuedOrder(QStringLiteral("file.example.com"), {});
    QVERIFY(id > 0);
    Order issued;
    QTRY_COMPARE_WITH_TIMEOUT((issued = orderInfo(id)).status, QStringLiteral("issued"), 10000);
    QByteArray pem;
    QCOMPARE(
        SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(
                                QStringLiteral("certificate/%1/download/format/pem_nointermediate")
                                    .arg(issued.certificateId))),
                            TestSandbox::testKey().toUtf8(), &pem),
        200);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pem);
    file.close();
    OrderActions actions(m_client.get(), &m_parent);
    actions.setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}));
    // Not a certificate: said, nothing opens.
    QSignalSpy messages(&actions, &OrderActions::message);
    actions.revokeCertificateFile(dir.filePath(QStringLiteral("missing.pem")));
    QCOMPARE(messages.count(), 1);
    QSignalSpy opened(&actions, &OrderActions::wizardOpened);
    actions.revokeCertificateFile(path);
    QCOMPARE(opened.count(), 1);
    auto *wizard = opened.at(0).at(0).value<LifecycleWizard *>();
    auto *revoke = qobject_cast<RevokeWizard *>(wizard);
    QVERIFY(revoke);
    QCOMPARE(revoke->request().scope, RevokeRequest::Scope::SerialNumber);
    QVERIFY(!revoke->findChild<QRadioButton *>(QStringLiteral("wholeOrder"))->isEnabled());
    auto *reason = revoke->findChild<QComboBox *>(QStringLiteral("reason"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("superseded")));
    QVERIFY(next(*revoke));
    QCOMPARE(revoke->currentId(), int(RevokeWizard::ConfirmPageId));
    revoke->findChild<QLineEdit *>(QStringLiteral("confirmText"))
        ->setText(QStringLiteral("file.example.com"));
    // Through approval this time: the 201 request's date is what CertCentral reports.
    revoke->findChild<QCheckBox *>(QStringLiteral("skipApproval"))->setChecked(false);
    QSignalSpy changed(revoke, &LifecycleWizard::changed);
    QVERIFY(next(*revoke));
    QVERIFY(changed.wait(10000));
    const QString result = revoke->resultPage()->text();
    QVERIFY2(result.contains(QLatin1String("serial number")), qPrintable(result));
    QVERIFY2(result.contains(QLatin1String("waits for an administrator")), qPrintable(result));
    QVERIFY2(result.contains(QRegularExpression(QStringLiteral(
                 "CertCentral recorded it on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC"))),
             qPrintable(result));
    QCOMPARE(orderInfo(id).status, QStringLiteral("issued")); // until it is approved
    revoke->close();
}

QTEST_MAIN(tst_OrderActions)
#include "tst_orderactions.moc"
