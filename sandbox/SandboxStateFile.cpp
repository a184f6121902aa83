#include "sandbox/SandboxStateFile.h"

#include "sandbox/SandboxCertificateIssuer.h"
#include "sandbox/SandboxStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

bool SandboxStateFile::exists() const {
    return QFileInfo::exists(m_path);
}

bool SandboxStateFile::load(SandboxStore *store, SandboxCertificateIssuer *issuer,
                            QString *error) const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("%1 is not a sandbox state file: %2")
                     .arg(m_path, parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() !=
            QLatin1String("certdesk-sandbox-state") ||
        root.value(QStringLiteral("version")).toInt() != kVersion) {
        *error = QStringLiteral("%1 is not a version %2 certdesk-sandbox state file")
                     .arg(m_path)
                     .arg(kVersion);
        return false;
    }
    return issuer->load(root.value(QStringLiteral("issuer")).toObject(), error) &&
           loadAccount(*store, root.value(QStringLiteral("account")).toObject(), error);
}

bool SandboxStateFile::save(const SandboxStore &store, const SandboxCertificateIssuer &issuer,
                            QString *error) const {
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("certdesk-sandbox-state")},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("issuer"), issuer.save()},
                           {QStringLiteral("account"), saveAccount(store)}};
    // QSaveFile writes a temporary file and renames it over the target on commit().
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

namespace {

QJsonArray intArray(const std::vector<int> &values) {
    QJsonArray array;
    for (const int v : values)
        array.append(v);
    return array;
}

std::vector<int> intVector(const QJsonValue &value) {
    std::vector<int> values;
    for (const QJsonValue &v : value.toArray())
        values.push_back(v.toInt());
    return values;
}

qint64 int64(const QJsonObject &o, const char *key) {
    return qint64(o.value(QLatin1String(key)).toDouble());
}

QString bytes(const QByteArray &data) {
    return QString::fromLatin1(data.toBase64());
}

QByteArray unbytes(const QJsonValue &value) {
    return QByteArray::fromBase64(value.toString().toLatin1());
}

using Order = SandboxStore::Order;
using OrderExtra = SandboxStore::OrderExtra;
using Certificate = SandboxStore::Certificate;
using Request = SandboxStore::Request;

QJsonObject extraJson(const OrderExtra &e) {
    QStringList approved(e.approvedTargets.begin(), e.approvedTargets.end());
    std::sort(approved.begin(), approved.end());
    return QJsonObject{{QStringLiteral("certificate_ids"), intArray(e.certificateIds)},
                       {QStringLiteral("request_ids"), intArray(e.requestIds)},
                       {QStringLiteral("csr"), e.csr},
                       {QStringLiteral("server_platform_id"), e.serverPlatformId},
                       {QStringLiteral("dcv_method"), e.dcvMethod},
                       {QStringLiteral("dcv_scope"), e.dcvScope},
                       {QStringLiteral("dcv_random_value"), e.dcvRandomValue},
                       {QStringLiteral("dcv_random_expires"), e.dcvRandomExpires},
                       {QStringLiteral("approved_targets"), QJsonArray::fromStringList(approved)},
                       {QStringLiteral("price_cents"), e.priceCents},
                       {QStringLiteral("payment_method"), e.paymentMethod},
                       {QStringLiteral("charged_cents"), e.chargedCents},
                       {QStringLiteral("order_validity"), e.orderValidity},
                       {QStringLiteral("cert_validity"), e.certValidity},
                       {QStringLiteral("cert_validity_days"), e.certValidityDays},
                       {QStringLiteral("cs_provisioning_method"), e.csProvisioningMethod},
                       {QStringLiteral("hardware_init_code"), e.hardwareInitCode},
                       {QStringLiteral("echo"), e.echo},
                       {QStringLiteral("cancel_note"), e.cancelNote}};
}

QJsonObject orderJson(const Order &o) {
    QJsonObject json{{QStringLiteral("id"), o.id},
                     {QStringLiteral("certificate_id"), o.certificateId},
                     {QStringLiteral("request_id"), o.requestId},
                     {QStringLiteral("product"), int(o.product)},
                     {QStringLiteral("status"), int(o.status)},
                     {QStringLiteral("request_status"), int(o.requestStatus)},
                     {QStringLiteral("organization"), int(o.organization)},
                     {QStringLiteral("container"), int(o.container)},
                     {QStringLiteral("validity_years"), int(o.validityYears)},
                     {QStringLiteral("signature_hash"), int(o.signatureHash)},
                     {QStringLiteral("renewed"), o.renewed},
                     {QStringLiteral("key_size"), int(o.keySize)},
                     {QStringLiteral("owner"), o.ownerUserId},
                     {QStringLiteral("date_created"), o.dateCreated},
                     {QStringLiteral("certificate_created"), o.certificateCreated},
                     {QStringLiteral("last_status_change"), o.lastStatusChange},
                     {QStringLiteral("valid_from_day"), o.validFromDay},
                     {QStringLiteral("valid_till_day"), o.validTillDay},
                     {QStringLiteral("order_end_day"), o.orderEndDay},
                     {QStringLiteral("common_name"), o.commonName},
                     {QStringLiteral("dns_names"), QJsonArray::fromStringList(o.dnsNames)},
                     {QStringLiteral("alternative_order_id"), o.alternativeOrderId}};
    if (o.extra)
        json.insert(QStringLiteral("extra"), extraJson(*o.extra));
    return json;
}

QJsonObject certificateJson(const Certificate &c) {
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("order_id"), c.orderId},
                       {QStringLiteral("kind"), int(c.kind)},
                       {QStringLiteral("status"), int(c.status)},
                       {QStringLiteral("common_name"), c.commonName},
                       {QStringLiteral("dns_names"), QJsonArray::fromStringList(c.dnsNames)},
                       {QStringLiteral("csr"), c.csr},
                       {QStringLiteral("server_platform_id"), c.serverPlatformId},
                       {QStringLiteral("signature_hash"), int(c.signatureHash)},
                       {QStringLiteral("key_size"), c.keySize},
                       {QStringLiteral("date_created"), c.dateCreated},
                       {QStringLiteral("valid_from"), c.validFrom},
                       {QStringLiteral("valid_till"), c.validTill},
                       {QStringLiteral("serial"), bytes(c.serial)},
                       {QStringLiteral("der"), bytes(c.der)},
                       {QStringLiteral("thumbprint"), bytes(c.thumbprint)},
                       {QStringLiteral("date_revoked"), c.dateRevoked},
                       {QStringLiteral("revocation_reason"), c.revocationReason},
                       {QStringLiteral("revocation_scheduled"), c.revocationScheduled},
                       {QStringLiteral("request_id"), c.requestId}};
}

