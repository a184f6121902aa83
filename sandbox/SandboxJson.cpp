#include "sandbox/SandboxJson.h"

#include "sandbox/SandboxMoney.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

using Store = SandboxStore;

QJsonObject platformJson(int id) {
    const SandboxProducts::Platform *platform = SandboxProducts::platform(id);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"),
             platform ? QLatin1String(platform->name) : QLatin1String("OTHER")}};
}

} // namespace

QByteArray SandboxJson::compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject SandboxJson::containerRef(int containerIndex) {
    const auto &containers = SandboxAccount::containers();
    const SandboxAccount::Container &c =
        containers[size_t(qBound(0, containerIndex, int(containers.size()) - 1))];
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}};
}

QJsonObject SandboxJson::person(const SandboxAccount::User &user) {
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("first_name"), user.firstName},
            {QStringLiteral("last_name"), user.lastName},
            {QStringLiteral("email"), user.email}};
}

QJsonObject SandboxJson::user(const SandboxAccount::User &user) {
    const SandboxAccount::Container *root = SandboxAccount::container(user.containerId);
    const QJsonObject container{{QStringLiteral("id"), root->id},
                                {QStringLiteral("name"), root->name},
                                {QStringLiteral("parent_id"), root->parentId},
                                {QStringLiteral("is_active"), true}};
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("username"), user.username},
            {QStringLiteral("account_id"), SandboxAccount::kAccountId},
            {QStringLiteral("first_name"), user.firstName},
            {QStringLiteral("last_name"), user.lastName},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("job_title"), user.jobTitle},
            {QStringLiteral("telephone"), user.telephone},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("type"), QStringLiteral("standard")},
            {QStringLiteral("container"), container},
            // A key's restricted_to_role_id is not in user/me (certcentral-docs.md 10.1).
            {QStringLiteral("access_roles"), SandboxAccount::accessRoles(user.role)}};
}

QString SandboxJson::price(const SandboxStore &store, const SandboxStore::Order &order) {
    // Integer cents all the way: money never passes through binary floating point.
    return SandboxMoney::format(store.priceCents(order));
}

QJsonObject SandboxJson::certificate(const SandboxStore &store, const SandboxStore::Order &order,
                                     bool detailed) {
    QJsonObject cert{
        {QStringLiteral("id"), order.certificateId},
        {QStringLiteral("common_name"), order.commonName},
        {QStringLiteral("signature_hash"), SandboxStore::signatureHashName(order.signatureHash)}};
    if (!order.dnsNames.isEmpty())
        cert.insert(QStringLiteral("dns_names"), QJsonArray::fromStringList(order.dnsNames));
    const bool issued = Store::showsValidTill(order);
    if (issued) {
        cert.insert(QStringLiteral("valid_till"), SandboxStore::formatDay(order.validTillDay));
        cert.insert(QStringLiteral("days_remaining"),
                    qMax<qint64>(0, order.validTillDay - store.todayJulianDay()));
    }
    if (!detailed)
        return cert;

    const SandboxStore::Certificate current = store.certificateView(order);
    cert.insert(QStringLiteral("date_created"),
                SandboxStore::formatDateTime(order.certificateCreated));
    cert.insert(QStringLiteral("key_size"), order.keySize);
    cert.insert(QStringLiteral("server_platform"), platformJson(current.serverPlatformId));
    cert.insert(QStringLiteral("ca_cert"),
                SandboxProducts::caCertJson(SandboxStore::product(order.product)));
    if (issued) {
        cert.insert(QStringLiteral("valid_from"), SandboxStore::formatDay(order.validFromDay));
        cert.insert(QStringLiteral("serial_number"),
                    QString::fromLatin1(current.serial.toHex().toUpper()));
        cert.insert(QStringLiteral("thumbprint"),
                    QString::fromLatin1(current.thumbprint.toHex().toUpper()));
    }
    if (!current.csr.isEmpty())
        cert.insert(QStringLiteral("csr"), current.csr);
    if (order.extra && !order.extra->certValidity.isEmpty())
        cert.insert(QStringLiteral("cert_validity"), order.extra->certValidity);
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
        {QStringLiteral("container"), containerRef(order.container)},
        {QStringLiteral("product"),
         QJsonObject{{QStringLiteral("name_id"), QLatin1String(product.nameId)},
                     {QStringLiteral("name"), QLatin1String(product.name)},
                     {QStringLiteral("type"), QLatin1String(product.type)}}},
        {QStringLiteral("product_name_id"), QLatin1String(product.nameId)},
        {QStringLiteral("price"), price(store, order)},
        {QStringLiteral("currency"), QStringLiteral("USD")},
    };
    if (order.organization >= 0) {
        const SandboxStore::Organization &org = store.organizations().at(order.organization);
        json.insert(
            QStringLiteral("organization"),
            QJsonObject{{QStringLiteral("id"), org.id}, {QStringLiteral("name"), org.name}});
    }
    if (!order.alternativeOrderId.isEmpty())
        json.insert(QStringLiteral("alternative_order_id"), order.alternativeOrderId);
    return json;
}

