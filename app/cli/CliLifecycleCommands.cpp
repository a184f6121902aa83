#include "cli/CliLifecycleCommands.h"

#include "cli/CliContext.h"

#include "api/CertCentralClient.h"
#include "cli/CliArguments.h"
#include "cli/CliDcvCommands.h"
#include "cli/CliFieldNames.h"
#include "cli/CliKeyPlan.h"
#include "cli/CliOutput.h"
#include "core/DuplicateRequest.h"
#include "core/NewOrder.h"
#include "core/OrderCancellation.h"
#include "core/OrderRules.h"
#include "core/ReissueRequest.h"
#include "security/CsrInfo.h"
#include "services/Await.h"
#include "services/OrderService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
bool isFormat(const QString &format) {
    return format == QLatin1String("table") || format == QLatin1String("json");
}
} // namespace

CliLifecycleCommands::CliLifecycleCommands(CliOutput &app, QTextStream &out, QTextStream &err,
                                           CertCentralClient &client)
    : m_app(app)
    , m_out(out)
    , m_err(err)
    , m_client(client) {}

int CliLifecycleCommands::usage(const QString &problem) {
    m_err << tr("certdesk-cli: %1").arg(problem) << '\n'
          << tr("Run certdesk-cli --help for the order verbs.") << '\n';
    m_err.flush();
    return CliOutput::Usage;
}

int CliLifecycleCommands::failure(const QString &message) {
    m_err << tr("certdesk-cli: %1").arg(message) << '\n';
    m_err.flush();
    return CliOutput::ApiFailure;
}

qint64 CliLifecycleCommands::takeOrderId(QStringList &args, const QString &verb, int *exitCode) {
    if (args.isEmpty() || args.first().startsWith(QLatin1String("--"))) {
        *exitCode = usage(tr("order %1 needs the order ID first").arg(verb));
        return 0;
    }
    const QString text = args.takeFirst();
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        *exitCode = usage(tr("order ID must be a positive whole number, got \"%1\"").arg(text));
        return 0;
    }
    return id;
}

bool CliLifecycleCommands::fetchOrder(CertCentralClient &client, qint64 orderId, Order *order,
                                      OrderDetails *details, ApiError *error) {
    const auto call = OrderService(&client).details(orderId);
    bool ok = false;
    Await::receive(
        call,
        [&](const Order &o, const OrderDetails &d) {
            *order = o;
            if (details)
                *details = d;
            ok = true;
        },
        error);
    return ok;
}

bool CliLifecycleCommands::confirm(const QString &question, const QString &what) {
    if (!CliArguments::interactive()) {
        m_err << tr("certdesk-cli: %1: add --yes to confirm").arg(what) << '\n';
        m_err.flush();
        return false;
    }
    if (CliArguments::askYes(question))
        return true;
    m_err << tr("Nothing was sent.") << '\n';
    m_err.flush();
    return false;
}

void CliLifecycleCommands::printResult(QTextStream &out, const QString &what,
                                       const LifecycleResult &r, const QString &format,
                                       const QJsonObject &extra) {
    if (format == QLatin1String("json")) {
        QJsonObject json = extra;
        json.insert(QStringLiteral("status"), r.status);
        json.insert(QStringLiteral("waits_for_approval"), r.waitsForApproval());
        if (r.orderId > 0)
            json.insert(QStringLiteral("order_id"), r.orderId);
        if (r.certificateId > 0)
            json.insert(QStringLiteral("certificate_id"), r.certificateId);
        if (r.requestId > 0)
            json.insert(QStringLiteral("request_id"), r.requestId);
        if (!r.dcvRandomValue.isEmpty())
            json.insert(QStringLiteral("dcv_random_value"), r.dcvRandomValue);
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        out.flush();
        return;
    }
    if (r.waitsForApproval())
        out << tr("%1: request %2 waits for an administrator or manager to approve it.")
                   .arg(what)
                   .arg(r.requestId)
            << '\n';
    else if (r.status == QLatin1String("revoked"))
        out << tr("%1: revoked.").arg(what) << '\n';
    else if (r.statusUnknown())
        out << (r.requestId > 0 ? tr("%1: submitted as request %2; CertCentral did not say "
                                     "whether it waits for approval.")
                                      .arg(what)
                                      .arg(r.requestId)
                                : tr("%1: submitted; CertCentral did not say whether it waits "
                                     "for approval.")
                                      .arg(what))
            << '\n';
    else
        out << tr("%1: approved.").arg(what) << '\n';
    if (r.certificateId > 0)
        out << tr("Certificate: %1").arg(r.certificateId) << '\n';
    if (!r.dcvRandomValue.isEmpty())
        out << tr("DCV random value: %1 (certdesk-cli order dcv %2 check once it is in place)")
                   .arg(r.dcvRandomValue)
                   .arg(r.orderId)
            << '\n';
    out.flush();
}

