#include "ui/orders/EditNamesDialog.h"

#include "api/CertCentralClient.h"
#include "services/OrderService.h"
#include "ui/common/FieldErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

EditNamesDialog::EditNamesDialog(CertCentralClient *client, qint64 orderId,
                                 const QStringList &currentNames, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_orderId(orderId)
    , m_current(currentNames)
    , m_commonName(new QLineEdit(this))
    , m_sans(new QPlainTextEdit(this))
    , m_error(new FieldErrorLabel(QStringLiteral("namesError"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("editNamesDialog"));
    setWindowTitle(tr("Names of order %1").arg(orderId));
    m_commonName->setObjectName(QStringLiteral("commonName"));
    m_sans->setObjectName(QStringLiteral("sans"));
    m_sans->setTabChangesFocus(true);
    m_commonName->setText(currentNames.value(0));
    m_sans->setPlainText(currentNames.mid(1).join(QLatin1Char('\n')));
    auto *hint = new QLabel(tr("At most %n name(s), as the order has now. New names need DCV.",
                               nullptr, int(currentNames.size())),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Common name"), m_commonName);
    form->addRow(tr("Other names"), m_sans);
    form->addRow(hint);
    form->addRow(m_error);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save names"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveNames"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditNamesDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_commonName, &QLineEdit::textEdited, this, [this] { m_error->setMessage({}); });
    connect(m_sans, &QPlainTextEdit::textChanged, this, [this] { m_error->setMessage({}); });
    setMinimumWidth(480);
}

void EditNamesDialog::submit() {
    const QString cn = m_commonName->text().trimmed();
    const QStringList sans = m_sans->toPlainText().split(
        QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    const QString problem = OrderService::namesProblem(cn, sans, m_current);
    if (!problem.isEmpty()) {
        m_error->setMessage(problem);
        return;
    }
    m_buttons->setEnabled(false);
    const auto call = OrderService(m_client).editNames(m_orderId, cn, sans);
    call.onResult(this, [this](qint64 id) {
        emit edited(id);
        accept();
    });
    call.onFailed(this, [this](const ApiError &error) {
        m_buttons->setEnabled(true);
        m_error->setMessage(tr("Not changed: %1").arg(error.message()));
    });
}
