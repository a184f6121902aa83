#include "core/RequestDecision.h"

#include "core/ApprovalRequest.h"
#include "core/PlainText.h"

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
    if (const QString problem = PlainText::problem(text, true); !problem.isEmpty())
        return fail("processor_comment", problem);
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
    // Whole sentences per outcome, so each language can order the words its own way.
    const int form = who.isEmpty() ? 0 : (when.isEmpty() ? 1 : 2);
    QString text;
    if (current.status == QLatin1String("approved")) {
        const QString forms[] = {tr("Request %1 was already approved by someone else"),
                                 tr("Request %1 was already approved by %2"),
                                 tr("Request %1 was already approved by %2 on %3")};
        text = forms[form];
    } else if (current.status == QLatin1String("rejected")) {
        const QString forms[] = {tr("Request %1 was already rejected by someone else"),
                                 tr("Request %1 was already rejected by %2"),
                                 tr("Request %1 was already rejected by %2 on %3")};
        text = forms[form];
    } else {
        const QString forms[] = {tr("Request %1 was already decided by someone else"),
                                 tr("Request %1 was already decided by %2"),
                                 tr("Request %1 was already decided by %2 on %3")};
        text = forms[form];
    }
    const QString id = QString::number(current.id);
    text = form == 0 ? text.arg(id) : form == 1 ? text.arg(id, who) : text.arg(id, who, when);
    const QString comment = current.processorComment.trimmed();
    //: A sentence about a decision (%1, without its full stop) and the approver's comment (%2).
    return comment.isEmpty() ? tr("%1.").arg(text) : tr("%1 (\"%2\").").arg(text, comment);
}
