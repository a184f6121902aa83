#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// One of the account's custom order fields, as GET account/metadata lists them. The order
// wizard and the CLI ask for the active ones, enforce the required ones and check each value
// against the field's data type before the order is sent.
struct CustomField {
    Q_DECLARE_TR_FUNCTIONS(CustomField)

public:
    qint64 id = 0; // sent as custom_fields[].metadata_id
    QString label;
    bool required = false;
    bool active = true;
    QString dataType; // text, int, email_address, email_list; anything else is free text

    // Empty when value may be sent for this field, else a sentence naming the field and what
    // it takes. An empty value is a problem only for a required field.
    QString problem(const QString &value) const;
    // "Integer", "E-mail address", ... for a hint under the field.
    QString dataTypeText() const;

    // The body of GET account/metadata: {"metadata":[...]}; entries without a positive id or a
    // label are skipped. False, with a reason, when the body is not a JSON object.
    static bool listFromBody(const QByteArray &body, QList<CustomField> *out, QString *error);
};
