#include "CliApp.h"

#include "CertCentralClient.h"
#include "OrderInfoCall.h"
#include "OrderListJob.h"
#include "SecretRedactor.h"
#include "UserCall.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace {

const char *kUsage = QT_TRANSLATE_NOOP(
    "CliApp",
    "Usage: certdesk-cli [--api-url URL] [--ca-file PEM] [--timeout SECONDS] VERB ...\n"
    "\n"
    "Verbs:\n"
    "  orders list [--status S] [--search TEXT] [--sort FIELD] [--format table|json|csv]\n"
    "  orders show ID [--format table|json]\n"
    "  me [--format table|json]\n"
    "\n"
    "The API key is read from the environment variable CERTDESK_API_KEY, never from the\n"
    "command line. Exit codes: 0 ok, 2 usage, 3 API error, 4 network or TLS error.\n");

// Takes "--name value" out of args; returns false when the value is missing.
bool takeOption(QStringList &args, const QString &name, QString *value, bool *present = nullptr) {
    const qsizetype i = args.indexOf(name);
    if (present)
        *present = i >= 0;
    if (i < 0)
        return true;
    if (i + 1 >= args.size())
        return false;
    *value = args.at(i + 1);
    args.remove(i, 2);
    return true;
}

QString csvField(const QString &value) {
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        QString escaped = value;
        escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return value;
}

int daysRemaining(const Order &o) {
    if (o.daysRemaining >= 0)
        return o.daysRemaining;
    return o.validTill.isValid() ? int(qMax<qint64>(0, QDate::currentDate().daysTo(o.validTill)))
                                 : -1;
}

template <typename Call, typename Result>
bool waitFor(Call *call, Result *result, ApiError *error) {
    QEventLoop loop;
    bool ok = false;
    QObject::connect(call, &Call::received, &loop, [&](const Result &r) {
        *result = r;
        ok = true;
    });
    QObject::connect(call, &Call::failed, &loop, [&](const ApiError &e) { *error = e; });
    QObject::connect(call, &Call::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return ok;
}
} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err) {}

int CliApp::usage(const QString &problem) {
    if (!problem.isEmpty())
        m_err << tr("certdesk-cli: %1").arg(problem) << '\n';
    m_err << tr(kUsage);
    m_err.flush();
    return Usage;
}

int CliApp::fail(const ApiError &error) {
    m_err << tr("certdesk-cli: error %1: %2").arg(error.shortCode(), error.message()) << '\n';
    for (const ApiError::Entry &e : error.entries())
        m_err << "  " << e.code << ": " << e.message << '\n';
    m_err.flush();
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
        return NetworkFailure;
    case ApiError::Kind::Usage:
        return Usage;
    default:
        return ApiFailure;
    }
}

