#include "cli/CliRequestCommands.h"

#include "cli/CliContext.h"

#include "api/CertCentralClient.h"
#include "cli/CliArguments.h"
#include "cli/CliOutput.h"
#include "core/Money.h"
#include "core/RequestDecision.h"
#include "services/Await.h"
#include "services/RequestService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString isoOrEmpty(const QDateTime &dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue personJson(const ApprovalRequest::Person &p) {
    if (p.id <= 0 && p.email.isEmpty())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.displayName()},
                       {QStringLiteral("email"), p.email}};
}

} // namespace

CliRequestCommands::CliRequestCommands(CliOutput &app, QTextStream &out, QTextStream &err,
                                       CertCentralClient &client)
    : m_app(app)
    , m_out(out)
    , m_err(err)
    , m_client(client) {}

int CliRequestCommands::usage(const QString &problem) {
    m_err << tr("certdesk-cli: %1").arg(problem) << '\n'
          << tr("Run certdesk-cli --help for the requests verbs.") << '\n';
    m_err.flush();
    return CliOutput::Usage;
}

bool CliRequestCommands::fetch(CertCentralClient &client, qint64 requestId,
                               ApprovalRequest *request, ApiError *error) {
    return Await::result(RequestService(&client).info(requestId), request, error);
}

QJsonObject CliRequestCommands::toJson(const ApprovalRequest &r) {
    QJsonObject json{
        {QStringLiteral("request_id"), r.id},
        {QStringLiteral("type"), r.type},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("date"), isoOrEmpty(r.date)},
        {QStringLiteral("requester"), personJson(r.requester)},
        {QStringLiteral("comments"), r.comments},
        {QStringLiteral("order_id"), r.orderId > 0 ? QJsonValue(r.orderId) : QJsonValue()},
        {QStringLiteral("order_status"), r.orderStatus},
        {QStringLiteral("price"), r.price},
        {QStringLiteral("product_name_id"), r.productNameId},
        {QStringLiteral("product_name"), r.productName},
        {QStringLiteral("container_name"), r.containerName},
        {QStringLiteral("organization_name"), r.organizationName},
        {QStringLiteral("common_name"), r.commonName},
        {QStringLiteral("dns_names"), QJsonArray::fromStringList(r.dnsNames)}};
    if (r.certificateId > 0)
        json.insert(QStringLiteral("certificate_id"), r.certificateId);
    if (r.dateProcessed.isValid() || !r.processorComment.isEmpty()) {
        json.insert(QStringLiteral("date_processed"), isoOrEmpty(r.dateProcessed));
        json.insert(QStringLiteral("processor"), personJson(r.processor));
        json.insert(QStringLiteral("processor_comment"), r.processorComment);
    }
    if (r.type == QLatin1String("revoke")) {
        json.insert(QStringLiteral("revocation_reason"), r.revocationReason);
        json.insert(QStringLiteral("scope"), r.scope);
    }
    return json;
}

int CliRequestCommands::list(QStringList args) {
    RequestFilter filter;
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--status"), &filter.status))
        return usage(tr("--status needs one of: %1")
                         .arg(ApprovalRequest::statuses().join(QStringLiteral(", "))));
    if (!CliArguments::takeOption(args, QStringLiteral("--type"), &filter.type))
        return usage(
            tr("--type needs one of: %1").arg(ApprovalRequest::types().join(QStringLiteral(", "))));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!filter.status.isEmpty() && !ApprovalRequest::statuses().contains(filter.status))
        return usage(
            tr("--status must be one of %1, got \"%2\"")
                .arg(ApprovalRequest::statuses().join(QStringLiteral(", ")), filter.status));
    if (!filter.type.isEmpty() && !ApprovalRequest::types().contains(filter.type))
        return usage(tr("--type must be one of %1, got \"%2\"")
                         .arg(ApprovalRequest::types().join(QStringLiteral(", ")), filter.type));
    if (format != QLatin1String("table") && format != QLatin1String("json") &&
        format != QLatin1String("csv"))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));

    QList<ApprovalRequest> requests;
    ApiError error;
    if (!Await::pages(RequestService(&m_client).list(filter), &requests, &error))
        return m_app.fail(error);

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const ApprovalRequest &r : std::as_const(requests))
            array.append(toJson(r));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    const QStringList header = {
        QStringLiteral("request_id"), QStringLiteral("type"),        QStringLiteral("status"),
        QStringLiteral("date"),       QStringLiteral("requester"),   QStringLiteral("order_id"),
        QStringLiteral("product"),    QStringLiteral("common_name"), QStringLiteral("processor")};
    QList<QStringList> rows;
    for (const ApprovalRequest &r : std::as_const(requests))
        rows << QStringList{QString::number(r.id),
                            r.type,
                            r.status,
                            r.date.isValid()
                                ? r.date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                : QString(),
                            r.requester.displayName(),
                            r.orderId > 0 ? QString::number(r.orderId) : QString(),
                            r.productNameId,
                            r.commonName,
                            r.processor.displayName()};
    m_app.printRows(header, rows, format);
    return CliOutput::Ok;
}