QJsonObject SandboxJson::orderInfo(const SandboxStore &store, const SandboxAccount &account,
                                   const SandboxStore::Order &order) {
    QJsonObject json = orderSummary(store, order);
    const SandboxStore::Product &product = SandboxStore::product(order.product);
    json.insert(QStringLiteral("certificate"), certificate(store, order, true));
    const SandboxStore::OrderExtra *extra = order.extra.get();
    json.insert(QStringLiteral("order_validity"),
                extra ? extra->orderValidity
                      : QJsonObject{{QStringLiteral("years"), order.validityYears}});
    if (order.orderEndDay > 0)
        json.insert(QStringLiteral("order_valid_till"), SandboxStore::formatDay(order.orderEndDay));

    QJsonObject productJson = json.value(QStringLiteral("product")).toObject();
    const QString validation = QString::fromLatin1(product.validationType);
    productJson.insert(QStringLiteral("validation_type"), validation);
    productJson.insert(QStringLiteral("validation_name"),
                       SandboxProducts::validationName(validation));
    productJson.insert(QStringLiteral("validation_description"),
                       SandboxProducts::validationDescription(validation));
    productJson.insert(QStringLiteral("csr_required"), SandboxProducts::isTls(product));
    json.insert(QStringLiteral("product"), productJson);

    json.insert(QStringLiteral("user"), person(account.user(order.ownerUserId)));
    QJsonArray requests;
    for (const SandboxStore::Request &r : store.requestsView(order))
        requests.append(
            QJsonObject{{QStringLiteral("id"), r.id},
                        {QStringLiteral("date"), SandboxStore::formatDateTime(r.date)},
                        {QStringLiteral("type"), SandboxStore::requestTypeName(r.type)},
                        {QStringLiteral("status"), SandboxStore::requestStatusName(r.status)},
                        {QStringLiteral("comments"), r.comments}});
    json.insert(QStringLiteral("requests"), requests);
    json.insert(QStringLiteral("payment_method"),
                extra ? extra->paymentMethod : QStringLiteral("balance"));
    json.insert(QStringLiteral("auto_reissue"), 0);
    json.insert(QStringLiteral("disable_renewal_notifications"), false);
    if (SandboxProducts::isTls(product)) {
        json.insert(QStringLiteral("dcv_method"),
                    extra ? extra->dcvMethod : QStringLiteral("email"));
        json.insert(QStringLiteral("certificate_dcv_scope"),
                    extra ? extra->dcvScope : QStringLiteral("base_domain"));
        json.insert(QStringLiteral("disable_ct"), false);
        json.insert(QStringLiteral("allow_duplicates"), true);
    }
    if (extra) {
        // Fields the order was placed with, shown back as given.
        for (auto it = extra->echo.constBegin(); it != extra->echo.constEnd(); ++it)
            json.insert(it.key(), it.value());
        if (!extra->csProvisioningMethod.isEmpty())
            json.insert(QStringLiteral("cs_provisioning_method"), extra->csProvisioningMethod);
        if (!extra->hardwareInitCode.isEmpty())
            json.insert(QStringLiteral("hardware_init_code"), extra->hardwareInitCode);
        if (!extra->cancelNote.isEmpty())
            json.insert(QStringLiteral("cancel_note"), extra->cancelNote);
    }

    if (order.organization >= 0) {
        const SandboxStore::Organization &org = store.organizations().at(order.organization);
        json.insert(QStringLiteral("organization"),
                    QJsonObject{{QStringLiteral("id"), org.id},
                                {QStringLiteral("name"), org.name},
                                {QStringLiteral("display_name"), org.name},
                                {QStringLiteral("is_active"), org.active && !org.deleted},
                                {QStringLiteral("city"), org.city},
                                {QStringLiteral("state"), org.state},
                                {QStringLiteral("country"), org.country},
                                {QStringLiteral("telephone"), org.telephone}});
    }
    return json;
}

