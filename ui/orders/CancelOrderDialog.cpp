#include "ui/orders/CancelOrderDialog.h"

#include "api/CertCentralClient.h"
#include "core/OrderCancellation.h"
#include "services/OrderService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CancelOrderDialog::CancelOrderDialog(CertCentralClient *client, qint64 orderId,
                                     const QString &commonName, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_orderId(orderId)
    , m_note(new QPlainTextEdit(this))
    , m_error(new FieldErrorLabel(QStringLiteral("noteError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("cancelOrderDialog"));
    setWindowTitle(tr("Cancel order %1").arg(orderId));
    auto *text = new QLabel(tr("Cancel order %1 (%2)? Nothing more is issued for it and a "
                               "pending request is rejected. This cannot be undone.")
                                .arg(orderId)
                                .arg(commonName),
                            this);
    text->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Why (required; CertCentral keeps it with the order)"));
    m_note->setMaximumHeight(90);
    m_note->setTabChangesFocus(true);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("cancelOrder"));
    ok->setText(tr("Cancel the order"));
    ok->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Keep the order"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this, ok] {
        ok->setEnabled(!m_note->toPlainText().trimmed().isEmpty());
        m_error->setMessage({});
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CancelOrderDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(460);
}

void CancelOrderDialog::submit() {
    OrderCancellation cancellation;
    cancellation.orderId = m_orderId;
    cancellation.note = m_note->toPlainText().trimmed();
    QString field;
    const QString problem = cancellation.validate(&field);
    if (!problem.isEmpty()) {
        m_error->setMessage(problem);
        return;
    }
    m_buttons->setEnabled(false);
    const auto call = OrderService(m_client).cancel(cancellation);
    call.onResult(this, [this](qint64 id) {
        emit canceled(id);
        accept();
    });
    call.onFailed(this, [this](const ApiError &error) {
        m_buttons->setEnabled(true);
        m_error->setMessage(error.isOutcomeUnknown()
                                ? tr("The answer was lost; reload the order to see whether it "
                                     "was canceled before trying again.")
                                : tr("Not canceled: %1").arg(error.message()));
    });
}
