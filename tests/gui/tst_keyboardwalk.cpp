#include "ResultSpy.h"
#include "SandboxControl.h"
#include "TestSandbox.h"
#include "api/CertCentralClient.h"
#include "api/OrderEndpoints.h"
#include "core/KeySpec.h"
#include "security/CsrBuilder.h"
#include "security/PrivateKey.h"
#include "services/OrderPlacement.h"
#include "ui/orders/OrderActions.h"
#include "ui/orders/lifecycle/DuplicateWizard.h"
#include "ui/orders/lifecycle/LifecycleWizard.h"
#include "ui/orders/lifecycle/ReissueWizard.h"
#include "ui/orders/lifecycle/RevokeWizard.h"
#include "ui/orders/wizard/OrderKeyPage.h"
#include "ui/orders/wizard/OrderWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

// Every wizard walked with the keyboard alone against a sandbox. On each page every visible,
// enabled control that takes focus is reached with Tab (the tab order covers the page), fields
// are filled by typing, choices are made with arrow keys and Space, and Next, Place order or
// Revoke are pressed with Space once Tab has reached them. No mouse, no setters.
class tst_KeyboardWalk : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void orderWizard();
    void reissueWizard();
    void duplicateWizard();
    void revokeWizard();

private:
    // Tabs through the window until `target` (or a widget inside it) has the focus; false when
    // a whole round of the tab chain never reaches it.
    static bool tabTo(QWidget *window, QWidget *target);
    // Every focusable control of the current page is reached within one round of Tab.
    static bool everyControlReachable(QWizard *wizard, QString *missing);
    // Tabs to the wizard's Next or commit button and presses Space; true if the page changed.
    static bool pressNext(QWizard *wizard);
    static void type(const QString &text);
    qint64 placeIssuedOrder(const QString &commonName);
    Order orderInfo(qint64 id);
    LifecycleWizard *open(const Order &order, OrderActions::Kind kind);

    TestSandbox m_sandbox;
    std::unique_ptr<CertCentralClient> m_client;
    QTemporaryDir m_dir;
    QWidget m_parent;
};

void tst_KeyboardWalk::initTestCase() {
    qRegisterMetaType<LifecycleWizard *>();
    QVERIFY2(m_sandbox.start({QStringLiteral("--orders"), QStringLiteral("20"),
                              QStringLiteral("--auto-complete")}),
             qPrintable(m_sandbox.errorString()));
    m_client = std::make_unique<CertCentralClient>();
    m_client->setBaseUrl(m_sandbox.baseUrl());
    m_client->setApiKey(TestSandbox::testKey());
}

bool tst_KeyboardWalk::tabTo(QWidget *window, QWidget *target) {
    QStringList chain;
    for (int i = 0; i < 120; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && (focus == target || target->isAncestorOf(focus)))
            return true;
        if (i < 30)
            chain << (focus ? focus->objectName() + QLatin1Char(':') +
                                  QString::fromLatin1(focus->metaObject()->className())
                            : QStringLiteral("none"));
        QTest::keyClick(focus ? focus : window, Qt::Key_Tab);
    }
    qWarning() << "not reached" << (target ? target->objectName() : QString()) << chain;
    return false;
}

bool tst_KeyboardWalk::everyControlReachable(QWizard *wizard, QString *missing) {
    QList<QWidget *> wanted;
    const QList<QWidget *> all = wizard->currentPage()->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) ||
            w->focusProxy())
            continue;
        // Parts of a compound control (a combo's line edit, a spin box's editor, a view's
        // viewport) are reached with their owner.
        bool inner = false;
        for (QWidget *p = w->parentWidget(); p && p != wizard->currentPage(); p = p->parentWidget())
            inner = inner || (p->focusPolicy() & Qt::TabFocus);
        if (!inner)
            wanted << w;
    }
    QSet<QWidget *> seen;
    for (int i = 0; i < 2 * int(all.size()) + 20 && seen.size() < wanted.size(); ++i) {
        QWidget *focus = QApplication::focusWidget();
        for (QWidget *w : std::as_const(wanted))
            if (focus && (focus == w || w->isAncestorOf(focus)))
                seen.insert(w);
        QTest::keyClick(focus ? focus : wizard, Qt::Key_Tab);
    }
    // Radio buttons of one group are one tab stop (the arrow keys move within it): the group
    // counts as reached when one of them was.
    const auto groupReached = [&seen](QWidget *w) {
        auto *radio = qobject_cast<QRadioButton *>(w);
        if (!radio || !radio->autoExclusive())
            return false;
        for (QWidget *other : std::as_const(seen))
            if (qobject_cast<QRadioButton *>(other) && other->parentWidget() == w->parentWidget())
                return true;
        return false;
    };
    QStringList names;
    for (QWidget *w : std::as_const(wanted))
        if (!seen.contains(w) && !groupReached(w))
            names << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                : w->objectName());
    *missing = names.join(QStringLiteral(", "));
    return names.isEmpty();
}