int CliLifecycleCommands::reissue(QStringList args) {
    int exitCode = CliOutput::Ok;
    const qint64 orderId = takeOrderId(args, QStringLiteral("reissue"), &exitCode);
    if (orderId <= 0)
        return exitCode;
    ReissueRequest request;
    request.orderId = orderId;
    QString format = QStringLiteral("table");
    bool hasCn = false;
    QStringList sans;
    if (!CliArguments::takeOption(args, QStringLiteral("--cn"), &request.commonName, &hasCn))
        return usage(tr("--cn needs the common name"));
    if (!CliArguments::takeAll(args, QStringLiteral("--san"), &sans))
        return usage(tr("--san needs a name"));
    bool hasProvisioning = false;
    if (!CliArguments::takeOption(args, QStringLiteral("--provisioning"),
                                  &request.csProvisioningMethod, &hasProvisioning))
        return usage(tr("--provisioning needs one of: %1")
                         .arg(ReissueRequest::provisioningMethods().join(QStringLiteral(", "))));
    if (hasProvisioning)
        return reissueCodeSigning(args, request);
    CliKeyPlan plan(
        m_out, m_err, [this](const QString &problem) { return usage(problem); },
        [this](const QString &message) { return failure(message); });
    if (!plan.take(args, &exitCode))
        return exitCode;
    if (!CliArguments::takeOption(args, QStringLiteral("--dcv-scope"), &request.dcvScope))
        return usage(tr("--dcv-scope needs base_domain or fqdn"));
    if (!CliArguments::takeOption(args, QStringLiteral("--dcv-method"), &request.dcvMethod))
        return usage(tr("--dcv-method needs one of: %1")
                         .arg(NewOrder::dcvMethods().join(QStringLiteral(", "))));
    if (!CliArguments::takeOption(args, QStringLiteral("--comments"), &request.comments))
        return usage(tr("--comments needs a text"));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    const bool yes = CliArguments::takeFlag(args, QStringLiteral("--yes"));
    request.skipApproval = CliArguments::takeFlag(args, QStringLiteral("--skip-approval"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isFormat(format))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));

    Order order;
    if (!prepareReissue(&request, hasCn, sans, &order, &exitCode))
        return exitCode;
    const QStringList names = request.allNames();
    request.dnsNames = names.mid(1);

    request.csr = "pending"; // made or read below; lets validate() check the rest first
    QString field;
    const QString problem = request.validate(&field);
    if (!problem.isEmpty())
        return usage(tr("%1: %2").arg(CliFieldNames::label(field), problem));
    if (!plan.check(names.first(), names.mid(1), &exitCode))
        return exitCode;

    const QStringList removed = request.removedNames(order.allNames());
    if (!removed.isEmpty()) {
        m_err << tr("Warning: the reissue drops %1; certificates issued earlier for the order "
                    "may be revoked within 72 hours.")
                     .arg(removed.join(QStringLiteral(", ")))
              << '\n';
        m_err.flush();
    }
    if (!yes &&
        !confirm(tr("Reissue order %1 for %2?").arg(orderId).arg(names.join(QStringLiteral(", "))),
                 tr("a reissue replaces the order's certificate")))
        return CliArguments::interactive() ? CliOutput::Ok : CliOutput::Usage;

    if (!plan.make(names.first(), names.mid(1), &request.csr, &exitCode))
        return exitCode;
    return sendReissue(request, format,
                       {{QStringLiteral("names"), QJsonArray::fromStringList(names)},
                        {QStringLiteral("removed_names"), QJsonArray::fromStringList(removed)}});
}

