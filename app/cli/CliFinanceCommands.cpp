#include "CliFinanceCommands.h"

#include "BalanceCall.h"
#include "CertCentralClient.h"
#include "CliApp.h"
#include "CliArguments.h"
#include "InvoiceListJob.h"
#include "InvoicePayment.h"
#include "InvoicePaymentJob.h"
#include "InvoicePdfCall.h"
#include "Money.h"
#include "NewPurchaseOrder.h"
#include "PurchaseOrderCreateCall.h"
#include "PurchaseOrderListJob.h"
#include "SecretRedactor.h"

#include <QDate>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

// Waits for one call: true with the first argument of its result signal.
template <typename Call, typename Signal, typename Result>
bool waitFor(CertCentralClient &client, Call *call, Signal signal, Result *result,
             ApiError *error) {
    bool ok = false;
    QEventLoop loop;
    QObject::connect(call, signal, &loop, [&](const Result &r) {
        *result = r;
        ok = true;
    });
    QObject::connect(call, &ApiCall::failed, &loop, [error](const ApiError &e) { *error = e; });
    QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
    client.submit(call);
    loop.exec();
    return ok;
}

// Every page of a list job.
template <typename Job, typename Item>
bool collectAll(Job *job, QList<Item> *items, ApiError *error) {
    QEventLoop loop;
    QObject::connect(job, &Job::pageLoaded, &loop,
                     [items](const QList<Item> &page, qint64, qint64) { *items += page; });
    QObject::connect(job, &Job::failed, &loop, [error](const ApiError &e) { *error = e; });
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return !error->isError();
}

QString money(const QString &amount, const QString &currency) {
    return Money::formatText(amount, currency, QLocale::c());
}

QString day(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString instant(const QDateTime &dt) {
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject invoiceJson(const Invoice &i) {
    QJsonObject json{{QStringLiteral("invoice_id"), i.id},
                     {QStringLiteral("invoice_number"), i.number},
                     {QStringLiteral("status"), i.status},
                     {QStringLiteral("amount"), i.amount},
                     {QStringLiteral("amount_due"), i.amountDue},
                     {QStringLiteral("currency"), i.currency},
                     {QStringLiteral("container_id"), i.containerId},
                     {QStringLiteral("container_name"), i.containerName},
                     {QStringLiteral("date_created"), instant(i.dateCreated)},
                     {QStringLiteral("due_date"), day(i.dueDate)},
                     {QStringLiteral("date_paid"), instant(i.datePaid)}};
    if (i.purchaseOrderId > 0) {
        json.insert(QStringLiteral("purchase_order_id"), i.purchaseOrderId);
        json.insert(QStringLiteral("po_number"), i.purchaseOrderNumber);
    }
    return json;
}

QJsonObject purchaseOrderJson(const PurchaseOrder &p) {
    QJsonObject json{{QStringLiteral("purchase_order_id"), p.id},
                     {QStringLiteral("po_number"), p.number},
                     {QStringLiteral("status"), p.status},
                     {QStringLiteral("amount"), p.amount},
                     {QStringLiteral("currency"), p.currency},
                     {QStringLiteral("container_id"), p.containerId},
                     {QStringLiteral("container_name"), p.containerName},
                     {QStringLiteral("date_created"), instant(p.dateCreated)},
                     {QStringLiteral("note"), p.note},
                     {QStringLiteral("vat_number"), p.vatNumber}};
    if (p.invoiceId > 0)
        json.insert(QStringLiteral("invoice_id"), p.invoiceId);
    if (!p.rejectionReason.isEmpty())
        json.insert(QStringLiteral("rejection_reason"), p.rejectionReason);
    return json;
}

bool isFormat(const QString &format, bool csv) {
    return format == QLatin1String("table") || format == QLatin1String("json") ||
           (csv && format == QLatin1String("csv"));
}

} // namespace

CliFinanceCommands::CliFinanceCommands(CliApp &app, QTextStream &out, QTextStream &err,
                                       CertCentralClient &client)
    : m_app(app)
    , m_out(out)
    , m_err(err)
    , m_client(client) {}

int CliFinanceCommands::usage(const QString &problem) {
    m_err << tr("certdesk-cli: %1").arg(problem) << '\n'
          << tr("Run certdesk-cli --help for the finance verbs.") << '\n';
    m_err.flush();
    return CliApp::Usage;
}

int CliFinanceCommands::run(QStringList args) {
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (verb == QLatin1String("balance"))
        return balance(args);
    if (verb == QLatin1String("invoices"))
        return invoices(args);
    if (verb == QLatin1String("pdf"))
        return pdf(args);
    if (verb == QLatin1String("pay"))
        return pay(args);
    if (verb == QLatin1String("po")) {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub == QLatin1String("new"))
            return purchaseOrderNew(args);
        if (sub == QLatin1String("list"))
            return purchaseOrderList(args);
        return usage(tr("finance po needs new or list"));
    }
    return usage(tr("finance needs balance, invoices, pdf, pay or po"));
}

