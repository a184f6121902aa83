#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "models/VerifiedContactsModel.h"
#include "ui/common/ErrorBanner.h"
#include "ui/organizations/AddVerifiedContactsDialog.h"
#include "ui/organizations/VerifiedContactsScreen.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

// The Verified contacts page against a sandbox: the picker, the list, adding contacts (31
// refused before sending) and certdesk-cli contacts list.
class tst_VerifiedContactsPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTheContactsOfTheChosenOrganization();
    void thirtyOneAreRefusedLocally();
    void missingJobTitleIsMarked();
    void pasteFromASpreadsheet();
    void addTwo();
    void cliListsContacts();

private:
    QJsonArray contactsOf(qint64 organizationId);
    static NewVerifiedContact person(int i);

    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    std::unique_ptr<VerifiedContactsScreen> m_page;
};

NewVerifiedContact tst_VerifiedContactsPage::person(int i) {
    NewVerifiedContact c;
    c.contact.firstName = QStringLiteral("Person%1").arg(i);
    c.contact.lastName = QStringLiteral("Tester");
    c.contact.email = QStringLiteral("person%1@example.com").arg(i);
    c.contact.jobTitle = QStringLiteral("Director");
    c.contact.telephone = QStringLiteral("+1 555 01%1").arg(i, 2, 10, QLatin1Char('0'));
    return c;
}

QJsonArray tst_VerifiedContactsPage::contactsOf(qint64 organizationId) {
    QByteArray body;
    const QUrl url =
        m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("organization/%1").arg(organizationId)));
    if (SandboxControl::get(url, TestSandbox::testKey().toUtf8(), &body) != 200)
        return {};
    return QJsonDocument::fromJson(body).object()[QLatin1String("verified_contacts")].toArray();
}

void tst_VerifiedContactsPage::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("50")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
    m_page = std::make_unique<VerifiedContactsScreen>(m_client.get());
    m_page->resize(1160, 600);
    m_page->show();
    QSignalSpy loaded(m_page.get(), &VerifiedContactsScreen::organizationsLoaded);
    m_page->refresh();
    QVERIFY(loaded.wait(15000));
}

void tst_VerifiedContactsPage::listsTheContactsOfTheChosenOrganization() {
    QVERIFY(m_page->organizationPicker()->count() >= 30);
    // An organization that has verified contacts (even indexes have EV).
    qint64 withContacts = 0;
    for (qint64 id = 3001; id <= 3030 && !withContacts; ++id)
        if (!contactsOf(id).isEmpty())
            withContacts = id;
    QVERIFY(withContacts > 0);
    const QJsonArray expected = contactsOf(withContacts);
    QSignalSpy loaded(m_page.get(), &VerifiedContactsScreen::contactsLoaded);
    QVERIFY(m_page->setOrganization(withContacts));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.last().first().toLongLong(), withContacts);
    QCOMPARE(m_page->model()->rowCount(), int(expected.size()));
    QCOMPARE(m_page->model()->index(0, VerifiedContactsModel::EmailColumn).data().toString(),
             expected[0][QLatin1String("email")].toString());
    QVERIFY(!m_page->model()
                 ->index(0, VerifiedContactsModel::ValidationsColumn)
                 .data()
                 .toString()
                 .isEmpty());
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_page->grab().save(dir + QStringLiteral("/verified-contacts.png")));
    // A role that may not add sees why.
    auto *add = m_page->findChild<QPushButton *>(QStringLiteral("addVerifiedContacts"));
    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("finance_manager")}));
    QVERIFY(!add->isEnabled());
    QVERIFY(add->toolTip().contains(QLatin1String("administrators and managers")));
    m_page->setRolePolicy(RolePolicy(QStringList{QStringLiteral("manager")}));
    QVERIFY(add->isEnabled());
}

void tst_VerifiedContactsPage::thirtyOneAreRefusedLocally() {
    QVERIFY(m_page->setOrganization(3003));
    const int before = int(contactsOf(3003).size());
    AddVerifiedContactsDialog *dialog = m_page->showAddDialog();
    QVERIFY(dialog);
    // Add row stops at 30.
    while (dialog->addRowButton()->isEnabled())
        dialog->addRowButton()->click();
    QCOMPARE(dialog->rowCount(), 30);
    QVERIFY(dialog->addRowButton()->toolTip().contains(QLatin1String("At most 30")));
    // 31 pasted rows are kept, and refused on submit with the count.
    QList<NewVerifiedContact> many;
    for (int i = 0; i < 31; ++i)
        many << person(i);
    dialog->setContacts(many);
    QCOMPARE(dialog->rowCount(), 31);
    dialog->submit();
    QCOMPARE(dialog->errorText(),
             QStringLiteral("At most 30 new verified contacts can be added in one request; you "
                            "entered 31."));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->contacts().size(), 31); // nothing typed was lost
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/add-verified-contacts-31.png")));
    // Nothing reached the sandbox.
    QCOMPARE(int(contactsOf(3003).size()), before);
    dialog->reject();
}

