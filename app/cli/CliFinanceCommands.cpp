#include "cli/CliFinanceCommands.h"

#include "cli/CliContext.h"

#include "api/CertCentralClient.h"
#include "cli/CliArguments.h"
#include "cli/CliOutput.h"
#include "core/ConsoleLinks.h"
#include "core/Money.h"
#include "services/Await.h"
#include "services/FinanceService.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

QString money(const QString &amount, const QString &currency) {
    return Money::formatText(amount, currency, QLocale::c());
}

QString instant(const QDateTime &dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject adjustmentJson(const BalanceAdjustment &a) {
    QJsonObject json{{QStringLiteral("id"), a.id},
                     {QStringLiteral("transaction_date"), instant(a.transactionDate)},
                     {QStringLiteral("container_id"), a.containerId},
                     {QStringLiteral("container_name"), a.containerName},
                     {QStringLiteral("transaction_type"), a.transactionType},
                     {QStringLiteral("balance_after"), a.balanceAfter},
                     {QStringLiteral("currency"), a.currency}};
    if (!a.credit.isEmpty())
        json.insert(QStringLiteral("credit"), a.credit);
    if (!a.debit.isEmpty())
        json.insert(QStringLiteral("debit"), a.debit);
    if (!a.orderId.isEmpty())
        json.insert(QStringLiteral("order_id"), a.orderId);
    if (!a.receiptId.isEmpty())
        json.insert(QStringLiteral("receipt_id"), a.receiptId);
    if (a.expirationDate.isValid())
        json.insert(QStringLiteral("expiration_date"), instant(a.expirationDate));
    if (!a.note.isEmpty())
        json.insert(QStringLiteral("note"), a.note);
    return json;
}

bool isFormat(const QString &format, bool csv) {
    return format == QLatin1String("table") || format == QLatin1String("json") ||
           (csv && format == QLatin1String("csv"));
}

} // namespace

CliFinanceCommands::CliFinanceCommands(CliOutput &app, QTextStream &out, QTextStream &err,
                                       CertCentralClient &client)
    : m_app(app)
    , m_out(out)
    , m_err(err)
    , m_client(client) {}

int CliFinanceCommands::usage(const QString &problem) {
    m_err << tr("certdesk-cli: %1").arg(problem) << '\n'
          << tr("Run certdesk-cli --help for the finance verbs.") << '\n';
    m_err.flush();
    return CliOutput::Usage;
}

bool CliFinanceCommands::takeId(QStringList &args, const QString &option, qint64 *id, bool *present,
                                int *exitCode) {
    QString text;
    *id = 0;
    if (!CliArguments::takeOption(args, option, &text, present)) {
        *exitCode = usage(tr("%1 needs a container (division) ID").arg(option));
        return false;
    }
    if (!*present)
        return true;
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0) {
        *exitCode = usage(tr("%1 must be a positive whole number, got \"%2\"").arg(option, text));
        return false;
    }
    return true;
}

bool CliFinanceCommands::takeContainer(QStringList &args, qint64 *containerId, int *exitCode) {
    bool present = false;
    return takeId(args, QStringLiteral("--container"), containerId, &present, exitCode);
}

bool CliFinanceCommands::fetchBalance(qint64 containerId, AccountBalance *balance,
                                      ApiError *error) {
    return Await::result(FinanceService(&m_client).balance(containerId), balance, error);
}