bool CliFinanceCommands::takeContainer(QStringList &args, qint64 *containerId, int *exitCode) {
    QString text;
    bool present = false;
    *containerId = 0;
    if (!CliArguments::takeOption(args, QStringLiteral("--container"), &text, &present)) {
        *exitCode = usage(tr("--container needs a container (division) ID"));
        return false;
    }
    if (!present)
        return true;
    bool ok = false;
    *containerId = text.toLongLong(&ok);
    if (!ok || *containerId <= 0) {
        *exitCode = usage(tr("--container must be a positive whole number, got \"%1\"").arg(text));
        return false;
    }
    return true;
}

int CliFinanceCommands::balance(QStringList args) {
    int exitCode = CliApp::Ok;
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
    if (!waitFor(m_client, new BalanceCall(&m_client, containerId), &BalanceCall::received, &b,
                 &error))
        return m_app.fail(error);
    if (format == QLatin1String("json")) {
        QJsonObject json{
            {QStringLiteral("balance"), b.balance},
            {QStringLiteral("currency"), b.currency},
            {QStringLiteral("unpaid_invoice_balance"), b.unpaidInvoiceBalance},
            {QStringLiteral("unlimited_negative_balance"), b.unlimitedNegativeBalance}};
        if (containerId > 0)
            json.insert(QStringLiteral("container_id"), containerId);
        if (!b.unlimitedNegativeBalance) {
            json.insert(QStringLiteral("negative_balance_limit"), b.negativeBalanceLimit);
            json.insert(QStringLiteral("total_available_funds"), b.totalAvailableFunds);
        }
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliApp::Ok;
    }
    auto line = [this](const QString &label, const QString &value) {
        m_out << label.leftJustified(24) << value << '\n';
    };
    line(tr("Balance"), money(b.balance, b.currency));
    line(tr("Unpaid invoices"), money(b.unpaidInvoiceBalance, b.currency));
    if (b.unlimitedNegativeBalance) {
        line(tr("Negative balance limit"), tr("unlimited"));
    } else {
        line(tr("Negative balance limit"), money(b.negativeBalanceLimit, b.currency));
        line(tr("Available funds"), money(b.totalAvailableFunds, b.currency));
    }
    m_out.flush();
    return CliApp::Ok;
}

int CliFinanceCommands::invoices(QStringList args) {
    InvoiceListCall::Filter filter;
    int exitCode = CliApp::Ok;
    if (!takeContainer(args, &filter.containerId, &exitCode))
        return exitCode;
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--status"), &filter.status))
        return usage(tr("--status needs paid or unpaid"));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!filter.status.isEmpty() && filter.status != QLatin1String("paid") &&
        filter.status != QLatin1String("unpaid"))
        return usage(tr("--status must be paid or unpaid, got \"%1\"").arg(filter.status));
    if (!isFormat(format, true))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    QList<Invoice> list;
    ApiError error;
    if (!collectAll(m_client.listInvoices(filter), &list, &error))
        return m_app.fail(error);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Invoice &i : std::as_const(list))
            array.append(invoiceJson(i));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliApp::Ok;
    }
    const QStringList header = {QStringLiteral("invoice_id"), QStringLiteral("invoice_number"),
                                QStringLiteral("status"),     QStringLiteral("amount"),
                                QStringLiteral("amount_due"), QStringLiteral("currency"),
                                QStringLiteral("due_date"),   QStringLiteral("container"),
                                QStringLiteral("po_number")};
    QList<QStringList> rows;
    for (const Invoice &i : std::as_const(list))
        rows << QStringList{QString::number(i.id), i.number,   i.status,       i.amount,
                            i.amountDue,           i.currency, day(i.dueDate), i.containerName,
                            i.purchaseOrderNumber};
    m_app.printRows(header, rows, format);
    return CliApp::Ok;
}

