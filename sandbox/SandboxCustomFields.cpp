#include "sandbox/SandboxCustomFields.h"

#include <QJsonObject>
#include <QRegularExpression>

SandboxCustomFields::SandboxCustomFields() {
    // Optional fields, so the seeded account takes any order; tests make them required. 11 and
    // 12 are the ids the seed documents' examples send ("Invoice #00001", "Invoice #12345").
    m_fields = {{11, QStringLiteral("Cost center"), false, true, QStringLiteral("text")},
                {12, QStringLiteral("Invoice reference"), false, true, QStringLiteral("text")},
                {13, QStringLiteral("Change ticket"), false, true, QStringLiteral("int")},
                {14, QStringLiteral("Owner e-mail"), false, true, QStringLiteral("email_address")},
                {15, QStringLiteral("Legacy project code"), false, false, QStringLiteral("text")}};
}

QStringList SandboxCustomFields::dataTypes() {
    return {QStringLiteral("text"), QStringLiteral("int"), QStringLiteral("email_address"),
            QStringLiteral("email_list")};
}

QJsonArray SandboxCustomFields::toJson() const {
    QJsonArray list;
    for (const Field &f : m_fields)
        list.append(QJsonObject{{QStringLiteral("id"), f.id},
                                {QStringLiteral("label"), f.label},
                                {QStringLiteral("is_required"), f.required},
                                {QStringLiteral("is_active"), f.active},
                                {QStringLiteral("data_type"), f.dataType}});
    return list;
}

bool SandboxCustomFields::replace(const QJsonArray &metadata, QString *error) {
    QVector<Field> fields;
    for (int i = 0; i < metadata.size(); ++i) {
        const QJsonObject o = metadata.at(i).toObject();
        Field f;
        f.id = o.value(QStringLiteral("id")).toInt();
        f.label = o.value(QStringLiteral("label")).toString();
        f.required = o.value(QStringLiteral("is_required")).toBool();
        f.active = o.value(QStringLiteral("is_active")).toBool(true);
        f.dataType = o.value(QStringLiteral("data_type")).toString(QStringLiteral("text"));
        if (f.id <= 0 || f.label.isEmpty() || !dataTypes().contains(f.dataType)) {
            *error = QStringLiteral("metadata[%1] needs a positive id, a label and a data_type "
                                    "of %2")
                         .arg(i)
                         .arg(dataTypes().join(QStringLiteral(", ")));
            return false;
        }
        fields << f;
    }
    m_fields = fields;
    return true;
}

const SandboxCustomFields::Field *SandboxCustomFields::find(int id) const {
    for (const Field &f : m_fields)
        if (f.id == id)
            return &f;
    return nullptr;
}

bool SandboxCustomFields::valueMatches(const QString &dataType, const QString &value) {
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,18}$"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+$"));
    if (dataType == QLatin1String("int"))
        return integer.match(value).hasMatch();
    if (dataType == QLatin1String("email_address"))
        return email.match(value).hasMatch();
    if (dataType == QLatin1String("email_list")) {
        const QStringList parts = value.split(QLatin1Char(','));
        for (const QString &p : parts)
            if (!email.match(p.trimmed()).hasMatch())
                return false;
        return true;
    }
    return true;
}

QString SandboxCustomFields::problem(const QJsonArray &values) const {
    QList<int> given;
    for (int i = 0; i < values.size(); ++i) {
        const QJsonObject o = values.at(i).toObject();
        const int id = o.value(QStringLiteral("metadata_id")).toInt();
        const QString value = o.value(QStringLiteral("value")).toString();
        const Field *field = find(id);
        const QString path = QStringLiteral("custom_fields[%1]").arg(i);
        if (!field || !field->active)
            return path + QStringLiteral(".metadata_id|%1 is not an active custom field of this "
                                         "account")
                              .arg(id);
        if (!valueMatches(field->dataType, value.trimmed()))
            return path + QStringLiteral(".value|'%1' must be of type %2")
                              .arg(field->label, field->dataType);
        given << id;
    }
    for (const Field &f : m_fields)
        if (f.active && f.required && !given.contains(f.id))
            return QStringLiteral("custom_fields|the custom field '%1' (metadata_id %2) is "
                                  "required")
                .arg(f.label)
                .arg(f.id);
    return {};
}