QJsonObject requestJson(const Request &r) {
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("type"), int(r.type)},
                       {QStringLiteral("status"), int(r.status)},
                       {QStringLiteral("order_id"), r.orderId},
                       {QStringLiteral("certificate_id"), r.certificateId},
                       {QStringLiteral("whole_order"), r.wholeOrder},
                       {QStringLiteral("date"), r.date},
                       {QStringLiteral("date_processed"), r.dateProcessed},
                       {QStringLiteral("requester_id"), r.requesterId},
                       {QStringLiteral("processor_id"), r.processorId},
                       {QStringLiteral("comments"), r.comments},
                       {QStringLiteral("processor_comment"), r.processorComment},
                       {QStringLiteral("revocation_reason"), r.revocationReason}};
}

std::shared_ptr<OrderExtra> extraFromJson(const QJsonObject &e) {
    auto extra = std::make_shared<OrderExtra>();
    extra->certificateIds = intVector(e.value(QStringLiteral("certificate_ids")));
    extra->requestIds = intVector(e.value(QStringLiteral("request_ids")));
    extra->csr = e.value(QStringLiteral("csr")).toString();
    extra->serverPlatformId = e.value(QStringLiteral("server_platform_id")).toInt(-1);
    extra->dcvMethod = e.value(QStringLiteral("dcv_method")).toString();
    extra->dcvScope = e.value(QStringLiteral("dcv_scope")).toString();
    extra->dcvRandomValue = e.value(QStringLiteral("dcv_random_value")).toString();
    extra->dcvRandomExpires = int64(e, "dcv_random_expires");
    for (const QJsonValue &t : e.value(QStringLiteral("approved_targets")).toArray())
        extra->approvedTargets.insert(t.toString());
    extra->priceCents = int64(e, "price_cents");
    extra->paymentMethod = e.value(QStringLiteral("payment_method")).toString();
    extra->chargedCents = int64(e, "charged_cents");
    extra->orderValidity = e.value(QStringLiteral("order_validity")).toObject();
    extra->certValidity = e.value(QStringLiteral("cert_validity")).toObject();
    extra->certValidityDays = e.value(QStringLiteral("cert_validity_days")).toInt();
    extra->csProvisioningMethod = e.value(QStringLiteral("cs_provisioning_method")).toString();
    extra->hardwareInitCode = e.value(QStringLiteral("hardware_init_code")).toString();
    extra->echo = e.value(QStringLiteral("echo")).toObject();
    extra->cancelNote = e.value(QStringLiteral("cancel_note")).toString();
    return extra;
}

