#include "CliCheckCommand.h"

#include "BalanceCall.h"
#include "BalanceHistoryCall.h"
#include "CertCentralClient.h"
#include "CliArguments.h"
#include "CliOutput.h"
#include "CustomFieldListCall.h"
#include "DomainListCall.h"
#include "OrderListCall.h"
#include "OrganizationListCall.h"
#include "PaymentProfileCall.h"
#include "ProductListCall.h"
#include "RequestCountCall.h"
#include "RolePolicy.h"
#include "UserCall.h"

#include <QElapsedTimer>
#include <QEventLoop>
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

CliCheckCommand::Step
CliCheckCommand::runStep(const QString &what, ApiCall *call,
                         const std::function<void(ApiCall *, QString *)> &connectResult) {
    Step step;
    step.what = what;
    QString result;
    connectResult(call, &result);
    ApiError error;
    bool failed = false;
    QEventLoop loop;
    QObject::connect(call, &ApiCall::failed, &loop, [&](const ApiError &e) {
        error = e;
        failed = true;
    });
    QObject::connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    m_client.submit(call);
    loop.exec();
    step.ms = clock.elapsed();
    step.ok = !failed;
    step.result = failed ? error.message() : result;
    if (failed)
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
    steps << runStep(QStringLiteral("GET user/me"), new UserCall(&m_client),
                     [&](ApiCall *call, QString *result) {
                         QObject::connect(static_cast<UserCall *>(call), &UserCall::received,
                                          [&, result](const UserInfo &user) {
                                              roles = RolePolicy(user.accessRoles);
                                              containerId = user.containerId;
                                              *result = tr("%1 <%2>, roles: %3")
                                                            .arg(user.displayName(), user.email,
                                                                 roles.roleNames().isEmpty()
                                                                     ? tr("none CertDesk knows")
                                                                     : roles.roleNames());
                                          });
                     });
    steps << runStep(QStringLiteral("GET product"), new ProductListCall(&m_client),
                     [](ApiCall *call, QString *result) {
                         QObject::connect(static_cast<ProductListCall *>(call),
                                          &ProductListCall::received,
                                          [result](const QList<Product> &products) {
                                              int orderable = 0;
                                              for (const Product &p : products)
                                                  orderable += p.isOrderable() ? 1 : 0;
                                              *result = tr("%1 products, %2 that CertDesk "
                                                           "orders")
                                                            .arg(products.size())
                                                            .arg(orderable);
                                          });
                     });
    OrderQuery firstPage;
    firstPage.pageSize = 100;
    steps << runStep(
        QStringLiteral("GET order/certificate"), new OrderListCall(&m_client, firstPage, 0),
        [](ApiCall *call, QString *result) {
            QObject::connect(static_cast<OrderListCall *>(call), &OrderListCall::received,
                             [result](const OrderPage &page) {
                                 *result = tr("%1 orders in the account; read %2 on "
                                              "the first page")
                                               .arg(page.total)
                                               .arg(page.orders.size());
                             });
        });
    steps << runStep(QStringLiteral("GET domain"), new DomainListCall(&m_client, QString(), 0),
                     [](ApiCall *call, QString *result) {
                         QObject::connect(static_cast<DomainListCall *>(call),
                                          &DomainListCall::received,
                                          [result](const DomainPage &page) {
                                              *result = tr("%1 domains").arg(page.total);
                                          });
                     });
    steps << runStep(QStringLiteral("GET organization"),
                     new OrganizationListCall(&m_client, QString(), 0),
                     [](ApiCall *call, QString *result) {
                         QObject::connect(static_cast<OrganizationListCall *>(call),
                                          &OrganizationListCall::received,
                                          [result](const OrganizationPage &page) {
                                              *result = tr("%1 organizations").arg(page.total);
                                          });
                     });
    steps << runStep(QStringLiteral("GET request?filters[status]=pending"),
                     new RequestCountCall(&m_client, QStringLiteral("pending")),
                     [](ApiCall *call, QString *result) {
                         QObject::connect(static_cast<RequestCountCall *>(call),
                                          &RequestCountCall::counted, [result](qint64 total) {
                                              *result =
                                                  tr("%1 requests waiting for approval").arg(total);
                                          });
                     });
    const QString financeDenied = roles.reasonDenied(RolePolicy::Capability::ViewFinance);
    if (financeDenied.isEmpty()) {
        steps << runStep(
            QStringLiteral("GET finance/balance"), new BalanceCall(&m_client, containerId),
            [](ApiCall *call, QString *result) {
                QObject::connect(static_cast<BalanceCall *>(call), &BalanceCall::received,
                                 [result](const AccountBalance &b) {
                                     *result = b.unlimitedNegativeBalance
                                                   ? tr("balance %1 %2, unlimited negative "
                                                        "balance")
                                                         .arg(b.balance, b.currency)
                                                   : tr("balance %1 %2, available %3")
                                                         .arg(b.balance, b.currency,
                                                              b.totalAvailableFunds);
                                 });
            });
        BalanceHistoryQuery history;
        history.containerId = containerId;
        steps << runStep(QStringLiteral("GET finance/balance-history"),
                         new BalanceHistoryCall(&m_client, history, 0, QDate::currentDate()),
                         [](ApiCall *call, QString *result) {
                             QObject::connect(static_cast<BalanceHistoryCall *>(call),
                                              &BalanceHistoryCall::received,
                                              [result](const BalanceHistoryPage &page) {
                                                  *result =
                                                      tr("%1 balance adjustments").arg(page.total);
                                                  if (page.skipped > 0)
                                                      *result +=
                                                          tr(", %1 not readable").arg(page.skipped);
                                              });
                         });
        steps << runStep(QStringLiteral("GET finance/payment-profile"),
                         new PaymentProfileCall(&m_client), [](ApiCall *call, QString *result) {
                             QObject::connect(static_cast<PaymentProfileCall *>(call),
                                              &PaymentProfileCall::received,
                                              [result](const QList<PaymentProfile> &profiles) {
                                                  *result =
                                                      tr("%1 stored cards").arg(profiles.size());
                                              });
                         });
    } else {
        Step skipped;
        skipped.what = QStringLiteral("GET finance/balance");
        skipped.ok = true;
        skipped.result = tr("not asked: %1").arg(financeDenied);
        steps << skipped;
    }
    steps << runStep(QStringLiteral("GET account/metadata"), new CustomFieldListCall(&m_client),
                     [](ApiCall *call, QString *result) {
                         QObject::connect(static_cast<CustomFieldListCall *>(call),
                                          &CustomFieldListCall::received,
                                          [result](const QList<CustomField> &fields) {
                                              *result =
                                                  tr("%1 custom order fields").arg(fields.size());
                                          });
                     });

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
