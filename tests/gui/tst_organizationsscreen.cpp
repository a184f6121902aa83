#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "models/OrganizationsModel.h"
#include "ui/common/ErrorBanner.h"
#include "ui/organizations/NewOrganizationDialog.h"
#include "ui/organizations/OrganizationContactsDialog.h"
#include "ui/organizations/OrganizationsScreen.h"
#include "ui/organizations/SubmitOrganizationDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>
#include <QtTest>

// The Organizations page against a sandbox: list with contacts, create (with and without
// validations), submit, change contacts, delete refused and done; certdesk-cli organizations.
class tst_OrganizationsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsEveryOrganizationWithContacts();
    void rolesDisableWhatTheyMayNot();
    void createRefusedLocallyKeepsWhatWasTyped();
    void createWithoutValidations();
    void createWithEvValidation();
    void submitForValidation();
    void changeContacts();
    void deleteRefused_data();
    void deleteRefused();
    void deleteAfterConfirmation();
    void cliListsOrganizations();

private:
    QJsonObject get(const QString &path);
    void fillRequired(NewOrganizationDialog *dialog, const QString &name);
    void shot(QWidget *widget, const QString &name);

    TestSandbox m_sandbox;
    qint64 m_total = 0;
    qint64 m_created = 0;
    std::unique_ptr<CertCentralClient> m_client;
    std::unique_ptr<OrganizationsScreen> m_page;
};

QJsonObject tst_OrganizationsPage::get(const QString &path) {
    QByteArray body;
    const int status = SandboxControl::get(m_sandbox.baseUrl().resolved(QUrl(path)),
                                           TestSandbox::testKey().toUtf8(), &body);
    return status == 200 ? QJsonDocument::fromJson(body).object() : QJsonObject();
}

void tst_OrganizationsPage::shot(QWidget *widget, const QString &name) {
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

void tst_OrganizationsPage::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("300")}),
             qPrintable(m_sandbox.errorString()));
    m_total =
        get(QStringLiteral("organization?limit=1"))[QLatin1String("page")][QLatin1String("total")]
            .toInteger();
    QVERIFY(m_total >= 30);
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
    m_page = std::make_unique<OrganizationsScreen>(m_client.get());
    m_page->resize(1160, 700);
    m_page->show();
    m_page->refresh();
}

void tst_OrganizationsPage::loadsEveryOrganizationWithContacts() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    QCOMPARE(m_page->model()->rowCount(), int(m_total));
    QVERIFY(!m_page->banner()->isVisible());
    // Organization info fills in the contact columns.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->pendingDetails(), 0, 20000);
    const int row = m_page->model()->rowOfOrganization(3001);
    QVERIFY(row >= 0);
    const QJsonObject info = get(QStringLiteral("organization/3001"));
    const QString contactName =
        info[QLatin1String("organization_contact")][QLatin1String("first_name")].toString();
    QVERIFY(!contactName.isEmpty());
    QVERIFY(m_page->model()
                ->index(row, OrganizationsModel::OrganizationContactColumn)
                .data()
                .toString()
                .startsWith(contactName));
    QVERIFY(!m_page->model()->index(row, OrganizationsModel::OvColumn).data().toString().isEmpty());
    // Search, then the details of the one found.
    auto *search = m_page->findChild<QLineEdit *>(QStringLiteral("organizationSearch"));
    search->setText(info[QLatin1String("name")].toString());
    QVERIFY(m_page->table()->model()->rowCount() >= 1);
    QVERIFY(m_page->table()->model()->rowCount() < int(m_total));
    m_page->table()->selectRow(0);
    QVERIFY2(m_page->detailsText().contains(QLatin1String("Organization contact")),
             qPrintable(m_page->detailsText()));
    QVERIFY(m_page->detailsText().contains(contactName));
    shot(m_page.get(), QStringLiteral("organizations.png"));
    search->clear();
}

