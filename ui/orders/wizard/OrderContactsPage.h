#pragma once

#include "core/NewVerifiedContact.h"
#include "core/VerifiedContact.h"
#include "services/OrganizationService.h"

#include <QPointer>
#include <QWizardPage>

namespace Ui {
class OrderContactsPage;
}
class FieldErrorMap;
class OrderWizard;

// Page 5b (OV, EV, code signing): who approves and who is told. For EV and code signing the
// verified contacts who approve the order: the organization's existing ones (ticked) and new
// people (at most 30, sent in organization.contacts). For every organization product, optional
// order-level organization and technical contacts that leave the organization's own alone.
class OrderContactsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderContactsPage(OrderWizard *wizard);
    ~OrderContactsPage() override;

    void initializePage() override;
    bool validatePage() override;

    // The rows of the new-people table that have anything typed in them.
    QList<NewVerifiedContact> newContacts() const;
    void addPersonRow(const OrganizationContact &contact = {});

private:
    enum Column {
        FirstNameColumn,
        LastNameColumn,
        EmailColumn,
        JobTitleColumn,
        TelephoneColumn,
        ColumnCount
    };
    void loadVerifiedContacts(qint64 organizationId);
    void showVerifiedContacts(qint64 organizationId, const QList<VerifiedContact> &contacts);
    void updateCount();
    OrganizationContact contactFrom(const QString &prefix) const;

    Ui::OrderContactsPage *ui;
    OrderWizard *m_wizard;
    FieldErrorMap *m_fields;
    qint64 m_loadedFor = 0;
    Reply<qint64, QList<VerifiedContact>> m_call;
};