int CliFinanceCommands::pdf(QStringList args) {
    QString out;
    bool hasOut = false;
    if (!CliArguments::takeOption(args, QStringLiteral("--out"), &out, &hasOut))
        return usage(tr("--out needs a file name"));
    if (args.size() != 1)
        return usage(tr("finance pdf needs exactly one invoice ID"));
    bool ok = false;
    const qint64 id = args.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(
            tr("invoice ID must be a positive whole number, got \"%1\"").arg(args.first()));
    if (!hasOut)
        return usage(tr("a PDF is binary: name a file with --out"));
    const QString outProblem = CliArguments::outputFileProblem(QStringLiteral("--out"), out);
    if (!outProblem.isEmpty())
        return usage(outProblem);
    QByteArray data;
    ApiError error;
    auto *call = new InvoicePdfCall(&m_client, id);
    bool done = false;
    QEventLoop loop;
    QObject::connect(call, &InvoicePdfCall::received, &loop, [&](qint64, const QByteArray &d) {
        data = d;
        done = true;
    });
    QObject::connect(call, &ApiCall::failed, &loop, [&error](const ApiError &e) { error = e; });
    QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
    m_client.submit(call);
    loop.exec();
    if (!done)
        return m_app.fail(error);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_err << tr("certdesk-cli: could not write %1: %2").arg(out, file.errorString()) << '\n';
        m_err.flush();
        return CliApp::ApiFailure;
    }
    m_out << tr("Saved invoice %1 to %2.").arg(id).arg(out) << '\n';
    m_out.flush();
    return CliApp::Ok;
}