void tst_OrganizationsPage::rolesDisableWhatTheyMayNot() {
    m_page->selectOrganization(3002);
    auto *create = m_page->findChild<QPushButton *>(QStringLiteral("createOrganization"));
    auto *remove = m_page->findChild<QPushButton *>(QStringLiteral("deleteOrganization"));
    auto *submit = m_page->findChild<QPushButton *>(QStringLiteral("submitOrganization"));
    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("manager")}));
    QVERIFY(create->isEnabled());
    QVERIFY(submit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(remove->toolTip().contains(QLatin1String("administrators")));
    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("user")}));
    QVERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(QLatin1String("administrators and managers")));
    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}));
    QVERIFY(create->isEnabled());
    QVERIFY(remove->isEnabled());
}

void tst_OrganizationsPage::fillRequired(NewOrganizationDialog *dialog, const QString &name) {
    auto set = [dialog](const char *field, const QString &text) {
        QLineEdit *edit = dialog->field(QLatin1String(field));
        QVERIFY2(edit, field);
        edit->setText(text);
    };
    set("name", name);
    set("address", QStringLiteral("1 Quay Street"));
    set("city", QStringLiteral("Dublin"));
    set("state", QStringLiteral("Leinster"));
    set("zip", QStringLiteral("D02 X285"));
    set("country", QStringLiteral("IE"));
    set("telephone", QStringLiteral("+353 1 555 0100"));
    set("organization_contact.first_name", QStringLiteral("Aoife"));
    set("organization_contact.last_name", QStringLiteral("Byrne"));
    set("organization_contact.email", QStringLiteral("aoife@fabrikam.example"));
}

void tst_OrganizationsPage::createRefusedLocallyKeepsWhatWasTyped() {
    NewOrganizationDialog *dialog = m_page->showCreateDialog();
    QVERIFY(dialog);
    QSignalSpy refused(dialog, &NewOrganizationDialog::refused);
    fillRequired(dialog, QStringLiteral("Fabrikam Local Checks Ltd"));
    dialog->field(QStringLiteral("country"))->setText(QStringLiteral("IRL"));
    dialog->field(QStringLiteral("organization_contact.email"))->clear();
    dialog->setValidationChecked(QStringLiteral("ev"), true); // and no verified contact
    dialog->findChild<QPushButton *>(QStringLiteral("createOrganization"))->click();
    QCOMPARE(refused.count(), 1);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText(QStringLiteral("country")).contains(QLatin1String("Two letters")),
             qPrintable(dialog->errorText(QStringLiteral("country"))));
    QCOMPARE(dialog->errorText(QStringLiteral("organization_contact.email")),
             QStringLiteral("Required."));
    QVERIFY(dialog->errorText(QStringLiteral("validations"))
                .contains(QLatin1String("verified contact")));
    QVERIFY(dialog->errorText(QStringLiteral("name")).isEmpty());
    // Nothing typed was lost.
    QCOMPARE(dialog->field(QStringLiteral("country"))->text(), QStringLiteral("IRL"));
    QCOMPARE(dialog->field(QStringLiteral("name"))->text(),
             QStringLiteral("Fabrikam Local Checks Ltd"));
    shot(dialog, QStringLiteral("create-organization-errors.png"));
    // Nothing was sent: the sandbox does not know it.
    QCOMPARE(get(QStringLiteral("organization?filters[search]=Local%20Checks"))[QLatin1String(
                 "page")][QLatin1String("total")]
                 .toInteger(),
             0);
    dialog->reject();
}

