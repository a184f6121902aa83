#include "cli/CliCheckCommand.h"

#include "cli/CliContext.h"

#include "api/CertCentralClient.h"
#include "cli/CliArguments.h"
#include "cli/CliOutput.h"
#include "core/RolePolicy.h"
#include "services/AccountService.h"
#include "services/Await.h"
#include "services/DomainService.h"
#include "services/FinanceService.h"
#include "services/OrderService.h"
#include "services/OrganizationService.h"
#include "services/RequestService.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

CliCheckCommand::CliCheckCommand(CliOutput &app, QTextStream &out, QTextStream &err,
                                 CertCentralClient &client)
    : m_app(app)
    , m_out(out)
    , m_err(err)
    , m_client(client) {}

int CliCheckCommand::usage(const QString &problem) {
    m_err << tr("certdesk-cli: %1").arg(problem) << '\n'
          << tr("Run certdesk-cli --help for the check verb.") << '\n';
    m_err.flush();
    return CliOutput::Usage;
}

template <typename... Result, typename Describe>
CliCheckCommand::Step CliCheckCommand::runStep(const QString &what, const Reply<Result...> &reply,
                                               Describe describe) {
    Step step;
    step.what = what;
    QString result;
    ApiError error;
    QElapsedTimer clock;
    clock.start();
    Await::receive(
        reply, [&result, &describe](const Result &...values) { result = describe(values...); },
        &error);
    step.ms = clock.elapsed();
    step.ok = !error.isError();
    step.result = step.ok ? result : error.message();
    if (!step.ok)
        step.code = error.shortCode();
    return step;
}

int CliCheckCommand::run(QStringList args) {
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));

    QList<Step> steps;
    RolePolicy roles;
    qint64 containerId = 0;
    steps << runStep(
        QStringLiteral("GET user/me"), AccountService(&m_client).me(), [&](const UserInfo &user) {
            roles = RolePolicy(user.accessRoles);
            containerId = user.containerId;
            return tr("%1 <%2>, roles: %3")
                .arg(user.displayName(), user.email,
                     roles.roleNames().isEmpty() ? tr("none CertDesk knows") : roles.roleNames());
        });
    listSteps(&steps);
    financeSteps(&steps, containerId, roles.reasonDenied(RolePolicy::Capability::ViewFinance));
    steps << runStep(QStringLiteral("GET account/metadata"),
                     AccountService(&m_client).customFields(),
                     [](const QList<CustomField> &fields) {
                         return tr("%1 custom order fields").arg(fields.size());
                     });
    return print(steps, format);
}

void CliCheckCommand::listSteps(QList<Step> *steps) {
    *steps << runStep(
        QStringLiteral("GET product"), AccountService(&m_client).products(),
        [](const QList<Product> &products) {
            int orderable = 0;
            for (const Product &p : products)
                orderable += p.isOrderable() ? 1 : 0;
            return tr("%1 products, %2 that CertDesk orders").arg(products.size()).arg(orderable);
        });
    OrderQuery firstPage;
    firstPage.pageSize = 100;
    *steps << runStep(QStringLiteral("GET order/certificate"),
                      OrderService(&m_client).page(firstPage, 0), [](const OrderBatch &page) {
                          return tr("%1 orders in the account; read %2 on the first page")
                              .arg(page.total)
                              .arg(page.orders.size());
                      });
    *steps << runStep(QStringLiteral("GET domain"), DomainService(&m_client).page(QString(), 0),
                      [](const DomainBatch &page) { return tr("%1 domains").arg(page.total); });
    *steps << runStep(
        QStringLiteral("GET organization"), OrganizationService(&m_client).page(QString(), 0),
        [](const OrganizationBatch &page) { return tr("%1 organizations").arg(page.total); });
    *steps << runStep(QStringLiteral("GET request?filters[status]=pending"),
                      RequestService(&m_client).count(QStringLiteral("pending")), [](qint64 total) {
                          return tr("%1 requests waiting for approval").arg(total);
                      });
}

void CliCheckCommand::financeSteps(QList<Step> *steps, qint64 containerId, const QString &denied) {
    if (!denied.isEmpty()) {
        Step skipped;
        skipped.what = QStringLiteral("GET finance/balance");
        skipped.ok = true;
        skipped.result = tr("not asked: %1").arg(denied);
        *steps << skipped;
        return;
    }
    const FinanceService finance(&m_client);
    *steps << runStep(
        QStringLiteral("GET finance/balance"), finance.balance(containerId),
        [](const AccountBalance &b) {
            return b.unlimitedNegativeBalance
                       ? tr("balance %1 %2, unlimited negative balance").arg(b.balance, b.currency)
                       : tr("balance %1 %2, available %3")
                             .arg(b.balance, b.currency, b.totalAvailableFunds);
        });
    BalanceHistoryQuery history;
    history.containerId = containerId;
    *steps << runStep(QStringLiteral("GET finance/balance-history"),
                      finance.historyPage(history, 0, QDate::currentDate()),
                      [](const BalanceHistoryBatch &page) {
                          QString text = tr("%1 balance adjustments").arg(page.total);
                          if (page.skipped > 0)
                              text += tr(", %1 not readable").arg(page.skipped);
                          return text;
                      });
    *steps << runStep(QStringLiteral("GET finance/payment-profile"), finance.paymentProfiles(),
                      [](const QList<PaymentProfile> &profiles) {
                          return tr("%1 stored cards").arg(profiles.size());
                      });
}

int CliCheckCommand::print(const QList<Step> &steps, const QString &format) {
    int failed = 0;
    for (const Step &s : std::as_const(steps))
        failed += s.ok ? 0 : 1;
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Step &s : std::as_const(steps)) {
            QJsonObject o{{QStringLiteral("request"), s.what},
                          {QStringLiteral("ok"), s.ok},
                          {QStringLiteral("ms"), s.ms},
                          {QStringLiteral("result"), s.result}};
            if (!s.code.isEmpty())
                o.insert(QStringLiteral("code"), s.code);
            list.append(o);
        }
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("base_url"), m_client.baseUrl().toString()},
                                      {QStringLiteral("calls"), list},
                                      {QStringLiteral("failed"), failed}})
                .toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("CertDesk read-only check of %1").arg(m_client.baseUrl().toString()) << '\n';
        QList<QStringList> rows;
        for (const Step &s : std::as_const(steps))
            rows << QStringList{s.what, s.ok ? tr("ok") : tr("FAILED") + QLatin1Char(' ') + s.code,
                                tr("%1 ms").arg(s.ms), s.result};
        m_app.printRows({tr("Request"), tr("Answer"), tr("Time"), tr("What CertDesk read")}, rows,
                        format);
        m_out << (failed == 0
                      ? tr("Every call answered; nothing was changed in the account.")
                      : tr("%n call(s) did not answer as CertDesk expects; nothing was changed in "
                           "the account.",
                           nullptr, failed))
              << '\n';
    }
    m_out.flush();
    return failed == 0 ? CliOutput::Ok : CliOutput::ApiFailure;
}

QList<CliVerb> CliCheckCommand::verbs() {
    return {
        {QStringLiteral("check"), QString(),
         QT_TRANSLATE_NOOP("CliVerb", "  check [--format table|json]  (a read-only tour of the "
                                      "account: what CertDesk can read)\n"),
         CliVerb::Needs::Connection,
         [](CliContext &c, QStringList args) {
             return CliCheckCommand(c.output, c.out, c.err, *c.client).run(args);
         }},
    };
}
