#include "ui/finance/PaymentProfileTab.h"

#include "ui/common/QuietLabel.h"

#include <QLabel>
#include <QVBoxLayout>

PaymentProfileTab::PaymentProfileTab(CertCentralClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_cards(new QLabel(tr("Not loaded yet."), this)) {
    m_cards->setObjectName(QStringLiteral("paymentProfiles"));
    m_cards->setWordWrap(true);
    m_cards->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cards->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *note = new QuietLabel(tr("Cards are added and changed in the CertCentral console; "
                                   "CertDesk shows them only and never sees a full card number."),
                                this);
    note->setObjectName(QStringLiteral("paymentProfileNote"));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_cards);
    layout->addWidget(note);
    layout->addStretch(1);
}

PaymentProfileTab::~PaymentProfileTab() {
    // On the next turn: an abort finishes the reply at once, and its listeners are going.
    m_call.cancelLater(this);
}

QString PaymentProfileTab::text() const {
    return m_cards->text();
}

void PaymentProfileTab::cancel() {
    m_call.cancelLater(this);
    m_call.reset();
}

void PaymentProfileTab::clear() {
    m_cards->clear();
}

void PaymentProfileTab::load() {
    if (m_call.isRunning())
        m_call.cancel(this);
    m_cards->setText(tr("Loading…"));
    const auto call = FinanceService(m_client).paymentProfiles();
    m_call = call;
    call.onResult(this, [this](const QList<PaymentProfile> &profiles) {
        m_call.reset();
        QStringList lines;
        for (const PaymentProfile &p : profiles) {
            QString line = p.summary();
            if (!p.cardholderName.isEmpty())
                line += QStringLiteral(" — ") + p.cardholderName;
            if (p.isDefault)
                line += QStringLiteral(" ") + tr("(default)");
            if (!p.billingEmail.isEmpty())
                line += QStringLiteral("\n    ") + tr("Receipts to %1").arg(p.billingEmail);
            lines << line;
        }
        m_cards->setText(lines.isEmpty() ? tr("No card is stored for this account.")
                                         : lines.join(QLatin1Char('\n')));
        emit loaded(int(profiles.size()));
    });
    call.onFailed(this, [this](const ApiError &error) {
        m_call.reset();
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        m_cards->setText(tr("The payment profile could not be loaded: %1").arg(error.message()));
    });
}
