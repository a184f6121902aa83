#include "ui/orders/OrderActions.h"

#include "api/CertCentralClient.h"
#include "services/OrderService.h"
#include "ui/orders/CancelOrderDialog.h"
#include "ui/orders/DcvMethodDialog.h"
#include "ui/orders/EditNamesDialog.h"
#include "ui/orders/lifecycle/DuplicateWizard.h"
#include "ui/orders/lifecycle/ReissueWizard.h"
#include "ui/orders/lifecycle/RevokeWizard.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QSslCertificate>

OrderActions::OrderActions(CertCentralClient *client, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_client(client)
    , m_parentWidget(parentWidget)
    , m_menu(new QMenu(parentWidget)) {
    m_menu->setObjectName(QStringLiteral("orderActionsMenu"));
    m_reissue = m_menu->addAction(tr("Reissue…"), this, [this] { openWizard(Kind::Reissue); });
    m_reissue->setObjectName(QStringLiteral("reissueAction"));
    m_duplicate =
        m_menu->addAction(tr("Duplicate…"), this, [this] { openWizard(Kind::Duplicate); });
    m_duplicate->setObjectName(QStringLiteral("duplicateAction"));
    m_revoke = m_menu->addAction(tr("Revoke…"), this, [this] { openWizard(Kind::Revoke); });
    m_revoke->setObjectName(QStringLiteral("revokeAction"));
    m_menu->addSeparator();
    m_cancel = m_menu->addAction(tr("Cancel order…"), this, &OrderActions::cancelOrder);
    m_cancel->setObjectName(QStringLiteral("cancelAction"));
    m_checkDcv = m_menu->addAction(tr("Check DCV now"), this, &OrderActions::checkDcv);
    m_checkDcv->setObjectName(QStringLiteral("checkDcvAction"));
    m_resend = m_menu->addAction(tr("Resend DCV e-mails"), this, &OrderActions::resendDcvEmails);
    m_resend->setObjectName(QStringLiteral("resendDcvAction"));
    m_changeDcv = m_menu->addAction(tr("Change DCV method…"), this, &OrderActions::changeDcvMethod);
    m_changeDcv->setObjectName(QStringLiteral("changeDcvAction"));
    m_editNames = m_menu->addAction(tr("Edit names…"), this, &OrderActions::editNames);
    m_editNames->setObjectName(QStringLiteral("editNamesAction"));
    m_menu->addSeparator();
    m_revokeFile = m_menu->addAction(tr("Revoke a certificate from a file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_parentWidget, tr("Certificate to revoke"), QString(),
            tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!path.isEmpty())
            revokeCertificateFile(path);
    });
    m_revokeFile->setObjectName(QStringLiteral("revokeFileAction"));
    m_menu->setToolTipsVisible(true);
    update();
}

void OrderActions::setRolePolicy(const RolePolicy &roles) {
    m_roles = roles;
    update();
}

void OrderActions::setOrder(const Order *order) {
    m_hasOrder = order != nullptr;
    m_order = order ? *order : Order();
    update();
}

QString OrderActions::reasonDenied(Kind kind) const {
    if (!m_hasOrder)
        return tr("Select an order first.");
    return OrderRules::reasonDenied(action(kind), m_order, m_roles);
}

OrderRules::Action OrderActions::action(Kind kind) {
    switch (kind) {
    case Kind::Reissue:
        return OrderRules::Action::Reissue;
    case Kind::Duplicate:
        return OrderRules::Action::Duplicate;
    default:
        return OrderRules::Action::Revoke;
    }
}

void OrderActions::update() {
    const struct {
        QAction *action;
        Kind kind;
    } wizards[] = {
        {m_reissue, Kind::Reissue}, {m_duplicate, Kind::Duplicate}, {m_revoke, Kind::Revoke}};
    for (const auto &w : wizards) {
        const QString reason = reasonDenied(w.kind);
        w.action->setEnabled(reason.isEmpty());
        w.action->setToolTip(reason);
    }
    // Cancel, check DCV, resend e-mails, change the DCV method, edit names: pending orders.
    const struct {
        QAction *action;
        OrderRules::Action rule;
    } pendingActions[] = {{m_cancel, OrderRules::Action::Cancel},
                          {m_checkDcv, OrderRules::Action::CheckDcv},
                          {m_resend, OrderRules::Action::ResendDcvEmails},
                          {m_changeDcv, OrderRules::Action::ChangeDcvMethod},
                          {m_editNames, OrderRules::Action::EditNames}};
    for (const auto &p : pendingActions) {
        const QString reason = !m_hasOrder ? tr("Select an order first.")
                                           : OrderRules::reasonDenied(p.rule, m_order, m_roles);
        p.action->setEnabled(reason.isEmpty());
        p.action->setToolTip(reason);
    }
    const QString fileReason = m_roles.reasonDenied(RolePolicy::Capability::Revoke);
    m_revokeFile->setEnabled(fileReason.isEmpty());
    m_revokeFile->setToolTip(fileReason);
}

