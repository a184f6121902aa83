#include "ResultSpy.h"
#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "api/OrderEndpoints.h"
#include "security/CsrBuilder.h"
#include "security/CsrInfo.h"
#include "security/PrivateKey.h"
#include "services/OrderPlacement.h"
#include "ui/orders/wizard/OrderContactsPage.h"
#include "ui/orders/wizard/OrderDcvPage.h"
#include "ui/orders/wizard/OrderKeyPage.h"
#include "ui/orders/wizard/OrderProductPage.h"
#include "ui/orders/wizard/OrderWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QSslKey>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

// The New order wizard, offscreen, against a sandbox: a DV order with a key made here, an OV
// order for an existing organization, and each page's checks.
class tst_OrderWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void dvOrderWithAGeneratedKey();
    void ovOrderAsksForTheOrganization();
    void codeSigningWithEachProvisioningMethod_data();
    void codeSigningWithEachProvisioningMethod();
    void evOrderWithVerifiedContactsDcvEmailsAndCustomFields();
    void ovOrderWithANewOrganization();

private:
    void shot(OrderWizard &wizard, const QString &name);
    bool next(OrderWizard &wizard);
    void pickProduct(OrderWizard &wizard, const QString &product);
    int ordersWithAlternativeId(const QString &id);
    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    QTemporaryDir m_dir;
};

void tst_OrderWizard::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("20")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
}

void tst_OrderWizard::shot(OrderWizard &wizard, const QString &name) {
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(
            wizard.grab().save(dir + QStringLiteral("/wizard-") + name + QStringLiteral(".png")));
}

bool tst_OrderWizard::next(OrderWizard &wizard) {
    QAbstractButton *button = wizard.button(
        wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    if (!button->isEnabled())
        return false;
    const int before = wizard.currentId();
    button->click();
    return wizard.currentId() != before;
}

void tst_OrderWizard::pickProduct(OrderWizard &wizard, const QString &product) {
    auto *page = static_cast<OrderProductPage *>(wizard.page(OrderWizard::ProductPageId));
    QTRY_VERIFY_WITH_TIMEOUT(page->selectProduct(product), 10000);
}

int tst_OrderWizard::ordersWithAlternativeId(const QString &id) {
    QByteArray body;
    SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("order/alternate/") + id)),
                        TestSandbox::testKey().toUtf8(), &body);
    return QJsonDocument::fromJson(body)
        .object()[QLatin1String("page")][QLatin1String("total")]
        .toInt();
}

