#pragma once

#include "core/ApiError.h"
#include "core/FieldError.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

// The error labels of a form, keyed by the API's field path ("organization_contact.email"),
// so that a local check (FieldErrors) and a refusal from CertCentral (missing_param|field,
// invalid_value|field) are both shown under the field they are about. Typing in a field
// clears its message; nothing the user typed is ever changed.
class FieldErrorMap : public QObject {
    Q_OBJECT
public:
    explicit FieldErrorMap(QObject *parent = nullptr);

    // Adds "label: edit" to the form with an error row under it, hidden until needed.
    QLineEdit *addLineEdit(QFormLayout *form, const QString &label, const QString &field,
                           int maxLength = 0);
    // Any other input (a check box group...) whose errors show in errorLabel.
    void addField(const QString &field, QWidget *input, QLabel *errorLabel);
    static QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);

    // Shows each error under its field (the first message per field) and returns those that
    // have no field here. The first field with an error gets the focus.
    FieldErrors show(const FieldErrors &errors);
    void clear();
    QString errorText(const QString &field) const;
    QLineEdit *lineEdit(const QString &field) const;

    // The field errors in an API refusal: missing_param|path and invalid_value|path entries.
    // Others (duplicate_organization...) are left for a banner.
    static FieldErrors fromApiError(const ApiError &error);

private:
    struct Entry {
        QPointer<QWidget> input;
        QPointer<QLabel> label;
    };
    QHash<QString, Entry> m_fields;
};
