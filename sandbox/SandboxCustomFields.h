#pragma once

#include <QJsonArray>
#include <QString>
#include <QVector>

// The account's custom order fields (GET account/metadata) and the check an order's
// custom_fields array gets against them: every active required field present, values of the
// field's data type, no unknown or inactive ids. Tests replace the definitions through
// POST /__sandbox/custom-fields.
class SandboxCustomFields {
public:
    struct Field {
        int id = 0;
        QString label;
        bool required = false;
        bool active = true;
        QString dataType = QStringLiteral("text"); // text, int, email_address, email_list
    };

    SandboxCustomFields();

    const QVector<Field> &fields() const { return m_fields; }
    // {"metadata":[{"id","label","is_required","is_active","data_type"}]}
    QJsonArray toJson() const;
    // Replaces the definitions from the same shape toJson() writes; false with a reason (the
    // definitions stay) when an entry is not valid.
    bool replace(const QJsonArray &metadata, QString *error);
    // Empty when the order's custom_fields are acceptable, else "field|message" where field is
    // the body path (custom_fields or custom_fields[i].value).
    QString problem(const QJsonArray &values) const;

    static QStringList dataTypes();

private:
    const Field *find(int id) const;
    static bool valueMatches(const QString &dataType, const QString &value);

    QVector<Field> m_fields;
};
