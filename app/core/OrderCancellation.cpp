#include "core/OrderCancellation.h"

#include "core/PlainText.h"
#include <QJsonDocument>
#include <QJsonObject>

QString OrderCancellation::validate(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    if (orderId <= 0)
        return fail("order_id", tr("Choose the order to cancel (a positive number)."));
    if (note.trimmed().isEmpty())
        return fail("note", tr("Say why the order is canceled: CertCentral requires a note."));
    if (note.trimmed().size() > kMaxNote)
        return fail("note", tr("The note has at most %1 characters; this one has %2.")
                                .arg(kMaxNote)
                                .arg(note.trimmed().size()));
    if (const QString problem = PlainText::problem(note, true); !problem.isEmpty())
        return fail("note", problem);
    return {};
}

QByteArray OrderCancellation::toJson() const {
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("canceled")},
                                     {QStringLiteral("note"), note.trimmed()}})
        .toJson(QJsonDocument::Compact);
}
