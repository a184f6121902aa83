#include "RequestDecision.h"

#include "ApprovalRequest.h"

#include <QJsonDocument>
#include <QJsonObject>

QString RequestDecision::status() const {
    return outcome == Outcome::Approve ? QStringLiteral("approved") : QStringLiteral("rejected");
}

QString RequestDecision::path() const {
    return QStringLiteral("request/%1/status").arg(requestId);
}

QString RequestDecision::validate(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    if (requestId <= 0)
        return fail("request_id", tr("Choose the request to decide (a positive number)."));
    const QString text = comment.trimmed();
    if (outcome == Outcome::Reject && text.isEmpty())
        return fail("processor_comment",
                    tr("Say why the request is rejected: the requester sees the comment."));
    if (text.size() > kMaxComment)
        return fail("processor_comment", tr("The comment has at most %1 characters; this one "
                                            "has %2.")
                                             .arg(kMaxComment)
                                             .arg(text.size()));
    return {};
}

QByteArray RequestDecision::toJson() const {
    QJsonObject root{{QStringLiteral("status"), status()}};
    if (!comment.trimmed().isEmpty())
        root.insert(QStringLiteral("processor_comment"), comment.trimmed());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString RequestDecision::alreadyDecidedMessage(const ApprovalRequest &current) {
    const QString who = current.processor.displayName();
    const QString when =
        current.dateProcessed.isValid()
            ? current.dateProcessed.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
            : QString();
    const QString decision = current.status.isEmpty() ? tr("decided") : current.status;
    QString text;
    if (who.isEmpty())
        text = tr("Request %1 was already %2 by someone else").arg(current.id).arg(decision);
    else if (when.isEmpty())
        text = tr("Request %1 was already %2 by %3").arg(current.id).arg(decision, who);
    else
        text = tr("Request %1 was already %2 by %3 on %4").arg(current.id).arg(decision, who, when);
    if (!current.processorComment.trimmed().isEmpty())
        text += tr(" (\"%1\")").arg(current.processorComment.trimmed());
    return text + QLatin1Char('.');
}