QJsonObject SandboxJson::certificateEntry(const SandboxStore &store,
                                          const SandboxStore::Certificate &c) {
    bool expired = false;
    const SandboxStore::CertificateStatus status =
        SandboxStore::effectiveStatus(c, store.now(), &expired);
    QJsonObject json{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("status"),
         expired ? QStringLiteral("expired") : SandboxStore::certificateStatusName(status)},
        {QStringLiteral("common_name"), c.commonName},
        {QStringLiteral("date_created"), SandboxStore::formatDateTime(c.dateCreated)},
        {QStringLiteral("signature_hash"), SandboxStore::signatureHashName(c.signatureHash)},
        {QStringLiteral("key_size"), c.keySize},
        {QStringLiteral("server_platform"), platformJson(c.serverPlatformId)}};
    if (!c.dnsNames.isEmpty())
        json.insert(QStringLiteral("dns_names"), QJsonArray::fromStringList(c.dnsNames));
    if (c.validFrom > 0) {
        json.insert(QStringLiteral("valid_from"),
                    SandboxStore::formatDay(SandboxClock::dayOf(c.validFrom)));
        json.insert(QStringLiteral("valid_till"),
                    SandboxStore::formatDay(SandboxClock::dayOf(c.validTill)));
        json.insert(QStringLiteral("serial_number"),
                    QString::fromLatin1(c.serial.toHex().toUpper()));
        json.insert(QStringLiteral("thumbprint"),
                    QString::fromLatin1(c.thumbprint.toHex().toUpper()));
    }
    if (!c.csr.isEmpty())
        json.insert(QStringLiteral("csr"), c.csr);
    if (c.dateRevoked > 0) {
        json.insert(QStringLiteral("date_revoked"), SandboxStore::formatDateTime(c.dateRevoked));
        json.insert(QStringLiteral("revocation_reason"), c.revocationReason);
    }
    if (c.revocationScheduled > 0) {
        json.insert(QStringLiteral("status"), QStringLiteral("revocation_pending"));
        json.insert(QStringLiteral("revocation_date"),
                    SandboxStore::formatDateTime(c.revocationScheduled));
    }
    return json;
}

QJsonObject SandboxJson::request(const SandboxStore &store, const SandboxAccount &account,
                                 const SandboxStore::Request &r, bool detailed) {
    QJsonObject json{{QStringLiteral("id"), r.id},
                     {QStringLiteral("date"), SandboxStore::formatDateTime(r.date)},
                     {QStringLiteral("type"), SandboxStore::requestTypeName(r.type)},
                     {QStringLiteral("status"), SandboxStore::requestStatusName(r.status)},
                     {QStringLiteral("requester"), person(account.user(r.requesterId))},
                     {QStringLiteral("comments"), r.comments}};
    if (r.dateProcessed > 0) {
        json.insert(QStringLiteral("date_processed"),
                    SandboxStore::formatDateTime(r.dateProcessed));
        json.insert(QStringLiteral("processor"), person(account.user(r.processorId)));
        json.insert(QStringLiteral("processor_comment"), r.processorComment);
    }
    if (r.type == SandboxStore::RequestType::Revoke) {
        json.insert(QStringLiteral("revocation_reason"), r.revocationReason);
        json.insert(QStringLiteral("scope"),
                    r.wholeOrder ? QStringLiteral("order") : QStringLiteral("certificate"));
    }
    const SandboxStore::Order *order = store.findOrder(r.orderId);
    if (!order)
        return json;
    const SandboxStore::Product &product = SandboxStore::product(order->product);
    QJsonObject orderJson{{QStringLiteral("id"), order->id},
                          {QStringLiteral("status"), SandboxStore::statusName(order->status)},
                          {QStringLiteral("product"),
                           QJsonObject{{QStringLiteral("name_id"), QLatin1String(product.nameId)},
                                       {QStringLiteral("name"), QLatin1String(product.name)},
                                       {QStringLiteral("type"), QLatin1String(product.type)}}},
                          {QStringLiteral("container"), containerRef(order->container)},
                          {QStringLiteral("price"), price(store, *order)}};
    if (order->organization >= 0) {
        const SandboxStore::Organization &org = store.organizations().at(order->organization);
        orderJson.insert(
            QStringLiteral("organization"),
            QJsonObject{{QStringLiteral("id"), org.id}, {QStringLiteral("name"), org.name}});
    }
    // The certificate the request is about: the new one, or the one to revoke.
    QJsonObject cert{{QStringLiteral("common_name"), order->commonName}};
    if (!order->dnsNames.isEmpty())
        cert.insert(QStringLiteral("dns_names"), QJsonArray::fromStringList(order->dnsNames));
    if (r.certificateId > 0) {
        cert.insert(QStringLiteral("id"), r.certificateId);
        const SandboxStore::Certificate current = store.certificateView(*order);
        SandboxStore::Certificate subject = current;
        if (r.certificateId != current.id) {
            // A reissue, duplicate or older certificate: always a record already.
            if (const SandboxStore::Certificate *c = store.findCertificate(r.certificateId))
                subject = *c;
        }
        cert.insert(QStringLiteral("common_name"), subject.commonName);
        if (!subject.dnsNames.isEmpty())
            cert.insert(QStringLiteral("dns_names"), QJsonArray::fromStringList(subject.dnsNames));
        cert.insert(QStringLiteral("signature_hash"),
                    SandboxStore::signatureHashName(subject.signatureHash));
        cert.insert(QStringLiteral("server_platform"), platformJson(subject.serverPlatformId));
        if (detailed && !subject.csr.isEmpty())
            cert.insert(QStringLiteral("csr"), subject.csr);
    } else if (detailed && order->extra && !order->extra->csr.isEmpty()) {
        cert.insert(QStringLiteral("csr"), order->extra->csr);
    }
    orderJson.insert(QStringLiteral("certificate"), cert);
    json.insert(QStringLiteral("order"), orderJson);
    return json;
}