void tst_OrganizationsPage::createWithoutValidations() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    NewOrganizationDialog *dialog = m_page->showCreateDialog();
    fillRequired(dialog, QStringLiteral("Fabrikam Ireland Ltd"));
    dialog->field(QStringLiteral("technical_contact.first_name"))->setText(QStringLiteral("Tom"));
    dialog->field(QStringLiteral("technical_contact.last_name"))->setText(QStringLiteral("Tech"));
    dialog->field(QStringLiteral("technical_contact.email"))
        ->setText(QStringLiteral("tom@fabrikam.example"));
    QSignalSpy created(m_page.get(), &OrganizationsScreen::organizationCreated);
    QSignalSpy loaded(m_page.get(), &OrganizationsScreen::loaded);
    dialog->submit();
    QVERIFY(created.wait(10000));
    m_created = created.first().first().toLongLong();
    QVERIFY(m_created > 0);
    QVERIFY(loaded.wait(10000)); // the page reloads
    QCOMPARE(m_page->model()->rowCount(), int(m_total) + 1);
    QVERIFY(
        m_page->banner()->message().contains(QLatin1String("Fabrikam Ireland Ltd was created")));
    const QJsonObject info = get(QStringLiteral("organization/%1").arg(m_created));
    QCOMPARE(info[QLatin1String("country")].toString(), QStringLiteral("ie"));
    QCOMPARE(info[QLatin1String("technical_contact")][QLatin1String("email")].toString(),
             QStringLiteral("tom@fabrikam.example"));
    QVERIFY(info[QLatin1String("validations")].toArray().isEmpty());
}

void tst_OrganizationsPage::createWithEvValidation() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    NewOrganizationDialog *dialog = m_page->showCreateDialog();
    fillRequired(dialog, QStringLiteral("Northwind Traders AG"));
    dialog->field(QStringLiteral("country"))->setText(QStringLiteral("ch"));
    dialog->setValidationChecked(QStringLiteral("ov"), true);
    dialog->setValidationChecked(QStringLiteral("ev"), true);
    dialog->field(QStringLiteral("contacts[0].first_name"))->setText(QStringLiteral("Vera"));
    dialog->field(QStringLiteral("contacts[0].last_name"))->setText(QStringLiteral("Keller"));
    dialog->field(QStringLiteral("contacts[0].email"))->setText(QStringLiteral("vera@nw.example"));
    dialog->field(QStringLiteral("contacts[0].job_title"))->setText(QStringLiteral("CEO"));
    dialog->field(QStringLiteral("contacts[0].telephone"))->setText(QStringLiteral("+41 44 1"));
    shot(dialog, QStringLiteral("create-organization.png"));
    QSignalSpy created(m_page.get(), &OrganizationsScreen::organizationCreated);
    dialog->submit();
    QVERIFY(created.wait(10000));
    const qint64 id = created.first().first().toLongLong();
    const QJsonObject info = get(QStringLiteral("organization/%1").arg(id));
    QStringList types;
    for (const QJsonValue &v : info[QLatin1String("validations")].toArray())
        types << v[QLatin1String("type")].toString();
    QCOMPARE(types, (QStringList{QStringLiteral("ov"), QStringLiteral("ev")}));
    QCOMPARE(info[QLatin1String("verified_contacts")].toArray().size(), 1);
    QCOMPARE(info[QLatin1String("verified_contacts")][0][QLatin1String("job_title")].toString(),
             QStringLiteral("CEO"));
    // The same name again: CertCentral refuses a duplicate; the dialog stays open with it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    NewOrganizationDialog *again = m_page->showCreateDialog();
    fillRequired(again, QStringLiteral("Northwind Traders AG"));
    QSignalSpy refused(again, &NewOrganizationDialog::refused);
    again->submit();
    QVERIFY(refused.wait(10000));
    QVERIFY(again->isVisible());
    QVERIFY2(again->banner()->code().contains(QLatin1String("duplicate_organization")),
             qPrintable(again->banner()->code()));
    QVERIFY(again->findChild<QWidget *>(QStringLiteral("skipDuplicateCheck"))->isVisibleTo(again));
    QCOMPARE(again->field(QStringLiteral("city"))->text(), QStringLiteral("Dublin"));
    again->reject();
}

