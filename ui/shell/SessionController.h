#pragma once

#include "api/SandboxLauncher.h"
#include "core/Profile.h"

#include <QObject>
#include <QString>

class CertCentralClient;
class CredentialStore;
class MainWindow;
class ProfileStore;

// Who CertDesk is signed in as: opens the active profile at start (its key from the keychain,
// or a sandbox child process), runs the sign-in dialog on first run, and carries out the
// profile menu (switch, add, rename, change key, sign out, remove).
class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(ProfileStore *profiles, CredentialStore *credentials,
                      CertCentralClient *client, MainWindow *window, QObject *parent = nullptr);

    // The active profile, or the sign-in dialog when there is none.
    void start();
    // Opens (creating it the first time) the sandbox profile: a seeded certdesk-sandbox over
    // HTTPS with its own CA, signed in with the sandbox's demo key.
    void startSandbox(int orders = 5000);
    void activate(const QString &profileId);

    void addProfile();
    void renameProfile();
    void changeKey();
    void signOut();
    void removeProfile();

    Profile activeProfile() const { return m_active; }
    SandboxLauncher &sandbox() { return m_sandbox; }
    // Where the sandbox keeps its CA between runs; tests point it at a scratch folder.
    void setSandboxStateDir(const QString &dir) { m_sandboxStateDir = dir; }
    static QString sandboxDemoKey() { return QStringLiteral("demo-admin-key"); }

signals:
    // A profile is connected and the window started loading it.
    void connected(const Profile &profile);

private:
    // Keeps the window's geometry and toolbar state with the active profile.
    void saveWindowLayout();
    void connectWith(const Profile &profile, const QString &key);
    void refreshSwitcher();
    Profile ensureSandboxProfile();
    bool showSignIn(const QString &intro);

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    CertCentralClient *m_client;
    MainWindow *m_window;
    SandboxLauncher m_sandbox;
    QString m_sandboxStateDir;
    Profile m_active;
    int m_sandboxOrders = 5000;
};
