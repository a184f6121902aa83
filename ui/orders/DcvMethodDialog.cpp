#include "ui/orders/DcvMethodDialog.h"

#include "api/CertCentralClient.h"
#include "core/NewOrder.h"
#include "models/DomainsModel.h"
#include "services/OrderService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

DcvMethodDialog::DcvMethodDialog(CertCentralClient *client, qint64 orderId,
                                 const QString &currentMethod, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_orderId(orderId)
    , m_method(new QComboBox(this))
    , m_result(new QLabel(this))
    , m_error(new FieldErrorLabel(QStringLiteral("dcvMethodError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("dcvMethodDialog"));
    setWindowTitle(tr("DCV method of order %1").arg(orderId));
    m_method->setObjectName(QStringLiteral("dcvMethod"));
    for (const QString &m : NewOrder::dcvMethods())
        if (m != currentMethod)
            m_method->addItem(DomainsModel::dcvMethodText(m), m);
    m_result->setObjectName(QStringLiteral("dcvMethodResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Now"),
                 new QLabel(currentMethod.isEmpty() ? tr("unknown")
                                                    : DomainsModel::dcvMethodText(currentMethod),
                            this));
    form->addRow(tr("Change to"), m_method);
    form->addRow(m_error);
    form->addRow(m_result);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changeDcvMethod"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DcvMethodDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

QString DcvMethodDialog::resultText() const {
    return m_result->text();
}

void DcvMethodDialog::submit() {
    const QString method = m_method->currentData().toString();
    m_buttons->setEnabled(false);
    m_error->setMessage({});
    const auto call = OrderService(m_client).dcv(m_orderId, OrderDcvAction::ChangeMethod, method);
    call.onResult(this, [this, method](const OrderDcvResult &r) {
        m_result->setText(
            r.randomValue.isEmpty()
                ? tr("Changed to %1.").arg(DomainsModel::dcvMethodText(method))
                : tr("Changed to %1. The new random value: %2 (the order's Names and DCV tab "
                     "shows where it goes).")
                      .arg(DomainsModel::dcvMethodText(method), r.randomValue));
        m_buttons->clear();
        m_buttons->addButton(QDialogButtonBox::Close);
        m_buttons->setEnabled(true);
        adjustSize(); // room for the random value
        emit changed(m_orderId);
    });
    call.onFailed(this, [this](const ApiError &error) {
        m_buttons->setEnabled(true);
        m_error->setMessage(tr("Not changed: %1").arg(error.message()));
    });
}