void tst_OrderWizard::dvOrderWithAGeneratedKey() {
    OrderWizard wizard(m_client.get(), RolePolicy(QStringList{QStringLiteral("admin")}));
    wizard.show();
    QCOMPARE(wizard.currentId(), int(OrderWizard::ProductPageId));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    pickProduct(wizard, QStringLiteral("ssl_dv_geotrust"));
    shot(wizard, QStringLiteral("1-product"));
    QVERIFY(next(wizard));

    // Names: bad ones are refused where they are typed, and Next stays off.
    auto *cn = wizard.findChild<QLineEdit *>(QStringLiteral("commonName"));
    auto *sans = wizard.findChild<QPlainTextEdit *>(QStringLiteral("sans"));
    auto *cnError = wizard.findChild<QLabel *>(QStringLiteral("commonNameError"));
    cn->setText(QStringLiteral("*.wizard.example"));
    QVERIFY(cnError->isVisible());
    QVERIFY(cnError->text().contains(QLatin1String("wildcard")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    cn->setText(QStringLiteral("wizard.example.com"));
    QVERIFY(cnError->isHidden());
    sans->setPlainText(QStringLiteral("192.0.2.4"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    sans->clear();
    wizard.findChild<QPushButton *>(QStringLiteral("addCompanion"))->click();
    QCOMPARE(sans->toPlainText().trimmed(), QStringLiteral("www.wizard.example.com"));
    shot(wizard, QStringLiteral("2-names"));
    QVERIFY(next(wizard));

    // Key: the passphrase is checked, the key is made off the UI thread and saved.
    auto *keyPage = static_cast<OrderKeyPage *>(wizard.page(OrderWizard::KeyPageId));
    const QString keyFile = m_dir.filePath(QStringLiteral("wizard.key"));
    wizard.findChild<QLineEdit *>(QStringLiteral("keyFile"))->setText(keyFile);
    auto *keyType = wizard.findChild<QComboBox *>(QStringLiteral("keyType"));
    keyType->setCurrentIndex(keyType->findData(QStringLiteral("ec:p256")));
    wizard.findChild<QLineEdit *>(QStringLiteral("passphrase"))
        ->setText(QStringLiteral("wizard pass 1"));
    wizard.findChild<QLineEdit *>(QStringLiteral("passphraseAgain"))
        ->setText(QStringLiteral("wizard pass 2"));
    QSignalSpy generated(keyPage, &OrderKeyPage::generated);
    keyPage->generate();
    QCOMPARE(generated.count(), 0);
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("passphraseError"))
                ->text()
                .contains(QLatin1String("differ")));
    QVERIFY(!QFile::exists(keyFile));
    wizard.findChild<QLineEdit *>(QStringLiteral("passphraseAgain"))
        ->setText(QStringLiteral("wizard pass 1"));
    keyPage->generate();
    QVERIFY(generated.wait(20000));
    QVERIFY2(generated.at(0).at(0).toBool(), qPrintable(generated.at(0).at(1).toString()));
    QVERIFY(QFile::exists(keyFile));
    shot(wizard, QStringLiteral("3-key"));
    QVERIFY(next(wizard));

    QCOMPARE(wizard.currentId(), int(OrderWizard::ValidityPageId));
    wizard.findChild<QCheckBox *>(QStringLiteral("shorterCertificates"))->setChecked(true);
    wizard.findChild<QSpinBox *>(QStringLiteral("certDays"))->setValue(90);
    QVERIFY(
        wizard.findChild<QLabel *>(QStringLiteral("resultDates"))
            ->text()
            .contains(QLocale().toString(QDate::currentDate().addDays(90), QLocale::LongFormat)));
    shot(wizard, QStringLiteral("4-validity"));
    QVERIFY(next(wizard));
    QCOMPARE(wizard.order().certValidityDays, 90);
    QCOMPARE(wizard.currentId(), int(OrderWizard::DcvPageId)); // DV: no organization page
    auto *method = wizard.findChild<QComboBox *>(QStringLiteral("dcvMethod"));
    method->setCurrentIndex(method->findData(QStringLiteral("dns-txt-token")));
    shot(wizard, QStringLiteral("6-dcv"));
    QVERIFY(next(wizard));
    // Options: a bad address is refused where it was typed.
    QCOMPARE(wizard.currentId(), int(OrderWizard::OptionsPageId));
    auto *emails = wizard.findChild<QLineEdit *>(QStringLiteral("emails"));
    emails->setText(QStringLiteral("ops@example.com, not-an-address"));
    QVERIFY(!next(wizard));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("emailsError"))
                ->text()
                .contains(QLatin1String("not-an-address")));
    emails->setText(QStringLiteral("ops@example.com"));
    auto *container = wizard.findChild<QComboBox *>(QStringLiteral("container"));
    QTRY_VERIFY_WITH_TIMEOUT(container->count() > 1, 10000);
    shot(wizard, QStringLiteral("7-options"));
    QVERIFY(next(wizard));
    QCOMPARE(wizard.order().additionalEmails, QStringList{QStringLiteral("ops@example.com")});
    QCOMPARE(wizard.currentId(), int(OrderWizard::PaymentPageId));
    QVERIFY(wizard.findChild<QRadioButton *>(QStringLiteral("payBalance"))->isChecked());
    QTRY_VERIFY(!wizard.findChild<QLabel *>(QStringLiteral("balanceInfo"))->text().isEmpty());
    shot(wizard, QStringLiteral("7-payment"));
    QVERIFY(next(wizard));

    QCOMPARE(wizard.currentId(), int(OrderWizard::ReviewPageId));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("summary"))
                ->text()
                .contains(QLatin1String("www.wizard.example.com")));
    wizard.findChild<QCheckBox *>(QStringLiteral("skipApproval"))->setChecked(true);
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), QStringLiteral("Place order"));
    wizard.findChild<QCheckBox *>(QStringLiteral("showJson"))->setChecked(true);
    QTRY_VERIFY(!wizard.findChild<QLabel *>(QStringLiteral("balance"))->text().isEmpty());
    shot(wizard, QStringLiteral("8-review"));
    QVERIFY(next(wizard));

    // Result: placed once, with the random value to publish and the key's place.
    QCOMPARE(wizard.currentId(), int(OrderWizard::ResultPageId));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.placement()->state(), OrderPlacement::State::Placed, 15000);
    const PlacedOrder placed = wizard.placement()->result();
    QVERIFY(placed.orderId > 0);
    // Where the value goes comes from the order's validation status: the base domain's TXT.
    auto *detailsLabel = wizard.findChild<QLabel *>(QStringLiteral("details"));
    QTRY_VERIFY_WITH_TIMEOUT(detailsLabel->text().contains(QLatin1String("TXT")), 10000);
    const QString details = detailsLabel->text();
    QVERIFY(details.contains(placed.dcvRandomValue));
    QVERIFY(details.contains(QLatin1String("example.com")));
    QVERIFY(details.contains(keyFile));
    QCOMPARE(ordersWithAlternativeId(wizard.placement()->alternativeOrderId()), 1);
    shot(wizard, QStringLiteral("9-result"));
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible()); // an order exists: no way back
    // The key file opens with its passphrase and belongs to the CSR that was sent.
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    PrivateKey key;
    QString error;
    QVERIFY2(PrivateKey::fromPem(file.readAll(), "wizard pass 1", &key, &error), qPrintable(error));
    CsrInfo csr;
    QVERIFY(CsrInfo::parse(wizard.order().csr, &csr, &error));
    QCOMPARE(csr.publicKeyDer, key.publicKeyDer());
    QCOMPARE(csr.subjectAltNames, (QStringList{QStringLiteral("wizard.example.com"),
                                               QStringLiteral("www.wizard.example.com")}));

    // The TXT record is "published": the order is issued, and the certificate the sandbox
    // issued carries the key made here.
    const QByteArray apiKey = TestSandbox::testKey().toUtf8();
    QCOMPARE(SandboxControl::request(
                 "POST",
                 m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/__sandbox/dcv/example.com"))),
                 apiKey, {}),
             204);
    ResultSpy<OrderDcvResult> checked(
        m_client->call(OrderEndpoints::dcv(placed.orderId, OrderDcvAction::Check)));
    QVERIFY(checked.wait(10000));
    const auto result = checked.result();
    QCOMPARE(result.orderStatus, QStringLiteral("issued"));
    QByteArray pem;
    QCOMPARE(
        SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(
                                QStringLiteral("certificate/%1/download/format/pem_nointermediate")
                                    .arg(placed.certificateId))),
                            apiKey, &pem),
        200);
    const QList<QSslCertificate> issued = QSslCertificate::fromData(pem, QSsl::Pem);
    QVERIFY(!issued.isEmpty());
    QCOMPARE(issued.first().publicKey().toDer(), key.publicKeyDer());
}

