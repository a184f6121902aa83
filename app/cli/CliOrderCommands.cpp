#include "CliOrderCommands.h"

#include "CliArguments.h"
#include "CliCsrCommands.h"
#include "CliFieldNames.h"
#include "CliOutput.h"
#include "CsrInfo.h"
#include "KeySpec.h"
#include "NewOrder.h"
#include "services/OrderPlacement.h"

#include <QEventLoop>
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

int CliOrderCommands::run(QStringList args) {
    if (args.isEmpty() || args.takeFirst() != QLatin1String("new"))
        return usage(tr("order needs new"));
    return create(args);
}

int CliOrderCommands::create(QStringList args) {
    NewOrder order;
    QString years = QStringLiteral("1");
    QString csrFile;
    QString keyText;
    QString keyOut;
    QString organization;
    QString format = QStringLiteral("table");
    bool hasCsr = false;
    bool hasKey = false;
    bool hasKeyOut = false;
    bool hasOrganization = false;
    if (!CliArguments::takeOption(args, QStringLiteral("--product"), &order.productNameId))
        return usage(tr("--product needs a product name id, for example ssl_basic"));
    if (!CliArguments::takeOption(args, QStringLiteral("--cn"), &order.commonName))
        return usage(tr("--cn needs the common name"));
    for (;;) {
        QString san;
        bool present = false;
        if (!CliArguments::takeOption(args, QStringLiteral("--san"), &san, &present))
            return usage(tr("--san needs a name"));
        if (!present)
            break;
        order.dnsNames << san;
    }
    if (!CliArguments::takeOption(args, QStringLiteral("--csr"), &csrFile, &hasCsr))
        return usage(tr("--csr needs a file name"));
    if (!CliArguments::takeOption(args, QStringLiteral("--generate-key"), &keyText, &hasKey))
        return usage(
            tr("--generate-key needs one of: %1").arg(KeySpec::names().join(QStringLiteral(", "))));
    if (!CliArguments::takeOption(args, QStringLiteral("--key-out"), &keyOut, &hasKeyOut))
        return usage(tr("--key-out needs a file name"));
    if (!CliArguments::takeOption(args, QStringLiteral("--years"), &years))
        return usage(tr("--years needs 1, 2 or 3"));
    if (!CliArguments::takeOption(args, QStringLiteral("--dcv-method"), &order.dcvMethod))
        return usage(tr("--dcv-method needs one of: %1")
                         .arg(NewOrder::dcvMethods().join(QStringLiteral(", "))));
    if (!CliArguments::takeOption(args, QStringLiteral("--organization"), &organization,
                                  &hasOrganization))
        return usage(tr("--organization needs an organization id"));
    if (!CliArguments::takeOption(args, QStringLiteral("--payment"), &order.paymentMethod))
        return usage(tr("--payment needs balance"));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    for (;;) {
        QString pair;
        bool present = false;
        if (!CliArguments::takeOption(args, QStringLiteral("--dcv-email"), &pair, &present))
            return usage(tr("--dcv-email needs NAME=ADDRESS"));
        if (!present)
            break;
        if (!pair.contains(QLatin1Char('=')))
            return usage(tr("--dcv-email must be NAME=ADDRESS, for example "
                            "shop.example.com=admin@example.com; got \"%1\"")
                             .arg(pair));
        order.dcvEmails << NewOrder::DcvEmail{pair.section(QLatin1Char('='), 0, 0),
                                              pair.section(QLatin1Char('='), 1)};
    }
    for (;;) {
        QString pair;
        bool present = false;
        if (!CliArguments::takeOption(args, QStringLiteral("--custom-field"), &pair, &present))
            return usage(tr("--custom-field needs ID=VALUE"));
        if (!present)
            break;
        bool idOk = false;
        const qint64 id = pair.section(QLatin1Char('='), 0, 0).toLongLong(&idOk);
        if (!pair.contains(QLatin1Char('=')) || !idOk || id <= 0)
            return usage(tr("--custom-field must be ID=VALUE with the field's positive id (see "
                            "certdesk-cli account fields); got \"%1\"")
                             .arg(pair));
        order.customFields << NewOrder::CustomFieldValue{id, pair.section(QLatin1Char('='), 1)};
    }
    const bool yes = CliArguments::takeFlag(args, QStringLiteral("--yes"));
    order.skipApproval = CliArguments::takeFlag(args, QStringLiteral("--skip-approval"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    if (order.paymentMethod != QLatin1String("balance"))
        return usage(tr("--payment: only balance can be used from the command line; pay by "
                        "card in CertDesk"));
    bool ok = false;
    order.validityYears = years.toInt(&ok);
    if (!ok)
        return usage(tr("--years must be 1, 2 or 3, got \"%1\"").arg(years));
    if (hasOrganization) {
        order.organizationId = organization.toLongLong(&ok);
        if (!ok || order.organizationId <= 0)
            return usage(tr("--organization must be an organization id (a positive number)"));
    }
    order.wildcardProduct = order.productNameId.contains(QLatin1String("wildcard"));
    if (hasCsr == hasKey)
        return usage(tr("give either --csr FILE or --generate-key TYPE --key-out FILE"));

    // Everything about the order is checked before a key is made or anything is sent.
    order.csr = "pending"; // replaced below; lets validate() look at the other fields first
    QString field;
    QString problem = order.validate(&field);
    if (!problem.isEmpty())
        return usage(tr("%1: %2").arg(CliFieldNames::label(field), problem));

    // Every check before asking for confirmation; nothing is made before the answer.
    QString error;
    KeySpec spec;
    QByteArray passphrase;
    if (hasCsr) {
        QFile file(csrFile);
        if (!file.open(QIODevice::ReadOnly))
            return usage(tr("--csr: %1 cannot be read: %2").arg(csrFile, file.errorString()));
        CsrInfo info;
        if (!CsrInfo::parse(file.readAll(), &info, &error))
            return usage(tr("--csr: %1").arg(error));
        const QStringList problems =
            info.problems(order.commonName, order.dnsNames, /*codeSigning=*/false);
        if (!problems.isEmpty())
            return usage(tr("--csr: %1").arg(problems.join(QStringLiteral("; "))));
        order.csr = info.pem;
    } else {
        if (!KeySpec::parse(keyText, &spec, &error))
            return usage(tr("--generate-key: %1").arg(error));
        if (!hasKeyOut)
            return usage(tr("--key-out is required with --generate-key"));
        const QString keyOutProblem =
            CliArguments::outputFileProblem(QStringLiteral("--key-out"), keyOut);
        if (!keyOutProblem.isEmpty())
            return usage(keyOutProblem);
        if (QFileInfo::exists(keyOut))
            return usage(
                tr("--key-out: %1 already exists; a key file is never overwritten").arg(keyOut));
        passphrase = qgetenv("CERTDESK_KEY_PASSPHRASE");
        if (passphrase.size() < 8)
            return usage(tr("set CERTDESK_KEY_PASSPHRASE (8 characters at least) to encrypt "
                            "the new key, or make the key with certdesk-cli csr new first"));
    }

    if (!yes) {
        if (isatty(STDIN_FILENO) != 1)
            return usage(tr("placing an order is charged to the account: add --yes to confirm"));
        m_err << tr("Order %1 for %2 (%n year(s)), charged to the balance. Place it? [y/N] ",
                    nullptr, order.validityYears)
                     .arg(order.productNameId, order.allNames().join(QStringLiteral(", ")));
        m_err.flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes")) {
            m_err << tr("Nothing was ordered.") << '\n';
            m_err.flush();
            return CliOutput::Ok;
        }
    }

    if (hasKey) {
        const QStringList names = order.allNames();
        if (!CliCsrCommands::makeKeyAndCsr(spec, names.first(), names.mid(1), keyOut, passphrase,
                                           &order.csr, &error)) {
            m_err << tr("certdesk-cli: %1").arg(error) << '\n';
            m_err.flush();
            return CliOutput::ApiFailure;
        }
        passphrase.fill('\0');
        m_err << tr("Private key (%1, encrypted) written to %2.").arg(spec.description(), keyOut)
              << '\n';
    }

    OrderPlacement placement(&m_client);
    QEventLoop loop;
    QObject::connect(&placement, &OrderPlacement::placed, &loop, &QEventLoop::quit);
    QObject::connect(&placement, &OrderPlacement::notPlaced, &loop, &QEventLoop::quit);
    QObject::connect(&placement, &OrderPlacement::unknown, &loop, &QEventLoop::quit);
    placement.place(order);
    loop.exec();
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
    return CliOutput::Ok;
}