int CliFinanceCommands::balance(QStringList args) {
    int exitCode = CliOutput::Ok;
    qint64 containerId = 0;
    if (!takeContainer(args, &containerId, &exitCode))
        return exitCode;
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isFormat(format, false))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    AccountBalance b;
    ApiError error;
    if (!fetchBalance(containerId, &b, &error))
        return m_app.fail(error);
    if (format == QLatin1String("json")) {
        QJsonObject json{
            {QStringLiteral("balance"), b.balance},
            {QStringLiteral("currency"), b.currency},
            {QStringLiteral("unpaid_invoice_balance"), b.unpaidInvoiceBalance},
            {QStringLiteral("used_credit_from_other_containers"), b.usedCreditFromOtherContainers},
            {QStringLiteral("unlimited_negative_balance"), b.unlimitedNegativeBalance}};
        if (containerId > 0)
            json.insert(QStringLiteral("container_id"), containerId);
        if (!b.unlimitedNegativeBalance) {
            json.insert(QStringLiteral("negative_balance_limit"), b.negativeBalanceLimit);
            json.insert(QStringLiteral("total_available_funds"), b.totalAvailableFunds);
        }
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    auto line = [this](const QString &label, const QString &value) {
        m_out << label.leftJustified(34) << value << '\n';
    };
    line(tr("Balance"), money(b.balance, b.currency));
    line(tr("Unpaid invoices"), money(b.unpaidInvoiceBalance, b.currency));
    if (b.unlimitedNegativeBalance) {
        line(tr("Negative balance limit"), tr("unlimited"));
    } else {
        line(tr("Negative balance limit"), money(b.negativeBalanceLimit, b.currency));
        line(tr("Credit used by other divisions"),
             money(b.usedCreditFromOtherContainers, b.currency));
        line(tr("Available funds"), money(b.totalAvailableFunds, b.currency));
    }
    m_out.flush();
    return CliOutput::Ok;
}

int CliFinanceCommands::history(QStringList args) {
    BalanceHistoryQuery query;
    int exitCode = CliOutput::Ok;
    if (!takeContainer(args, &query.containerId, &exitCode))
        return exitCode;
    QString from;
    QString to;
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--from"), &from))
        return usage(tr("--from needs a date (YYYY-MM-DD)"));
    if (!CliArguments::takeOption(args, QStringLiteral("--to"), &to))
        return usage(tr("--to needs a date (YYYY-MM-DD)"));
    if (!CliArguments::takeOption(args, QStringLiteral("--type"), &query.transactionType))
        return usage(tr("--type needs a transaction type, such as Charge"));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isFormat(format, true))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    QString problem;
    if (!BalanceHistoryQuery::parseDate(from, QStringLiteral("--from"), &query.from, &problem) ||
        !BalanceHistoryQuery::parseDate(to, QStringLiteral("--to"), &query.to, &problem))
        return usage(problem);
    const QDate today = QDate::currentDate();
    problem = query.validate(today, QStringLiteral("--from"), QStringLiteral("--to"));
    if (!problem.isEmpty())
        return usage(problem);
    QList<BalanceAdjustment> list;
    ApiError error;
    if (!Await::pages(FinanceService(&m_client).history(query, today), &list, &error))
        return m_app.fail(error);
    list.removeIf(
        [&query](const BalanceAdjustment &a) { return !query.matchesType(a.transactionType); });
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const BalanceAdjustment &a : std::as_const(list))
            array.append(adjustmentJson(a));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    const QStringList header = {
        QStringLiteral("date"),     QStringLiteral("division"), QStringLiteral("type"),
        QStringLiteral("credit"),   QStringLiteral("debit"),    QStringLiteral("balance_after"),
        QStringLiteral("currency"), QStringLiteral("order_id"), QStringLiteral("note")};
    QList<QStringList> rows;
    for (const BalanceAdjustment &a : std::as_const(list))
        rows << QStringList{instant(a.transactionDate),
                            a.containerName,
                            a.transactionType,
                            a.credit,
                            a.debit,
                            a.balanceAfter,
                            a.currency,
                            a.orderId,
                            a.note};
    m_app.printRows(header, rows, format);
    return CliOutput::Ok;
}

void CliFinanceCommands::printTransfer(const FundsTransfer &t, qint64 whole, const QString &amount,
                                       const QString &currency, const QString &format) {
    if (format == QLatin1String("json")) {
        const QJsonObject json{{QStringLiteral("amount"), whole},
                               {QStringLiteral("currency"), currency},
                               {QStringLiteral("from_container_id"), t.fromContainerId},
                               {QStringLiteral("to_container_id"), t.toContainerId},
                               {QStringLiteral("status"), QStringLiteral("transferred")}};
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Moved %1 from division %2 to division %3.")
                     .arg(amount)
                     .arg(t.fromContainerId)
                     .arg(t.toContainerId)
              << '\n';
    }
}

