#include "NewPurchaseOrderDialog.h"

#include "AccessibleForms.h"
#include "CertCentralClient.h"
#include "ErrorBanner.h"
#include "FieldErrorMap.h"
#include "Money.h"
#include "PurchaseOrderCreateCall.h"
#include "PurchaseOrdersModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

NewPurchaseOrderDialog::NewPurchaseOrderDialog(CertCentralClient *client,
                                               const QList<QPair<qint64, QString>> &divisions,
                                               QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_errors(new FieldErrorMap(this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_division(nullptr)
    , m_send(nullptr)
    , m_confirmText(nullptr)
    , m_confirm(nullptr)
    , m_back(nullptr)
    , m_resultText(nullptr) {
    setObjectName(QStringLiteral("newPurchaseOrderDialog"));
    setWindowTitle(tr("New purchase order"));

    // The form.
    auto *formPage = new QWidget(this);
    auto *intro = new QLabel(tr("A purchase order asks DigiCert for funds. Once DigiCert "
                                "approves it, the amount is added to the division's balance and "
                                "invoiced."),
                             formPage);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *formHolder = new QWidget(formPage);
    formHolder->setLayout(form);
    m_errors->addLineEdit(form, tr("Amount"), QStringLiteral("amount"), 20)
        ->setPlaceholderText(tr("0.01 to 1,000,000.00, for example 1234.50"));
    m_division = new QComboBox(formHolder);
    m_division->setObjectName(QStringLiteral("container_id"));
    for (const auto &d : divisions)
        m_division->addItem(d.second, d.first);
    if (divisions.isEmpty())
        m_division->addItem(tr("Your division"), 0);
    auto *divisionError =
        FieldErrorMap::makeErrorLabel(formHolder, QStringLiteral("container_idError"));
    form->addRow(tr("Division"), m_division);
    form->addRow(QString(), divisionError);
    m_errors->addField(QStringLiteral("container.id"), m_division, divisionError);
    m_errors
        ->addLineEdit(form, tr("VAT number"), QStringLiteral("vat_number"),
                      NewPurchaseOrder::kMaxVatNumber)
        ->setPlaceholderText(tr("Optional"));
    m_errors->addLineEdit(form, tr("Note"), QStringLiteral("note"), NewPurchaseOrder::kMaxNote)
        ->setPlaceholderText(tr("Optional: what the funds are for"));
    m_send = new QPushButton(tr("Send…"), formPage);
    m_send->setObjectName(QStringLiteral("purchaseOrderSend"));
    m_send->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), formPage);
    connect(m_send, &QPushButton::clicked, this, &NewPurchaseOrderDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(cancel);
    formButtons->addWidget(m_send);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addWidget(formHolder);
    formLayout->addStretch(1);
    formLayout->addLayout(formButtons);

    // The confirmation.
    auto *confirmPage = new QWidget(this);
    m_confirmText = new QLabel(confirmPage);
    m_confirmText->setObjectName(QStringLiteral("purchaseOrderConfirmation"));
    m_confirmText->setWordWrap(true);
    m_back = new QPushButton(tr("Back"), confirmPage);
    m_confirm = new QPushButton(tr("Send purchase order"), confirmPage);
    m_confirm->setObjectName(QStringLiteral("purchaseOrderConfirm"));
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(0); });
    connect(m_confirm, &QPushButton::clicked, this, &NewPurchaseOrderDialog::confirm);
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch(1);
    confirmButtons->addWidget(m_back);
    confirmButtons->addWidget(m_confirm);
    auto *confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addStretch(1);
    confirmLayout->addLayout(confirmButtons);

    // The result.
    auto *resultPage = new QWidget(this);
    m_resultText = new QLabel(resultPage);
    m_resultText->setObjectName(QStringLiteral("purchaseOrderResult"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QPushButton(tr("Close"), resultPage);
    close->setObjectName(QStringLiteral("purchaseOrderClose"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addStretch(1);
    resultButtons->addWidget(close);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_resultText);
    resultLayout->addStretch(1);
    resultLayout->addLayout(resultButtons);

    m_stack->addWidget(formPage);
    m_stack->addWidget(confirmPage);
    m_stack->addWidget(resultPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    AccessibleForms::nameControls(this);
    setMinimumWidth(520);
    resize(560, sizeHint().height());
}

NewPurchaseOrderDialog::~NewPurchaseOrderDialog() {
    // A create already sent is not stopped (it is a write; its outcome would be unknown).
    if (m_call)
        m_call->disconnect(this);
}

QLineEdit *NewPurchaseOrderDialog::amountEdit() const {
    return m_errors->lineEdit(QStringLiteral("amount"));
}

QLineEdit *NewPurchaseOrderDialog::field(const QString &apiField) const {
    return m_errors->lineEdit(apiField);
}

QString NewPurchaseOrderDialog::errorText(const QString &apiField) const {
    return m_errors->errorText(apiField);
}

QString NewPurchaseOrderDialog::confirmationText() const {
    return m_confirmText->text();
}

QString NewPurchaseOrderDialog::resultText() const {
    return m_resultText->text();
}

NewPurchaseOrder NewPurchaseOrderDialog::purchaseOrder() const {
    NewPurchaseOrder po;
    QString amount = amountEdit()->text().trimmed();
    // "1234,50" where the user's locale writes a decimal comma.
    const QLocale locale;
    if (locale.decimalPoint() == QStringLiteral(",") && !amount.contains(QLatin1Char('.')))
        amount.replace(QLatin1Char(','), QLatin1Char('.'));
    po.amount = amount;
    po.containerId = m_division->currentData().toLongLong();
    po.vatNumber = field(QStringLiteral("vat_number"))->text().trimmed();
    po.note = field(QStringLiteral("note"))->text().trimmed();
    return po;
}

void NewPurchaseOrderDialog::showPage(int index) {
    m_stack->setCurrentIndex(index);
}

void NewPurchaseOrderDialog::submit() {
    if (m_call)
        return;
    m_banner->clear();
    m_errors->clear();
    const NewPurchaseOrder po = purchaseOrder();
    QString fieldName;
    const QString problem = po.validate(&fieldName);
    if (!problem.isEmpty()) {
        const FieldErrors unplaced = m_errors->show({FieldError{fieldName, problem}});
        if (!unplaced.isEmpty())
            m_banner->showProblem(problem);
        // Room for the wrapped message under its field.
        adjustSize();
        return;
    }
    qint64 cents = 0;
    po.cents(&cents);
    const QString text =
        tr("Send a purchase order of %1 for %2? Once DigiCert approves it, the amount is "
           "invoiced.")
            .arg(Money::format(cents, QString(), QLocale()), m_division->currentText());
    m_confirmText->setText(text);
    showPage(1);
    m_confirm->setFocus();
    emit confirmationShown(text);
}

void NewPurchaseOrderDialog::confirm() {
    if (m_call || m_stack->currentIndex() != 1)
        return;
    m_confirm->setEnabled(false);
    m_back->setEnabled(false);
    m_confirm->setText(tr("Sending…"));
    auto *call = new PurchaseOrderCreateCall(m_client, purchaseOrder());
    m_call = call;
    connect(call, &PurchaseOrderCreateCall::created, this, [this](const PurchaseOrder &created) {
        m_call = nullptr;
        m_resultText->setText(
            tr("Purchase order %1 was sent; its status is %2. DigiCert reviews it; once it is "
               "approved, its invoice appears on the Invoices tab.")
                .arg(created.number.isEmpty() ? QString::number(created.id) : created.number,
                     PurchaseOrdersModel::statusText(
                         created.status.isEmpty() ? QStringLiteral("pending") : created.status)
                         .toLower()));
        showPage(2);
        emit this->created(created);
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_call = nullptr;
        m_confirm->setEnabled(true);
        m_back->setEnabled(true);
        m_confirm->setText(tr("Send purchase order"));
        showPage(0);
        const FieldErrors unplaced = m_errors->show(FieldErrorMap::fromApiError(error));
        Q_UNUSED(unplaced)
        adjustSize();
        if (error.isOutcomeUnknown())
            m_banner->showProblem(
                tr("It is not known whether the purchase order was created: %1 Look at the "
                   "purchase orders before sending it again.")
                    .arg(error.message()),
                error.shortCode());
        else
            m_banner->showProblem(
                tr("CertCentral did not create the purchase order: %1").arg(error.message()),
                error.shortCode());
    });
    m_client->submit(call);
}
