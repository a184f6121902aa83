#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "models/OrdersModel.h"
#include "ui/dashboard/DashboardScreen.h"
#include "ui/orders/OrdersScreen.h"
#include "ui/orders/wizard/OrderWizard.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QListWidget>
#include <QStackedWidget>
#include <QToolButton>
#include <QTranslator>
#include <QWizardPage>
#include <QtTest>

// Each shipped language, rendered: the main window at 1280x800 and the order wizard are built
// under the language's translator, and nothing is cut off: every navigation item fits the
// navigation column, every button of the window is as wide as its text needs, and every wizard
// page title fits the wizard. Screenshots per language with CERTDESK_SCREENSHOT_DIR.
class tst_TranslatedUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void nothingIsCutOff_data();
    void nothingIsCutOff();

private:
    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
};

void tst_TranslatedUi::initTestCase() {
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("50")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
}

void tst_TranslatedUi::nothingIsCutOff_data() {
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "es", "fr", "ja", "pt_BR"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_TranslatedUi::nothingIsCutOff() {
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(CERTDESK_QM_DIR "/certdesk_%1.qm").arg(language)));
    QApplication::installTranslator(&translator);
    const auto removeTranslator =
        qScopeGuard([&translator] { QApplication::removeTranslator(&translator); });
    QLocale::setDefault(QLocale(language));

    MainWindow window(m_client.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();
    // Measured with data shown: the tiles and filters are widest once they hold counts and names.
    QTRY_VERIFY_WITH_TIMEOUT(window.ordersScreen()->model()->rowCount() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(window.dashboardScreen()->pendingRequestCount() >= 0, 20000);
    QStringList cut;
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; i < nav->count(); ++i) {
        const QRect text = nav->visualItemRect(nav->item(i));
        const int needed = nav->fontMetrics().horizontalAdvance(nav->item(i)->text()) + 8;
        if (needed > nav->viewport()->width() || needed > text.width() + 8)
            cut << QStringLiteral("navigation: ") + nav->item(i)->text();
    }
    // The window fits a 1280x800 screen in every language: no page asks for more room.
    if (window.minimumSizeHint().width() > 1280 || window.minimumSizeHint().height() > 800) {
        auto *pages = window.findChild<QStackedWidget *>();
        for (int i = 0; pages && i < pages->count(); ++i)
            cut << QStringLiteral("page %1 needs %2x%3")
                       .arg(i)
                       .arg(pages->widget(i)->minimumSizeHint().width())
                       .arg(pages->widget(i)->minimumSizeHint().height());
        cut << QStringLiteral("window needs %1x%2")
                   .arg(window.minimumSizeHint().width())
                   .arg(window.minimumSizeHint().height());
    }
    for (int page = 0; page <= int(MainWindow::FinanceScreenIndex); ++page) {
        window.showScreen(page);
        QTest::qWait(0); // one turn of the event loop for the layout
        const auto buttons = window.findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons) {
            // Tool buttons that show only their icon carry the text as a tooltip.
            const auto *tool = qobject_cast<QToolButton *>(b);
            if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue;
            if (b->isVisible() && !b->text().isEmpty() &&
                b->width() < b->fontMetrics().horizontalAdvance(b->text()) + 4)
                cut << QStringLiteral("button: ") + b->text();
        }
    }
    const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(dir + QStringLiteral("/language-%1.png").arg(language));

    OrderWizard wizard(m_client.get(), RolePolicy(QStringList{QStringLiteral("admin")}));
    wizard.show();
    QFont titleFont = wizard.font();
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    for (int id : wizard.pageIds()) {
        const QString title = wizard.page(id)->title();
        if (titleMetrics.horizontalAdvance(title) > wizard.width() - 40)
            cut << QStringLiteral("wizard title: ") + title;
    }
    if (!dir.isEmpty())
        wizard.grab().save(dir + QStringLiteral("/language-%1-wizard.png").arg(language));
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
}

QTEST_MAIN(tst_TranslatedUi)
#include "tst_translatedui.moc"
