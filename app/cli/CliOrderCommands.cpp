#include "cli/CliOrderCommands.h"

#include "cli/CliContext.h"
#include "security/NewKey.h"

#include "cli/CliArguments.h"
#include "cli/CliCsrCommands.h"
#include "cli/CliFieldNames.h"
#include "cli/CliOutput.h"
#include "core/KeySpec.h"
#include "core/NewOrder.h"
#include "security/CsrInfo.h"
#include "services/Await.h"
#include "services/OrderPlacement.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

CliOrderCommands::CliOrderCommands(CliOutput &app, QTextStream &out, QTextStream &err,
                                   CertCentralClient &client)
    : m_app(app)
    , m_out(out)
    , m_err(err)
    , m_client(client) {}

int CliOrderCommands::usage(const QString &problem) {
    m_err << tr("certdesk-cli: %1").arg(problem) << '\n'
          << tr("Run certdesk-cli --help for the order verbs.") << '\n';
    m_err.flush();
    return CliOutput::Usage;
}

int CliOrderCommands::create(QStringList args) {
    Plan plan;
    int exitCode = CliOutput::Ok;
    if (!readOptions(args, &plan, &exitCode) || !checkOrder(&plan, &exitCode) ||
        !checkKeyOrCsr(&plan, &exitCode))
        return exitCode;
    if (!plan.yes && !confirm(plan.order, &exitCode))
        return exitCode;
    if (plan.hasKey && !makeKey(&plan))
        return CliOutput::ApiFailure;
    return place(plan);
}

// The order's options, each checked for its form; false with the exit code on a bad one.
bool CliOrderCommands::readOptions(QStringList &args, Plan *plan, int *exitCode) {
    if (!CliArguments::takeOption(args, QStringLiteral("--product"), &plan->order.productNameId))
        return CliOutput::stop(
            exitCode, usage(tr("--product needs a product name id, for example ssl_basic")));
    if (!CliArguments::takeOption(args, QStringLiteral("--cn"), &plan->order.commonName))
        return CliOutput::stop(exitCode, usage(tr("--cn needs the common name")));
    for (;;) {
        QString san;
        bool present = false;
        if (!CliArguments::takeOption(args, QStringLiteral("--san"), &san, &present))
            return CliOutput::stop(exitCode, usage(tr("--san needs a name")));
        if (!present)
            break;
        plan->order.dnsNames << san;
    }
    if (!CliArguments::takeOption(args, QStringLiteral("--csr"), &plan->csrFile, &plan->hasCsr))
        return CliOutput::stop(exitCode, usage(tr("--csr needs a file name")));
    if (!CliArguments::takeOption(args, QStringLiteral("--generate-key"), &plan->keyText,
                                  &plan->hasKey))
        return CliOutput::stop(exitCode,
                               usage(tr("--generate-key needs one of: %1")
                                         .arg(KeySpec::names().join(QStringLiteral(", ")))));
    if (!CliArguments::takeOption(args, QStringLiteral("--key-out"), &plan->keyOut,
                                  &plan->hasKeyOut))
        return CliOutput::stop(exitCode, usage(tr("--key-out needs a file name")));
    if (!CliArguments::takeOption(args, QStringLiteral("--years"), &plan->years))
        return CliOutput::stop(exitCode, usage(tr("--years needs 1, 2 or 3")));
    if (!CliArguments::takeOption(args, QStringLiteral("--dcv-method"), &plan->order.dcvMethod))
        return CliOutput::stop(exitCode,
                               usage(tr("--dcv-method needs one of: %1")
                                         .arg(NewOrder::dcvMethods().join(QStringLiteral(", ")))));
    if (!CliArguments::takeOption(args, QStringLiteral("--organization"), &plan->organization,
                                  &plan->hasOrganization))
        return CliOutput::stop(exitCode, usage(tr("--organization needs an organization id")));
    if (!CliArguments::takeOption(args, QStringLiteral("--payment"), &plan->order.paymentMethod))
        return CliOutput::stop(exitCode, usage(tr("--payment needs balance")));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &plan->format))
        return CliOutput::stop(exitCode, usage(tr("--format needs table or json")));
    if (!readPairs(args, plan, exitCode))
        return false;
    plan->yes = CliArguments::takeFlag(args, QStringLiteral("--yes"));
    plan->order.skipApproval = CliArguments::takeFlag(args, QStringLiteral("--skip-approval"));
    if (!args.isEmpty())
        return CliOutput::stop(exitCode, usage(tr("unexpected argument \"%1\"").arg(args.first())));
    return true;
}

