#include "ui/shell/SignInDialog.h"

#include "ui/common/FieldErrorLabel.h"

#include "api/CertCentralClient.h"
#include "core/RolePolicy.h"
#include "security/CredentialStore.h"
#include "security/ProfileStore.h"
#include "services/AccountService.h"
#include "services/Connection.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslCertificate>
#include <QStyle>
#include <QVBoxLayout>

SignInDialog::SignInDialog(ProfileStore *profiles, CredentialStore *credentials, Mode mode,
                           const Profile &existing, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_mode(mode)
    , m_profile(existing)
    , m_caPem(existing.caPem)
    , m_intro(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_nameError(new FieldErrorLabel(QStringLiteral("nameError"), this))
    , m_service(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_urlError(new FieldErrorLabel(QStringLiteral("urlError"), this))
    , m_caFile(new QLineEdit(this))
    , m_caBrowse(new QPushButton(tr("Browse…"), this))
    , m_caError(new FieldErrorLabel(QStringLiteral("caError"), this))
    , m_keyEdit(new QLineEdit(this))
    , m_keyError(new FieldErrorLabel(QStringLiteral("keyError"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_result(new QLabel(this))
    , m_sandbox(new QPushButton(tr("Try the sandbox"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_client(new CertCentralClient(this)) {
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(mode == Mode::NewProfile ? tr("Sign in to CertCentral")
                                            : tr("Change the API key of %1").arg(existing.name));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_service->setObjectName(QStringLiteral("service"));
    m_url->setObjectName(QStringLiteral("apiUrl"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_keyEdit->setObjectName(QStringLiteral("apiKey"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_sandbox->setObjectName(QStringLiteral("trySandbox"));
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_name->setPlaceholderText(tr("For example: Acme (US)"));
    m_name->setMaxLength(64);
    m_service->addItem(Profile::serviceName(Profile::Service::UnitedStates),
                       Profile::serviceId(Profile::Service::UnitedStates));
    m_service->addItem(Profile::serviceName(Profile::Service::Europe),
                       Profile::serviceId(Profile::Service::Europe));
    m_service->addItem(Profile::serviceName(Profile::Service::Custom),
                       Profile::serviceId(Profile::Service::Custom));
    m_url->setPlaceholderText(QStringLiteral("https://www.digicert.com/services/v2/"));
    m_caFile->setPlaceholderText(tr("Optional: a PEM file with your sandbox's or proxy's CA"));
    m_caFile->setReadOnly(true);
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("Paste the key from CertCentral: Automation > API Keys"));
    addShowKeyToggle();

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Profile &name"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Service"), m_service);
    form->addRow(tr("API &URL"), m_url);
    form->addRow(QString(), m_urlError);
    form->addRow(tr("Trusted CA"), caRow);
    form->addRow(QString(), m_caError);
    form->addRow(tr("API &key"), m_keyEdit);
    form->addRow(QString(), m_keyError);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);

    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::NewProfile ? tr("Sign in") : tr("Save key"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signIn"));
    if (mode == Mode::NewProfile)
        m_buttons->addButton(m_sandbox, QDialogButtonBox::ActionRole);
    else
        m_sandbox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    if (mode == Mode::ChangeKey)
        showExistingProfile(existing);
    onServiceChanged();

    connectControls();
}

// The eye at the end of the key field shows or hides the key.
void SignInDialog::addShowKeyToggle() {
    QAction *toggle = m_keyEdit->addAction(QIcon(QStringLiteral(":/ui/icons/eye.svg")),
                                           QLineEdit::TrailingPosition);
    toggle->setObjectName(QStringLiteral("showKey"));
    toggle->setCheckable(true);
    toggle->setToolTip(tr("Show the key"));
    connect(toggle, &QAction::toggled, this, [this, toggle](bool shown) {
        m_keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        toggle->setIcon(QIcon(shown ? QStringLiteral(":/ui/icons/eye-off.svg")
                                    : QStringLiteral(":/ui/icons/eye.svg")));
        toggle->setToolTip(shown ? tr("Hide the key") : tr("Show the key"));
    });
}

// Changing a key: the profile's name, service, URL and CA are shown and stay as they are.
void SignInDialog::showExistingProfile(const Profile &existing) {
    m_name->setText(existing.name);
    m_name->setEnabled(false);
    const int index = m_service->findData(Profile::serviceId(existing.service));
    m_service->setCurrentIndex(qMax(0, index));
    m_service->setEnabled(false);
    m_url->setText(existing.effectiveUrl().toString());
    m_url->setEnabled(false);
    m_caFile->setText(existing.caPem.isEmpty() ? QString() : tr("(kept from the profile)"));
    m_caBrowse->setEnabled(false);
}

// Buttons act; a field's message clears as the user fixes it.
void SignInDialog::connectControls() {
    connect(m_service, &QComboBox::currentIndexChanged, this, &SignInDialog::onServiceChanged);
    connect(m_caBrowse, &QPushButton::clicked, this, &SignInDialog::chooseCaFile);
    connect(m_test, &QPushButton::clicked, this, [this] { testConnection(false); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { testConnection(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sandbox, &QPushButton::clicked, this, [this] {
        m_sandboxChosen = true;
        accept();
    });
    // Messages clear as the user fixes a field.
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameError->setMessage({}); });
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_urlError->setMessage({}); });
    connect(m_keyEdit, &QLineEdit::textEdited, this, [this] {
        m_keyError->setMessage({});
        m_result->clear();
    });
}

SignInDialog::~SignInDialog() {
    if (m_call.isRunning())
        m_call.abort();
}

void SignInDialog::setIntro(const QString &text) {
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void SignInDialog::onServiceChanged() {
    if (m_mode == Mode::ChangeKey)
        return;
    const Profile::Service service = Profile::serviceFromId(m_service->currentData().toString());
    const bool custom = service == Profile::Service::Custom;
    m_url->setEnabled(custom);
    if (!custom) {
        Profile p;
        p.service = service;
        m_url->setText(p.effectiveUrl().toString());
        m_urlError->setMessage({});
    } else if (m_url->text().contains(QLatin1String("digicert."))) {
        m_url->clear();
    }
}

void SignInDialog::chooseCaFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Trusted CA certificate"), QString(),
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        setCaFile(path);
}

bool SignInDialog::setCaFile(const QString &path) {
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty()) {
        m_caError->setMessage(
            tr("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(path));
        return false;
    }
    m_caError->setMessage({});
    m_caFile->setText(path);
    QByteArray pem;
    for (const QSslCertificate &c : certs)
        pem += c.toPem();
    m_caPem = QString::fromLatin1(pem);
    return true;
}

Profile SignInDialog::profileFromFields() const {
    Profile p = m_profile;
    if (m_mode == Mode::ChangeKey)
        return p;
    p.name = m_name->text().trimmed();
    p.service = Profile::serviceFromId(m_service->currentData().toString());
    p.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    p.caPem = m_caPem;
    return p;
}

bool SignInDialog::validateFields() {
    bool ok = true;
    if (m_mode == Mode::NewProfile) {
        QString problem = Profile::validateName(m_name->text());
        if (problem.isEmpty() && m_profiles->profileByName(m_name->text()).isValid())
            problem = tr("A profile named \"%1\" exists already; choose another name.")
                          .arg(m_name->text().trimmed());
        m_nameError->setMessage(problem);
        ok = ok && problem.isEmpty();
        const Profile p = profileFromFields();
        problem =
            p.service == Profile::Service::Custom ? Profile::validateUrl(p.baseUrl) : QString();
        m_urlError->setMessage(problem);
        ok = ok && problem.isEmpty();
    }
    QString clean;
    const QString keyProblem = Profile::validateApiKey(m_keyEdit->text(), &clean);
    m_keyError->setMessage(keyProblem);
    if (keyProblem.isEmpty() && clean != m_keyEdit->text())
        m_keyEdit->setText(clean); // spaces or line breaks pasted around it
    return ok && keyProblem.isEmpty();
}

void SignInDialog::setBusy(bool busy, const QString &text) {
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_sandbox->setEnabled(!busy);
    if (!text.isEmpty())
        m_result->setText(text);
}

void SignInDialog::testConnection(bool thenSave) {
    if (!validateFields())
        return;
    const Profile p = profileFromFields();
    Connection connection = Connection::forProfile(p, m_keyEdit->text());
    connection.timeoutMs = m_timeoutMs;
    connection.apply(m_client);
    RetryPolicy quick;
    quick.maxAttempts = 2;
    m_client->setRetryPolicy(quick);
    setBusy(true, tr("Connecting to %1…").arg(p.effectiveUrl().host()));
    m_call = AccountService(m_client).me();
    m_call.onResult(this, [this, thenSave](const UserInfo &user) {
        m_user = user;
        const RolePolicy roles(user.accessRoles);
        m_result->setText(
            tr("Signed in as %1 <%2>, %3.")
                .arg(user.displayName(), user.email,
                     roles.roleNames().isEmpty() ? tr("no role") : roles.roleNames()));
        if (thenSave)
            save();
        else
            setBusy(false);
    });
    m_call.onFailed(this, [this](const ApiError &error) {
        setBusy(false, QString());
        m_result->clear();
        if (error.httpStatus() == 403)
            m_keyError->setMessage(error.message());
        else if (m_mode == Mode::NewProfile &&
                 profileFromFields().service == Profile::Service::Custom)
            m_urlError->setMessage(error.message());
        else
            m_result->setText(error.message());
    });
}

void SignInDialog::save() {
    Profile p = profileFromFields();
    if (m_mode == Mode::NewProfile) {
        const QString problem = m_profiles->add(&p);
        if (!problem.isEmpty()) {
            setBusy(false);
            m_nameError->setMessage(problem);
            return;
        }
    }
    const QString key = m_keyEdit->text();
    m_result->setText(tr("Storing the key in the keychain…"));
    m_credentials->writeKey(p.keychainKey(), key, [this, p, key](const CredentialStore::Result &r) {
        if (!r.ok()) {
            // Nothing half done: a new profile without its key is removed again.
            if (m_mode == Mode::NewProfile)
                m_profiles->remove(p.id);
            setBusy(false);
            m_result->setText(r.message);
            return;
        }
        m_profile = p;
        m_key = key;
        accept();
    });
}
