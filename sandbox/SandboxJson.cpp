#include "SandboxJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

bool showsValidity(SandboxStore::Status status) {
    using S = SandboxStore::Status;
    return status == S::Issued || status == S::Expired || status == S::Revoked ||
           status == S::ReissuePending;
}

QJsonObject containerRef(const SandboxStore::Container &container) {
    return {{QStringLiteral("id"), container.id}, {QStringLiteral("name"), container.name}};
}

} // namespace

QJsonObject SandboxJson::error(const QString &code, const QString &message) {
    const QJsonObject entry{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return {{QStringLiteral("errors"), QJsonArray{entry}}};
}

QByteArray SandboxJson::compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject SandboxJson::user(const SandboxStore &store, const SandboxStore::User &user) {
    const SandboxStore::Container &root = store.rootContainer();
    const QJsonObject container{{QStringLiteral("id"), root.id},
                                {QStringLiteral("name"), root.name},
                                {QStringLiteral("parent_id"), root.parentId},
                                {QStringLiteral("is_active"), true}};
    const QJsonObject adminRole{{QStringLiteral("id"), 1},
                                {QStringLiteral("name"), QStringLiteral("Administrator")},
                                {QStringLiteral("name_id"), QStringLiteral("admin")}};
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("account_id"), store.accountId()},
            {QStringLiteral("first_name"), user.firstName},
            {QStringLiteral("last_name"), user.lastName},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("job_title"), user.jobTitle},
            {QStringLiteral("telephone"), user.telephone},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("type"), QStringLiteral("standard")},
            {QStringLiteral("container"), container},
            {QStringLiteral("access_roles"), QJsonArray{adminRole}}};
}

QString SandboxJson::price(const SandboxStore::Order &order) {
    // Integer cents all the way: money never passes through binary floating point.
    const qint64 cents =
        qint64(SandboxStore::product(order.product).pricePerYearCents) * order.validityYears;
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QJsonObject SandboxJson::certificate(const SandboxStore &store, const SandboxStore::Order &order,
                                     bool detailed) {
    QJsonObject cert{
        {QStringLiteral("id"), order.certificateId},
        {QStringLiteral("common_name"), order.commonName},
        {QStringLiteral("signature_hash"), SandboxStore::signatureHashName(order.signatureHash)}};
    if (!order.dnsNames.isEmpty())
        cert.insert(QStringLiteral("dns_names"), QJsonArray::fromStringList(order.dnsNames));
    const bool issued = showsValidity(order.status) && order.validTillDay > 0;
    if (issued) {
        cert.insert(QStringLiteral("valid_till"), SandboxStore::formatDay(order.validTillDay));
        cert.insert(QStringLiteral("days_remaining"),
                    qMax<qint64>(0, order.validTillDay - store.todayJulianDay()));
    }
    if (!detailed)
        return cert;

    cert.insert(QStringLiteral("date_created"),
                SandboxStore::formatDateTime(order.certificateCreated));
    cert.insert(QStringLiteral("key_size"), order.keySize);
    cert.insert(
        QStringLiteral("server_platform"),
        QJsonObject{{QStringLiteral("id"), -1}, {QStringLiteral("name"), QStringLiteral("OTHER")}});
    if (issued) {
        cert.insert(QStringLiteral("valid_from"), SandboxStore::formatDay(order.validFromDay));
        cert.insert(QStringLiteral("serial_number"),
                    QString::fromLatin1(store.serialNumber(order).toHex().toUpper()));
        cert.insert(QStringLiteral("thumbprint"),
                    QString::fromLatin1(store.thumbprint(order).toHex().toUpper()));
    }
    return cert;
}

QJsonObject SandboxJson::orderSummary(const SandboxStore &store, const SandboxStore::Order &order) {
    const SandboxStore::Product &product = SandboxStore::product(order.product);
    QJsonObject json{
        {QStringLiteral("id"), order.id},
        {QStringLiteral("certificate"), certificate(store, order, false)},
        {QStringLiteral("status"), SandboxStore::statusName(order.status)},
        {QStringLiteral("is_renewed"), order.renewed},
        {QStringLiteral("date_created"), SandboxStore::formatDateTime(order.dateCreated)},
        {QStringLiteral("validity_years"), order.validityYears},
        {QStringLiteral("container"), containerRef(store.container(order.container))},
        {QStringLiteral("product"),
         QJsonObject{{QStringLiteral("name_id"), QLatin1String(product.nameId)},
                     {QStringLiteral("name"), QLatin1String(product.name)},
                     {QStringLiteral("type"), QLatin1String(product.type)}}},
        {QStringLiteral("product_name_id"), QLatin1String(product.nameId)},
        {QStringLiteral("price"), price(order)},
        {QStringLiteral("currency"), QStringLiteral("USD")},
    };
    if (order.organization >= 0) {
        const SandboxStore::Organization &org = store.organization(order.organization);
        json.insert(
            QStringLiteral("organization"),
            QJsonObject{{QStringLiteral("id"), org.id}, {QStringLiteral("name"), org.name}});
    }
    if (!order.alternativeOrderId.isEmpty())
        json.insert(QStringLiteral("alternative_order_id"), order.alternativeOrderId);
    return json;
}

QJsonObject SandboxJson::orderInfo(const SandboxStore &store, const SandboxStore::Order &order) {
    QJsonObject json = orderSummary(store, order);
    const SandboxStore::Product &product = SandboxStore::product(order.product);
    json.insert(QStringLiteral("certificate"), certificate(store, order, true));
    json.insert(QStringLiteral("order_validity"),
                QJsonObject{{QStringLiteral("years"), order.validityYears}});

    QJsonObject productJson = json.value(QStringLiteral("product")).toObject();
    productJson.insert(QStringLiteral("validation_type"), QLatin1String(product.validationType));
    json.insert(QStringLiteral("product"), productJson);

    const SandboxStore::User orderer = store.administrator(0);
    json.insert(QStringLiteral("user"),
                QJsonObject{{QStringLiteral("id"), orderer.id},
                            {QStringLiteral("first_name"), orderer.firstName},
                            {QStringLiteral("last_name"), orderer.lastName},
                            {QStringLiteral("email"), orderer.email}});
    const QJsonObject request{
        {QStringLiteral("id"), order.requestId},
        {QStringLiteral("date"), SandboxStore::formatDateTime(order.dateCreated)},
        {QStringLiteral("type"), QStringLiteral("new_request")},
        {QStringLiteral("status"), SandboxStore::requestStatusName(order.requestStatus)},
        {QStringLiteral("comments"), QString()}};
    json.insert(QStringLiteral("requests"), QJsonArray{request});
    json.insert(QStringLiteral("payment_method"), QStringLiteral("balance"));
    json.insert(QStringLiteral("auto_reissue"), 0);
    json.insert(QStringLiteral("disable_renewal_notifications"), false);

    if (order.organization >= 0) {
        const SandboxStore::Organization &org = store.organization(order.organization);
        json.insert(QStringLiteral("organization"),
                    QJsonObject{{QStringLiteral("id"), org.id},
                                {QStringLiteral("name"), org.name},
                                {QStringLiteral("display_name"), org.name},
                                {QStringLiteral("is_active"), true},
                                {QStringLiteral("city"), org.city},
                                {QStringLiteral("state"), org.state},
                                {QStringLiteral("country"), org.country},
                                {QStringLiteral("telephone"), org.telephone}});
    }
    return json;
}