Order orderFromJson(const QJsonObject &o) {
    using Status = SandboxStore::Status;
    using RequestStatus = SandboxStore::RequestStatus;
    Order order;
    order.id = o.value(QStringLiteral("id")).toInt();
    order.certificateId = o.value(QStringLiteral("certificate_id")).toInt();
    order.requestId = o.value(QStringLiteral("request_id")).toInt();
    order.product = quint8(o.value(QStringLiteral("product")).toInt());
    order.status = Status(o.value(QStringLiteral("status")).toInt());
    order.requestStatus = RequestStatus(o.value(QStringLiteral("request_status")).toInt());
    order.organization = qint16(o.value(QStringLiteral("organization")).toInt(-1));
    order.container = quint8(o.value(QStringLiteral("container")).toInt());
    order.validityYears = quint8(o.value(QStringLiteral("validity_years")).toInt(1));
    order.signatureHash = quint8(o.value(QStringLiteral("signature_hash")).toInt());
    order.renewed = o.value(QStringLiteral("renewed")).toBool();
    order.keySize = quint16(o.value(QStringLiteral("key_size")).toInt(2048));
    order.ownerUserId = o.value(QStringLiteral("owner")).toInt(1001);
    order.dateCreated = int64(o, "date_created");
    order.certificateCreated = int64(o, "certificate_created");
    order.lastStatusChange = int64(o, "last_status_change");
    order.validFromDay = int64(o, "valid_from_day");
    order.validTillDay = int64(o, "valid_till_day");
    order.orderEndDay = int64(o, "order_end_day");
    order.commonName = o.value(QStringLiteral("common_name")).toString();
    for (const QJsonValue &n : o.value(QStringLiteral("dns_names")).toArray())
        order.dnsNames << n.toString();
    order.alternativeOrderId = o.value(QStringLiteral("alternative_order_id")).toString();
    order.touched = true;
    if (o.contains(QStringLiteral("extra")))
        order.extra = extraFromJson(o.value(QStringLiteral("extra")).toObject());
    return order;
}

Certificate certificateFromJson(const QJsonObject &o) {
    Certificate c;
    c.id = o.value(QStringLiteral("id")).toInt();
    c.orderId = o.value(QStringLiteral("order_id")).toInt();
    c.kind = SandboxStore::CertificateKind(o.value(QStringLiteral("kind")).toInt());
    c.status = SandboxStore::CertificateStatus(o.value(QStringLiteral("status")).toInt());
    c.commonName = o.value(QStringLiteral("common_name")).toString();
    for (const QJsonValue &n : o.value(QStringLiteral("dns_names")).toArray())
        c.dnsNames << n.toString();
    c.csr = o.value(QStringLiteral("csr")).toString();
    c.serverPlatformId = o.value(QStringLiteral("server_platform_id")).toInt(-1);
    c.signatureHash = quint8(o.value(QStringLiteral("signature_hash")).toInt());
    c.keySize = o.value(QStringLiteral("key_size")).toInt(2048);
    c.dateCreated = int64(o, "date_created");
    c.validFrom = int64(o, "valid_from");
    c.validTill = int64(o, "valid_till");
    c.serial = unbytes(o.value(QStringLiteral("serial")));
    c.der = unbytes(o.value(QStringLiteral("der")));
    c.thumbprint = unbytes(o.value(QStringLiteral("thumbprint")));
    c.dateRevoked = int64(o, "date_revoked");
    c.revocationReason = o.value(QStringLiteral("revocation_reason")).toString();
    c.revocationScheduled = int64(o, "revocation_scheduled");
    c.requestId = o.value(QStringLiteral("request_id")).toInt();
    return c;
}

