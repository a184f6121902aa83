#pragma once

#include "core/Profile.h"
#include "core/UserInfo.h"
#include "services/AccountService.h"

#include <QDialog>
#include <QPointer>

class CertCentralClient;
class CredentialStore;
class FieldErrorLabel;
class ProfileStore;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Signing in to CertCentral: a new profile (name, service, URL, trusted CA, API key) or a new
// key for an existing profile (key rotation). "Test connection" asks GET user/me and shows who
// the key belongs to; "Sign in" does the same check, stores the profile and puts the key in
// the keychain, and closes only when all of that worked, so nothing typed is lost.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { NewProfile, ChangeKey };

    SignInDialog(ProfileStore *profiles, CredentialStore *credentials, Mode mode,
                 const Profile &existing = {}, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // After accept(): the stored profile and the key now in the keychain.
    Profile profile() const { return m_profile; }
    QString apiKey() const { return m_key; }
    UserInfo user() const { return m_user; }
    // The user chose "Try the sandbox" instead of signing in.
    bool sandboxChosen() const { return m_sandboxChosen; }
    // A message shown above the fields when the dialog opens (why it is shown).
    void setIntro(const QString &text);
    // Loads a CA certificate file to trust (what "Browse…" does); false, with the message
    // under the field, when it holds no PEM certificate.
    bool setCaFile(const QString &path);
    // How long Test connection waits for CertCentral (20 s unless changed).
    void setTimeoutMs(int msecs) { m_timeoutMs = msecs; }

private:
    void addShowKeyToggle();
    void showExistingProfile(const Profile &existing);
    void connectControls();
    Profile profileFromFields() const;
    // Validates every field and shows each problem under its field. True when all are fine.
    bool validateFields();
    void testConnection(bool thenSave);
    void save();
    void setBusy(bool busy, const QString &text = {});
    void onServiceChanged();
    void chooseCaFile();

    ProfileStore *m_profiles;
    CredentialStore *m_credentials;
    Mode m_mode;
    Profile m_profile;
    QString m_key;
    UserInfo m_user;
    bool m_sandboxChosen = false;
    int m_timeoutMs = 20000;
    QString m_caPem;

    QLabel *m_intro;
    QLineEdit *m_name;
    FieldErrorLabel *m_nameError;
    QComboBox *m_service;
    QLineEdit *m_url;
    FieldErrorLabel *m_urlError;
    QLineEdit *m_caFile;
    QPushButton *m_caBrowse;
    FieldErrorLabel *m_caError;
    QLineEdit *m_keyEdit;
    FieldErrorLabel *m_keyError;
    QPushButton *m_test;
    QLabel *m_result;
    QPushButton *m_sandbox;
    QDialogButtonBox *m_buttons;
    CertCentralClient *m_client;
    Reply<UserInfo> m_call;
};
