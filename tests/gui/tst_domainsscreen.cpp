#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "models/DomainsModel.h"
#include "ui/common/ErrorBanner.h"
#include "ui/domains/AddDomainDialog.h"
#include "ui/domains/DomainsScreen.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QtTest>

// The Domains page and `certdesk-cli domains list` against a sandbox.
class tst_DomainsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsEveryDomain();
    void searchAndDetails();
    void cliListsTheSameDomains();
    void dcvInstructionsAndCheck();
    void deleteAfterConfirmation();
    void submitForValidation();
    void addDomain();
    void rolesDisableActions();

private:
    TestSandbox m_sandbox;
    qint64 m_total = 0;
    std::unique_ptr<CertCentralClient> m_client;
    std::unique_ptr<DomainsScreen> m_page;
};

void tst_DomainsPage::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("300")}),
             qPrintable(m_sandbox.errorString()));
    QByteArray body;
    QCOMPARE(
        SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("domain?limit=1"))),
                            TestSandbox::testKey().toUtf8(), &body),
        200);
    m_total = QJsonDocument::fromJson(body)
                  .object()[QLatin1String("page")][QLatin1String("total")]
                  .toInteger();
    QVERIFY(m_total > 0);
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
    m_page = std::make_unique<DomainsScreen>(m_client.get());
    m_page->resize(1100, 600);
    m_page->show();
    m_page->refresh();
}

void tst_DomainsPage::loadsEveryDomain() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    QCOMPARE(m_page->model()->rowCount(), int(m_total));
    QVERIFY(!m_page->banner()->isVisible());
}

void tst_DomainsPage::searchAndDetails() {
    const Domain first = m_page->model()->domainAt(0);
    m_page->findChild<QLineEdit *>(QStringLiteral("domainSearch"))->setText(first.name);
    QTableView *table = m_page->table();
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(table->model()->rowCount() < int(m_total));
    table->selectRow(0);
    QVERIFY2(m_page->detailsText().contains(first.name.left(4)), qPrintable(m_page->detailsText()));
    QVERIFY(m_page->detailsText().contains(QLatin1String("DCV method")));
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/domains.png")));
    m_page->findChild<QLineEdit *>(QStringLiteral("domainSearch"))->clear();
}

void tst_DomainsPage::cliListsTheSameDomains() {
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_API_KEY"), TestSandbox::testKey());
    cli.setProcessEnvironment(env);
    cli.start(qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli"),
              {QStringLiteral("--api-url"), m_sandbox.baseUrl().toString(),
               QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--format"),
               QStringLiteral("json")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray domains = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    QCOMPARE(domains.size(), int(m_total));
    QVERIFY(!domains.first()[QLatin1String("name")].toString().isEmpty());
    QVERIFY(domains.first().toObject().contains(QLatin1String("ov_valid_until")));
}

void tst_DomainsPage::dcvInstructionsAndCheck() {
    // Switch one domain to DNS TXT DCV through the API, as another client might have.
    const Domain domain = m_page->model()->domainAt(0);
    const QUrl methodUrl =
        m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("domain/%1/dcv/method").arg(domain.id)));
    // By way of e-mail, so that the switch makes a token whatever the method was.
    QCOMPARE(SandboxControl::request("PUT", methodUrl, TestSandbox::testKey().toUtf8(),
                                     R"({"dcv_method":"email"})"),
             200);
    QCOMPARE(SandboxControl::request("PUT", methodUrl, TestSandbox::testKey().toUtf8(),
                                     R"({"dcv_method":"dns-txt-token"})"),
             200);
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("domainSearch"));
    search->setText(domain.name);
    int row = -1;
    for (int r = 0; r < m_page->table()->model()->rowCount(); ++r)
        if (m_page->table()->model()->index(r, 0).data().toString() == domain.name)
            row = r;
    QVERIFY(row >= 0);
    m_page->table()->selectRow(row);

    QSignalSpy shown(m_page.get(), &DomainsScreen::dcvInstructionsShown);
    m_page->findChild<QPushButton *>(QStringLiteral("dcvInstructions"))->click();
    QVERIFY(shown.wait(10000));
    const QString text = shown.first().first().toString();
    const QString value = shown.first().at(1).toString();
    QVERIFY(!value.isEmpty());
    QVERIFY2(text.contains(QLatin1String("DNS TXT record")) && text.contains(value),
             qPrintable(text));
    auto *dialog = m_page->findChild<QDialog *>(QStringLiteral("dcvInstructionsDialog"));
    QVERIFY(dialog);
    const QString shots = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/dcv-instructions.png")));
    dialog->findChild<QPushButton *>(QStringLiteral("copyRandomValue"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), value);
    dialog->close();
    // Asking again shows the same token (read from Domain info, nothing made).
    m_page->findChild<QPushButton *>(QStringLiteral("dcvInstructions"))->click();
    QVERIFY(shown.wait(10000));
    QCOMPARE(shown.last().at(1).toString(), value);
    QTRY_VERIFY(m_page->findChild<QDialog *>(QStringLiteral("dcvInstructionsDialog")));
    m_page->findChild<QDialog *>(QStringLiteral("dcvInstructionsDialog"))->close();
    // A new token (POST domain/{id}/dcv/token) replaces it.
    m_page->requestNewToken(domain.id, domain.name, QStringLiteral("dns-txt-token"), false);
    QVERIFY(shown.wait(10000));
    const QString renewed = shown.last().at(1).toString();
    QVERIFY(!renewed.isEmpty());
    QVERIFY(renewed != value);
    QTRY_VERIFY(m_page->findChild<QDialog *>(QStringLiteral("dcvInstructionsDialog")));
    m_page->findChild<QDialog *>(QStringLiteral("dcvInstructionsDialog"))->close();

    // Not placed yet: the check says so and what to do.
    QSignalSpy checked(m_page.get(), &DomainsScreen::dcvChecked);
    m_page->findChild<QPushButton *>(QStringLiteral("checkDcv"))->click();
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.first().first().toBool(), false);
    QVERIFY(checked.first().at(1).toString().contains(QLatin1String("Publish the value")));
    // Placed (the sandbox's stand-in for DNS): the check succeeds.
    QUrl placed = m_sandbox.baseUrl();
    placed.setPath(QStringLiteral("/__sandbox/dcv/") + domain.name);
    const int status = SandboxControl::request("POST", placed, {}, "{}");
    QVERIFY2(status == 200 || status == 204, qPrintable(QString::number(status)));
    m_page->findChild<QPushButton *>(QStringLiteral("checkDcv"))->click();
    QVERIFY(checked.wait(10000));
    QVERIFY2(checked.last().first().toBool(), qPrintable(checked.last().at(1).toString()));
    search->clear();
}

