#include "cli/CliDcvCommands.h"

#include "api/CertCentralClient.h"
#include "cli/CliArguments.h"
#include "cli/CliOutput.h"
#include "core/NewOrder.h"
#include "services/Await.h"
#include "services/OrderService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

CliDcvCommands::CliDcvCommands(CliOutput &app, QTextStream &out, QTextStream &err,
                               CertCentralClient &client)
    : m_app(app)
    , m_out(out)
    , m_err(err)
    , m_client(client) {}

int CliDcvCommands::usage(const QString &problem) {
    m_err << tr("certdesk-cli: %1").arg(problem) << '\n'
          << tr("Run certdesk-cli --help for the order verbs.") << '\n';
    m_err.flush();
    return CliOutput::Usage;
}

int CliDcvCommands::run(qint64 orderId, QStringList args) {
    QString format = QStringLiteral("table");
    if (!CliArguments::takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    QString method;
    if (action == QLatin1String("method")) {
        if (args.isEmpty())
            return usage(tr("order dcv ID method needs one of: %1")
                             .arg(NewOrder::dcvMethods().join(QStringLiteral(", "))));
        method = args.takeFirst();
        if (!NewOrder::dcvMethods().contains(method))
            return usage(tr("dcv_method \"%1\" is not known; use one of: %2")
                             .arg(method, NewOrder::dcvMethods().join(QStringLiteral(", "))));
    }
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    const bool json = format == QLatin1String("json");

    if (action == QLatin1String("status"))
        return status(orderId, json);
    OrderDcvAction which;
    if (action == QLatin1String("method"))
        which = OrderDcvAction::ChangeMethod;
    else if (action == QLatin1String("random"))
        which = OrderDcvAction::RandomValue;
    else if (action == QLatin1String("check"))
        which = OrderDcvAction::Check;
    else if (action == QLatin1String("resend"))
        which = OrderDcvAction::ResendEmails;
    else
        return usage(tr("order dcv ID needs one of: status, method M, random, check, resend"));
    return act(orderId, which, method, json);
}

// order dcv ID status: each name's DCV, from Order validation status.
int CliDcvCommands::status(qint64 orderId, bool json) {
    ApiError error;
    const auto call = OrderService(&m_client).validation(orderId);
    OrderValidation v;
    bool ok = false;
    Await::receive(
        call,
        [&](const OrderValidation &r) {
            v = r;
            ok = true;
        },
        &error);
    if (!ok)
        return m_app.fail(error);
    if (json) {
        QJsonArray names;
        for (const OrderValidation::Name &n : std::as_const(v.names))
            names.append(
                QJsonObject{{QStringLiteral("dns_names"), QJsonArray::fromStringList(n.dnsNames)},
                            {QStringLiteral("status"), n.status},
                            {QStringLiteral("method"), n.method},
                            {QStringLiteral("name_scope"), n.nameScope}});
        m_out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("order_id"), orderId},
                                      {QStringLiteral("order_status"), v.orderStatus},
                                      {QStringLiteral("dcv_method"), v.dcvMethod},
                                      {QStringLiteral("dcv_scope"), v.nameScope},
                                      {QStringLiteral("names"), names}})
                .toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Order %1: %2, DCV by %3").arg(orderId).arg(v.orderStatus, v.dcvMethod) << '\n';
        for (const OrderValidation::Name &n : std::as_const(v.names))
            m_out << "  " << n.dnsNames.join(QStringLiteral(", ")).leftJustified(40) << ' '
                  << n.status << '\n';
    }
    m_out.flush();
    return CliOutput::Ok;
}

// method M, random, check or resend: one request, then what CertCentral answered.
int CliDcvCommands::act(qint64 orderId, OrderDcvAction which, const QString &method, bool json) {
    ApiError error;
    const auto call = OrderService(&m_client).dcv(orderId, which, method);
    OrderDcvResult result;
    bool ok = false;
    Await::receive(
        call,
        [&](const OrderDcvResult &r) {
            result = r;
            ok = true;
        },
        &error);
    if (!ok)
        return m_app.fail(error);
    if (json)
        printJson(orderId, which, result);
    else
        printText(orderId, which, method, result);
    m_out.flush();
    return CliOutput::Ok;
}

void CliDcvCommands::printJson(qint64 orderId, OrderDcvAction which, const OrderDcvResult &result) {
    QJsonObject o{{QStringLiteral("order_id"), orderId},
                  {QStringLiteral("action"), OrderService::dcvActionPath(which)}};
    if (!result.randomValue.isEmpty())
        o.insert(QStringLiteral("dcv_random_value"), result.randomValue);
    if (result.expires.isValid())
        o.insert(QStringLiteral("expiration_date"), result.expires.toString(Qt::ISODate));
    if (!result.orderStatus.isEmpty())
        o.insert(QStringLiteral("order_status"), result.orderStatus);
    if (!result.dcvStatus.isEmpty())
        o.insert(QStringLiteral("dcv_status"), result.dcvStatus);
    if (result.certificateId > 0)
        o.insert(QStringLiteral("certificate_id"), result.certificateId);
    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

void CliDcvCommands::printText(qint64 orderId, OrderDcvAction which, const QString &method,
                               const OrderDcvResult &result) {
    switch (which) {
    case OrderDcvAction::ChangeMethod:
        m_out << tr("Order %1 now uses %2 DCV.").arg(orderId).arg(method) << '\n';
        break;
    case OrderDcvAction::RandomValue:
        break;
    case OrderDcvAction::Check:
        m_out
            << tr("DCV is done for order %1; the order is %2.").arg(orderId).arg(result.orderStatus)
            << '\n';
        if (result.certificateId > 0)
            m_out << tr("Certificate: %1").arg(result.certificateId) << '\n';
        break;
    case OrderDcvAction::ResendEmails:
        m_out << tr("The DCV e-mails for order %1 were sent again.").arg(orderId) << '\n';
        break;
    }
    if (!result.randomValue.isEmpty())
        m_out << tr("DCV random value: %1 (valid until %2)")
                     .arg(result.randomValue, result.expires.toString(Qt::ISODate))
              << '\n';
}