void OrderActions::withDetails(
    const std::function<void(const Order &, const OrderDetails &)> &then) {
    if (m_infoCall.isRunning())
        m_infoCall.abort();
    m_infoCall = OrderService(m_client).details(m_order.id);
    m_infoCall.onResult(this, then);
    m_infoCall.onFailed(this, [this](const ApiError &error) {
        if (error.kind() != ApiError::Kind::Cancelled)
            emit message(tr("Order %1 could not be read: %2").arg(m_order.id).arg(error.message()),
                         true);
    });
}

void OrderActions::showWizard(LifecycleWizard *wizard) {
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &LifecycleWizard::changed, this, &OrderActions::orderChanged);
    connect(wizard, &LifecycleWizard::openOrderRequested, this, &OrderActions::openOrderRequested);
    wizard->open();
    emit wizardOpened(wizard);
}

void OrderActions::openWizard(Kind kind) {
    const QString reason = reasonDenied(kind);
    if (!reason.isEmpty()) {
        emit message(reason, true);
        return;
    }
    withDetails([this, kind](const Order &order, const OrderDetails &details) {
        // The order may have changed since the list was loaded.
        m_order = order;
        const QString again = reasonDenied(kind);
        if (!again.isEmpty()) {
            emit message(again, true);
            update();
            return;
        }
        if (kind == Kind::Reissue)
            showWizard(new ReissueWizard(m_client, m_roles, order, details, m_parentWidget));
        else if (kind == Kind::Duplicate)
            showWizard(new DuplicateWizard(m_client, m_roles, order, details, m_parentWidget));
        else
            showWizard(new RevokeWizard(m_client, m_roles, order, details, m_parentWidget));
    });
}

void OrderActions::revokeCertificateFile(const QString &path) {
    const QString role = m_roles.reasonDenied(RolePolicy::Capability::Revoke);
    if (!role.isEmpty()) {
        emit message(role, true);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit message(tr("%1 cannot be read: %2").arg(path, file.errorString()), true);
        return;
    }
    const QByteArray data = file.read(1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty() || certificates.first().isNull()) {
        emit message(tr("%1 holds no certificate (PEM or DER).").arg(path), true);
        return;
    }
    const QSslCertificate &certificate = certificates.first();
    Order order;
    order.commonName = certificate.subjectInfo(QSslCertificate::CommonName).value(0);
    order.serialNumber = QString::fromLatin1(certificate.serialNumber()).remove(QLatin1Char(':'));
    order.validFrom = certificate.effectiveDate().toUTC().date();
    order.validTill = certificate.expiryDate().toUTC().date();
    order.status = QStringLiteral("issued");
    auto *wizard = new RevokeWizard(m_client, m_roles, order, OrderDetails(), m_parentWidget);
    wizard->setSerialNumber(order.serialNumber, certificate.effectiveDate());
    showWizard(wizard);
}

void OrderActions::changeDcvMethod() {
    if (!m_changeDcv->isEnabled())
        return;
    withDetails([this](const Order &order, const OrderDetails &details) {
        auto *dialog = new DcvMethodDialog(m_client, order.id, details.dcvMethod, m_parentWidget);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DcvMethodDialog::changed, this, &OrderActions::orderChanged);
        dialog->open();
        emit dialogOpened(dialog);
    });
}

void OrderActions::editNames() {
    if (!m_editNames->isEnabled())
        return;
    auto *dialog = new EditNamesDialog(m_client, m_order.id, m_order.allNames(), m_parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditNamesDialog::edited, this, [this](qint64 id) {
        emit message(tr("Order %1: names saved; new names need DCV.").arg(id), false);
        emit orderChanged(id);
    });
    dialog->open();
    emit dialogOpened(dialog);
}

void OrderActions::cancelOrder() {
    if (!m_cancel->isEnabled())
        return;
    auto *dialog = new CancelOrderDialog(m_client, m_order.id, m_order.commonName, m_parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CancelOrderDialog::canceled, this, [this](qint64 id) {
        emit message(tr("Order %1 was canceled.").arg(id), false);
        emit orderChanged(id);
    });
    dialog->open();
}

void OrderActions::checkDcv() {
    if (!m_checkDcv->isEnabled())
        return;
    const auto call = OrderService(m_client).dcv(m_order.id, OrderDcvAction::Check);
    const qint64 id = m_order.id;
    call.onResult(this, [this, id](const OrderDcvResult &r) {
        emit message(
            r.orderStatus == QLatin1String("issued")
                ? tr("Order %1: every name is proven and the certificate was issued.").arg(id)
                : tr("Order %1: DCV checked; %n name(s) proven so far.", nullptr,
                     int(r.approvedNames.size()))
                      .arg(id),
            false);
        emit orderChanged(id);
    });
    call.onFailed(this, [this, id](const ApiError &error) {
        emit message(tr("Order %1: DCV not confirmed yet: %2").arg(id).arg(error.message()), true);
    });
}

void OrderActions::resendDcvEmails() {
    if (!m_resend->isEnabled())
        return;
    const auto call = OrderService(m_client).dcv(m_order.id, OrderDcvAction::ResendEmails);
    const qint64 id = m_order.id;
    call.onResult(this, [this, id] {
        emit message(tr("Order %1: the DCV e-mails were sent again.").arg(id), false);
    });
    call.onFailed(this, [this, id](const ApiError &error) {
        emit message(tr("Order %1: the DCV e-mails were not sent: %2").arg(id).arg(error.message()),
                     true);
    });
}