qint64 CliRequestCommands::takeRequestId(QStringList &args, const QString &verb, int *exitCode) {
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--"))) {
        *exitCode = usage(tr("requests %1 needs a request ID").arg(verb));
        return 0;
    }
    const QString text = args.takeFirst();
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        *exitCode = usage(tr("request ID must be a positive whole number, got \"%1\"").arg(text));
        return 0;
    }
    return id;
}

int CliRequestCommands::show(QStringList args) {
    int exitCode = CliOutput::Ok;
    const qint64 id = takeRequestId(args, QStringLiteral("show"), &exitCode);
    if (id <= 0)
        return exitCode;
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    ApprovalRequest r;
    ApiError error;
    if (!fetch(m_client, id, &r, &error))
        return m_app.fail(error);
    if (format == QLatin1String("json")) {
        QJsonObject json = toJson(r);
        if (!r.csr.isEmpty())
            json.insert(QStringLiteral("csr"), r.csr);
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    auto line = [this](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_out << label.leftJustified(18) << value << '\n';
    };
    line(tr("Request"), QString::number(r.id));
    line(tr("Type"), ApprovalRequest::typeLabel(r.type));
    line(tr("Status"), r.status);
    line(tr("Date"), isoOrEmpty(r.date));
    line(tr("Requester"), r.requester.email.isEmpty()
                              ? r.requester.displayName()
                              : tr("%1 <%2>").arg(r.requester.displayName(), r.requester.email));
    line(tr("Comments"), r.comments);
    line(tr("Order"), r.orderId > 0 ? tr("%1 (%2)").arg(r.orderId).arg(r.orderStatus) : QString());
    line(tr("Product"), r.productName.isEmpty() ? r.productNameId : r.productName);
    line(tr("Price"), Money::formatText(r.price, QString(), QLocale::c()));
    line(tr("Division"), r.containerName);
    line(tr("Organization"), r.organizationName);
    line(tr("Common name"), r.commonName);
    line(tr("Other names"), r.dnsNames.join(QStringLiteral(", ")));
    line(tr("Certificate"), r.certificateId > 0 ? QString::number(r.certificateId) : QString());
    line(tr("Signature hash"), r.signatureHash);
    line(tr("Server platform"), r.serverPlatformName);
    line(tr("Revocation reason"), r.revocationReason);
    line(tr("Scope"), r.scope);
    line(tr("Processed"), isoOrEmpty(r.dateProcessed));
    line(tr("Processor"), r.processor.displayName());
    line(tr("Processor comment"), r.processorComment);
    m_out.flush();
    return CliOutput::Ok;
}

int CliRequestCommands::alreadyDecided(const ApprovalRequest &request, bool sent) {
    const QString text = RequestDecision::alreadyDecidedMessage(request);
    m_err << (sent ? tr("certdesk-cli: %1").arg(text)
                   : tr("certdesk-cli: %1 Nothing was sent.").arg(text))
          << '\n';
    m_err.flush();
    return CliOutput::ApiFailure;
}

int CliRequestCommands::decide(QStringList args, bool approve) {
    const QString verb = approve ? QStringLiteral("approve") : QStringLiteral("reject");
    int exitCode = CliOutput::Ok;
    RequestDecision decision;
    decision.outcome =
        approve ? RequestDecision::Outcome::Approve : RequestDecision::Outcome::Reject;
    decision.requestId = takeRequestId(args, verb, &exitCode);
    if (decision.requestId <= 0)
        return exitCode;
    bool hasComment = false;
    if (!CliArguments::takeOption(args, QStringLiteral("--comment"), &decision.comment,
                                  &hasComment))
        return usage(tr("--comment needs a text"));
    const bool yes = CliArguments::takeFlag(args, QStringLiteral("--yes"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    QString field;
    const QString problem = decision.validate(&field);
    if (!problem.isEmpty())
        return usage(field == QLatin1String("processor_comment")
                         ? tr("--comment (processor_comment): %1").arg(problem)
                         : tr("%1: %2").arg(field, problem));

    // Look first: a request someone else already decided is reported, not sent.
    ApprovalRequest current;
    ApiError error;
    if (!fetch(m_client, decision.requestId, &current, &error))
        return m_app.fail(error);
    if (!current.isPending())
        return alreadyDecided(current, false);

    const QString what = tr("request %1 (%2 of order %3, %4, by %5)")
                             .arg(current.id)
                             .arg(ApprovalRequest::typeLabel(current.type))
                             .arg(current.orderId)
                             .arg(current.commonName, current.requester.displayName());
    if (!yes) {
        if (!CliArguments::interactive())
            return usage(tr("a decision cannot be undone: add --yes to confirm"));
        const QString question = approve ? tr("Approve %1?").arg(what) : tr("Reject %1?").arg(what);
        if (!CliArguments::askYes(question)) {
            m_err << tr("Nothing was sent.") << '\n';
            m_err.flush();
            return CliOutput::Ok;
        }
    }

    const auto call = RequestService(&m_client).decide(decision);
    bool done = false;
    Await::receive(
        call, [&done] { done = true; }, &error);
    if (!done) {
        if (RequestService::isAlreadyDecided(error)) {
            // Someone decided between the look and the decision: say who.
            ApprovalRequest now;
            ApiError ignored;
            if (fetch(m_client, decision.requestId, &now, &ignored) && !now.isPending()) {
                alreadyDecided(now, true);
                return m_app.fail(error);
            }
        }
        if (error.isOutcomeUnknown())
            m_err << tr("certdesk-cli: it is not known whether the decision was recorded; run "
                        "certdesk-cli requests show %1 before sending it again.")
                         .arg(decision.requestId)
                  << '\n';
        return m_app.fail(error);
    }
    QString capitalised = what;
    capitalised[0] = capitalised[0].toUpper();
    m_out << (approve ? tr("%1: approved.").arg(capitalised) : tr("%1: rejected.").arg(capitalised))
          << '\n';
    m_out.flush();
    return CliOutput::Ok;
}

QList<CliVerb> CliRequestCommands::verbs() {
    const auto run = [](auto method) {
        return [method](CliContext &c, QStringList args) {
            CliRequestCommands commands(c.output, c.out, c.err, *c.client);
            return method(commands, args);
        };
    };
    return {
        {QStringLiteral("requests"), QStringLiteral("list"),
         QT_TRANSLATE_NOOP("CliVerb",
                           "  requests list [--status pending|submitted|approved|rejected]\n"
                           "            [--type new_request|reissue|duplicate|revoke] [--format "
                           "table|json|csv]\n"),
         CliVerb::Needs::Connection,
         run([](CliRequestCommands &commands, QStringList args) { return commands.list(args); })},
        {QStringLiteral("requests"), QStringLiteral("show"),
         QT_TRANSLATE_NOOP("CliVerb", "  requests show ID [--format table|json]\n"),
         CliVerb::Needs::Connection,
         run([](CliRequestCommands &commands, QStringList args) { return commands.show(args); })},
        {QStringLiteral("requests"), QStringLiteral("approve"),
         QT_TRANSLATE_NOOP("CliVerb", "  requests approve ID [--comment T] [--yes]\n"),
         CliVerb::Needs::Connection, run([](CliRequestCommands &commands, QStringList args) {
             return commands.decide(args, true);
         })},
        {QStringLiteral("requests"), QStringLiteral("reject"),
         QT_TRANSLATE_NOOP("CliVerb", "  requests reject ID --comment T [--yes]\n"),
         CliVerb::Needs::Connection, run([](CliRequestCommands &commands, QStringList args) {
             return commands.decide(args, false);
         })},
    };
}
