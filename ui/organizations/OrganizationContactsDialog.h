#pragma once

#include "core/Organization.h"
#include "services/OrganizationService.h"

#include <QDialog>
#include <QPointer>

class CertCentralClient;
class ErrorBanner;
class FieldErrorMap;
class QDialogButtonBox;
class QLineEdit;

// Change contacts: the organization contact (required) and the technical contact (emptied to
// remove it), filled in from Organization info. The same person keeps their id at
// CertCentral; anyone else replaces the contact. Closes when CertCentral accepted.
class OrganizationContactsDialog : public QDialog {
    Q_OBJECT
public:
    OrganizationContactsDialog(CertCentralClient *client, const Organization &organization,
                               QWidget *parent = nullptr);
    ~OrganizationContactsDialog() override;

    OrganizationContact organizationContact() const;
    OrganizationContact technicalContact() const;
    QLineEdit *field(const QString &field) const;
    QString errorText(const QString &field) const;
    ErrorBanner *banner() const { return m_banner; }
    bool isLoaded() const { return m_loaded; }
    void submit();

signals:
    void loaded();
    void changed(qint64 organizationId);

private:
    void fill(const Organization &organization);
    void setBusy(bool busy);

    CertCentralClient *m_client;
    qint64 m_organizationId;
    FieldErrorMap *m_errors;
    ErrorBanner *m_banner;
    QDialogButtonBox *m_buttons;
    Reply<qint64> m_call;
    bool m_loaded = false;
};
