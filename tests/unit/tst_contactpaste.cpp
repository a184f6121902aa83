#include "core/ContactPaste.h"

#include <QtTest>

// Rows pasted into the "Add verified contacts" dialog, as spreadsheets and CSV files give them.
class tst_ContactPaste : public QObject {
    Q_OBJECT
private slots:
    void tabSeparated();
    void commaSeparatedWithQuotes();
    void headingRowIsLeftOut_data();
    void headingRowIsLeftOut();
    void blankRowsAndShortRows();
    void tooManyRowsAreCounted();
    void emptyClipboard();
};

void tst_ContactPaste::tabSeparated() {
    const ContactPaste p = ContactPaste::parse(
        QStringLiteral("Ann\tSmith\tann@example.com\tCTO\t+1 801 555 0100\t12\textra\r\n"
                       " Ben \t Jones\tben@example.com\tCFO\t801-555-0101\n"));
    QCOMPARE(p.contacts.size(), 2);
    const OrganizationContact &ann = p.contacts.at(0).contact;
    QCOMPARE(ann.firstName, QStringLiteral("Ann"));
    QCOMPARE(ann.lastName, QStringLiteral("Smith"));
    QCOMPARE(ann.email, QStringLiteral("ann@example.com"));
    QCOMPARE(ann.jobTitle, QStringLiteral("CTO"));
    QCOMPARE(ann.telephone, QStringLiteral("+1 801 555 0100"));
    QCOMPARE(ann.telephoneExtension, QStringLiteral("12")); // the seventh cell is ignored
    QCOMPARE(p.contacts.at(1).contact.firstName, QStringLiteral("Ben")); // trimmed
    QCOMPARE(p.contacts.at(1).contact.telephoneExtension, QString());
    QVERIFY(p.note().isEmpty());
}

void tst_ContactPaste::commaSeparatedWithQuotes() {
    const ContactPaste p = ContactPaste::parse(QStringLiteral(
        "Ann,\"Smith, Jr.\",ann@example.com,\"Head of \"\"Security\"\"\",+44 20 7946 0000\n"));
    QCOMPARE(p.contacts.size(), 1);
    QCOMPARE(p.contacts.at(0).contact.lastName, QStringLiteral("Smith, Jr."));
    QCOMPARE(p.contacts.at(0).contact.jobTitle, QStringLiteral("Head of \"Security\""));
    QCOMPARE(p.contacts.at(0).contact.telephone, QStringLiteral("+44 20 7946 0000"));
}

void tst_ContactPaste::headingRowIsLeftOut_data() {
    QTest::addColumn<QString>("firstRow");
    QTest::addColumn<bool>("isHeading");
    QTest::newRow("English") << QStringLiteral("First name\tLast name\tE-mail\tJob title") << true;
    QTest::newRow("German") << QStringLiteral("Vorname\tNachname\tE-Mail-Adresse") << true;
    QTest::newRow("Spanish") << QStringLiteral("Nombre\tApellido\tCorreo electrónico") << true;
    QTest::newRow("Japanese") << QStringLiteral("名\t姓\tメールアドレス") << true;
    // A mistyped address is a row to correct, not a heading.
    QTest::newRow("address without @") << QStringLiteral("Cleo\tDoe\tcleo.example.com") << false;
    QTest::newRow("a real first row") << QStringLiteral("Cleo\tDoe\tcleo@example.com") << false;
}

void tst_ContactPaste::headingRowIsLeftOut() {
    QFETCH(QString, firstRow);
    QFETCH(bool, isHeading);
    const ContactPaste p =
        ContactPaste::parse(firstRow + QStringLiteral("\nAnn\tSmith\tann@example.com\n"));
    QCOMPARE(p.headingSkipped, isHeading);
    QCOMPARE(p.contacts.size(), isHeading ? 1 : 2);
    QCOMPARE(p.contacts.constLast().contact.email, QStringLiteral("ann@example.com"));
    QCOMPARE(p.note().contains(QLatin1String("headings")), isHeading);
}

void tst_ContactPaste::blankRowsAndShortRows() {
    const ContactPaste p = ContactPaste::parse(
        QStringLiteral("\n   \nAnn,Smith\n,,,,,,only a seventh cell\n\r\nBen\n"));
    QCOMPARE(p.contacts.size(), 2);
    QCOMPARE(p.contacts.at(0).contact.lastName, QStringLiteral("Smith"));
    QCOMPARE(p.contacts.at(0).contact.email, QString());
    QCOMPARE(p.contacts.at(1).contact.firstName, QStringLiteral("Ben"));
}

void tst_ContactPaste::tooManyRowsAreCounted() {
    QString text;
    for (int i = 0; i < ContactPaste::kMaxRows + 50; ++i)
        text += QStringLiteral("P%1\tQ\tp%1@example.com\n").arg(i);
    const ContactPaste p = ContactPaste::parse(text);
    QCOMPARE(p.contacts.size(), ContactPaste::kMaxRows);
    QCOMPARE(p.ignoredRows, 50);
    QCOMPARE(p.contacts.constLast().contact.firstName,
             QStringLiteral("P%1").arg(ContactPaste::kMaxRows - 1));
    const QString note = p.note();
    QVERIFY2(note.contains(QString::number(ContactPaste::kMaxRows)) &&
                 note.contains(QLatin1String("50")) &&
                 note.contains(QString::number(NewVerifiedContact::kMaxPerRequest)),
             qPrintable(note));
}

void tst_ContactPaste::emptyClipboard() {
    const ContactPaste p = ContactPaste::parse(QString());
    QVERIFY(p.contacts.isEmpty());
    QCOMPARE(p.ignoredRows, 0);
    QVERIFY(!p.headingSkipped);
    QVERIFY(p.note().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ContactPaste)
#include "tst_contactpaste.moc"