int CliApp::run(const QStringList &arguments) {
    QStringList args = arguments;
    if (args.isEmpty() || args.contains(QStringLiteral("--help")) ||
        args.contains(QStringLiteral("-h"))) {
        m_out << tr(kUsage);
        m_out.flush();
        return args.isEmpty() ? Usage : Ok;
    }
    QString apiUrl = CertCentralClient::usBaseUrl().toString();
    QString caFile;
    QString timeout;
    bool hasCa = false;
    bool hasTimeout = false;
    if (!takeOption(args, QStringLiteral("--api-url"), &apiUrl))
        return usage(tr("--api-url needs a URL"));
    if (!takeOption(args, QStringLiteral("--ca-file"), &caFile, &hasCa))
        return usage(tr("--ca-file needs a file name"));
    if (!takeOption(args, QStringLiteral("--timeout"), &timeout, &hasTimeout))
        return usage(tr("--timeout needs a number of seconds"));

    const QUrl url(apiUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return usage(tr("--api-url must be an http:// or https:// URL, got \"%1\"").arg(apiUrl));
    const QString key = qEnvironmentVariable("CERTDESK_API_KEY").trimmed();
    if (key.isEmpty())
        return usage(tr("no API key: set the environment variable CERTDESK_API_KEY"));
    SecretRedactor::instance().addSecret(key);

    CertCentralClient client;
    client.setBaseUrl(url);
    client.setApiKey(key);
    if (hasCa) {
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(caFile);
        if (ca.isEmpty())
            return usage(tr("--ca-file %1 holds no PEM certificate").arg(caFile));
        client.setExtraCaCertificates(ca);
    }
    if (hasTimeout) {
        bool ok = false;
        const int seconds = timeout.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return usage(tr("--timeout must be a whole number of seconds from 1 to 600"));
        client.setTimeoutMs(seconds * 1000);
    }

    if (args.isEmpty())
        return usage(tr("missing verb"));
    const QString noun = args.takeFirst();
    if (noun == QLatin1String("me"))
        return me(client, args);
    if (noun == QLatin1String("orders")) {
        if (args.isEmpty())
            return usage(tr("orders needs list or show"));
        const QString verb = args.takeFirst();
        if (verb == QLatin1String("list"))
            return ordersList(client, args);
        if (verb == QLatin1String("show"))
            return ordersShow(client, args);
        return usage(tr("unknown verb \"orders %1\"; use list or show").arg(verb));
    }
    return usage(tr("unknown verb \"%1\"").arg(noun));
}

QJsonObject CliApp::orderToJson(const Order &o) {
    QJsonObject json;
    json.insert(QStringLiteral("order_id"), o.id);
    json.insert(QStringLiteral("common_name"), o.commonName);
    json.insert(QStringLiteral("dns_names"), QJsonArray::fromStringList(o.dnsNames));
    json.insert(QStringLiteral("product_name_id"), o.productNameId);
    json.insert(QStringLiteral("status"), o.status);
    json.insert(QStringLiteral("organization_name"),
                o.organizationName.isEmpty() ? QJsonValue() : QJsonValue(o.organizationName));
    json.insert(QStringLiteral("valid_till"), o.validTill.isValid()
                                                  ? QJsonValue(o.validTill.toString(Qt::ISODate))
                                                  : QJsonValue());
    const int days = daysRemaining(o);
    json.insert(QStringLiteral("days_remaining"), days >= 0 ? QJsonValue(days) : QJsonValue());
    return json;
}

void CliApp::printOrders(const QList<Order> &orders, const QString &format) {
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Order &o : orders)
            array.append(orderToJson(o));
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return;
    }
    const QStringList headers = {QStringLiteral("order_id"),   QStringLiteral("common_name"),
                                 QStringLiteral("sans"),       QStringLiteral("product_name_id"),
                                 QStringLiteral("status"),     QStringLiteral("organization_name"),
                                 QStringLiteral("valid_till"), QStringLiteral("days_remaining")};
    QList<QStringList> rows;
    rows.reserve(orders.size());
    for (const Order &o : orders) {
        const int days = daysRemaining(o);
        rows << QStringList{QString::number(o.id),
                            o.commonName,
                            QString::number(o.sanCount()),
                            o.productNameId,
                            o.status,
                            o.organizationName,
                            o.validTill.isValid() ? o.validTill.toString(Qt::ISODate) : QString(),
                            days >= 0 ? QString::number(days) : QString()};
    }
    if (format == QLatin1String("csv")) {
        m_out << headers.join(QLatin1Char(',')) << "\r\n";
        for (const QStringList &row : rows) {
            QStringList fields;
            for (const QString &f : row)
                fields << csvField(f);
            m_out << fields.join(QLatin1Char(',')) << "\r\n";
        }
        m_out.flush();
        return;
    }
    QList<int> widths;
    for (const QString &h : headers)
        widths << int(h.size());
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], int(qMin<qsizetype>(row[i].size(), 60)));
    auto printRow = [&](const QStringList &row) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i) {
            QString cell = row[i];
            if (cell.size() > 60)
                cell = cell.left(59) + QChar(0x2026);
            cells << cell.leftJustified(widths[i]);
        }
        m_out << cells.join(QStringLiteral("  ")).trimmed() << '\n';
    };
    printRow(headers);
    for (const QStringList &row : rows)
        printRow(row);
    m_out.flush();
}