void tst_OrderWizard::ovOrderAsksForTheOrganization() {
    OrderWizard wizard(m_client.get(), RolePolicy(QStringList{QStringLiteral("user")}));
    wizard.show();
    pickProduct(wizard, QStringLiteral("ssl_basic"));
    QVERIFY(next(wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("commonName"))
        ->setText(QStringLiteral("ov.example.com"));
    QVERIFY(next(wizard));
    // A CSR of one's own, checked against the names.
    wizard.findChild<QRadioButton *>(QStringLiteral("useCsr"))->setChecked(true);
    KeySpec spec;
    QString error;
    KeySpec::parse(QStringLiteral("rsa:2048"), &spec, &error);
    PrivateKey key;
    QVERIFY(PrivateKey::generate(spec, &key, &error));
    QByteArray wrongNames;
    QVERIFY(CsrBuilder::build(key, QStringLiteral("other.example.com"), {}, &wrongNames, &error));
    auto *csrText = wizard.findChild<QPlainTextEdit *>(QStringLiteral("csrText"));
    csrText->setPlainText(QString::fromLatin1(wrongNames));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("csrProblems"))
                ->text()
                .contains(QLatin1String("other.example.com")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QByteArray right;
    QVERIFY(CsrBuilder::build(key, QStringLiteral("ov.example.com"), {}, &right, &error));
    csrText->setPlainText(QString::fromLatin1(right));
    QVERIFY(next(wizard));
    QVERIFY(next(wizard)); // validity
    QCOMPARE(wizard.currentId(), int(OrderWizard::OrganizationPageId));
    auto *organization = wizard.findChild<QComboBox *>(QStringLiteral("organization"));
    QTRY_VERIFY_WITH_TIMEOUT(organization->count() > 2, 10000);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    // A standard user may not add organizations: the button says why.
    auto *newOrganization = wizard.findChild<QPushButton *>(QStringLiteral("newOrganization"));
    QVERIFY(!newOrganization->isEnabled());
    QVERIFY(newOrganization->toolTip().contains(QLatin1String("administrators and managers")));
    organization->setCurrentIndex(organization->findData(QStringLiteral("3001")));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("organizationStatus"))
                ->text()
                .contains(QLatin1String("OV")));
    shot(wizard, QStringLiteral("5-organization"));
    QVERIFY(next(wizard));
    // OV: no verified contacts, only optional order-level contacts.
    QCOMPARE(wizard.currentId(), int(OrderWizard::ContactsPageId));
    QVERIFY(wizard.findChild<QWidget *>(QStringLiteral("verifiedBox"))->isHidden());
    QVERIFY(next(wizard));
    QVERIFY(next(wizard)); // DCV
    QVERIFY(next(wizard)); // options
    // Pay by card: a typing error is caught here; the sandbox's test card is declined.
    QCOMPARE(wizard.currentId(), int(OrderWizard::PaymentPageId));
    wizard.findChild<QRadioButton *>(QStringLiteral("payCard"))->setChecked(true);
    const auto fillCard = [&wizard](const QString &number) {
        wizard.findChild<QLineEdit *>(QStringLiteral("number"))->setText(number);
        wizard.findChild<QLineEdit *>(QStringLiteral("cvv"))->setText(QStringLiteral("123"));
        wizard.findChild<QLineEdit *>(QStringLiteral("holder"))
            ->setText(QStringLiteral("Ada Admin"));
        wizard.findChild<QLineEdit *>(QStringLiteral("address"))
            ->setText(QStringLiteral("1 Main St"));
        wizard.findChild<QLineEdit *>(QStringLiteral("city"))->setText(QStringLiteral("Lehi"));
        wizard.findChild<QLineEdit *>(QStringLiteral("state"))->setText(QStringLiteral("Utah"));
        wizard.findChild<QLineEdit *>(QStringLiteral("zip"))->setText(QStringLiteral("84043"));
        wizard.findChild<QLineEdit *>(QStringLiteral("country"))->setText(QStringLiteral("US"));
    };
    fillCard(QStringLiteral("4242 4242 4242 4243"));
    QVERIFY(!next(wizard));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("paymentError"))
                ->text()
                .contains(QLatin1String("not a valid card number")));
    fillCard(QStringLiteral("4000 0000 0000 0002"));
    shot(wizard, QStringLiteral("7-payment-card"));
    QVERIFY(next(wizard));
    // A standard user cannot skip approval; the JSON shows the card masked.
    QVERIFY(!wizard.findChild<QCheckBox *>(QStringLiteral("skipApproval"))->isEnabled());
    const QString json = wizard.findChild<QPlainTextEdit *>(QStringLiteral("json"))->toPlainText();
    QVERIFY(!json.contains(QLatin1String("4000000000000002")));
    QVERIFY(json.contains(QLatin1String("0002")));
    QVERIFY(next(wizard));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.placement()->state(), OrderPlacement::State::NotPlaced, 15000);
    QVERIFY(wizard.placement()->error().hasCode(QStringLiteral("card_declined")));
    auto *change = wizard.findChild<QPushButton *>(QStringLiteral("changeOrder"));
    QVERIFY(change->isVisible());
    QVERIFY(wizard.order().card.number.isEmpty()); // forgotten once sent
    shot(wizard, QStringLiteral("9-result-declined"));
    change->click();
    QCOMPARE(wizard.currentId(), int(OrderWizard::ReviewPageId));
    wizard.back();
    QCOMPARE(wizard.currentId(), int(OrderWizard::PaymentPageId));
    QVERIFY(wizard.findChild<QLineEdit *>(QStringLiteral("number"))->text().isEmpty());
    fillCard(QStringLiteral("4242424242424242"));
    QVERIFY(next(wizard));
    QVERIFY(next(wizard));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.placement()->state(), OrderPlacement::State::Placed, 15000);
    QCOMPARE(wizard.order().organizationId, 3001);
    QCOMPARE(wizard.placement()->attempts(), 2);
}

