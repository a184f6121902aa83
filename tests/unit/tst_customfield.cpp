#include "core/CustomField.h"

#include <QtTest>

// CustomField: reading GET account/metadata and checking a value against the field's rules.
class tst_CustomField : public QObject {
    Q_OBJECT
private slots:
    void listFromBody();
    void problem_data();
    void problem();
};

void tst_CustomField::listFromBody() {
    QList<CustomField> fields;
    QString error;
    QVERIFY(CustomField::listFromBody(
        R"({"metadata":[{"id":12,"label":"Invoice","is_required":true,"is_active":true,
            "data_type":"text"},{"id":0,"label":"no id"},{"id":13,"label":" "},
            {"id":14,"label":"Old","is_active":false,"data_type":"int"},"junk"]})",
        &fields, &error));
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0).id, 12);
    QCOMPARE(fields.at(0).label, QStringLiteral("Invoice"));
    QVERIFY(fields.at(0).required);
    QVERIFY(fields.at(0).active);
    QVERIFY(!fields.at(1).active);
    QCOMPARE(fields.at(1).dataType, QStringLiteral("int"));
    // An account without custom fields.
    QVERIFY(CustomField::listFromBody("{}", &fields, &error));
    QVERIFY(fields.isEmpty());
    QVERIFY(!CustomField::listFromBody("[1,2]", &fields, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!CustomField::listFromBody("{\"metadata\":", &fields, &error));
}

void tst_CustomField::problem_data() {
    QTest::addColumn<QString>("dataType");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("phrase"); // empty: accepted
    QTest::newRow("optional empty") << "text" << false << "  "
                                    << "";
    QTest::newRow("required empty") << "text" << true << ""
                                    << "is required";
    QTest::newRow("text") << "text" << true << "Marketing / EU"
                          << "";
    QTest::newRow("too long") << "text" << false << QString(1025, QLatin1Char('x'))
                              << "at most 1,024";
    QTest::newRow("int") << "int" << true << "4711"
                         << "";
    QTest::newRow("negative int") << "int" << true << "-3"
                                  << "";
    QTest::newRow("int with letters") << "int" << true << "47a"
                                      << "whole number";
    QTest::newRow("int decimal") << "int" << true << "4.5"
                                 << "whole number";
    QTest::newRow("email") << "email_address" << true << "ops@example.com"
                           << "";
    QTest::newRow("two emails in one") << "email_address" << true << "a@example.com, b@example.com"
                                       << "one e-mail";
    QTest::newRow("email list") << "email_list" << true << "a@example.com, b@example.com"
                                << "";
    QTest::newRow("email list with a bad one") << "email_list" << true << "a@example.com, b"
                                               << "\"b\" is not one";
    QTest::newRow("unknown type is text") << "anything" << true << "x y z"
                                          << "";
}

void tst_CustomField::problem() {
    QFETCH(QString, dataType);
    QFETCH(bool, required);
    QFETCH(QString, value);
    QFETCH(QString, phrase);
    CustomField f;
    f.id = 5;
    f.label = QStringLiteral("Cost center");
    f.required = required;
    f.dataType = dataType;
    const QString problem = f.problem(value);
    if (phrase.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        return;
    }
    QVERIFY2(problem.contains(phrase), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("Cost center")), qPrintable(problem));
}

QTEST_GUILESS_MAIN(tst_CustomField)
#include "tst_customfield.moc"