void tst_DomainsPage::deleteAfterConfirmation() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    const int before = m_page->model()->rowCount();
    m_page->table()->selectRow(0);
    const qint64 id =
        m_page->table()->model()->index(0, 0).data(DomainsModel::DomainIdRole).toLongLong();
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("deleteDomain"));
    QVERIFY(button->isEnabled());
    QSignalSpy deleted(m_page.get(), &DomainsScreen::domainDeleted);
    // Cancel first: nothing happens.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("stay valid")));
        box->button(QMessageBox::Cancel)->click();
    });
    button->click();
    QCOMPARE(deleted.count(), 0);
    QCOMPARE(m_page->model()->rowCount(), before);
    // Then yes.
    QTimer::singleShot(0, this, [] {
        qobject_cast<QMessageBox *>(QApplication::activeModalWidget())
            ->button(QMessageBox::Yes)
            ->click();
    });
    button->click();
    QVERIFY(deleted.wait(10000));
    QVERIFY(deleted.first().first().toBool());
    QCOMPARE(m_page->model()->rowCount(), before - 1);
    // The sandbox agrees: the domain is gone.
    QCOMPARE(
        SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("domain/%1").arg(id))),
                            TestSandbox::testKey().toUtf8()),
        404);
}

void tst_DomainsPage::submitForValidation() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    // A domain without an EV validation yet.
    QAbstractItemModel *shown = m_page->table()->model();
    int row = -1;
    qint64 id = 0;
    for (int r = 0; r < shown->rowCount() && row < 0; ++r) {
        id = shown->index(r, 0).data(DomainsModel::DomainIdRole).toLongLong();
        for (int s = 0; s < m_page->model()->rowCount(); ++s)
            if (m_page->model()->domainAt(s).id == id &&
                !m_page->model()->domainAt(s).validation(QStringLiteral("ev")))
                row = r;
    }
    QVERIFY(row >= 0);
    m_page->table()->selectRow(row);
    QSignalSpy submitted(m_page.get(), &DomainsScreen::validationSubmitted);
    m_page->submitValidation({}, QStringLiteral("email"));
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.first().first().toBool(), false); // nothing chosen, nothing sent

    QTimer::singleShot(0, this, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->findChild<QCheckBox *>(QStringLiteral("validateEv"))->setChecked(true);
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        const QString shots = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog->grab().save(shots + QStringLiteral("/submit-validation.png")));
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    m_page->findChild<QPushButton *>(QStringLiteral("submitValidation"))->click();
    QVERIFY(submitted.wait(10000));
    QVERIFY2(submitted.last().first().toBool(), qPrintable(submitted.last().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    bool found = false;
    for (int s = 0; s < m_page->model()->rowCount(); ++s) {
        const Domain &d = m_page->model()->domainAt(s);
        if (d.id == id) {
            found = true;
            QVERIFY(d.validation(QStringLiteral("ev")));
        }
    }
    QVERIFY(found);
}

void tst_DomainsPage::addDomain() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    const int before = m_page->model()->rowCount();
    QSignalSpy added(m_page.get(), &DomainsScreen::domainAdded);
    m_page->findChild<QPushButton *>(QStringLiteral("addDomain"))->click();
    auto *dialog = m_page->findChild<AddDomainDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("domainName"));
    auto *organization = dialog->findChild<QComboBox *>(QStringLiteral("domainOrganization"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addDomainButton"));
    auto *nameError = dialog->findChild<QLabel *>(QStringLiteral("nameError"));
    auto *organizationError = dialog->findChild<QLabel *>(QStringLiteral("organizationError"));
    // The organizations come from the account.
    QTRY_VERIFY_WITH_TIMEOUT(organization->isEnabled(), 10000);
    QVERIFY(organization->count() > 2);

    // Bad input is caught before anything is sent, under the field it is about.
    QTest::keyClicks(name, QStringLiteral("shop example"));
    add->click();
    QVERIFY(nameError->isVisible());
    QVERIFY2(nameError->text().contains(QLatin1String("dot")), qPrintable(nameError->text()));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("https://shop.example/"));
    add->click();
    QVERIFY(nameError->text().contains(QLatin1String("without http")));
    name->clear();
    name->setText(QStringLiteral("Neue-Bäckerei.example")); // keyClicks types ASCII only
    add->click();
    QVERIFY(organizationError->isVisible()); // the name is fine; no organization chosen
    QVERIFY(nameError->isHidden());
    QCOMPARE(added.count(), 0);

    organization->setCurrentIndex(1);
    dialog->findChild<QCheckBox *>(QStringLiteral("validateOv"))->setChecked(true);
    auto *method = dialog->findChild<QComboBox *>(QStringLiteral("dcvMethod"));
    method->setCurrentIndex(method->findData(QStringLiteral("dns-txt-token")));
    const QString shots = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(dialog->grab().save(shots + QStringLiteral("/add-domain.png")));
    add->click();
    QVERIFY(added.wait(10000));
    // IDNs are sent in punycode.
    QCOMPARE(added.first().at(1).toString(), QStringLiteral("xn--neue-bckerei-lcb.example"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    QTRY_COMPARE(m_page->model()->rowCount(), before + 1);
    QVERIFY(m_page->banner()->message().contains(QLatin1String("DCV instructions")));

    // The same name again: CertCentral refuses, the dialog stays open with what was typed.
    m_page->addDomain();
    dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<AddDomainDialog *>()) && dialog->isVisible());
    name = dialog->findChild<QLineEdit *>(QStringLiteral("domainName"));
    organization = dialog->findChild<QComboBox *>(QStringLiteral("domainOrganization"));
    QTRY_VERIFY_WITH_TIMEOUT(organization->isEnabled(), 10000);
    organization->setCurrentIndex(1);
    QTest::keyClicks(name, QStringLiteral("xn--neue-bckerei-lcb.example"));
    nameError = dialog->findChild<QLabel *>(QStringLiteral("nameError"));
    dialog->findChild<QPushButton *>(QStringLiteral("addDomainButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(nameError->isVisible(), 10000);
    QVERIFY2(nameError->text().contains(QLatin1String("already in this account")),
             qPrintable(nameError->text()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), QStringLiteral("xn--neue-bckerei-lcb.example"));
    QCOMPARE(added.count(), 1);
    dialog->reject();
}

void tst_DomainsPage::rolesDisableActions() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    m_page->table()->selectRow(0);
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("addDomain"));
    auto *submit = m_page->findChild<QPushButton *>(QStringLiteral("submitValidation"));
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("deleteDomain"));
    QVERIFY(add->isEnabled() && submit->isEnabled() && remove->isEnabled());

    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("manager")}));
    QVERIFY(add->isEnabled());
    QVERIFY(submit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(remove->toolTip().contains(QLatin1String("Only administrators")));

    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}, true));
    QVERIFY(!add->isEnabled());
    QVERIFY(!submit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(add->toolTip().contains(QLatin1String("View Only")));
    // Reading stays possible.
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("dcvInstructions"))->isEnabled());

    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}));
    QVERIFY(remove->isEnabled());
}

QTEST_MAIN(tst_DomainsPage)
#include "tst_domainsscreen.moc"
