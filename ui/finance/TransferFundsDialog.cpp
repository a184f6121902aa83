#include "ui/finance/TransferFundsDialog.h"

#include "api/CertCentralClient.h"
#include "core/Money.h"
#include "services/FinanceService.h"
#include "ui/common/AccessibleForms.h"
#include "ui/common/ErrorBanner.h"
#include "ui/common/FieldErrorMap.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

TransferFundsDialog::TransferFundsDialog(CertCentralClient *client,
                                         const QList<Division> &divisions, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_divisions(divisions)
    , m_errors(new FieldErrorMap(this))
    , m_banner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_from(nullptr)
    , m_to(nullptr)
    , m_available(nullptr)
    , m_move(nullptr)
    , m_confirmText(nullptr)
    , m_confirm(nullptr)
    , m_back(nullptr)
    , m_resultText(nullptr) {
    setObjectName(QStringLiteral("transferFundsDialog"));
    setWindowTitle(tr("Move funds"));

    // The form.
    auto *formPage = new QWidget(this);
    auto *intro = new QLabel(tr("Moves funds from one division to another at once. CertCentral "
                                "allows it when separate division funds are enabled (Finances > "
                                "Settings in the console), and moves whole amounts only."),
                             formPage);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *formHolder = new QWidget(formPage);
    formHolder->setLayout(form);
    m_from = new QComboBox(formHolder);
    m_from->setObjectName(QStringLiteral("from_container_id"));
    m_to = new QComboBox(formHolder);
    m_to->setObjectName(QStringLiteral("to_container_id"));
    for (const Division &d : divisions) {
        m_from->addItem(d.name, d.containerId);
        m_to->addItem(d.name, d.containerId);
    }
    if (m_to->count() > 1)
        m_to->setCurrentIndex(1);
    auto *fromError = FieldErrorMap::makeErrorLabel(formHolder, QStringLiteral("fromError"));
    auto *toError = FieldErrorMap::makeErrorLabel(formHolder, QStringLiteral("toError"));
    m_available = new QLabel(formHolder);
    m_available->setObjectName(QStringLiteral("transferAvailable"));
    form->addRow(tr("From"), m_from);
    form->addRow(QString(), m_available);
    form->addRow(QString(), fromError);
    m_errors->addField(QStringLiteral("from_container_id"), m_from, fromError);
    form->addRow(tr("To"), m_to);
    form->addRow(QString(), toError);
    m_errors->addField(QStringLiteral("to_container_id"), m_to, toError);
    m_errors->addLineEdit(form, tr("Amount"), QStringLiteral("amount"), 16)
        ->setPlaceholderText(tr("A whole amount, for example 1000"));
    m_move = new QPushButton(tr("Move…"), formPage);
    m_move->setObjectName(QStringLiteral("transferMove"));
    m_move->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), formPage);
    connect(m_move, &QPushButton::clicked, this, &TransferFundsDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_from, &QComboBox::currentIndexChanged, this, &TransferFundsDialog::updateAvailable);
    auto *formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(cancel);
    formButtons->addWidget(m_move);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(intro);
    formLayout->addWidget(formHolder);
    formLayout->addStretch(1);
    formLayout->addLayout(formButtons);

    m_stack->addWidget(formPage);
    m_stack->addWidget(buildConfirmPage());
    m_stack->addWidget(buildResultPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    AccessibleForms::nameControls(this);
    updateAvailable();
    setMinimumWidth(520);
    resize(560, sizeHint().height());
}

// The second page: what will move, from where to where, before anything is sent.
QWidget *TransferFundsDialog::buildConfirmPage() {
    auto *confirmPage = new QWidget(this);
    m_confirmText = new QLabel(confirmPage);
    m_confirmText->setObjectName(QStringLiteral("transferConfirmation"));
    m_confirmText->setWordWrap(true);
    m_back = new QPushButton(tr("Back"), confirmPage);
    m_confirm = new QPushButton(tr("Move funds"), confirmPage);
    m_confirm->setObjectName(QStringLiteral("transferConfirm"));
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(0); });
    connect(m_confirm, &QPushButton::clicked, this, &TransferFundsDialog::confirm);
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch(1);
    confirmButtons->addWidget(m_back);
    confirmButtons->addWidget(m_confirm);
    auto *confirmLayout = new QVBoxLayout(confirmPage);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addStretch(1);
    confirmLayout->addLayout(confirmButtons);
    return confirmPage;
}

