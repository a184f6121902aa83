#include "core/CustomField.h"

#include "core/JsonRead.h"
#include "core/PlainText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

bool isEmailAddress(const QString &value) {
    static const QRegularExpression email(QStringLiteral("^[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+$"));
    return email.match(value).hasMatch();
}

} // namespace

QString CustomField::dataTypeText() const {
    if (dataType == QLatin1String("int"))
        return tr("a whole number");
    if (dataType == QLatin1String("email_address"))
        return tr("an e-mail address");
    if (dataType == QLatin1String("email_list"))
        return tr("e-mail addresses separated by commas");
    return tr("text");
}

QString CustomField::problem(const QString &rawValue) const {
    const QString value = rawValue.trimmed();
    if (value.isEmpty())
        return required ? tr("%1 is required by your account; enter %2.").arg(label, dataTypeText())
                        : QString();
    if (value.size() > 1024)
        return tr("%1 has at most 1,024 characters.").arg(label);
    if (PlainText::forbiddenAt(value, false) >= 0)
        return tr("%1 takes printable characters on one line: no line breaks or control "
                  "characters.")
            .arg(label);
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,18}$"));
    if (dataType == QLatin1String("int") && !integer.match(value).hasMatch())
        return tr("%1 takes a whole number, for example 4711.").arg(label);
    if (dataType == QLatin1String("email_address") && !isEmailAddress(value))
        return tr("%1 takes one e-mail address (name@example.com).").arg(label);
    if (dataType == QLatin1String("email_list")) {
        for (const QString &part : value.split(QLatin1Char(',')))
            if (!isEmailAddress(part.trimmed()))
                return tr("%1 takes e-mail addresses separated by commas; \"%2\" is not one.")
                    .arg(label, part.trimmed());
    }
    return {};
}

bool CustomField::listFromBody(const QByteArray &body, QList<CustomField> *out, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        *error = tr("The custom fields reply is not a JSON object.");
        return false;
    }
    QList<CustomField> fields;
    const QJsonArray list = doc.object().value(QLatin1String("metadata")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        CustomField f;
        f.id = JsonRead::integer(o.value(QLatin1String("id")));
        f.label = JsonRead::string(o.value(QLatin1String("label"))).trimmed();
        f.required = JsonRead::boolean(o.value(QLatin1String("is_required")));
        f.active = JsonRead::boolean(o.value(QLatin1String("is_active")), true);
        f.dataType = JsonRead::string(o.value(QLatin1String("data_type")));
        if (f.id > 0 && !f.label.isEmpty())
            fields << f;
    }
    *out = fields;
    return true;
}