void tst_OrderWizard::codeSigningWithEachProvisioningMethod_data() {
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("method");
    QTest::newRow("ship_token") << "shipToken"
                                << "ship_token";
    QTest::newRow("client_app") << "clientApp"
                                << "client_app";
    QTest::newRow("email (HSM CSR)") << "hsm"
                                     << "email";
    QTest::newRow("keylocker") << "keyLocker"
                               << "keylocker";
}

void tst_OrderWizard::codeSigningWithEachProvisioningMethod() {
    QFETCH(QString, button);
    QFETCH(QString, method);
    OrderWizard wizard(m_client.get(), RolePolicy(QStringList{QStringLiteral("admin")}));
    wizard.show();
    pickProduct(wizard, QStringLiteral("code_signing"));
    QVERIFY(next(wizard));
    // No names, no key made here: where the key lives instead.
    QCOMPARE(wizard.currentId(), int(OrderWizard::ProvisioningPageId));
    wizard.findChild<QRadioButton *>(button)->setChecked(true);
    auto *error = wizard.findChild<QLabel *>(QStringLiteral("provisioningError"));
    if (method == QLatin1String("ship_token")) {
        QVERIFY(!next(wizard)); // the address is needed
        QVERIFY(error->text().contains(QLatin1String("recipient")));
        wizard.findChild<QLineEdit *>(QStringLiteral("shipName"))
            ->setText(QStringLiteral("Ada Admin"));
        wizard.findChild<QLineEdit *>(QStringLiteral("addr1"))
            ->setText(QStringLiteral("1 Main St"));
        wizard.findChild<QLineEdit *>(QStringLiteral("shipCity"))->setText(QStringLiteral("Lehi"));
        wizard.findChild<QLineEdit *>(QStringLiteral("shipState"))->setText(QStringLiteral("UT"));
        wizard.findChild<QLineEdit *>(QStringLiteral("shipZip"))->setText(QStringLiteral("84043"));
        wizard.findChild<QLineEdit *>(QStringLiteral("shipCountry"))->setText(QStringLiteral("US"));
        shot(wizard, QStringLiteral("2-provisioning"));
    } else if (method == QLatin1String("email")) {
        KeySpec spec;
        QString e;
        PrivateKey small;
        QVERIFY(KeySpec::parse(QStringLiteral("rsa:2048"), &spec, &e));
        QVERIFY(PrivateKey::generate(spec, &small, &e));
        QByteArray csr;
        QVERIFY(CsrBuilder::build(small, QStringLiteral("Example Corp"), {}, &csr, &e));
        auto *text = wizard.findChild<QPlainTextEdit *>(QStringLiteral("hsmCsr"));
        text->setPlainText(QString::fromLatin1(csr));
        QVERIFY(!next(wizard)); // RSA 2048 is too small for code signing
        QVERIFY(error->text().contains(QLatin1String("3072")));
        PrivateKey big;
        QVERIFY(KeySpec::parse(QStringLiteral("rsa:3072"), &spec, &e));
        QVERIFY(PrivateKey::generate(spec, &big, &e));
        QVERIFY(CsrBuilder::build(big, QStringLiteral("Example Corp"), {}, &csr, &e));
        text->setPlainText(QString::fromLatin1(csr));
    }
    QVERIFY(next(wizard));
    QCOMPARE(wizard.currentId(), int(OrderWizard::ValidityPageId));
    QVERIFY(!wizard.findChild<QRadioButton *>(QStringLiteral("byDays"))->isEnabled());
    QVERIFY(next(wizard));
    QCOMPARE(wizard.currentId(), int(OrderWizard::OrganizationPageId));
    auto *organization = wizard.findChild<QComboBox *>(QStringLiteral("organization"));
    QTRY_VERIFY_WITH_TIMEOUT(organization->count() > 2, 10000);
    organization->setCurrentIndex(organization->findData(QStringLiteral("3001")));
    QVERIFY(next(wizard));
    QCOMPARE(wizard.currentId(), int(OrderWizard::ContactsPageId));
    QVERIFY(wizard.findChild<QWidget *>(QStringLiteral("verifiedBox"))->isVisible());
    QVERIFY(next(wizard)); // the organization's verified contacts approve
    QCOMPARE(wizard.currentId(), int(OrderWizard::OptionsPageId)); // no DCV for code signing
    QVERIFY(next(wizard));
    QVERIFY(next(wizard)); // payment: the balance
    const QJsonObject json = QJsonDocument::fromJson(wizard.order().toJson()).object();
    QCOMPARE(json.value(QLatin1String("cs_provisioning_method")).toString(), method);
    QCOMPARE(json.contains(QLatin1String("ship_info")), method == QLatin1String("ship_token"));
    QCOMPARE(json.value(QLatin1String("certificate")).toObject().contains(QLatin1String("csr")),
             method == QLatin1String("email"));
    QVERIFY(!json.contains(QLatin1String("dcv_method")));
    QVERIFY(next(wizard));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.placement()->state(), OrderPlacement::State::Placed, 15000);
    QCOMPARE(ordersWithAlternativeId(wizard.placement()->alternativeOrderId()), 1);
    // Tokens come with an initialization code, shown once Order info has it.
    if (method == QLatin1String("ship_token") || method == QLatin1String("client_app"))
        QTRY_VERIFY_WITH_TIMEOUT(wizard.findChild<QLabel *>(QStringLiteral("details"))
                                     ->text()
                                     .contains(QLatin1String("initialization code")),
                                 10000);
}