// The order as it is now: may it be reissued, and its names as the default ones (the product
// decides whether wildcards are allowed).
bool CliLifecycleCommands::prepareReissue(ReissueRequest *request, bool hasCn,
                                          const QStringList &sans, Order *order, int *exitCode) {
    ApiError error;
    if (!fetchOrder(m_client, request->orderId, order, nullptr, &error))
        return CliOutput::stop(exitCode, m_app.fail(error));
    // The same rule, in the same words, as the desktop program's Actions menu.
    const QString notAllowed = OrderRules::reasonNotAllowed(OrderRules::Action::Reissue, *order);
    if (!notAllowed.isEmpty())
        return CliOutput::stop(exitCode, failure(notAllowed));
    if (OrderRules::isCodeSigning(*order))
        return CliOutput::stop(
            exitCode,
            usage(tr("order %1 is a code-signing order: give --provisioning ship_token, "
                     "client_app or email (email, for an HSM, takes --csr FILE made there)")
                      .arg(request->orderId)));
    request->wildcardProduct = order->productNameId.contains(QLatin1String("wildcard"));
    if (!hasCn)
        request->commonName = order->commonName;
    request->dnsNames = sans.isEmpty() ? order->allNames() : sans;
    return true;
}

int CliLifecycleCommands::sendReissue(const ReissueRequest &request, const QString &format,
                                      const QJsonObject &extra) {
    LifecycleResult result;
    ApiError error;
    if (!Await::result(OrderService(&m_client).reissue(request), &result, &error)) {
        if (error.isOutcomeUnknown())
            m_err << tr("certdesk-cli: it is not known whether the reissue was requested; look "
                        "at the order (certdesk-cli orders show %1) before running the command "
                        "again.")
                         .arg(request.orderId)
                  << '\n';
        return m_app.fail(error);
    }
    if (result.orderId <= 0)
        result.orderId = request.orderId;
    printResult(m_out, tr("Reissue of order %1").arg(request.orderId), result, format, extra);
    return CliOutput::Ok;
}

int CliLifecycleCommands::reissueCodeSigning(QStringList args, ReissueRequest request) {
    // A code-signing reissue (certcentral-docs.md 5.1): no names, the provisioning method, and a
    // CSR only for email provisioning (the key lives on the customer's HSM, so it is never made
    // here); on a token the key is made on the token.
    QString csrFile;
    bool hasCsr = false;
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--csr"), &csrFile, &hasCsr))
        return usage(tr("--csr needs a file name"));
    if (!CliArguments::takeOption(args, QStringLiteral("--comments"), &request.comments))
        return usage(tr("--comments needs a text"));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    const bool yes = CliArguments::takeFlag(args, QStringLiteral("--yes"));
    request.skipApproval = CliArguments::takeFlag(args, QStringLiteral("--skip-approval"));
    if (!args.isEmpty())
        return usage(args.first() == QLatin1String("--generate-key")
                         ? tr("--generate-key does not go with --provisioning: a code-signing "
                              "key is made on the token or the HSM")
                         : tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isFormat(format))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    if (!request.commonName.isEmpty())
        return usage(tr("--cn does not go with --provisioning: a code-signing reissue carries "
                        "no names"));
    request.codeSigning = true;
    if (hasCsr) {
        QFile file(csrFile);
        if (!file.open(QIODevice::ReadOnly))
            return usage(tr("--csr: %1 cannot be read: %2").arg(csrFile, file.errorString()));
        CsrInfo info;
        QString error;
        if (!CsrInfo::parse(file.readAll(), &info, &error))
            return usage(tr("--csr: %1").arg(error));
        request.csr = info.pem;
    }
    QString field;
    const QString problem = request.validate(&field);
    if (!problem.isEmpty())
        return usage(tr("%1: %2").arg(CliFieldNames::label(field), problem));
    Order order;
    ApiError error;
    if (!fetchOrder(m_client, request.orderId, &order, nullptr, &error))
        return m_app.fail(error);
    const QString notAllowed = OrderRules::reasonNotAllowed(OrderRules::Action::Reissue, order);
    if (!notAllowed.isEmpty())
        return failure(notAllowed);
    if (!OrderRules::isCodeSigning(order))
        return usage(tr("--provisioning is for code-signing orders; order %1 is %2")
                         .arg(request.orderId)
                         .arg(order.productNameId));
    if (!yes && !confirm(tr("Reissue code-signing order %1 (%2)?")
                             .arg(request.orderId)
                             .arg(request.csProvisioningMethod),
                         tr("a reissue replaces the order's certificate")))
        return CliArguments::interactive() ? CliOutput::Ok : CliOutput::Usage;
    return sendReissue(request, format,
                       {{QStringLiteral("cs_provisioning_method"), request.csProvisioningMethod}});
}