void tst_OrganizationsPage::submitForValidation() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    QVERIFY(m_page->selectOrganization(m_created));
    SubmitOrganizationDialog *dialog = m_page->showSubmitDialog();
    QVERIFY(dialog);
    QSignalSpy approvers(dialog, &SubmitOrganizationDialog::approversLoaded);
    QVERIFY(approvers.wait(10000));
    QCOMPARE(dialog->approverCount(), 0); // created without verified contacts
    // EV needs a verified contact: refused here, nothing sent.
    dialog->setValidationChecked(QStringLiteral("ev"), true);
    dialog->submit();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->validationsError().contains(QLatin1String("verified contact")),
             qPrintable(dialog->validationsError()));
    dialog->setValidationChecked(QStringLiteral("ev"), false);
    dialog->setValidationChecked(QStringLiteral("ov"), true);
    shot(dialog, QStringLiteral("submit-organization.png"));
    QSignalSpy submitted(m_page.get(), &OrganizationsScreen::validationSubmitted);
    dialog->submit();
    QVERIFY(submitted.wait(10000));
    QVERIFY(submitted.first().first().toBool());
    const QJsonArray validations = get(QStringLiteral("organization/%1/validation")
                                           .arg(m_created))[QLatin1String("validations")]
                                       .toArray();
    QCOMPARE(validations.size(), 1);
    QCOMPARE(validations[0][QLatin1String("type")].toString(), QStringLiteral("ov"));
    QCOMPARE(validations[0][QLatin1String("status")].toString(), QStringLiteral("pending"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    const int row = m_page->model()->rowOfOrganization(m_created);
    QCOMPARE(m_page->model()->index(row, OrganizationsModel::OvColumn).data().toString(),
             QStringLiteral("Pending"));
}

void tst_OrganizationsPage::changeContacts() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    QVERIFY(m_page->selectOrganization(m_created));
    OrganizationContactsDialog *dialog = m_page->showContactsDialog();
    QVERIFY(dialog);
    if (!dialog->isLoaded()) {
        QSignalSpy loaded(dialog, &OrganizationContactsDialog::loaded);
        QVERIFY(loaded.wait(10000));
    }
    QCOMPARE(dialog->field(QStringLiteral("technical_contact.email"))->text(),
             QStringLiteral("tom@fabrikam.example"));
    // A bad e-mail is caught here and stays as typed.
    dialog->field(QStringLiteral("organization_contact.email"))->setText(QStringLiteral("aoife"));
    dialog->submit();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorText(QStringLiteral("organization_contact.email")).isEmpty());
    QCOMPARE(dialog->field(QStringLiteral("organization_contact.email"))->text(),
             QStringLiteral("aoife"));
    dialog->field(QStringLiteral("organization_contact.email"))
        ->setText(QStringLiteral("aoife@fabrikam.example"));
    dialog->field(QStringLiteral("organization_contact.job_title"))
        ->setText(QStringLiteral("Company Secretary"));
    // Emptying the technical contact removes it.
    for (const char *f :
         {"first_name", "last_name", "email", "job_title", "telephone", "telephone_extension"})
        dialog->field(QStringLiteral("technical_contact.") + QLatin1String(f))->clear();
    shot(dialog, QStringLiteral("organization-contacts.png"));
    QSignalSpy changed(m_page.get(), &OrganizationsScreen::contactsChanged);
    dialog->submit();
    QVERIFY(changed.wait(10000));
    QVERIFY(changed.first().first().toBool());
    const QJsonObject info = get(QStringLiteral("organization/%1").arg(m_created));
    QCOMPARE(info[QLatin1String("organization_contact")][QLatin1String("job_title")].toString(),
             QStringLiteral("Company Secretary"));
    QVERIFY(!info.contains(QLatin1String("technical_contact")));
    const int row = m_page->model()->rowOfOrganization(m_created);
    QVERIFY(m_page->model()
                ->index(row, OrganizationsModel::TechnicalContactColumn)
                .data()
                .toString()
                .isEmpty());
}

void tst_OrganizationsPage::deleteRefused_data() {
    QTest::addColumn<qint64>("organizationId");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("sentence");
    // An organization with a pending order.
    const QJsonObject pending =
        get(QStringLiteral("order/certificate?filters[status]=pending&limit=1000"));
    qint64 inUse = 0;
    for (const QJsonValue &order : pending[QLatin1String("orders")].toArray()) {
        const qint64 id = order[QLatin1String("organization")][QLatin1String("id")].toInteger();
        if (id > 3001) {
            inUse = id;
            break;
        }
    }
    QVERIFY(inUse > 0);
    QTest::newRow("in use") << inUse << QStringLiteral("organization_in_use")
                            << QStringLiteral("has pending orders");
    QTest::newRow("protected") << qint64(3001) << QStringLiteral("organization_protected")
                               << QStringLiteral("first organization");
}