namespace {

// A CSR for the names, from a fresh RSA 2048 key.
QByteArray csrFor(const QString &commonName, const QStringList &sans = {}) {
    KeySpec spec;
    QString error;
    KeySpec::parse(QStringLiteral("rsa:2048"), &spec, &error);
    PrivateKey key;
    PrivateKey::generate(spec, &key, &error);
    QByteArray csr;
    CsrBuilder::build(key, commonName, sans, &csr, &error);
    return csr;
}

} // namespace

void tst_OrderWizard::evOrderWithVerifiedContactsDcvEmailsAndCustomFields() {
    // The account requires a cost center on every order.
    const QUrl fields =
        m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/__sandbox/custom-fields")));
    QCOMPARE(
        SandboxControl::request("POST", fields, TestSandbox::testKey().toUtf8(),
                                R"({"metadata":[{"id":21,"label":"Cost center","is_required":true,
                     "is_active":true,"data_type":"text"},{"id":22,"label":"Change ticket",
                     "is_required":false,"is_active":true,"data_type":"int"}]})"),
        204);
    // The seeded definitions again (all optional) for the other tests, however this one ends.
    const auto restore = qScopeGuard([&fields] {
        SandboxControl::request("POST", fields, TestSandbox::testKey().toUtf8(),
                                R"({"metadata":[{"id":11,"label":"Cost center",
                                    "is_required":false,"is_active":true,"data_type":"text"}]})");
    });
    OrderWizard wizard(m_client.get(), RolePolicy(QStringList{QStringLiteral("admin")}));
    wizard.show();
    pickProduct(wizard, QStringLiteral("ssl_ev_basic"));
    QVERIFY(next(wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("commonName"))
        ->setText(QStringLiteral("ev.wizard.example"));
    wizard.findChild<QPlainTextEdit *>(QStringLiteral("sans"))
        ->setPlainText(QStringLiteral("shop.wizard.example"));
    QVERIFY(next(wizard));
    wizard.findChild<QRadioButton *>(QStringLiteral("useCsr"))->setChecked(true);
    wizard.findChild<QPlainTextEdit *>(QStringLiteral("csrText"))
        ->setPlainText(QString::fromLatin1(
            csrFor(QStringLiteral("ev.wizard.example"), {QStringLiteral("shop.wizard.example")})));
    QVERIFY(next(wizard));
    QVERIFY(next(wizard)); // validity
    auto *organization = wizard.findChild<QComboBox *>(QStringLiteral("organization"));
    QTRY_VERIFY_WITH_TIMEOUT(organization->count() > 2, 10000);
    organization->setCurrentIndex(organization->findData(QStringLiteral("3001")));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("organizationStatus"))
                ->text()
                .contains(QLatin1String("EV")));
    QVERIFY(next(wizard));

    // Contacts: the organization's verified contacts to tick, and new people.
    QCOMPARE(wizard.currentId(), int(OrderWizard::ContactsPageId));
    auto *existing = wizard.findChild<QListWidget *>(QStringLiteral("existingContacts"));
    QTRY_VERIFY_WITH_TIMEOUT(
        existing->count() > 0 && existing->item(0)->data(Qt::UserRole).toLongLong() > 0, 10000);
    existing->item(0)->setCheckState(Qt::Checked);
    const qint64 ticked = existing->item(0)->data(Qt::UserRole).toLongLong();
    auto *page = static_cast<OrderContactsPage *>(wizard.page(OrderWizard::ContactsPageId));
    OrganizationContact person;
    person.firstName = QStringLiteral("Nia");
    person.lastName = QStringLiteral("Okafor");
    person.email = QStringLiteral("nia.okafor@wizard.example");
    person.telephone = QStringLiteral("555-0142");
    page->addPersonRow(person); // no job title yet
    auto *verifiedError = wizard.findChild<QLabel *>(QStringLiteral("verifiedError"));
    QVERIFY(!next(wizard));
    QVERIFY2(verifiedError->text().contains(QLatin1String("New person 1")),
             qPrintable(verifiedError->text()));
    QVERIFY(verifiedError->text().contains(QLatin1String("Job title")));
    QCOMPARE(wizard.findChild<QTableWidget *>(QStringLiteral("newContacts"))->currentColumn(), 3);
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("newContacts"));
    table->item(0, 3)->setText(QStringLiteral("Chief Financial Officer"));
    // An order-level technical contact without an e-mail is refused on its field.
    wizard.findChild<QGroupBox *>(QStringLiteral("contactsBox"))->setChecked(true);
    wizard.findChild<QLineEdit *>(QStringLiteral("technical_contact_first_name"))
        ->setText(QStringLiteral("Tom"));
    wizard.findChild<QLineEdit *>(QStringLiteral("technical_contact_last_name"))
        ->setText(QStringLiteral("Berg"));
    QVERIFY(!next(wizard));
    QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("technical_contact_emailError"))
                 ->text()
                 .isEmpty());
    wizard.findChild<QLineEdit *>(QStringLiteral("technical_contact_email"))
        ->setText(QStringLiteral("tom.berg@wizard.example"));
    QVERIFY(!next(wizard)); // a TLS order's technical contact needs a telephone number
    QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("technical_contact_telephoneError"))
                 ->text()
                 .isEmpty());
    wizard.findChild<QLineEdit *>(QStringLiteral("technical_contact_telephone"))
        ->setText(QStringLiteral("555-0199"));
    shot(wizard, QStringLiteral("5b-contacts"));
    QVERIFY(next(wizard));
    QCOMPARE(wizard.order().verifiedContactIds, QList<qint64>{ticked});
    QCOMPARE(wizard.order().newVerifiedContacts.size(), 1);

    // DCV by e-mail: one name's mail goes to a chosen address at a parent domain.
    QCOMPARE(wizard.currentId(), int(OrderWizard::DcvPageId));
    auto *method = wizard.findChild<QComboBox *>(QStringLiteral("dcvMethod"));
    method->setCurrentIndex(method->findData(QStringLiteral("email")));
    auto *dcvPage = static_cast<OrderDcvPage *>(wizard.page(OrderWizard::DcvPageId));
    QVERIFY(wizard.findChild<QTableWidget *>(QStringLiteral("dcvEmails"))->isVisible());
    dcvPage->setDcvEmail(QStringLiteral("shop.wizard.example"),
                         QStringLiteral("admin@example.org"));
    QVERIFY(!next(wizard));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("dcvError"))
                ->text()
                .contains(QLatin1String("parent domains")));
    dcvPage->setDcvEmail(QStringLiteral("shop.wizard.example"),
                         QStringLiteral("hostmaster@wizard.example"));
    shot(wizard, QStringLiteral("6-dcv-email"));
    QVERIFY(next(wizard));
    QCOMPARE(wizard.order().dcvEmails.size(), 1);

    // Options: the account's required field is enforced, the number field checked.
    QCOMPARE(wizard.currentId(), int(OrderWizard::OptionsPageId));
    QLineEdit *cost = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (cost = wizard.findChild<QLineEdit *>(QStringLiteral("customField_21"))) != nullptr, 10000);
    auto *ticket = wizard.findChild<QLineEdit *>(QStringLiteral("customField_22"));
    QVERIFY(ticket);
    ticket->setText(QStringLiteral("CHG-1"));
    QVERIFY(!next(wizard));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("customField_21Error"))
                ->text()
                .contains(QLatin1String("required")));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("customField_22Error"))
                ->text()
                .contains(QLatin1String("whole number")));
    cost->setText(QStringLiteral("CC-7"));
    ticket->setText(QStringLiteral("4711"));
    wizard.findChild<QCheckBox *>(QStringLiteral("autoReissue"))->setChecked(true);
    shot(wizard, QStringLiteral("7-options-custom"));
    QVERIFY(next(wizard));
    QVERIFY(next(wizard)); // payment: the balance
    const QString summary = wizard.findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY(summary.contains(QLatin1String("Nia Okafor")));
    QVERIFY(summary.contains(QLatin1String("hostmaster@wizard.example")));
    shot(wizard, QStringLiteral("8-review-ev"));
    QVERIFY(next(wizard));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.placement()->state(), OrderPlacement::State::Placed, 15000);
    const QJsonObject sent = QJsonDocument::fromJson(wizard.order().toJson()).object();
    QCOMPARE(sent.value("custom_fields").toArray().size(), 2);
    QCOMPARE(sent.value("auto_reissue").toInt(), 1);
    QCOMPARE(sent.value("technical_contact").toObject().value("email").toString(),
             QStringLiteral("tom.berg@wizard.example"));
    // The new person is now one of the organization's verified contacts.
    QByteArray body;
    QCOMPARE(
        SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("organization/3001"))),
                            TestSandbox::testKey().toUtf8(), &body),
        200);
    QVERIFY(body.contains("nia.okafor@wizard.example"));
    QCOMPARE(ordersWithAlternativeId(wizard.placement()->alternativeOrderId()), 1);
}