int CliLifecycleCommands::duplicate(QStringList args) {
    int exitCode = CliOutput::Ok;
    const qint64 orderId = takeOrderId(args, QStringLiteral("duplicate"), &exitCode);
    if (orderId <= 0)
        return exitCode;
    DuplicateRequest request;
    request.orderId = orderId;
    QString format = QStringLiteral("table");
    QString expires;
    bool hasExpires = false;
    if (!CliArguments::takeOption(args, QStringLiteral("--expires"), &expires, &hasExpires))
        return usage(tr("--expires needs a date as yyyy-MM-dd"));
    CliKeyPlan plan(
        m_out, m_err, [this](const QString &problem) { return usage(problem); },
        [this](const QString &message) { return failure(message); });
    if (!plan.take(args, &exitCode))
        return exitCode;
    if (!CliArguments::takeOption(args, QStringLiteral("--comments"), &request.comments))
        return usage(tr("--comments needs a text"));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    const bool yes = CliArguments::takeFlag(args, QStringLiteral("--yes"));
    request.skipApproval = CliArguments::takeFlag(args, QStringLiteral("--skip-approval"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isFormat(format))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    if (!hasExpires)
        return usage(tr("--expires is required: the duplicate's end date as yyyy-MM-dd"));
    request.customExpirationDate = QDate::fromString(expires, QStringLiteral("yyyy-MM-dd"));
    if (!request.customExpirationDate.isValid())
        return usage(tr("--expires must be a date as yyyy-MM-dd, got \"%1\"").arg(expires));

    Order order;
    OrderDetails details;
    ApiError error;
    if (!fetchOrder(m_client, orderId, &order, &details, &error))
        return m_app.fail(error);
    const QString notAllowed = OrderRules::reasonNotAllowed(OrderRules::Action::Duplicate, order);
    if (!notAllowed.isEmpty())
        return failure(notAllowed);
    const QStringList names = order.allNames();
    request.commonName = order.commonName;
    request.dnsNames = names.mid(1);
    request.orderNames = names;
    request.orderEnd = details.orderValidTill.isValid() ? details.orderValidTill : order.validTill;
    request.csr = "pending";
    QString field;
    const QString problem = request.validate(&field);
    if (!problem.isEmpty())
        return usage(tr("%1: %2").arg(CliFieldNames::label(field), problem));
    if (!plan.check(names.first(), names.mid(1), &exitCode))
        return exitCode;
    if (!yes && !confirm(tr("Duplicate order %1 (%2) until %3?")
                             .arg(orderId)
                             .arg(names.join(QStringLiteral(", ")),
                                  request.customExpirationDate.toString(Qt::ISODate)),
                         tr("a duplicate issues another certificate")))
        return CliArguments::interactive() ? CliOutput::Ok : CliOutput::Usage;

    if (!plan.make(names.first(), names.mid(1), &request.csr, &exitCode))
        return exitCode;
    LifecycleResult result;
    if (!Await::result(OrderService(&m_client).duplicate(request), &result, &error)) {
        if (error.isOutcomeUnknown())
            m_err << tr("certdesk-cli: it is not known whether the duplicate was requested; look "
                        "at the order's duplicates before running the command again.")
                  << '\n';
        return m_app.fail(error);
    }
    if (result.orderId <= 0)
        result.orderId = orderId;
    printResult(m_out, tr("Duplicate of order %1").arg(orderId), result, format,
                {{QStringLiteral("custom_expiration_date"),
                  request.customExpirationDate.toString(Qt::ISODate)}});
    return CliOutput::Ok;
}

int CliLifecycleCommands::cancel(QStringList args) {
    int exitCode = CliOutput::Ok;
    OrderCancellation cancellation;
    cancellation.orderId = takeOrderId(args, QStringLiteral("cancel"), &exitCode);
    if (cancellation.orderId <= 0)
        return exitCode;
    bool hasNote = false;
    if (!CliArguments::takeOption(args, QStringLiteral("--note"), &cancellation.note, &hasNote))
        return usage(tr("--note needs a text: why the order is canceled"));
    const bool yes = CliArguments::takeFlag(args, QStringLiteral("--yes"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!hasNote)
        return usage(tr("--note is required: CertCentral keeps why the order was canceled"));
    QString field;
    const QString problem = cancellation.validate(&field);
    if (!problem.isEmpty())
        return usage(tr("--%1: %2").arg(field, problem));
    if (!yes && !confirm(tr("Cancel order %1? This cannot be undone.").arg(cancellation.orderId),
                         tr("canceling an order cannot be undone")))
        return CliArguments::interactive() ? CliOutput::Ok : CliOutput::Usage;
    const auto call = OrderService(&m_client).cancel(cancellation);
    ApiError error;
    bool ok = false;
    Await::receive(
        call, [&ok](qint64) { ok = true; }, &error);
    if (!ok)
        return m_app.fail(error);
    m_out << tr("Order %1 canceled.").arg(cancellation.orderId) << '\n';
    m_out.flush();
    return CliOutput::Ok;
}

int CliLifecycleCommands::dcv(QStringList args) {
    int exitCode = CliOutput::Ok;
    const qint64 orderId = takeOrderId(args, QStringLiteral("dcv"), &exitCode);
    if (orderId <= 0)
        return exitCode;
    return CliDcvCommands(m_app, m_out, m_err, m_client).run(orderId, args);
}

QList<CliVerb> CliLifecycleCommands::verbs() {
    using Method = int (CliLifecycleCommands::*)(QStringList);
    const auto run = [](Method method) {
        return [method](CliContext &c, QStringList args) {
            CliLifecycleCommands commands(c.output, c.out, c.err, *c.client);
            return (commands.*method)(args);
        };
    };
    return {
        {QStringLiteral("order"), QStringLiteral("reissue"),
         QT_TRANSLATE_NOOP(
             "CliVerb",
             "  order reissue ID [--cn NAME] [--san NAME ...] (--csr FILE | --generate-key TYPE\n"
             "            --key-out FILE) [--dcv-scope base_domain|fqdn] [--dcv-method M]\n"
             "            [--comments T] [--skip-approval] [--format table|json] [--yes]\n"
             "            (names default to the order's; earlier certificates may be revoked)\n"
             "  order reissue ID --provisioning ship_token|client_app|email [--csr FILE]\n"
             "            [--comments T] [--skip-approval] [--format table|json] [--yes]\n"
             "            (code-signing orders: no names; a CSR from your HSM only with email)\n"),
         CliVerb::Needs::Connection, run(&CliLifecycleCommands::reissue)},
        {QStringLiteral("order"), QStringLiteral("duplicate"),
         QT_TRANSLATE_NOOP(
             "CliVerb",
             "  order duplicate ID --expires yyyy-MM-dd (--csr FILE | --generate-key TYPE\n"
             "            --key-out FILE) [--comments T] [--skip-approval] [--format table|json] "
             "[--yes]\n"),
         CliVerb::Needs::Connection, run(&CliLifecycleCommands::duplicate)},
        {QStringLiteral("order"), QStringLiteral("cancel"),
         QT_TRANSLATE_NOOP("CliVerb", "  order cancel ID --note T [--yes]\n"),
         CliVerb::Needs::Connection, run(&CliLifecycleCommands::cancel)},
        {QStringLiteral("order"), QStringLiteral("dcv"),
         QT_TRANSLATE_NOOP("CliVerb", "  order dcv ID (status | method M | random | check | "
                                      "resend) [--format table|json]\n"),
         CliVerb::Needs::Connection, run(&CliLifecycleCommands::dcv)},
    };
}
