#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QWizardPage>
#include <QtTest>

// Every control a screen reader reaches has a name: the main window's pages and every page of
// the order wizard are walked, and each visible input, button and list must answer
// QAccessible::Name with something (its text, its form label, or an accessible name).
class tst_AccessibleNames : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void mainWindowControlsHaveNames();
    void orderWizardControlsHaveNames();

private:
    static QStringList unnamed(QWidget *root);
    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
};

void tst_AccessibleNames::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("30")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
}

QStringList tst_AccessibleNames::unnamed(QWidget *root) {
    QStringList missing;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || !w->isEnabled())
            continue;
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                             qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                             qobject_cast<QAbstractSpinBox *>(w) ||
                             qobject_cast<QAbstractItemView *>(w);
        // Line edits inside combo boxes and spin boxes are named by their owner; a table's
        // headers and corner button are parts of the table.
        if (!control || qobject_cast<QHeaderView *>(w) ||
            qobject_cast<QAbstractItemView *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            missing << QStringLiteral("%1 \"%2\"")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return missing;
}

void tst_AccessibleNames::mainWindowControlsHaveNames() {
    MainWindow window(m_client.get());
    window.resize(1280, 800);
    window.show();
    window.start();
    QStringList missing;
    for (int page = 0; page < 5; ++page) {
        window.showScreen(page);
        missing += unnamed(&window);
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
}

void tst_AccessibleNames::orderWizardControlsHaveNames() {
    OrderWizard wizard(m_client.get(), RolePolicy(QStringList{QStringLiteral("admin")}));
    wizard.show();
    QStringList missing;
    for (int id : wizard.pageIds())
        missing += unnamed(wizard.page(id));
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
}

QTEST_MAIN(tst_AccessibleNames)
#include "tst_accessiblenames.moc"
