#include "ui/common/FieldErrorMap.h"

#include "ui/common/FieldErrorLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

FieldErrorMap::FieldErrorMap(QObject *parent)
    : QObject(parent) {}

QLabel *FieldErrorMap::makeErrorLabel(QWidget *parent, const QString &objectName) {
    return new FieldErrorLabel(objectName, parent);
}

QLineEdit *FieldErrorMap::addLineEdit(QFormLayout *form, const QString &label, const QString &field,
                                      int maxLength) {
    QWidget *parent = form->parentWidget();
    auto *edit = new QLineEdit(parent);
    // Object names follow the API's field path: "organization_contact.email" ->
    // "organization_contact_email".
    QString name = field;
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    edit->setObjectName(name);
    // A little room past the limit, so a paste too long is shown with its message rather
    // than cut silently.
    if (maxLength > 0)
        edit->setMaxLength(maxLength + 32);
    auto *error = makeErrorLabel(parent, name + QStringLiteral("Error"));
    form->addRow(label, edit);
    form->addRow(QString(), error);
    addField(field, edit, error);
    connect(edit, &QLineEdit::textEdited, error, [error] {
        error->clear();
        error->hide();
    });
    return edit;
}

void FieldErrorMap::addField(const QString &field, QWidget *input, QLabel *errorLabel) {
    m_fields.insert(field, Entry{input, errorLabel});
}

FieldErrors FieldErrorMap::show(const FieldErrors &errors) {
    clear();
    FieldErrors unplaced;
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        const auto it = m_fields.constFind(e.field);
        if (it == m_fields.constEnd() || !it->label) {
            unplaced << e;
            continue;
        }
        if (!it->label->text().isEmpty())
            continue; // one message per field
        it->label->setText(e.message);
        it->label->show();
        if (!first)
            first = it->input;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return unplaced;
}

void FieldErrorMap::clear() {
    for (const Entry &e : std::as_const(m_fields)) {
        if (e.label) {
            e.label->clear();
            e.label->hide();
        }
    }
}

QString FieldErrorMap::errorText(const QString &field) const {
    const auto it = m_fields.constFind(field);
    return it != m_fields.constEnd() && it->label ? it->label->text() : QString();
}

QLineEdit *FieldErrorMap::lineEdit(const QString &field) const {
    const auto it = m_fields.constFind(field);
    return it != m_fields.constEnd() ? qobject_cast<QLineEdit *>(it->input) : nullptr;
}

FieldErrors FieldErrorMap::fromApiError(const ApiError &error) {
    FieldErrors errors;
    for (const ApiError::Entry &e : error.entries()) {
        const int bar = int(e.code.indexOf(QLatin1Char('|')));
        if (bar < 0)
            continue;
        const QString kind = e.code.left(bar);
        if (kind != QLatin1String("missing_param") && kind != QLatin1String("invalid_value"))
            continue;
        const QString field = e.code.mid(bar + 1);
        QString message = e.message;
        if (message.isEmpty())
            message = kind == QLatin1String("missing_param") ? tr("Required.")
                                                             : tr("CertCentral does not accept "
                                                                  "this value.");
        errors << FieldError{field, message};
    }
    return errors;
}