bool tst_KeyboardWalk::pressNext(QWizard *wizard) {
    QAbstractButton *button = wizard->button(
        wizard->currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    if (!button->isEnabled() || !tabTo(wizard, button))
        return false;
    const int before = wizard->currentId();
    QTest::keyClick(button, Qt::Key_Space);
    return wizard->currentId() != before;
}

void tst_KeyboardWalk::type(const QString &text) {
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClicks(focus, text);
}

Order tst_KeyboardWalk::orderInfo(qint64 id) {
    auto *call = m_client->call(OrderEndpoints::info(id));
    ResultSpy<Order> received(call);
    received.wait(10000);
    return received.isEmpty() ? Order() : received.result();
}

qint64 tst_KeyboardWalk::placeIssuedOrder(const QString &commonName) {
    KeySpec spec;
    QString error;
    KeySpec::parse(QStringLiteral("ec:p256"), &spec, &error);
    PrivateKey key;
    PrivateKey::generate(spec, &key, &error);
    NewOrder order;
    order.productNameId = QStringLiteral("ssl_dv_geotrust");
    order.commonName = commonName;
    CsrBuilder::build(key, commonName, {}, &order.csr, &error);
    order.dcvMethod = QStringLiteral("dns-txt-token");
    order.skipApproval = true;
    OrderPlacement placement(m_client.get());
    QSignalSpy placed(&placement, &OrderPlacement::placed);
    placement.place(order);
    if (!placed.wait(15000))
        return 0;
    return placed.at(0).at(0).value<PlacedOrder>().orderId;
}

LifecycleWizard *tst_KeyboardWalk::open(const Order &order, OrderActions::Kind kind) {
    OrderActions actions(m_client.get(), &m_parent);
    actions.setRolePolicy(RolePolicy(QStringList{QStringLiteral("admin")}));
    actions.setOrder(&order);
    QSignalSpy opened(&actions, &OrderActions::wizardOpened);
    actions.openWizard(kind);
    if (opened.isEmpty() && !opened.wait(10000))
        return nullptr;
    auto *wizard = opened.at(0).at(0).value<LifecycleWizard *>();
    wizard->setParent(nullptr);
    return wizard;
}

void tst_KeyboardWalk::orderWizard() {
    OrderWizard wizard(m_client.get(), RolePolicy(QStringList{QStringLiteral("admin")}));
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QString missing;

    // Product: arrow keys through the list until the DV product is current.
    auto *products = wizard.findChild<QTreeWidget *>(QStringLiteral("products"));
    QTRY_VERIFY_WITH_TIMEOUT(products->topLevelItemCount() > 0, 10000);
    QVERIFY(tabTo(&wizard, products));
    QTest::keyClick(products, Qt::Key_Home);
    for (int i = 0; i < 60; ++i) {
        const QTreeWidgetItem *item = products->currentItem();
        if (item && item->data(0, Qt::UserRole).toString() == QLatin1String("ssl_dv_geotrust"))
            break;
        QTest::keyClick(products, Qt::Key_Down);
    }
    QCOMPARE(products->currentItem()->data(0, Qt::UserRole).toString(),
             QStringLiteral("ssl_dv_geotrust"));
    QVERIFY2(everyControlReachable(&wizard, &missing), qPrintable(missing));
    QVERIFY(pressNext(&wizard));

    // Names.
    QVERIFY2(everyControlReachable(&wizard, &missing), qPrintable(missing));
    QVERIFY(tabTo(&wizard, wizard.findChild<QWidget *>(QStringLiteral("commonName"))));
    type(QStringLiteral("keys.example.com"));
    QVERIFY(tabTo(&wizard, wizard.findChild<QWidget *>(QStringLiteral("addCompanion"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(pressNext(&wizard));

    // Key: file, passphrase twice, then Generate.
    QCOMPARE(wizard.currentId(), int(OrderWizard::KeyPageId));
    QVERIFY2(everyControlReachable(&wizard, &missing), qPrintable(missing));
    const QString keyFile = m_dir.filePath(QStringLiteral("keyboard.key"));
    QVERIFY(tabTo(&wizard, wizard.findChild<QWidget *>(QStringLiteral("keyFile"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    type(keyFile);
    QVERIFY(tabTo(&wizard, wizard.findChild<QWidget *>(QStringLiteral("passphrase"))));
    type(QStringLiteral("keyboard walk pass"));
    QVERIFY(tabTo(&wizard, wizard.findChild<QWidget *>(QStringLiteral("passphraseAgain"))));
    type(QStringLiteral("keyboard walk pass"));
    auto *keyPage = static_cast<OrderKeyPage *>(wizard.page(OrderWizard::KeyPageId));
    QSignalSpy generated(keyPage, &OrderKeyPage::generated);
    QVERIFY(tabTo(&wizard, wizard.findChild<QWidget *>(QStringLiteral("generate"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(generated.wait(30000));
    QVERIFY2(generated.at(0).at(0).toBool(), qPrintable(generated.at(0).at(1).toString()));
    QVERIFY(QFile::exists(keyFile));
    QVERIFY(pressNext(&wizard));

    // Validity, DCV, Options, Payment: the defaults, every control reachable.
    for (const int page : {int(OrderWizard::ValidityPageId), int(OrderWizard::DcvPageId),
                           int(OrderWizard::OptionsPageId), int(OrderWizard::PaymentPageId)}) {
        QCOMPARE(wizard.currentId(), page);
        if (page == OrderWizard::DcvPageId) {
            // The DCV method with the arrow keys: down to DNS TXT.
            auto *method = wizard.findChild<QComboBox *>(QStringLiteral("dcvMethod"));
            QVERIFY(tabTo(&wizard, method));
            for (int i = 0; i < 6 && method->currentData().toString() != "dns-txt-token"; ++i)
                QTest::keyClick(method, Qt::Key_Down);
            QCOMPARE(method->currentData().toString(), QStringLiteral("dns-txt-token"));
        }
        if (page == OrderWizard::OptionsPageId)
            QTRY_VERIFY_WITH_TIMEOUT(
                wizard.findChild<QComboBox *>(QStringLiteral("container"))->count() > 1, 10000);
        QVERIFY2(everyControlReachable(&wizard, &missing),
                 qPrintable(QStringLiteral("page %1: %2").arg(page).arg(missing)));
        QVERIFY2(pressNext(&wizard), qPrintable(QStringLiteral("page %1").arg(page)));
    }

    // Review: skip approval with Space, then Place order.
    QCOMPARE(wizard.currentId(), int(OrderWizard::ReviewPageId));
    QVERIFY2(everyControlReachable(&wizard, &missing), qPrintable(missing));
    QVERIFY(tabTo(&wizard, wizard.findChild<QWidget *>(QStringLiteral("skipApproval"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(pressNext(&wizard));
    QCOMPARE(wizard.currentId(), int(OrderWizard::ResultPageId));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.placement()->state(), OrderPlacement::State::Placed, 15000);
    QVERIFY(wizard.placement()->result().orderId > 0);
}

void tst_KeyboardWalk::reissueWizard() {
    const qint64 id = placeIssuedOrder(QStringLiteral("kb-reissue.example.com"));
    QVERIFY(id > 0);
    Order order;
    QTRY_COMPARE_WITH_TIMEOUT((order = orderInfo(id)).status, QStringLiteral("issued"), 10000);
    std::unique_ptr<LifecycleWizard> wizard(open(order, OrderActions::Kind::Reissue));
    QVERIFY(wizard);
    wizard->show();
    QApplication::setActiveWindow(wizard.get());
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    QString missing;
    // Names (kept), then the key page: a new key by keyboard.
    QVERIFY2(everyControlReachable(wizard.get(), &missing), qPrintable(missing));
    QVERIFY(pressNext(wizard.get()));
    auto *keyPage = wizard->findChild<OrderKeyPage *>();
    QVERIFY(keyPage);
    QVERIFY2(everyControlReachable(wizard.get(), &missing), qPrintable(missing));
    QVERIFY(tabTo(wizard.get(), wizard->findChild<QWidget *>(QStringLiteral("keyFile"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    type(m_dir.filePath(QStringLiteral("kb-reissue.key")));
    QVERIFY(tabTo(wizard.get(), wizard->findChild<QWidget *>(QStringLiteral("passphrase"))));
    type(QStringLiteral("keyboard reissue pass"));
    QVERIFY(tabTo(wizard.get(), wizard->findChild<QWidget *>(QStringLiteral("passphraseAgain"))));
    type(QStringLiteral("keyboard reissue pass"));
    QSignalSpy generated(keyPage, &OrderKeyPage::generated);
    QVERIFY(tabTo(wizard.get(), wizard->findChild<QWidget *>(QStringLiteral("generate"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(generated.wait(30000));
    QVERIFY(pressNext(wizard.get()));
    // Options, then send.
    QVERIFY2(everyControlReachable(wizard.get(), &missing), qPrintable(missing));
    QVERIFY(tabTo(wizard.get(), wizard->findChild<QWidget *>(QStringLiteral("skipApproval"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(pressNext(wizard.get()));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QLabel *>(QStringLiteral("details")) &&
                                 wizard->findChild<QLabel *>(QStringLiteral("details"))
                                     ->text()
                                     .contains(QLatin1String("Reissue")),
                             15000);
}

void tst_KeyboardWalk::duplicateWizard() {
    const qint64 id = placeIssuedOrder(QStringLiteral("kb-duplicate.example.com"));
    QVERIFY(id > 0);
    Order order;
    QTRY_COMPARE_WITH_TIMEOUT((order = orderInfo(id)).status, QStringLiteral("issued"), 10000);
    std::unique_ptr<LifecycleWizard> wizard(open(order, OrderActions::Kind::Duplicate));
    QVERIFY(wizard);
    wizard->show();
    QApplication::setActiveWindow(wizard.get());
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    QString missing;
    for (int page = 0; page < 6 && !wizard->currentPage()->isFinalPage(); ++page) {
        QVERIFY2(everyControlReachable(wizard.get(), &missing), qPrintable(missing));
        if (auto *keyPage = qobject_cast<OrderKeyPage *>(wizard->currentPage())) {
            QVERIFY(tabTo(wizard.get(), wizard->findChild<QWidget *>(QStringLiteral("keyFile"))));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
            type(m_dir.filePath(QStringLiteral("kb-duplicate.key")));
            QVERIFY(
                tabTo(wizard.get(), wizard->findChild<QWidget *>(QStringLiteral("noPassphrase"))));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QSignalSpy generated(keyPage, &OrderKeyPage::generated);
            QVERIFY(tabTo(wizard.get(), wizard->findChild<QWidget *>(QStringLiteral("generate"))));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QVERIFY(generated.wait(30000));
        }
        if (!pressNext(wizard.get()))
            break;
    }
    QVERIFY2(wizard->currentPage()->isFinalPage(),
             qPrintable(QStringLiteral("stopped on page %1").arg(wizard->currentId())));
}

void tst_KeyboardWalk::revokeWizard() {
    const qint64 id = placeIssuedOrder(QStringLiteral("kb-revoke.example.com"));
    QVERIFY(id > 0);
    Order order;
    QTRY_COMPARE_WITH_TIMEOUT((order = orderInfo(id)).status, QStringLiteral("issued"), 10000);
    std::unique_ptr<LifecycleWizard> wizard(open(order, OrderActions::Kind::Revoke));
    QVERIFY(wizard);
    wizard->show();
    QApplication::setActiveWindow(wizard.get());
    QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
    QString missing;
    // Reason: superseded, chosen with the arrow keys; a comment typed.
    QVERIFY2(everyControlReachable(wizard.get(), &missing), qPrintable(missing));
    auto *reason = wizard->findChild<QComboBox *>(QStringLiteral("reason"));
    QVERIFY(tabTo(wizard.get(), reason));
    for (int i = 0; i < 8 && reason->currentData().toString() != "superseded"; ++i)
        QTest::keyClick(reason, Qt::Key_Down);
    QCOMPARE(reason->currentData().toString(), QStringLiteral("superseded"));
    QVERIFY(tabTo(wizard.get(), wizard->findChild<QWidget *>(QStringLiteral("comments"))));
    type(QStringLiteral("replaced by keyboard"));
    QVERIFY(pressNext(wizard.get()));
    // Confirm: the common name typed arms Revoke.
    QCOMPARE(wizard->currentId(), int(RevokeWizard::ConfirmPageId));
    QVERIFY2(everyControlReachable(wizard.get(), &missing), qPrintable(missing));
    QVERIFY(tabTo(wizard.get(), wizard->findChild<QWidget *>(QStringLiteral("skipApproval"))));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(tabTo(wizard.get(), wizard->findChild<QWidget *>(QStringLiteral("confirmText"))));
    type(QStringLiteral("kb-revoke.example.com"));
    QVERIFY(pressNext(wizard.get()));
    QTRY_COMPARE_WITH_TIMEOUT(orderInfo(id).status, QStringLiteral("revoked"), 15000);
}

QTEST_MAIN(tst_KeyboardWalk)
#include "tst_keyboardwalk.moc"
