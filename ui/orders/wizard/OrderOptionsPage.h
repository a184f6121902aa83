#pragma once

#include "core/CustomField.h"
#include "core/FilterChoice.h"

#include <QWizardPage>

namespace Ui {
class OrderOptionsPage;
}
class FieldErrorLabel;
class OrderWizard;
class QLineEdit;

// Page 7: the order's options: container, auto-renew, auto-reissue (TLS), who else is told,
// the renewal message, comments for the approver, and the custom order fields the account
// defines (GET account/metadata; required ones enforced, values checked by data type).
class OrderOptionsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit OrderOptionsPage(OrderWizard *wizard);
    ~OrderOptionsPage() override;

    void initializePage() override;
    bool validatePage() override;

private:
    void showContainers(FilterChoice::Kind kind, const QList<FilterChoice> &containers);
    QStringList emails() const;
    void showCustomFields(const QList<CustomField> &fields);

    struct CustomInput {
        CustomField field;
        QLineEdit *edit = nullptr;
        FieldErrorLabel *error = nullptr;
    };
    QList<CustomInput> m_customInputs;
    bool m_customLoaded = false;

    Ui::OrderOptionsPage *ui;
    OrderWizard *m_wizard;
    bool m_loaded = false;
};