int CliFinanceCommands::transfer(QStringList args) {
    FundsTransfer t;
    int exitCode = CliOutput::Ok;
    bool hasFrom = false;
    bool hasTo = false;
    bool hasAmount = false;
    if (!takeId(args, QStringLiteral("--from"), &t.fromContainerId, &hasFrom, &exitCode) ||
        !takeId(args, QStringLiteral("--to"), &t.toContainerId, &hasTo, &exitCode))
        return exitCode;
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--amount"), &t.amount, &hasAmount))
        return usage(tr("--amount needs a whole amount, such as 1000"));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    const bool yes = CliArguments::takeFlag(args, QStringLiteral("--yes"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isFormat(format, false))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    if (!hasFrom || !hasTo || !hasAmount)
        return usage(tr("finance transfer needs --from ID, --to ID and --amount A (division "
                        "IDs as in certdesk-cli account fields --kind container)"));
    const auto option = [](const QString &field) {
        return field == QLatin1String("amount")              ? QStringLiteral("--amount")
               : field == QLatin1String("from_container_id") ? QStringLiteral("--from")
                                                             : QStringLiteral("--to");
    };
    QString field;
    QString problem = t.validate(&field);
    if (!problem.isEmpty())
        return usage(tr("%1 (%2): %3").arg(option(field), field, problem));
    // What the source division may spend, so an impossible transfer is not sent.
    AccountBalance from;
    ApiError error;
    if (!fetchBalance(t.fromContainerId, &from, &error))
        return m_app.fail(error);
    qint64 available = -1;
    if (!from.unlimitedNegativeBalance && Money::parseCents(from.totalAvailableFunds, &available))
        available = qMax<qint64>(0, available);
    problem = t.validate(&field, available);
    if (!problem.isEmpty())
        return usage(tr("%1 (%2): %3").arg(option(field), field, problem));
    qint64 whole = 0;
    t.wholeAmount(&whole);
    const QString amount = Money::format(whole * 100, from.currency, QLocale::c());
    const QString what = tr("move %1 from division %2 to division %3")
                             .arg(amount)
                             .arg(t.fromContainerId)
                             .arg(t.toContainerId);
    if (!yes) {
        if (!CliArguments::interactive())
            return usage(tr("this would %1 at once: add --yes to confirm").arg(what));
        if (!CliArguments::askYes(tr("%1? CertCentral moves the funds at once.")
                                      .arg(what.left(1).toUpper() + what.mid(1)))) {
            m_err << tr("Nothing was sent.") << '\n';
            m_err.flush();
            return CliOutput::Ok;
        }
    }
    FundsTransfer done;
    if (!Await::result(FinanceService(&m_client).transfer(t), &done, &error)) {
        if (error.isOutcomeUnknown())
            m_err << tr("certdesk-cli: it is not known whether the funds moved; run "
                        "certdesk-cli finance history --container %1 before sending it again.")
                         .arg(t.fromContainerId)
                  << '\n';
        return m_app.fail(error);
    }
    printTransfer(t, whole, amount, from.currency, format);
    m_out.flush();
    return CliOutput::Ok;
}

int CliFinanceCommands::profile(QStringList args) {
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isFormat(format, false))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    QList<PaymentProfile> profiles;
    ApiError error;
    if (!Await::result(FinanceService(&m_client).paymentProfiles(), &profiles, &error))
        return m_app.fail(error);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const PaymentProfile &p : std::as_const(profiles))
            array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                     {QStringLiteral("is_default"), p.isDefault},
                                     {QStringLiteral("status"), p.status},
                                     {QStringLiteral("card_type"), p.cardType},
                                     {QStringLiteral("shortened_number"), p.shortenedNumber},
                                     {QStringLiteral("expiration_month"), p.expirationMonth},
                                     {QStringLiteral("expiration_year"), p.expirationYear},
                                     {QStringLiteral("cardholder_name"), p.cardholderName},
                                     {QStringLiteral("label"), p.label}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    if (profiles.isEmpty())
        m_out << tr("No card is stored for this account.") << '\n';
    for (const PaymentProfile &p : std::as_const(profiles)) {
        m_out << p.summary();
        if (!p.cardholderName.isEmpty())
            m_out << ", " << p.cardholderName;
        if (p.isDefault)
            m_out << ' ' << tr("(default)");
        m_out << '\n';
    }
    m_out.flush();
    return CliOutput::Ok;
}