void tst_OrganizationsPage::deleteRefused() {
    QFETCH(qint64, organizationId);
    QFETCH(QString, code);
    QFETCH(QString, sentence);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    QVERIFY(m_page->selectOrganization(organizationId));
    QSignalSpy deleted(m_page.get(), &OrganizationsScreen::organizationDeleted);
    m_page->deleteSelected(false);
    QVERIFY(deleted.wait(10000));
    QCOMPARE(deleted.first().first().toBool(), false);
    const QString message = m_page->banner()->message();
    QCOMPARE(message, deleted.first().at(1).toString());
    QVERIFY2(message.contains(sentence), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("CertCentral says:")), qPrintable(message));
    QVERIFY(m_page->banner()->code().contains(code));
    QVERIFY(m_page->banner()->isVisible());
    QVERIFY(m_page->model()->rowOfOrganization(organizationId) >= 0); // still listed
    if (code == QLatin1String("organization_in_use"))
        shot(m_page.get(), QStringLiteral("organization-delete-refused.png"));
}

void tst_OrganizationsPage::deleteAfterConfirmation() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 15000);
    QVERIFY(m_page->selectOrganization(m_created));
    const int before = m_page->model()->rowCount();
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("deleteOrganization"));
    QVERIFY(button->isEnabled());
    QSignalSpy deleted(m_page.get(), &OrganizationsScreen::organizationDeleted);
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(QLatin1String("domains are deleted")));
        box->button(QMessageBox::Cancel)->click();
    });
    button->click();
    QCOMPARE(deleted.count(), 0);
    QTimer::singleShot(0, this, [] {
        qobject_cast<QMessageBox *>(QApplication::activeModalWidget())
            ->button(QMessageBox::Yes)
            ->click();
    });
    button->click();
    QVERIFY(deleted.wait(10000));
    QVERIFY2(deleted.first().first().toBool(), qPrintable(deleted.first().at(1).toString()));
    QCOMPARE(m_page->model()->rowCount(), before - 1);
    QCOMPARE(SandboxControl::get(m_sandbox.baseUrl().resolved(
                                     QUrl(QStringLiteral("organization/%1").arg(m_created))),
                                 TestSandbox::testKey().toUtf8()),
             404);
}

void tst_OrganizationsPage::cliListsOrganizations() {
    const qint64 now =
        get(QStringLiteral("organization?limit=1"))[QLatin1String("page")][QLatin1String("total")]
            .toInteger();
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_API_KEY"), TestSandbox::testKey());
    cli.setProcessEnvironment(env);
    const QString program =
        qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli");
    const QStringList common = {QStringLiteral("--api-url"), m_sandbox.baseUrl().toString()};
    cli.start(program, common + QStringList{QStringLiteral("organizations"), QStringLiteral("list"),
                                            QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray organizations = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    QCOMPARE(organizations.size(), int(now));
    QCOMPARE(organizations.first()[QLatin1String("organization_id")].toInteger(), 3001);
    QVERIFY(!organizations.first()[QLatin1String("name")].toString().isEmpty());
    QVERIFY(organizations.first()[QLatin1String("validations")].toArray().size() >= 1);

    // A search narrows it; a bad format is a usage error (2).
    const QString name = organizations.at(4)[QLatin1String("name")].toString();
    cli.start(program, common + QStringList{QStringLiteral("organizations"), QStringLiteral("list"),
                                            QStringLiteral("--search"), name,
                                            QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(cli.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines.first().startsWith(QLatin1String("organization_id,name")));
    QVERIFY(lines.size() < organizations.size());
    cli.start(program, common + QStringList{QStringLiteral("organizations"), QStringLiteral("list"),
                                            QStringLiteral("--format"), QStringLiteral("xml")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 2);
}

QTEST_MAIN(tst_OrganizationsPage)
#include "tst_organizationsscreen.moc"