int CliFinanceCommands::pay(QStringList args) {
    InvoicePayment payment;
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--vat"), &payment.vatNumber))
        return usage(tr("--vat needs a VAT number"));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    const bool useProfile = CliArguments::takeFlag(args, QStringLiteral("--payment-profile"));
    const bool useCard = CliArguments::takeFlag(args, QStringLiteral("--card"));
    const bool yes = CliArguments::takeFlag(args, QStringLiteral("--yes"));
    if (!isFormat(format, false))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    for (const QString &arg : std::as_const(args)) {
        bool ok = false;
        const qint64 id = arg.toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(
                arg.startsWith(QLatin1String("--"))
                    ? tr("unexpected argument \"%1\"").arg(arg)
                    : tr("invoice ID must be a positive whole number, got \"%1\"").arg(arg));
        payment.invoiceIds << id;
    }
    if (payment.invoiceIds.isEmpty())
        return usage(tr("finance pay needs one or more invoice IDs (see finance invoices)"));
    if (int(useProfile) + int(useCard) != 1)
        return usage(tr("name exactly one payment method: --payment-profile (the card "
                        "stored in CertCentral) or --card (details from the CERTDESK_CARD_* and "
                        "CERTDESK_BILLING_* environment variables)"));
    if (useCard) {
        payment.method = InvoicePayment::Method::Card;
        PaymentCard &card = payment.card;
        card.number = qEnvironmentVariable("CERTDESK_CARD_NUMBER");
        card.cvv = qEnvironmentVariable("CERTDESK_CARD_CVV");
        // Registered before anything can log them.
        if (!card.digits().isEmpty())
            SecretRedactor::instance().addSecret(card.digits());
        if (!card.cvv.isEmpty())
            SecretRedactor::instance().addSecret(card.cvv);
        static const QRegularExpression expiry(QStringLiteral("^(\\d{1,2})/(\\d{4})$"));
        const QString expiryText = qEnvironmentVariable("CERTDESK_CARD_EXPIRY").trimmed();
        const QRegularExpressionMatch m = expiry.match(expiryText);
        if (!m.hasMatch())
            return usage(tr("CERTDESK_CARD_EXPIRY (credit_card.expiration_month and _year) must "
                            "be MM/YYYY, for example 12/2030"));
        card.expirationMonth = m.captured(1).toInt();
        card.expirationYear = m.captured(2).toInt();
        card.cardholderName = qEnvironmentVariable("CERTDESK_CARD_NAME");
        card.address = qEnvironmentVariable("CERTDESK_BILLING_ADDRESS");
        card.city = qEnvironmentVariable("CERTDESK_BILLING_CITY");
        card.state = qEnvironmentVariable("CERTDESK_BILLING_STATE");
        card.zip = qEnvironmentVariable("CERTDESK_BILLING_ZIP");
        card.country = qEnvironmentVariable("CERTDESK_BILLING_COUNTRY");
    }
    QString field;
    const QString problem = payment.validate(QDate::currentDate(), &field);
    if (!problem.isEmpty()) {
        payment.card.clear();
        // Say where the value came from: the option or the environment variable.
        static const QHash<QString, QString> sources{
            {QStringLiteral("vat_number"), QStringLiteral("--vat")},
            {QStringLiteral("credit_card.number"), QStringLiteral("CERTDESK_CARD_NUMBER")},
            {QStringLiteral("credit_card.cvv"), QStringLiteral("CERTDESK_CARD_CVV")},
            {QStringLiteral("credit_card.expiration_month"),
             QStringLiteral("CERTDESK_CARD_EXPIRY")},
            {QStringLiteral("credit_card.expiration_year"), QStringLiteral("CERTDESK_CARD_EXPIRY")},
            {QStringLiteral("credit_card.cardholder_name"), QStringLiteral("CERTDESK_CARD_NAME")},
            {QStringLiteral("billing_address.address"), QStringLiteral("CERTDESK_BILLING_ADDRESS")},
            {QStringLiteral("billing_address.city"), QStringLiteral("CERTDESK_BILLING_CITY")},
            {QStringLiteral("billing_address.state"), QStringLiteral("CERTDESK_BILLING_STATE")},
            {QStringLiteral("billing_address.zip"), QStringLiteral("CERTDESK_BILLING_ZIP")},
            {QStringLiteral("billing_address.country"),
             QStringLiteral("CERTDESK_BILLING_COUNTRY")}};
        const QString source = sources.value(field);
        return usage(source.isEmpty() ? tr("%1: %2").arg(field, problem)
                                      : tr("%1 (%2): %3").arg(source, field, problem));
    }

    // Look at every invoice first: an unknown or already paid one stops the payment before
    // anything is charged (InvoicePaymentJob, the sequence the desktop's pay dialog runs too).
    const QString method =
        useCard ? tr("the card ending in %1").arg(payment.card.last4()) : tr("the payment profile");
    InvoicePaymentJob job(&m_client, payment);
    payment.card.clear(); // the job holds the only copy, and clears it when it ends
    {
        bool done = false;
        QString totalProblem;
        ApiError checkError;
        QEventLoop loop;
        QObject::connect(&job, &InvoicePaymentJob::checked, &loop, [&] {
            done = true;
            loop.quit();
        });
        QObject::connect(&job, &InvoicePaymentJob::checkFailed, &loop,
                         [&](const QString &message, const ApiError &error) {
                             done = true;
                             totalProblem = message;
                             checkError = error;
                             loop.quit();
                         });
        job.check();
        if (!done)
            loop.exec();
        if (checkError.isError())
            return m_app.fail(checkError);
        if (!totalProblem.isEmpty()) {
            m_err << tr("certdesk-cli: %1 Nothing was paid.").arg(totalProblem) << '\n';
            m_err.flush();
            return CliApp::ApiFailure;
        }
    }
    const QList<Invoice> invoices = job.invoices();
    const QString currency = job.currency();
    QStringList numbers;
    for (const Invoice &i : std::as_const(invoices))
        numbers << InvoicePaymentJob::invoiceName(i);
    const QString total = Money::format(job.totalCents(), currency, QLocale::c());
    if (!yes) {
        if (!CliArguments::interactive()) {
            job.cancel();
            return usage(tr("paying charges %1: add --yes to confirm").arg(total));
        }
        if (!CliArguments::askYes(
                tr("Pay %n invoice(s) (%1), %2 in all, with %3?", nullptr, int(invoices.size()))
                    .arg(numbers.join(QStringLiteral(", ")), total, method))) {
            job.cancel();
            m_err << tr("Nothing was paid.") << '\n';
            m_err.flush();
            return CliApp::Ok;
        }
    }

    {
        QEventLoop loop;
        QObject::connect(&job, &InvoicePaymentJob::finished, &loop, &QEventLoop::quit);
        job.pay();
        if (job.state() != InvoicePaymentJob::State::Done)
            loop.exec();
    }
    const QList<InvoicePayment::Receipt> receipts = job.receipts();
    const qint64 paidCents = job.paidCents();
    if (job.failedIndex() >= 0) {
        const ApiError &error = job.error();
        const QString name = numbers.at(job.failedIndex());
        if (error.isOutcomeUnknown())
            m_err << tr("certdesk-cli: it is not known whether invoice %1 was paid; run "
                        "certdesk-cli finance invoices --status unpaid before paying again.")
                         .arg(name)
                  << '\n';
        else if (receipts.isEmpty())
            m_err << tr("certdesk-cli: invoice %1 was not paid; nothing was paid.").arg(name)
                  << '\n';
        else
            m_err << tr("certdesk-cli: invoice %1 was not paid; %n invoice(s) before it "
                        "were paid (%2).",
                        nullptr, int(receipts.size()))
                         .arg(name, Money::format(paidCents, currency, QLocale::c()))
                  << '\n';
        return m_app.fail(error);
    }
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const InvoicePayment::Receipt &r : std::as_const(receipts))
            array.append(QJsonObject{{QStringLiteral("invoice_id"), r.invoiceId},
                                     {QStringLiteral("status"), r.status},
                                     {QStringLiteral("amount"), r.amount},
                                     {QStringLiteral("currency"), r.currency},
                                     {QStringLiteral("payment_method"), r.paymentMethod},
                                     {QStringLiteral("card_last4"), r.cardLast4},
                                     {QStringLiteral("receipt_id"), r.receiptId}});
        const QJsonObject json{
            {QStringLiteral("paid"), array},
            {QStringLiteral("total"), Money::format(paidCents, QString(), QLocale::c())},
            {QStringLiteral("currency"), currency}};
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliApp::Ok;
    }
    for (int i = 0; i < receipts.size(); ++i)
        m_out << tr("Paid %1: %2, receipt %3.")
                     .arg(numbers.at(i), money(receipts.at(i).amount, receipts.at(i).currency),
                          receipts.at(i).receiptId)
              << '\n';
    m_out << tr("Total paid: %1.").arg(Money::format(paidCents, currency, QLocale::c())) << '\n';
    m_out.flush();
    return CliApp::Ok;
}

