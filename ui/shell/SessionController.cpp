#include "ui/shell/SessionController.h"

#include "api/CertCentralClient.h"
#include "security/CredentialStore.h"
#include "security/ProfileStore.h"
#include "services/Connection.h"
#include "ui/orders/OrdersScreen.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"

#include <QDir>
#include <QInputDialog>
#include <QMessageBox>
#include <QSslCertificate>
#include <QStandardPaths>

SessionController::SessionController(ProfileStore *profiles, CredentialStore *credentials,
                                     CertCentralClient *client, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_client(client)
    , m_window(window)
    , m_sandboxStateDir(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("sandbox"))) {
    connect(window, &MainWindow::profileChosen, this, &SessionController::activate);
    connect(window, &MainWindow::addProfileRequested, this, &SessionController::addProfile);
    connect(window, &MainWindow::renameProfileRequested, this, &SessionController::renameProfile);
    connect(window, &MainWindow::changeKeyRequested, this, &SessionController::changeKey);
    connect(window, &MainWindow::signOutRequested, this, &SessionController::signOut);
    connect(window, &MainWindow::removeProfileRequested, this, &SessionController::removeProfile);
    connect(window, &MainWindow::sandboxRequested, this, [this] { startSandbox(m_sandboxOrders); });
    connect(window, &MainWindow::aboutToClose, this, &SessionController::saveWindowLayout);
    connect(window->ordersScreen(), &OrdersScreen::headerStateChanged, this,
            [this](const QByteArray &state) {
                m_profiles->setProfileValue(m_active.id, QStringLiteral("ordersHeader"),
                                            state.isEmpty() ? QVariant() : QVariant(state));
            });
    connect(&m_sandbox, &SandboxLauncher::failed, this, [this](const QString &message) {
        m_window->showStartupError(tr("The sandbox could not be started: %1").arg(message),
                                   tr("Retry"), [this] { startSandbox(m_sandboxOrders); });
    });
}

void SessionController::refreshSwitcher() {
    m_window->setProfiles(m_profiles->profiles(), m_active.id);
}

void SessionController::start() {
    const Profile active = m_profiles->activeProfile();
    if (active.isValid()) {
        activate(active.id);
        return;
    }
    refreshSwitcher();
    if (!showSignIn(tr("Welcome to CertDesk. Sign in with an API key from CertCentral, or try "
                       "the sandbox: a local CertCentral with sample data.")))
        m_window->showStartupError(tr("You are not signed in."), tr("Sign in…"),
                                   [this] { addProfile(); });
}

bool SessionController::showSignIn(const QString &intro) {
    SignInDialog dialog(m_profiles, m_credentials, SignInDialog::Mode::NewProfile, {}, m_window);
    dialog.setIntro(intro);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.sandboxChosen()) {
        startSandbox(m_sandboxOrders);
        return true;
    }
    m_profiles->setActiveId(dialog.profile().id);
    connectWith(dialog.profile(), dialog.apiKey());
    return true;
}

void SessionController::activate(const QString &profileId) {
    const Profile profile = m_profiles->profile(profileId);
    if (!profile.isValid())
        return;
    if (profile.service == Profile::Service::Sandbox) {
        startSandbox(m_sandboxOrders);
        return;
    }
    m_sandbox.stop();
    if (m_active.id != profile.id)
        saveWindowLayout(); // the window's size stays with the profile it was used with
    m_active = profile;
    m_profiles->setActiveId(profile.id);
    refreshSwitcher();
    m_window->showConnecting(tr("Reading the API key of %1 from the keychain…").arg(profile.name));
    m_credentials->readKey(
        profile.keychainKey(), [this, profile](const CredentialStore::Result &r) {
            if (m_active.id != profile.id)
                return; // the user switched again meanwhile
            if (r.ok()) {
                connectWith(profile, r.key);
            } else if (r.status == CredentialStore::Status::NotFound) {
                m_window->showSignedOut(
                    tr("%1 has no API key in the keychain. Sign in to add one.").arg(profile.name));
            } else {
                m_window->showStartupError(r.message, tr("Try the sandbox"),
                                           [this] { startSandbox(m_sandboxOrders); });
            }
        });
}

void SessionController::saveWindowLayout() {
    if (m_active.id.isEmpty())
        return;
    m_profiles->setProfileValue(m_active.id, QStringLiteral("windowGeometry"),
                                m_window->saveGeometry());
    m_profiles->setProfileValue(m_active.id, QStringLiteral("windowState"), m_window->saveState());
}

void SessionController::connectWith(const Profile &profile, const QString &key) {
    const QByteArray geometry =
        m_profiles->profileValue(profile.id, QStringLiteral("windowGeometry")).toByteArray();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    const QByteArray state =
        m_profiles->profileValue(profile.id, QStringLiteral("windowState")).toByteArray();
    if (!state.isEmpty())
        m_window->restoreState(state);
    m_active = profile;
    Connection::forProfile(profile, key).apply(m_client);
    refreshSwitcher();
    m_window->setProfileName(profile.name);
    m_window->ordersScreen()->restoreHeaderState(
        m_profiles->profileValue(profile.id, QStringLiteral("ordersHeader")).toByteArray());
    m_window->start();
    emit connected(profile);
}