int CliFinanceCommands::pay(QStringList args) {
    int exitCode = CliOutput::Ok;
    qint64 containerId = 0;
    if (!takeContainer(args, &containerId, &exitCode))
        return exitCode;
    if (!args.isEmpty())
        return usage(args.first().startsWith(QLatin1String("--"))
                         ? tr("unexpected argument \"%1\"").arg(args.first())
                         : tr("finance pay takes no invoice IDs: invoices are paid in the "
                              "CertCentral console"));
    AccountBalance b;
    ApiError error;
    if (!fetchBalance(containerId, &b, &error))
        return m_app.fail(error);
    m_out << tr("Unpaid invoices: %1").arg(money(b.unpaidInvoiceBalance, b.currency)) << '\n'
          << tr("The CertCentral API has no invoice functions. Pay invoices in the CertCentral "
                "console (Finances > Pay Invoice):")
          << '\n'
          << ConsoleLinks::payInvoices(m_client.baseUrl()).toDisplayString() << '\n';
    m_out.flush();
    return CliOutput::Ok;
}

int CliFinanceCommands::consoleOnly(QStringList) {
    return usage(tr("the CertCentral API has no invoices or purchase orders; they are in the "
                    "CertCentral console: run certdesk-cli finance pay for what is owed "
                    "and the page's address"));
}

QList<CliVerb> CliFinanceCommands::verbs() {
    using Method = int (CliFinanceCommands::*)(QStringList);
    const auto run = [](Method method) {
        return [method](CliContext &c, QStringList args) {
            CliFinanceCommands commands(c.output, c.out, c.err, *c.client);
            return (commands.*method)(args);
        };
    };
    QList<CliVerb> verbs{
        {QStringLiteral("finance"), QStringLiteral("balance"),
         QT_TRANSLATE_NOOP("CliVerb", "  finance balance [--container ID] [--format table|json]\n"),
         CliVerb::Needs::Connection, run(&CliFinanceCommands::balance)},
        {QStringLiteral("finance"), QStringLiteral("history"),
         QT_TRANSLATE_NOOP(
             "CliVerb",
             "  finance history [--container ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--type T]\n"
             "            [--format table|json|csv]  (the balance history: charges, deposits, "
             "transfers,\n"
             "            invoice payments)\n"),
         CliVerb::Needs::Connection, run(&CliFinanceCommands::history)},
        {QStringLiteral("finance"), QStringLiteral("transfer"),
         QT_TRANSLATE_NOOP(
             "CliVerb",
             "  finance transfer --from ID --to ID --amount A [--format table|json] [--yes]\n"
             "            (moves whole amounts between divisions; separate division funds must be "
             "on)\n"),
         CliVerb::Needs::Connection, run(&CliFinanceCommands::transfer)},
        {QStringLiteral("finance"), QStringLiteral("profile"),
         QT_TRANSLATE_NOOP(
             "CliVerb", "  finance profile [--format table|json]  (the stored cards, read only)\n"),
         CliVerb::Needs::Connection, run(&CliFinanceCommands::profile)},
        {QStringLiteral("finance"), QStringLiteral("pay"),
         QT_TRANSLATE_NOOP("CliVerb",
                           "  finance pay [--container ID]  (what is owed on invoices, and the "
                           "CertCentral console\n"
                           "            page where invoices are paid: the API has none)\n"),
         CliVerb::Needs::Connection, run(&CliFinanceCommands::pay)},
    };
    // What users of the console look for: said plainly, not listed in --help.
    for (const char *console : {"invoices", "po", "pdf"})
        verbs.append({QStringLiteral("finance"), QLatin1String(console), nullptr,
                      CliVerb::Needs::Connection, run(&CliFinanceCommands::consoleOnly)});
    return verbs;
}
