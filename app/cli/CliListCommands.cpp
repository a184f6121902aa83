#include "cli/CliListCommands.h"

#include "cli/CliContext.h"

#include "api/CertCentralClient.h"
#include "cli/CliArguments.h"
#include "cli/CliOutput.h"
#include "core/OrderCsv.h"
#include "services/AccountService.h"
#include "services/Await.h"
#include "services/DomainService.h"
#include "services/OrderService.h"
#include "services/OrganizationService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool takeOption(QStringList &args, const QString &name, QString *value, bool *present = nullptr) {
    return CliArguments::takeOption(args, name, value, present);
}

bool isListFormat(const QString &format) {
    return format == QLatin1String("table") || format == QLatin1String("json") ||
           format == QLatin1String("csv");
}

} // namespace

CliListCommands::CliListCommands(CliOutput &app, QTextStream &out, QTextStream &err,
                                 std::function<int(const QString &)> usage)
    : m_app(app)
    , m_out(out)
    , m_err(err)
    , m_usage(std::move(usage)) {}

int CliListCommands::usage(const QString &problem) {
    return m_usage(problem);
}

int CliListCommands::ordersList(CertCentralClient &client, QStringList args) {
    OrderQuery query;
    QString format = QStringLiteral("table");
    if (!takeOption(args, QStringLiteral("--status"), &query.status))
        return usage(tr("--status needs a value: %1")
                         .arg(OrderQuery::statuses().join(QStringLiteral(", "))));
    if (!takeOption(args, QStringLiteral("--search"), &query.search))
        return usage(tr("--search needs a text"));
    if (!takeOption(args, QStringLiteral("--sort"), &query.sort))
        return usage(tr("--sort needs a field"));
    if (!takeOption(args, QStringLiteral("--product"), &query.productNameId))
        return usage(tr("--product needs a product name id, for example ssl_basic"));
    const auto takeId = [&args](const QString &option, qint64 *id) {
        QString text;
        bool present = false;
        if (!takeOption(args, option, &text, &present))
            return false;
        if (!present)
            return true;
        bool ok = false;
        *id = text.toLongLong(&ok);
        return ok && *id > 0;
    };
    if (!takeId(QStringLiteral("--organization"), &query.organizationId))
        return usage(tr("--organization needs an organization id (a positive number)"));
    if (!takeId(QStringLiteral("--container"), &query.containerId))
        return usage(tr("--container needs a container id (a positive number)"));
    const auto takeDate = [&args](const QString &option, QDate *date) {
        QString text;
        bool present = false;
        if (!takeOption(args, option, &text, &present))
            return false;
        if (present)
            *date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        return !present || date->isValid();
    };
    if (!takeDate(QStringLiteral("--valid-till-from"), &query.validTillFrom))
        return usage(tr("--valid-till-from needs a date as yyyy-MM-dd"));
    if (!takeDate(QStringLiteral("--valid-till-to"), &query.validTillTo))
        return usage(tr("--valid-till-to needs a date as yyyy-MM-dd"));
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    QString columnList;
    bool hasColumns = false;
    if (!takeOption(args, QStringLiteral("--columns"), &columnList, &hasColumns))
        return usage(tr("--columns needs a comma-separated list of columns"));
    const QStringList columns = hasColumns ? columnList.split(QLatin1Char(','), Qt::SkipEmptyParts)
                                           : OrderCsv::defaultColumns();
    const QString columnProblem = OrderCsv::validateColumns(columns);
    if (!columnProblem.isEmpty())
        return usage(tr("--columns: %1").arg(columnProblem));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isListFormat(format))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    const QString problem = query.validate();
    if (!problem.isEmpty())
        return usage(problem);

    QList<Order> orders;
    ApiError error;
    if (!Await::pages(OrderService(&client).list(query), &orders, &error))
        return m_app.fail(error);
    m_app.printOrders(orders, format, columns);
    return CliOutput::Ok;
}