int CliFinanceCommands::purchaseOrderNew(QStringList args) {
    NewPurchaseOrder po;
    int exitCode = CliApp::Ok;
    if (!takeContainer(args, &po.containerId, &exitCode))
        return exitCode;
    bool hasAmount = false;
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--amount"), &po.amount, &hasAmount))
        return usage(tr("--amount needs a decimal amount such as 1234.50"));
    if (!CliArguments::takeOption(args, QStringLiteral("--vat"), &po.vatNumber))
        return usage(tr("--vat needs a VAT number"));
    if (!CliArguments::takeOption(args, QStringLiteral("--note"), &po.note))
        return usage(tr("--note needs a text"));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    const bool yes = CliArguments::takeFlag(args, QStringLiteral("--yes"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isFormat(format, false))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    if (!hasAmount)
        return usage(tr("finance po new needs --amount (a decimal amount such as 1234.50)"));
    QString field;
    const QString problem = po.validate(&field);
    if (!problem.isEmpty()) {
        const QString option = field == QLatin1String("amount")       ? QStringLiteral("--amount")
                               : field == QLatin1String("vat_number") ? QStringLiteral("--vat")
                               : field == QLatin1String("note")       ? QStringLiteral("--note")
                                                                : QStringLiteral("--container");
        return usage(tr("%1 (%2): %3").arg(option, field, problem));
    }
    qint64 cents = 0;
    po.cents(&cents);
    const QString amount = Money::format(cents, QString(), QLocale::c());
    if (!yes) {
        if (!CliArguments::interactive())
            return usage(tr("a purchase order of %1 is invoiced once DigiCert approves it: add "
                            "--yes to confirm")
                             .arg(amount));
        if (!CliArguments::askYes(
                tr("Send a purchase order of %1? It is invoiced once DigiCert approves it.")
                    .arg(amount))) {
            m_err << tr("Nothing was sent.") << '\n';
            m_err.flush();
            return CliApp::Ok;
        }
    }
    PurchaseOrder created;
    ApiError error;
    if (!waitFor(m_client, new PurchaseOrderCreateCall(&m_client, po),
                 &PurchaseOrderCreateCall::created, &created, &error)) {
        if (error.isOutcomeUnknown())
            m_err << tr("certdesk-cli: it is not known whether the purchase order was created; "
                        "run certdesk-cli finance po list before sending it again.")
                  << '\n';
        return m_app.fail(error);
    }
    if (format == QLatin1String("json")) {
        m_out << QString::fromUtf8(
            QJsonDocument(purchaseOrderJson(created)).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Purchase order %1 (%2) for %3: %4.")
                     .arg(created.number)
                     .arg(created.id)
                     .arg(created.amount, created.status)
              << '\n';
        if (created.invoiceId > 0)
            m_out << tr("Invoice %1 was created for it.").arg(created.invoiceId) << '\n';
    }
    m_out.flush();
    return CliApp::Ok;
}

int CliFinanceCommands::purchaseOrderList(QStringList args) {
    PurchaseOrderListCall::Filter filter;
    int exitCode = CliApp::Ok;
    if (!takeContainer(args, &filter.containerId, &exitCode))
        return exitCode;
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--status"), &filter.status))
        return usage(tr("--status needs pending, approved or rejected"));
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!filter.status.isEmpty() && filter.status != QLatin1String("pending") &&
        filter.status != QLatin1String("approved") && filter.status != QLatin1String("rejected"))
        return usage(
            tr("--status must be pending, approved or rejected, got \"%1\"").arg(filter.status));
    if (!isFormat(format, true))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    QList<PurchaseOrder> list;
    ApiError error;
    if (!collectAll(m_client.listPurchaseOrders(filter), &list, &error))
        return m_app.fail(error);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const PurchaseOrder &p : std::as_const(list))
            array.append(purchaseOrderJson(p));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliApp::Ok;
    }
    const QStringList header = {QStringLiteral("purchase_order_id"),
                                QStringLiteral("po_number"),
                                QStringLiteral("status"),
                                QStringLiteral("amount"),
                                QStringLiteral("currency"),
                                QStringLiteral("container"),
                                QStringLiteral("date_created"),
                                QStringLiteral("invoice_id"),
                                QStringLiteral("note")};
    QList<QStringList> rows;
    for (const PurchaseOrder &p : std::as_const(list))
        rows << QStringList{QString::number(p.id),
                            p.number,
                            p.status,
                            p.amount,
                            p.currency,
                            p.containerName,
                            p.dateCreated.isValid()
                                ? p.dateCreated.toUTC().date().toString(Qt::ISODate)
                                : QString(),
                            p.invoiceId > 0 ? QString::number(p.invoiceId) : QString(),
                            p.note};
    m_app.printRows(header, rows, format);
    return CliApp::Ok;
}