// The last page: what CertCentral answered.
QWidget *TransferFundsDialog::buildResultPage() {
    auto *resultPage = new QWidget(this);
    m_resultText = new QLabel(resultPage);
    m_resultText->setObjectName(QStringLiteral("transferResult"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QPushButton(tr("Close"), resultPage);
    close->setObjectName(QStringLiteral("transferClose"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addStretch(1);
    resultButtons->addWidget(close);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_resultText);
    resultLayout->addStretch(1);
    resultLayout->addLayout(resultButtons);
    return resultPage;
}

TransferFundsDialog::~TransferFundsDialog() {
    // A transfer already sent is not stopped (it is a write; its outcome would be unknown).
    m_call.detach(this);
}

QLineEdit *TransferFundsDialog::amountEdit() const {
    return m_errors->lineEdit(QStringLiteral("amount"));
}

QString TransferFundsDialog::errorText(const QString &apiField) const {
    return m_errors->errorText(apiField);
}

QString TransferFundsDialog::availableText() const {
    return m_available->text();
}

QString TransferFundsDialog::confirmationText() const {
    return m_confirmText->text();
}

QString TransferFundsDialog::resultText() const {
    return m_resultText->text();
}

const TransferFundsDialog::Division *TransferFundsDialog::division(qint64 containerId) const {
    for (const Division &d : m_divisions)
        if (d.containerId == containerId)
            return &d;
    return nullptr;
}

void TransferFundsDialog::updateAvailable() {
    const Division *d = division(m_from->currentData().toLongLong());
    if (!d)
        m_available->clear();
    else if (d->availableCents >= 0)
        m_available->setText(
            tr("Available: %1").arg(Money::format(d->availableCents, d->currency, QLocale())));
    else
        m_available->setText(tr("Available: not known (unlimited, or the balance did not load)"));
}

FundsTransfer TransferFundsDialog::transfer() const {
    FundsTransfer t;
    t.fromContainerId = m_from->currentData().toLongLong();
    t.toContainerId = m_to->currentData().toLongLong();
    QString amount = amountEdit()->text().trimmed();
    // The user's group separator ("1.000" in German) is not a decimal point here.
    const QLocale locale;
    if (!locale.groupSeparator().isEmpty() && locale.groupSeparator() != QStringLiteral(","))
        amount.remove(locale.groupSeparator());
    if (locale.decimalPoint() == QStringLiteral(","))
        amount.replace(QLatin1Char(','), QLatin1Char('.'));
    t.amount = amount;
    return t;
}

QString TransferFundsDialog::amountText(const FundsTransfer &transfer) const {
    qint64 whole = 0;
    transfer.wholeAmount(&whole);
    const Division *from = division(transfer.fromContainerId);
    return Money::format(whole * 100, from ? from->currency : QString(), QLocale());
}

void TransferFundsDialog::showPage(int index) {
    m_stack->setCurrentIndex(index);
}

void TransferFundsDialog::submit() {
    if (m_call.isRunning())
        return;
    m_banner->clear();
    m_errors->clear();
    const FundsTransfer t = transfer();
    const Division *from = division(t.fromContainerId);
    QString fieldName;
    const QString problem = t.validate(&fieldName, from ? from->availableCents : -1);
    if (!problem.isEmpty()) {
        const FieldErrors unplaced = m_errors->show({FieldError{fieldName, problem}});
        if (!unplaced.isEmpty())
            m_banner->showProblem(problem);
        adjustSize();
        return;
    }
    const QString text =
        tr("Move %1 from %2 to %3? CertCentral moves the funds at once; to undo it, move them "
           "back.")
            .arg(amountText(t), m_from->currentText(), m_to->currentText());
    m_confirmText->setText(text);
    showPage(1);
    m_confirm->setFocus();
    emit confirmationShown(text);
}

void TransferFundsDialog::confirm() {
    if (m_call.isRunning() || m_stack->currentIndex() != 1)
        return;
    m_confirm->setEnabled(false);
    m_back->setEnabled(false);
    m_confirm->setText(tr("Moving…"));
    const FundsTransfer t = transfer();
    const QString fromName = m_from->currentText();
    const QString toName = m_to->currentText();
    const auto call = FinanceService(m_client).transfer(t);
    m_call = call;
    call.onResult(this, [this, fromName, toName](const FundsTransfer &done) {
        m_call.reset();
        m_resultText->setText(tr("Moved %1 from %2 to %3. The balances are updated.")
                                  .arg(amountText(done), fromName, toName));
        showPage(2);
        emit transferred(done);
    });
    call.onFailed(this, [this](const ApiError &error) {
        m_call.reset();
        m_confirm->setEnabled(true);
        m_back->setEnabled(true);
        m_confirm->setText(tr("Move funds"));
        showPage(0);
        const FieldErrors unplaced = m_errors->show(FieldErrorMap::fromApiError(error));
        Q_UNUSED(unplaced)
        adjustSize();
        if (error.isOutcomeUnknown()) {
            m_banner->showProblem(
                tr("It is not known whether the funds moved: %1 Look at the balances and the "
                   "balance history before moving them again.")
                    .arg(error.message()),
                error.shortCode());
            emit outcomeUnknown();
        } else {
            m_banner->showProblem(tr("CertCentral did not move the funds: %1").arg(error.message()),
                                  error.shortCode());
        }
    });
}