int CliApp::ordersList(CertCentralClient &client, QStringList args) {
    OrderQuery query;
    QString format = QStringLiteral("table");
    if (!takeOption(args, QStringLiteral("--status"), &query.status))
        return usage(tr("--status needs a value: %1")
                         .arg(OrderQuery::statuses().join(QStringLiteral(", "))));
    if (!takeOption(args, QStringLiteral("--search"), &query.search))
        return usage(tr("--search needs a text"));
    if (!takeOption(args, QStringLiteral("--sort"), &query.sort))
        return usage(tr("--sort needs a field"));
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (format != QLatin1String("table") && format != QLatin1String("json") &&
        format != QLatin1String("csv"))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    const QString problem = query.validate();
    if (!problem.isEmpty())
        return usage(problem);

    OrderListJob *job = client.listOrders(query);
    QList<Order> orders;
    ApiError error;
    QEventLoop loop;
    connect(job, &OrderListJob::pageLoaded, &loop,
            [&orders](const QList<Order> &page, qint64, qint64) { orders += page; });
    connect(job, &OrderListJob::failed, &loop, [&error](const ApiError &e) { error = e; });
    connect(job, &OrderListJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (error.isError())
        return fail(error);
    printOrders(orders, format);
    return Ok;
}

int CliApp::ordersShow(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table or json"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usage(tr("--format must be table or json, got \"%1\"").arg(format));
    if (args.size() != 1)
        return usage(tr("orders show needs exactly one order ID"));
    bool ok = false;
    const qint64 id = args.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(tr("order ID must be a positive whole number, got \"%1\"").arg(args.first()));
    Order order;
    ApiError error;
    if (!waitFor(client.orderInfo(id), &order, &error))
        return fail(error);
    if (format == QLatin1String("json")) {
        QJsonObject json = orderToJson(order);
        json.insert(QStringLiteral("certificate_id"), order.certificateId);
        json.insert(QStringLiteral("serial_number"), order.serialNumber);
        json.insert(QStringLiteral("thumbprint"), order.thumbprint);
        json.insert(QStringLiteral("valid_from"),
                    order.validFrom.isValid() ? QJsonValue(order.validFrom.toString(Qt::ISODate))
                                              : QJsonValue());
        json.insert(QStringLiteral("key_size"), order.keySize);
        json.insert(QStringLiteral("signature_hash"), order.signatureHash);
        json.insert(QStringLiteral("container_name"), order.containerName);
        json.insert(QStringLiteral("alternative_order_id"), order.alternativeOrderId);
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        auto line = [this](const QString &label, const QString &value) {
            m_out << label.leftJustified(16) << ' ' << value << '\n';
        };
        line(tr("Order"), QString::number(order.id));
        line(tr("Common name"), order.commonName);
        line(tr("Names"), order.allNames().join(QStringLiteral(", ")));
        line(tr("Product"), order.productNameId);
        line(tr("Status"), order.status);
        line(tr("Organization"), order.organizationName);
        line(tr("Valid from"), order.validFrom.toString(Qt::ISODate));
        line(tr("Valid till"), order.validTill.toString(Qt::ISODate));
        line(tr("Serial number"), order.serialNumber);
        line(tr("Thumbprint"), order.thumbprint);
    }
    m_out.flush();
    return Ok;
}

int CliApp::me(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    if (!takeOption(args, QStringLiteral("--format"), &format) || !args.isEmpty())
        return usage(tr("me takes only --format table|json"));
    UserInfo user;
    ApiError error;
    if (!waitFor(client.me(), &user, &error))
        return fail(error);
    if (format == QLatin1String("json")) {
        QJsonObject json{
            {QStringLiteral("id"), user.id},
            {QStringLiteral("name"), user.displayName()},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("access_roles"), QJsonArray::fromStringList(user.accessRoles)}};
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        m_out << user.displayName() << " <" << user.email << "> "
              << user.accessRoles.join(QStringLiteral(", ")) << '\n';
    }
    m_out.flush();
    return Ok;
}