Profile SessionController::ensureSandboxProfile() {
    for (const Profile &p : m_profiles->profiles()) {
        if (p.service == Profile::Service::Sandbox)
            return p;
    }
    Profile p;
    p.name = tr("Sandbox");
    if (m_profiles->profileByName(p.name).isValid())
        p.name = tr("Local sandbox");
    p.service = Profile::Service::Sandbox;
    p.baseUrl = QUrl(QStringLiteral("https://127.0.0.1/services/v2/")); // the port comes at start
    m_profiles->add(&p);
    return p;
}

void SessionController::startSandbox(int orders) {
    m_sandboxOrders = orders;
    Profile profile = ensureSandboxProfile();
    if (m_active.id != profile.id)
        saveWindowLayout();
    m_active = profile;
    m_profiles->setActiveId(profile.id);
    refreshSwitcher();
    if (m_sandbox.isRunning()) {
        profile.baseUrl = m_sandbox.baseUrl();
        profile.caPem = QString::fromLatin1(
            QSslCertificate::fromPath(QDir(m_sandboxStateDir).filePath(QStringLiteral("ca.pem")))
                .value(0)
                .toPem());
        connectWith(profile, sandboxDemoKey());
        return;
    }
    QDir().mkpath(m_sandboxStateDir);
    m_window->showConnecting(tr("Starting the sandbox…"));
    disconnect(&m_sandbox, &SandboxLauncher::started, this, nullptr);
    connect(&m_sandbox, &SandboxLauncher::started, this, [this, profile](const QUrl &url) mutable {
        profile.baseUrl = url;
        const QList<QSslCertificate> ca =
            QSslCertificate::fromPath(QDir(m_sandboxStateDir).filePath(QStringLiteral("ca.pem")));
        profile.caPem = ca.isEmpty() ? QString() : QString::fromLatin1(ca.first().toPem());
        connectWith(profile, sandboxDemoKey());
    });
    m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--orders"),
                     QString::number(orders), QStringLiteral("--tls"),
                     QStringLiteral("--state-dir"), m_sandboxStateDir});
}

void SessionController::addProfile() {
    showSignIn(QString());
}

void SessionController::renameProfile() {
    if (!m_active.isValid())
        return;
    QString name = m_active.name;
    QString problem;
    while (true) {
        bool ok = false;
        const QString label = problem.isEmpty() ? tr("New name for the profile:")
                                                : problem + QLatin1Char('\n') + tr("New name:");
        name = QInputDialog::getText(m_window, tr("Rename profile"), label, QLineEdit::Normal, name,
                                     &ok);
        if (!ok)
            return;
        Profile renamed = m_active;
        renamed.name = name;
        problem = m_profiles->update(renamed);
        if (problem.isEmpty()) {
            m_active = m_profiles->profile(renamed.id);
            m_window->setProfileName(m_active.name);
            refreshSwitcher();
            return;
        }
    }
}

void SessionController::changeKey() {
    if (!m_active.isValid() || m_active.service == Profile::Service::Sandbox) {
        addProfile();
        return;
    }
    SignInDialog dialog(m_profiles, m_credentials, SignInDialog::Mode::ChangeKey, m_active,
                        m_window);
    dialog.setIntro(tr("The new key replaces the old one in the keychain once CertCentral has "
                       "accepted it."));
    if (dialog.exec() == QDialog::Accepted)
        connectWith(m_active, dialog.apiKey());
}

void SessionController::signOut() {
    if (!m_active.isValid())
        return;
    if (m_active.service == Profile::Service::Sandbox) {
        m_sandbox.stop();
        m_window->showSignedOut(tr("The sandbox was stopped."));
        return;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Sign out"),
        tr("Sign out of %1?\n\nThe API key is removed from this computer's keychain. To sign in "
           "again you will need the key from CertCentral.")
            .arg(m_active.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Profile profile = m_active;
    m_credentials->removeKey(profile.keychainKey(),
                             [this, profile](const CredentialStore::Result &r) {
                                 if (!r.ok()) {
                                     m_window->showStartupError(r.message);
                                     return;
                                 }
                                 m_client->setApiKey(QString());
                                 m_window->showSignedOut(tr("Signed out of %1.").arg(profile.name));
                             });
}

void SessionController::removeProfile() {
    if (!m_active.isValid())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Remove profile"),
        tr("Remove the profile %1 and its API key from this computer?\n\nNothing changes in "
           "CertCentral.")
            .arg(m_active.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Profile profile = m_active;
    auto finish = [this, profile] {
        m_profiles->remove(profile.id);
        m_active = Profile();
        m_client->setApiKey(QString());
        const QList<Profile> rest = m_profiles->profiles();
        if (!rest.isEmpty()) {
            activate(rest.first().id);
        } else {
            refreshSwitcher();
            m_window->showSignedOut(tr("The profile %1 was removed.").arg(profile.name));
        }
    };
    if (profile.service == Profile::Service::Sandbox) {
        m_sandbox.stop();
        finish();
        return;
    }
    m_credentials->removeKey(profile.keychainKey(),
                             [this, finish](const CredentialStore::Result &r) {
                                 if (!r.ok()) {
                                     m_window->showStartupError(r.message);
                                     return;
                                 }
                                 finish();
                             });
}