int CliListCommands::ordersShow(CertCentralClient &client, QStringList args) {
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
    if (!Await::result(OrderService(&client).info(id), &order, &error))
        return m_app.fail(error);
    if (format == QLatin1String("json")) {
        QJsonObject json = CliOutput::orderToJson(order);
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
    return CliOutput::Ok;
}

int CliListCommands::domainsList(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    QString search;
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!takeOption(args, QStringLiteral("--search"), &search))
        return usage(tr("--search needs a text"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isListFormat(format))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    QList<Domain> domains;
    ApiError error;
    if (!Await::pages(DomainService(&client).list(search), &domains, &error))
        return m_app.fail(error);
    auto until = [](const Domain &d, const char *type) {
        const DomainValidation *v = d.validation(QLatin1String(type));
        return v && v->validatedUntil.isValid() ? v->validatedUntil.toString(Qt::ISODate)
                                                : QString();
    };
    auto state = [](const Domain &d, const char *type) {
        const DomainValidation *v = d.validation(QLatin1String(type));
        return v ? v->status : QString();
    };
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Domain &d : std::as_const(domains))
            array.append(QJsonObject{{QStringLiteral("domain_id"), d.id},
                                     {QStringLiteral("name"), d.name},
                                     {QStringLiteral("organization_name"), d.organizationName},
                                     {QStringLiteral("status"), d.status},
                                     {QStringLiteral("ov_status"), state(d, "ov")},
                                     {QStringLiteral("ov_valid_until"), until(d, "ov")},
                                     {QStringLiteral("ev_status"), state(d, "ev")},
                                     {QStringLiteral("ev_valid_until"), until(d, "ev")},
                                     {QStringLiteral("dcv_method"), d.dcvMethod},
                                     {QStringLiteral("domain_locking_status"), d.lockingStatus}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    const QStringList header = {
        QStringLiteral("domain_id"),         QStringLiteral("name"),
        QStringLiteral("organization_name"), QStringLiteral("status"),
        QStringLiteral("ov_valid_until"),    QStringLiteral("ev_valid_until"),
        QStringLiteral("dcv_method")};
    QList<QStringList> rows;
    for (const Domain &d : std::as_const(domains))
        rows << QStringList{QString::number(d.id), d.name,         d.organizationName, d.status,
                            until(d, "ov"),        until(d, "ev"), d.dcvMethod};
    m_app.printRows(header, rows, format);
    return CliOutput::Ok;
}

int CliListCommands::organizationsList(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    QString search;
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!takeOption(args, QStringLiteral("--search"), &search))
        return usage(tr("--search needs a text"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isListFormat(format))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    QList<Organization> organizations;
    ApiError error;
    if (!Await::pages(OrganizationService(&client).list(search), &organizations, &error))
        return m_app.fail(error);
    const QStringList types = OrganizationValidation::types();
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Organization &o : std::as_const(organizations)) {
            QJsonObject json{{QStringLiteral("organization_id"), o.id},
                             {QStringLiteral("name"), o.name},
                             {QStringLiteral("assumed_name"), o.assumedName},
                             {QStringLiteral("status"), o.status},
                             {QStringLiteral("address"), o.oneLineAddress()},
                             {QStringLiteral("country"), o.country},
                             {QStringLiteral("telephone"), o.telephone},
                             {QStringLiteral("container_name"), o.containerName}};
            QJsonArray validations;
            for (const OrganizationValidation &v : o.validations)
                validations.append(QJsonObject{
                    {QStringLiteral("type"), v.type},
                    {QStringLiteral("status"), v.status},
                    {QStringLiteral("validated_until"),
                     v.validatedUntil.isValid() ? QJsonValue(v.validatedUntil.toString(Qt::ISODate))
                                                : QJsonValue()}});
            json.insert(QStringLiteral("validations"), validations);
            array.append(json);
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    // One column per validation type: "completed 2027-11-19", "pending" or empty.
    QStringList header = {QStringLiteral("organization_id"), QStringLiteral("name"),
                          QStringLiteral("assumed_name"), QStringLiteral("country"),
                          QStringLiteral("status")};
    header += types;
    QList<QStringList> rows;
    for (const Organization &o : std::as_const(organizations)) {
        QStringList row{QString::number(o.id), o.name, o.assumedName, o.country.toUpper(),
                        o.status};
        for (const QString &type : types) {
            const OrganizationValidation *v = o.validation(type);
            row << (!v ? QString()
                    : v->validatedUntil.isValid()
                        ? QStringLiteral("%1 %2").arg(v->status,
                                                      v->validatedUntil.toString(Qt::ISODate))
                        : v->status);
        }
        rows << row;
    }
    m_app.printRows(header, rows, format);
    return CliOutput::Ok;
}

int CliListCommands::contactsList(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    QString organization;
    bool hasOrganization = false;
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!takeOption(args, QStringLiteral("--organization"), &organization, &hasOrganization))
        return usage(tr("--organization needs an organization id"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!hasOrganization)
        return usage(tr("contacts list needs --organization ID (see organizations list)"));
    bool ok = false;
    const qint64 id = organization.toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(
            tr("organization ID must be a positive whole number, got \"%1\"").arg(organization));
    if (!isListFormat(format))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    const auto call = OrganizationService(&client).verifiedContacts(id);
    QList<VerifiedContact> contacts;
    ApiError error;
    Await::receive(
        call, [&contacts](qint64, const QList<VerifiedContact> &list) { contacts = list; }, &error);
    if (error.isError())
        return m_app.fail(error);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const VerifiedContact &c : std::as_const(contacts)) {
            QJsonArray validations;
            for (const VerifiedContact::Validation &v : c.validations)
                validations.append(QJsonObject{{QStringLiteral("type"), v.type},
                                               {QStringLiteral("status"), v.status}});
            array.append(
                QJsonObject{{QStringLiteral("contact_id"), c.id()},
                            {QStringLiteral("first_name"), c.contact.firstName},
                            {QStringLiteral("last_name"), c.contact.lastName},
                            {QStringLiteral("email"), c.contact.email},
                            {QStringLiteral("job_title"), c.contact.jobTitle},
                            {QStringLiteral("telephone"), c.contact.telephone},
                            {QStringLiteral("telephone_extension"), c.contact.telephoneExtension},
                            {QStringLiteral("validations"), validations}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    const QStringList header = {QStringLiteral("contact_id"), QStringLiteral("name"),
                                QStringLiteral("email"),      QStringLiteral("telephone"),
                                QStringLiteral("job_title"),  QStringLiteral("validations")};
    QList<QStringList> rows;
    for (const VerifiedContact &c : std::as_const(contacts)) {
        QStringList validations;
        for (const VerifiedContact::Validation &v : c.validations)
            validations << QStringLiteral("%1:%2").arg(v.type, v.status);
        rows << QStringList{QString::number(c.id()), c.contact.displayName(),
                            c.contact.email,         c.contact.telephone,
                            c.contact.jobTitle,      validations.join(QLatin1Char(' '))};
    }
    m_app.printRows(header, rows, format);
    return CliOutput::Ok;
}

int CliListCommands::accountFields(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    if (!takeOption(args, QStringLiteral("--format"), &format))
        return usage(tr("--format needs table, json or csv"));
    if (!args.isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(args.first()));
    if (!isListFormat(format))
        return usage(tr("--format must be table, json or csv, got \"%1\"").arg(format));
    const auto call = AccountService(&client).customFields();
    QList<CustomField> fields;
    ApiError error;
    if (!Await::result(call, &fields, &error))
        return m_app.fail(error);
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const CustomField &f : std::as_const(fields))
            array.append(QJsonObject{{QStringLiteral("id"), f.id},
                                     {QStringLiteral("label"), f.label},
                                     {QStringLiteral("is_required"), f.required},
                                     {QStringLiteral("is_active"), f.active},
                                     {QStringLiteral("data_type"), f.dataType}});
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        m_out.flush();
        return CliOutput::Ok;
    }
    QList<QStringList> rows;
    for (const CustomField &f : std::as_const(fields))
        rows << QStringList{QString::number(f.id), f.label, f.dataType,
                            f.required ? tr("required") : tr("optional"),
                            f.active ? tr("active") : tr("inactive")};
    m_app.printRows({tr("ID"), tr("Label"), tr("Type"), tr("Required"), tr("Active")}, rows,
                    format);
    return CliOutput::Ok;
}

int CliListCommands::me(CertCentralClient &client, QStringList args) {
    QString format = QStringLiteral("table");
    if (!takeOption(args, QStringLiteral("--format"), &format) || !args.isEmpty() ||
        (format != QLatin1String("table") && format != QLatin1String("json")))
        return usage(tr("me takes only --format table|json"));
    UserInfo user;
    ApiError error;
    if (!Await::result(AccountService(&client).me(), &user, &error))
        return m_app.fail(error);
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
    return CliOutput::Ok;
}

QList<CliVerb> CliListCommands::verbs() {
    using Method = int (CliListCommands::*)(CertCentralClient &, QStringList);
    const auto run = [](Method method) {
        return [method](CliContext &c, QStringList args) {
            CliListCommands commands(c.output, c.out, c.err, c.usage);
            return (commands.*method)(*c.client, args);
        };
    };
    return {
        {QStringLiteral("orders"), QStringLiteral("list"),
         QT_TRANSLATE_NOOP(
             "CliVerb",
             "  orders list [--status S] [--search TEXT] [--sort FIELD] [--product NAME_ID]\n"
             "              [--organization ID] [--container ID] [--valid-till-from yyyy-MM-dd]\n"
             "              [--valid-till-to yyyy-MM-dd] [--format table|json|csv]\n"
             "              [--columns order_id,common_name,...]  (table and csv; see the "
             "README)\n"),
         CliVerb::Needs::Connection, run(&CliListCommands::ordersList)},
        {QStringLiteral("orders"), QStringLiteral("show"),
         QT_TRANSLATE_NOOP("CliVerb", "  orders show ID [--format table|json]\n"),
         CliVerb::Needs::Connection, run(&CliListCommands::ordersShow)},
        {QStringLiteral("domains"), QStringLiteral("list"),
         QT_TRANSLATE_NOOP("CliVerb", "  domains list [--search TEXT] [--format table|json|csv]\n"),
         CliVerb::Needs::Connection, run(&CliListCommands::domainsList)},
        {QStringLiteral("organizations"), QStringLiteral("list"),
         QT_TRANSLATE_NOOP("CliVerb",
                           "  organizations list [--search TEXT] [--format table|json|csv]\n"),
         CliVerb::Needs::Connection, run(&CliListCommands::organizationsList)},
        {QStringLiteral("contacts"), QStringLiteral("list"),
         QT_TRANSLATE_NOOP(
             "CliVerb",
             "  contacts list --organization ID [--format table|json|csv]  (verified contacts)\n"),
         CliVerb::Needs::Connection, run(&CliListCommands::contactsList)},
        {QStringLiteral("account"), QStringLiteral("fields"),
         QT_TRANSLATE_NOOP("CliVerb",
                           "  account fields [--format table|json|csv]  (custom order fields)\n"),
         CliVerb::Needs::Connection, run(&CliListCommands::accountFields)},
        {QStringLiteral("me"), QString(),
         QT_TRANSLATE_NOOP("CliVerb", "  me [--format table|json]\n"), CliVerb::Needs::Connection,
         run(&CliListCommands::me)},
    };
}