Request requestFromJson(const QJsonObject &o) {
    Request r;
    r.id = o.value(QStringLiteral("id")).toInt();
    r.type = SandboxStore::RequestType(o.value(QStringLiteral("type")).toInt());
    r.status = SandboxStore::RequestStatus(o.value(QStringLiteral("status")).toInt());
    r.orderId = o.value(QStringLiteral("order_id")).toInt();
    r.certificateId = o.value(QStringLiteral("certificate_id")).toInt();
    r.wholeOrder = o.value(QStringLiteral("whole_order")).toBool();
    r.date = int64(o, "date");
    r.dateProcessed = int64(o, "date_processed");
    r.requesterId = o.value(QStringLiteral("requester_id")).toInt();
    r.processorId = o.value(QStringLiteral("processor_id")).toInt();
    r.comments = o.value(QStringLiteral("comments")).toString();
    r.processorComment = o.value(QStringLiteral("processor_comment")).toString();
    r.revocationReason = o.value(QStringLiteral("revocation_reason")).toString();
    return r;
}

} // namespace

QJsonObject SandboxStateFile::saveAccount(const SandboxStore &store) {
    QJsonArray orders;
    for (const Order &o : store.m_orders) {
        if (o.touched)
            orders.append(orderJson(o));
    }
    QJsonArray certificates;
    for (const auto &entry : store.m_certificates)
        certificates.append(certificateJson(entry.second));
    QJsonArray requests;
    for (const auto &entry : store.m_requests)
        requests.append(requestJson(entry.second));
    return {{QStringLiteral("seed"), qint64(store.m_seed)},
            {QStringLiteral("seeded_orders"), store.m_seededCount},
            {QStringLiteral("seed_date"), store.m_seedDate.toString(Qt::ISODate)},
            {QStringLiteral("next_certificate_id"), store.m_nextCertificateId},
            {QStringLiteral("next_request_id"), store.m_nextRequestId},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("certificates"), certificates},
            {QStringLiteral("requests"), requests},
            {QStringLiteral("organizations"), store.m_organizations.save()},
            {QStringLiteral("domains"), store.m_domains.save()},
            {QStringLiteral("finance"), store.m_finance.save()},
            {QStringLiteral("dcv_placed"), QJsonArray::fromStringList(store.m_dcv.placed())}};
}

bool SandboxStateFile::loadAccount(SandboxStore &store, const QJsonObject &json, QString *error) {
    const QDate seedDate =
        QDate::fromString(json.value(QStringLiteral("seed_date")).toString(), Qt::ISODate);
    const int seeded = json.value(QStringLiteral("seeded_orders")).toInt(-1);
    if (!seedDate.isValid() || seeded < 0) {
        *error = QStringLiteral("the state file lacks seed_date or seeded_orders");
        return false;
    }
    store.seed(quint32(json.value(QStringLiteral("seed")).toDouble()), seeded, seedDate);
    if (!loadOrders(store, json.value(QStringLiteral("orders")).toArray(), error))
        return false;
    for (const QJsonValue &v : json.value(QStringLiteral("certificates")).toArray()) {
        const Certificate c = certificateFromJson(v.toObject());
        store.m_certificates[c.id] = c;
    }
    for (const QJsonValue &v : json.value(QStringLiteral("requests")).toArray()) {
        const Request r = requestFromJson(v.toObject());
        store.m_requests[r.id] = r;
    }
    if (!store.m_organizations.load(json.value(QStringLiteral("organizations")).toObject(),
                                    error) ||
        !store.m_domains.load(json.value(QStringLiteral("domains")).toObject(), error) ||
        !store.m_finance.load(json.value(QStringLiteral("finance")).toObject(), error))
        return false;
    for (const QJsonValue &v : json.value(QStringLiteral("dcv_placed")).toArray())
        store.m_dcv.place(v.toString());
    store.m_nextCertificateId =
        json.value(QStringLiteral("next_certificate_id")).toInt(store.m_nextCertificateId);
    store.m_nextRequestId =
        json.value(QStringLiteral("next_request_id")).toInt(store.m_nextRequestId);
    store.invalidateCaches();
    return true;
}

bool SandboxStateFile::loadOrders(SandboxStore &store, const QJsonArray &savedOrders,
                                  QString *error) {
    std::vector<QJsonObject> sorted;
    for (const QJsonValue &v : savedOrders)
        sorted.push_back(v.toObject());
    std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QStringLiteral("id")).toInt() < b.value(QStringLiteral("id")).toInt();
    });
    for (const QJsonObject &o : sorted) {
        const Order order = orderFromJson(o);
        const qint64 index = order.id - SandboxStore::kFirstOrderId;
        if (index >= 0 && index < qint64(store.m_orders.size())) {
            store.m_orders[size_t(index)] = order;
        } else if (index == qint64(store.m_orders.size())) {
            store.m_orders.push_back(order);
        } else {
            *error = QStringLiteral("the state file skips order ids before %1").arg(order.id);
            return false;
        }
    }
    return true;
}