void tst_VerifiedContactsPage::missingJobTitleIsMarked() {
    QVERIFY(m_page->setOrganization(3003));
    AddVerifiedContactsDialog *dialog = m_page->showAddDialog();
    NewVerifiedContact noJob = person(1);
    noJob.contact.jobTitle.clear();
    dialog->setContacts({person(0), noJob});
    dialog->submit();
    QVERIFY2(dialog->errorText().contains(QLatin1String("Row 2, Job title: Required.")),
             qPrintable(dialog->errorText()));
    QTableWidgetItem *cell = dialog->table()->item(1, 3);
    QCOMPARE(cell->toolTip(), QStringLiteral("Required."));
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void tst_VerifiedContactsPage::addTwo() {
    QVERIFY(m_page->setOrganization(3003));
    const int before = int(contactsOf(3003).size());
    AddVerifiedContactsDialog *dialog = m_page->showAddDialog();
    NewVerifiedContact cs = person(41);
    cs.validationTypes = {QStringLiteral("ev"), QStringLiteral("cs")};
    dialog->setContacts({person(40), cs});
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/add-verified-contacts.png")));
    QSignalSpy added(m_page.get(), &VerifiedContactsScreen::contactsAdded);
    QSignalSpy loaded(m_page.get(), &VerifiedContactsScreen::contactsLoaded);
    dialog->findChild<QPushButton *>(QStringLiteral("submitContacts"))->click();
    QVERIFY(added.wait(10000));
    QVERIFY2(added.first().at(1).toString().contains(QLatin1String("2 verified contact")),
             qPrintable(added.first().at(1).toString()));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_page->model()->rowCount(), before + 2);
    const QJsonArray after = contactsOf(3003);
    QCOMPARE(int(after.size()), before + 2);
    const QJsonObject last = after.last().toObject();
    QCOMPARE(last[QLatin1String("email")].toString(), QStringLiteral("person41@example.com"));
    QCOMPARE(last[QLatin1String("validations")].toArray().size(), 2);
    QCOMPARE(last[QLatin1String("validations")][0][QLatin1String("status")].toString(),
             QStringLiteral("pending"));
}

void tst_VerifiedContactsPage::cliListsContacts() {
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CERTDESK_API_KEY"), TestSandbox::testKey());
    cli.setProcessEnvironment(env);
    const QString program =
        qEnvironmentVariable("CERTDESK_BIN_DIR") + QStringLiteral("/certdesk-cli");
    const QStringList common = {QStringLiteral("--api-url"), m_sandbox.baseUrl().toString()};
    cli.start(program,
              common + QStringList{QStringLiteral("contacts"), QStringLiteral("list"),
                                   QStringLiteral("--organization"), QStringLiteral("3003"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray contacts = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    QCOMPARE(contacts.size(), contactsOf(3003).size());
    QCOMPARE(contacts.last()[QLatin1String("email")].toString(),
             QStringLiteral("person41@example.com"));
    QStringList types;
    for (const QJsonValue &v : contacts.last()[QLatin1String("validations")].toArray())
        types << v[QLatin1String("type")].toString();
    types.sort();
    QCOMPARE(types, (QStringList{QStringLiteral("cs"), QStringLiteral("ev")}));
    // Without --organization: usage (2); an organization that does not exist: API error (3).
    cli.start(program, common + QStringList{QStringLiteral("contacts"), QStringLiteral("list")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(cli.readAllStandardError().contains("--organization"));
    cli.start(program,
              common + QStringList{QStringLiteral("contacts"), QStringLiteral("list"),
                                   QStringLiteral("--organization"), QStringLiteral("9999")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 3);
    QVERIFY(cli.readAllStandardError().contains("not_found"));
}

void tst_VerifiedContactsPage::pasteFromASpreadsheet() {
    QVERIFY(m_page->setOrganization(3003));
    AddVerifiedContactsDialog *dialog = m_page->showAddDialog();
    QVERIFY(dialog);
    // A heading row and two people, as a spreadsheet copies them; the heading is left out and
    // the banner says so.
    QGuiApplication::clipboard()->setText(
        QStringLiteral("First name\tLast name\tE-mail\tJob title\tTelephone\n"
                       "Ann\tSmith\tann@example.com\tCTO\t+1 801 555 0100\n"
                       "Ben\tJones, Jr.\tben@example.com\tCFO\t801-555-0101\n"));
    auto *paste = dialog->findChild<QPushButton *>(QStringLiteral("pasteContactRows"));
    QVERIFY(paste);
    paste->click();
    const QList<NewVerifiedContact> rows = dialog->contacts();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).contact.email, QStringLiteral("ann@example.com"));
    QCOMPARE(rows.at(1).contact.lastName, QStringLiteral("Jones, Jr."));
    QCOMPARE(rows.at(1).contact.jobTitle, QStringLiteral("CFO"));
    QVERIFY(dialog->banner()->isVisibleTo(dialog));
    QVERIFY2(dialog->banner()->message().contains(QLatin1String("headings")),
             qPrintable(dialog->banner()->message()));
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/add-verified-contacts-paste.png")));
    // Pasting again adds to what is there.
    paste->click();
    QCOMPARE(dialog->contacts().size(), 4);
    dialog->reject();
}

QTEST_MAIN(tst_VerifiedContactsPage)
#include "tst_verifiedcontactsscreen.moc"