// --dcv-email NAME=ADDRESS and --custom-field ID=VALUE, each as often as needed.
bool CliOrderCommands::readPairs(QStringList &args, Plan *plan, int *exitCode) {
    for (;;) {
        QString pair;
        bool present = false;
        if (!CliArguments::takeOption(args, QStringLiteral("--dcv-email"), &pair, &present))
            return CliOutput::stop(exitCode, usage(tr("--dcv-email needs NAME=ADDRESS")));
        if (!present)
            break;
        if (!pair.contains(QLatin1Char('=')))
            return CliOutput::stop(exitCode,
                                   usage(tr("--dcv-email must be NAME=ADDRESS, for example "
                                            "shop.example.com=admin@example.com; got \"%1\"")
                                             .arg(pair)));
        plan->order.dcvEmails << NewOrder::DcvEmail{pair.section(QLatin1Char('='), 0, 0),
                                                    pair.section(QLatin1Char('='), 1)};
    }
    for (;;) {
        QString pair;
        bool present = false;
        if (!CliArguments::takeOption(args, QStringLiteral("--custom-field"), &pair, &present))
            return CliOutput::stop(exitCode, usage(tr("--custom-field needs ID=VALUE")));
        if (!present)
            break;
        bool idOk = false;
        const qint64 id = pair.section(QLatin1Char('='), 0, 0).toLongLong(&idOk);
        if (!pair.contains(QLatin1Char('=')) || !idOk || id <= 0)
            return CliOutput::stop(
                exitCode, usage(tr("--custom-field must be ID=VALUE with the field's positive id "
                                   "(see certdesk-cli account fields); got \"%1\"")
                                    .arg(pair)));
        plan->order.customFields << NewOrder::CustomFieldValue{id,
                                                               pair.section(QLatin1Char('='), 1)};
    }
    return true;
}

// Everything about the order is checked before a key is made or anything is sent.
bool CliOrderCommands::checkOrder(Plan *plan, int *exitCode) {
    if (plan->format != QLatin1String("table") && plan->format != QLatin1String("json"))
        return CliOutput::stop(
            exitCode, usage(tr("--format must be table or json, got \"%1\"").arg(plan->format)));
    if (plan->order.paymentMethod != QLatin1String("balance"))
        return CliOutput::stop(
            exitCode, usage(tr("--payment: only balance can be used from the command line; pay by "
                               "card in CertDesk")));
    bool ok = false;
    plan->order.validityYears = plan->years.toInt(&ok);
    if (!ok)
        return CliOutput::stop(exitCode,
                               usage(tr("--years must be 1, 2 or 3, got \"%1\"").arg(plan->years)));
    if (plan->hasOrganization) {
        plan->order.organizationId = plan->organization.toLongLong(&ok);
        if (!ok || plan->order.organizationId <= 0)
            return CliOutput::stop(
                exitCode,
                usage(tr("--organization must be an organization id (a positive number)")));
    }
    plan->order.wildcardProduct = plan->order.productNameId.contains(QLatin1String("wildcard"));
    if (plan->hasCsr == plan->hasKey)
        return CliOutput::stop(
            exitCode, usage(tr("give either --csr FILE or --generate-key TYPE --key-out FILE")));

    plan->order.csr = "pending"; // replaced below; lets validate() look at the other fields first
    QString field;
    QString problem = plan->order.validate(&field);
    if (!problem.isEmpty())
        return CliOutput::stop(exitCode,
                               usage(tr("%1: %2").arg(CliFieldNames::label(field), problem)));
    return true;
}

// The CSR from a file, or where and how the new key will be made; nothing is made yet.
bool CliOrderCommands::checkKeyOrCsr(Plan *plan, int *exitCode) {
    QString error;
    if (plan->hasCsr) {
        QFile file(plan->csrFile);
        if (!file.open(QIODevice::ReadOnly))
            return CliOutput::stop(
                exitCode,
                usage(tr("--csr: %1 cannot be read: %2").arg(plan->csrFile, file.errorString())));
        CsrInfo info;
        if (!CsrInfo::parse(file.readAll(), &info, &error))
            return CliOutput::stop(exitCode, usage(tr("--csr: %1").arg(error)));
        const QStringList problems =
            info.problems(plan->order.commonName, plan->order.dnsNames, /*codeSigning=*/false);
        if (!problems.isEmpty())
            return CliOutput::stop(exitCode,
                                   usage(tr("--csr: %1").arg(problems.join(QStringLiteral("; ")))));
        plan->order.csr = info.pem;
    } else {
        if (!KeySpec::parse(plan->keyText, &plan->spec, &error))
            return CliOutput::stop(exitCode, usage(tr("--generate-key: %1").arg(error)));
        if (!plan->hasKeyOut)
            return CliOutput::stop(exitCode,
                                   usage(tr("--key-out is required with --generate-key")));
        const QString keyOutProblem =
            CliArguments::outputFileProblem(QStringLiteral("--key-out"), plan->keyOut);
        if (!keyOutProblem.isEmpty())
            return CliOutput::stop(exitCode, usage(keyOutProblem));
        if (QFileInfo::exists(plan->keyOut))
            return CliOutput::stop(
                exitCode, usage(tr("--key-out: %1 already exists; a key file is never overwritten")
                                    .arg(plan->keyOut)));
        plan->passphrase = qgetenv("CERTDESK_KEY_PASSPHRASE");
        if (plan->passphrase.size() < 8)
            return CliOutput::stop(
                exitCode,
                usage(tr("set CERTDESK_KEY_PASSPHRASE (8 characters at least) to encrypt "
                         "the new key, or make the key with certdesk-cli csr new first")));
    }
    return true;
}

