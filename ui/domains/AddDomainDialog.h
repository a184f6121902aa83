#pragma once

#include "core/FilterChoice.h"
#include "core/NewDomain.h"
#include "services/DomainService.h"

#include <QDialog>
#include <QPointer>

class ApiError;
class CertCentralClient;
class FieldErrorLabel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds a domain: its name, the organization (from the account), the validations to submit
// with it and the DCV method. The dialog sends POST domain itself and stays open on an error,
// with the message under the field it is about, so nothing typed is lost.
class AddDomainDialog : public QDialog {
    Q_OBJECT
public:
    AddDomainDialog(CertCentralClient *client, QWidget *parent = nullptr);

    NewDomain domain() const;
    qint64 createdId() const { return m_createdId; }
    QString dcvToken() const { return m_token; }
    // Sends the domain when it is valid; the dialog accepts when CertCentral has added it.
    void submit();

private:
    void loadOrganizations();
    void showOrganizations(FilterChoice::Kind kind, const QList<FilterChoice> &choices);
    void showProblem(const QString &field, const QString &message);
    void onFailed(const ApiError &error);
    void setBusy(bool busy);

    CertCentralClient *m_client;
    QLineEdit *m_name;
    FieldErrorLabel *m_nameError;
    QComboBox *m_organization;
    FieldErrorLabel *m_organizationError;
    QCheckBox *m_ov;
    QCheckBox *m_ev;
    QComboBox *m_method;
    FieldErrorLabel *m_methodError;
    QLabel *m_methodHint;
    FieldErrorLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    Reply<qint64, QString> m_call;
    qint64 m_createdId = 0;
    QString m_token;
};
