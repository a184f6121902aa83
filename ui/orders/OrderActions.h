#pragma once

#include "core/Order.h"
#include "core/OrderRules.h"
#include "core/RolePolicy.h"
#include "services/OrderService.h"

#include <QObject>

#include <QPointer>
#include <functional>

class CertCentralClient;
class LifecycleWizard;
class QAction;
class QDialog;
struct OrderDetails;
class QMenu;
class QWidget;

// What can be done to the selected order, as a menu for the orders page: reissue, duplicate
// and revoke (each a wizard, opened with the order's details), and on a pending order cancel,
// check DCV now and resend the DCV e-mails. Each action is enabled only for orders in the
// right state and roles that may; otherwise its tooltip says why.
class OrderActions : public QObject {
    Q_OBJECT
public:
    enum class Kind { Reissue, Duplicate, Revoke };

    OrderActions(CertCentralClient *client, QWidget *parentWidget);

    QMenu *menu() const { return m_menu; }
    void setRolePolicy(const RolePolicy &roles);
    void setOrder(const Order *order);
    // Fetches the order's details and opens the wizard (wizardOpened follows), or says why not.
    void openWizard(Kind kind);
    void cancelOrder();
    void checkDcv();
    void resendDcvEmails();
    // Dialogs for a pending order: change its DCV method, edit its names (dialogOpened follows).
    void changeDcvMethod();
    void editNames();
    // Revoke the certificate in a PEM or DER file by its serial number (no order needed).
    void revokeCertificateFile(const QString &path);

signals:
    void wizardOpened(LifecycleWizard *wizard);
    void dialogOpened(QDialog *dialog);
    void orderChanged(qint64 orderId);
    void openOrderRequested(qint64 orderId);
    // A line for the page's banner; error or not.
    void message(const QString &text, bool error);

private:
    void update();
    QString reasonDenied(Kind kind) const;
    static OrderRules::Action action(Kind kind);
    // Reads the selected order's details, then calls then (or says why it could not).
    void withDetails(const std::function<void(const Order &, const OrderDetails &)> &then);
    void showWizard(LifecycleWizard *wizard);

    CertCentralClient *m_client;
    QWidget *m_parentWidget;
    QMenu *m_menu;
    QAction *m_reissue;
    QAction *m_duplicate;
    QAction *m_revoke;
    QAction *m_cancel;
    QAction *m_checkDcv;
    QAction *m_resend;
    QAction *m_changeDcv;
    QAction *m_editNames;
    QAction *m_revokeFile;
    RolePolicy m_roles;
    Order m_order;
    bool m_hasOrder = false;
    Reply<Order, OrderDetails> m_infoCall;
};