// A paid write: asked on a terminal, refused without --yes otherwise.
bool CliOrderCommands::confirm(const NewOrder &order, int *exitCode) {
    if (isatty(STDIN_FILENO) != 1)
        return CliOutput::stop(
            exitCode,
            usage(tr("placing an order is charged to the account: add --yes to confirm")));
    m_err << tr("Order %1 for %2 (%n year(s)), charged to the balance. Place it? [y/N] ", nullptr,
                order.validityYears)
                 .arg(order.productNameId, order.allNames().join(QStringLiteral(", ")));
    m_err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
        m_err << tr("Nothing was ordered.") << '\n';
        m_err.flush();
        return CliOutput::stop(exitCode, CliOutput::Ok);
    }
    return true;
}

bool CliOrderCommands::makeKey(Plan *plan) {
    QString error;
    const QStringList names = plan->order.allNames();
    if (!NewKey::make(plan->spec, names, plan->keyOut, plan->passphrase, &plan->order.csr,
                      &error)) {
        m_err << tr("certdesk-cli: %1").arg(error) << '\n';
        m_err.flush();
        return false;
    }
    plan->passphrase.fill('\0');
    m_err << tr("Private key (%1, encrypted) written to %2.")
                 .arg(plan->spec.description(), plan->keyOut)
          << '\n';
    return true;
}

int CliOrderCommands::place(const Plan &plan) {
    OrderPlacement placement(&m_client);
    placement.place(plan.order);
    Await::until(&placement, &OrderPlacement::placed, &OrderPlacement::notPlaced,
                 &OrderPlacement::unknown);
    if (placement.state() == OrderPlacement::State::NotPlaced) {
        if (placement.canSendAgain())
            m_err << tr("certdesk-cli: the connection failed before CertCentral took the order; "
                        "nothing was ordered (checked with alternative order ID %1). Run the "
                        "command again.")
                         .arg(placement.alternativeOrderId())
                  << '\n';
        return m_app.fail(placement.error());
    }
    if (placement.state() == OrderPlacement::State::Unknown) {
        m_err << tr("certdesk-cli: it is not known whether the order was placed. Do not run the "
                    "command again: look for alternative order ID %1 first (CertDesk, or "
                    "GET order/alternate/%1).")
                     .arg(placement.alternativeOrderId())
              << '\n';
        return m_app.fail(placement.error());
    }
    print(placement, plan.format);
    return CliOutput::Ok;
}

void CliOrderCommands::print(const OrderPlacement &placement, const QString &format) {
    const PlacedOrder &placed = placement.result();
    if (format == QLatin1String("json")) {
        QJsonArray requests;
        for (const auto &r : placed.requests)
            requests.append(
                QJsonObject{{QStringLiteral("id"), r.first}, {QStringLiteral("status"), r.second}});
        QJsonObject json{{QStringLiteral("order_id"), placed.orderId},
                         {QStringLiteral("alternative_order_id"), placement.alternativeOrderId()},
                         {QStringLiteral("requests"), requests},
                         {QStringLiteral("waits_for_approval"), placed.waitsForApproval()}};
        if (placed.certificateId > 0)
            json.insert(QStringLiteral("certificate_id"), placed.certificateId);
        if (!placed.dcvRandomValue.isEmpty())
            json.insert(QStringLiteral("dcv_random_value"), placed.dcvRandomValue);
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Order %1 placed (alternative order ID %2).")
                     .arg(placed.orderId)
                     .arg(placement.alternativeOrderId())
              << '\n';
        if (placed.waitsForApproval())
            m_out << tr("It waits for an administrator or manager to approve it.") << '\n';
        if (!placed.dcvRandomValue.isEmpty())
            m_out << tr("DCV random value: %1 (see certdesk for where to put it)")
                         .arg(placed.dcvRandomValue)
                  << '\n';
    }
    m_out.flush();
}

QList<CliVerb> CliOrderCommands::verbs() {
    return {
        {QStringLiteral("order"), QStringLiteral("new"),
         QT_TRANSLATE_NOOP(
             "CliVerb",
             "  order new --product ID --cn NAME [--san NAME ...] (--csr FILE | --generate-key "
             "TYPE\n"
             "            --key-out FILE) [--years 1|2|3] [--dcv-method M] [--organization ID]\n"
             "            [--dcv-email NAME=ADDRESS ...] [--custom-field ID=VALUE ...]\n"
             "            [--payment balance] [--skip-approval] [--format table|json] [--yes]\n"),
         CliVerb::Needs::Connection,
         [](CliContext &c, QStringList args) {
             return CliOrderCommands(c.output, c.out, c.err, *c.client).create(args);
         }},
    };
}
