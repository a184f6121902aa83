#include "ui/orders/lifecycle/ReissueProvisioningPage.h"

#include "security/CsrInfo.h"
#include "ui/orders/lifecycle/ReissueWizard.h"

#include <QButtonGroup>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

ReissueProvisioningPage::ReissueProvisioningPage(ReissueWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_methods(new QButtonGroup(this))
    , m_csr(new QPlainTextEdit(this))
    , m_csrLabel(new QLabel(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("reissueProvisioningPage"));
    setTitle(tr("Where will the new key live?"));
    setSubTitle(tr("A code-signing certificate names the organization, not domains; the new "
                   "key is made where it will be kept."));
    auto *layout = new QVBoxLayout(this);
    const struct {
        const char *method;
        QString text;
    } choices[] = {
        {"", tr("As the order has it now")},
        {"ship_token", tr("DigiCert ships a new hardware token")},
        {"client_app", tr("A token I already have (the key is made on it)")},
        {"email", tr("My own HSM (I paste the CSR made there)")},
    };
    int id = 0;
    for (const auto &c : choices) {
        auto *button = new QRadioButton(c.text, this);
        button->setObjectName(QStringLiteral("provisioning_") + (c.method[0]
                                                                     ? QString::fromLatin1(c.method)
                                                                     : QStringLiteral("keep")));
        button->setProperty("method", QString::fromLatin1(c.method));
        m_methods->addButton(button, id++);
        layout->addWidget(button);
    }
    m_methods->button(0)->setChecked(true);
    m_csrLabel->setText(tr("CSR from your HSM:"));
    m_csrLabel->setBuddy(m_csr);
    m_csr->setObjectName(QStringLiteral("csCsr"));
    m_csr->setPlaceholderText(tr("-----BEGIN CERTIFICATE REQUEST-----"));
    m_csr->setMaximumHeight(120);
    m_error->setObjectName(QStringLiteral("provisioningError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    // Room for a wrapped message: the wizard does not grow the page when it appears.
    m_error->setMinimumHeight(m_error->fontMetrics().lineSpacing() * 3);
    m_error->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addSpacing(6);
    layout->addWidget(m_csrLabel);
    layout->addWidget(m_csr);
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(m_methods, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateMode();
    });
    connect(m_csr, &QPlainTextEdit::textChanged, this, [this] {
        m_error->clear();
        emit completeChanged();
    });
    updateMode();
}

QString ReissueProvisioningPage::method() const {
    QAbstractButton *checked = m_methods->checkedButton();
    return checked ? checked->property("method").toString() : QString();
}

void ReissueProvisioningPage::initializePage() {
    const QString current = m_wizard->details().csProvisioningMethod;
    if (!current.isEmpty())
        m_methods->button(0)->setText(tr("As the order has it now (%1)").arg(current));
}

void ReissueProvisioningPage::updateMode() {
    const bool byEmail = method() == QLatin1String("email");
    m_csrLabel->setVisible(byEmail);
    m_csr->setVisible(byEmail);
    m_error->clear();
    emit completeChanged();
}

bool ReissueProvisioningPage::isComplete() const {
    return method() != QLatin1String("email") || !m_csr->toPlainText().trimmed().isEmpty();
}

bool ReissueProvisioningPage::validatePage() {
    ReissueRequest &r = m_wizard->request();
    r.csProvisioningMethod = method();
    r.csr.clear();
    if (r.csProvisioningMethod == QLatin1String("email")) {
        CsrInfo info;
        QString error;
        if (!CsrInfo::parse(m_csr->toPlainText().toUtf8(), &info, &error)) {
            m_error->setText(tr("CSR: %1").arg(error));
            return false;
        }
        r.csr = info.pem;
    }
    m_error->clear();
    return true;
}