void tst_OrderWizard::ovOrderWithANewOrganization() {
    OrderWizard wizard(m_client.get(), RolePolicy(QStringList{QStringLiteral("admin")}));
    wizard.show();
    pickProduct(wizard, QStringLiteral("ssl_basic"));
    QVERIFY(next(wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("commonName"))
        ->setText(QStringLiteral("neworg.example.com"));
    QVERIFY(next(wizard));
    wizard.findChild<QRadioButton *>(QStringLiteral("useCsr"))->setChecked(true);
    wizard.findChild<QPlainTextEdit *>(QStringLiteral("csrText"))
        ->setPlainText(QString::fromLatin1(csrFor(QStringLiteral("neworg.example.com"))));
    QVERIFY(next(wizard));
    QVERIFY(next(wizard)); // validity
    auto *organization = wizard.findChild<QComboBox *>(QStringLiteral("organization"));
    QTRY_VERIFY_WITH_TIMEOUT(organization->count() > 2, 10000);
    auto *newOrganization = wizard.findChild<QPushButton *>(QStringLiteral("newOrganization"));
    QVERIFY(newOrganization->isEnabled());
    newOrganization->click();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = wizard.findChild<QDialog *>(QStringLiteral("newOrganizationDialog"))));
    const auto set = [dialog](const char *name, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY2(edit, name);
        edit->setText(text);
    };
    set("name", QStringLiteral("Wizard Widgets Ltd"));
    set("address", QStringLiteral("5 Harbour Road"));
    set("city", QStringLiteral("Cork"));
    set("state", QStringLiteral("Munster"));
    set("zip", QStringLiteral("T12 X7Y2"));
    set("country", QStringLiteral("IE"));
    set("telephone", QStringLiteral("+353 21 555 0100"));
    set("organization_contact_first_name", QStringLiteral("Aoife"));
    set("organization_contact_last_name", QStringLiteral("Byrne"));
    set("organization_contact_email", QStringLiteral("aoife@wizardwidgets.example"));
    set("organization_contact_job_title", QStringLiteral("Director"));
    set("organization_contact_telephone", QStringLiteral("+353 21 555 0101"));
    dialog->findChild<QPushButton *>(QStringLiteral("createOrganization"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(organization->currentText(), QStringLiteral("Wizard Widgets Ltd"),
                              10000);
    shot(wizard, QStringLiteral("5-organization-new"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(next(wizard));
    const qint64 organizationId = wizard.order().organizationId;
    QVERIFY(organizationId > 0);
    QVERIFY(organizationId != 3001);
    QVERIFY(next(wizard)); // contacts
    QVERIFY(next(wizard)); // DCV
    QVERIFY(next(wizard)); // options
    QVERIFY(next(wizard)); // payment
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("summary"))
                ->text()
                .contains(QLatin1String("Wizard Widgets Ltd")));
    QVERIFY(next(wizard));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.placement()->state(), OrderPlacement::State::Placed, 15000);
    QByteArray body;
    SandboxControl::get(
        m_sandbox.baseUrl().resolved(
            QUrl(QStringLiteral("order/certificate/%1").arg(wizard.placement()->result().orderId))),
        TestSandbox::testKey().toUtf8(), &body);
    QCOMPARE(QJsonDocument::fromJson(body)
                 .object()
                 .value("organization")
                 .toObject()
                 .value("id")
                 .toInteger(),
             organizationId);
}

QTEST_MAIN(tst_OrderWizard)
#include "tst_orderwizard.moc"
