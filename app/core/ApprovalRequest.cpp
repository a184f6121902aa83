#include "core/ApprovalRequest.h"

#include "core/JsonRead.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

ApprovalRequest::Person personOf(const QJsonValue &value) {
    const QJsonObject o = value.toObject();
    ApprovalRequest::Person p;
    p.id = JsonRead::integer(o.value(QLatin1String("id")));
    p.firstName = JsonRead::string(o.value(QLatin1String("first_name")));
    p.lastName = JsonRead::string(o.value(QLatin1String("last_name")));
    p.email = JsonRead::string(o.value(QLatin1String("email")));
    return p;
}

} // namespace

QString ApprovalRequest::Person::displayName() const {
    const QString name =
        QStringList{firstName.trimmed(), lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
    if (!name.isEmpty())
        return name;
    if (!email.isEmpty())
        return email;
    return id > 0 ? tr("user %1").arg(id) : QString();
}

QStringList ApprovalRequest::types() {
    return {QStringLiteral("new_request"), QStringLiteral("reissue"), QStringLiteral("duplicate"),
            QStringLiteral("revoke")};
}

QStringList ApprovalRequest::statuses() {
    return {QStringLiteral("pending"), QStringLiteral("submitted"), QStringLiteral("approved"),
            QStringLiteral("rejected")};
}

bool ApprovalRequest::isPending() const {
    return status == QLatin1String("pending") || status == QLatin1String("submitted");
}

QString ApprovalRequest::typeLabel(const QString &type) {
    if (type == QLatin1String("new_request"))
        return tr("new order");
    if (type == QLatin1String("reissue"))
        return tr("reissue");
    if (type == QLatin1String("duplicate"))
        return tr("duplicate");
    if (type == QLatin1String("revoke"))
        return tr("revocation");
    return type;
}

bool ApprovalRequest::fromJson(const QJsonObject &o, ApprovalRequest *out) {
    ApprovalRequest r;
    r.id = JsonRead::integer(o.value(QLatin1String("id")));
    if (r.id <= 0)
        return false;
    r.type = JsonRead::string(o.value(QLatin1String("type")));
    r.status = JsonRead::string(o.value(QLatin1String("status")));
    r.date = JsonRead::dateTime(o.value(QLatin1String("date")));
    r.requester = personOf(o.value(QLatin1String("requester")));
    r.comments = JsonRead::string(o.value(QLatin1String("comments")));
    r.dateProcessed = JsonRead::dateTime(o.value(QLatin1String("date_processed")));
    r.processor = personOf(o.value(QLatin1String("processor")));
    r.processorComment = JsonRead::string(o.value(QLatin1String("processor_comment")));
    r.revocationReason = JsonRead::string(o.value(QLatin1String("revocation_reason")));
    r.scope = JsonRead::string(o.value(QLatin1String("scope")));

    const QJsonObject order = o.value(QLatin1String("order")).toObject();
    r.orderId = JsonRead::integer(order.value(QLatin1String("id")));
    r.orderStatus = JsonRead::string(order.value(QLatin1String("status")));
    r.price = JsonRead::decimal(order.value(QLatin1String("price")));
    const QJsonObject container = order.value(QLatin1String("container")).toObject();
    r.containerId = JsonRead::integer(container.value(QLatin1String("id")));
    r.containerName = JsonRead::string(container.value(QLatin1String("name")));
    const QJsonObject organization = order.value(QLatin1String("organization")).toObject();
    r.organizationId = JsonRead::integer(organization.value(QLatin1String("id")));
    r.organizationName = JsonRead::string(organization.value(QLatin1String("name")));
    const QJsonObject product = order.value(QLatin1String("product")).toObject();
    r.productNameId = JsonRead::string(product.value(QLatin1String("name_id")));
    r.productName = JsonRead::string(product.value(QLatin1String("name")));
    r.productType = JsonRead::string(product.value(QLatin1String("type")));
    const QJsonObject cert = order.value(QLatin1String("certificate")).toObject();
    r.certificateId = JsonRead::integer(cert.value(QLatin1String("id")));
    r.commonName = JsonRead::string(cert.value(QLatin1String("common_name")));
    r.dnsNames = JsonRead::stringList(cert.value(QLatin1String("dns_names")));
    r.signatureHash = JsonRead::string(cert.value(QLatin1String("signature_hash")));
    const QJsonObject platform = cert.value(QLatin1String("server_platform")).toObject();
    r.serverPlatformId = JsonRead::integer(platform.value(QLatin1String("id")));
    r.serverPlatformName = JsonRead::string(platform.value(QLatin1String("name")));
    r.csr = JsonRead::string(cert.value(QLatin1String("csr")));
    *out = std::move(r);
    return true;
}

bool ApprovalRequest::fromJson(const QByteArray &body, ApprovalRequest *out, QString *error) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !fromJson(doc.object(), out)) {
        *error = tr("The reply is not a request with an id");
        return false;
    }
    return true;
}

bool ApprovalRequestBatch::fromJson(const QByteArray &body, ApprovalRequestBatch *out,
                                    QString *error) {
    ApprovalRequestBatch page;
    JsonRead::Paging paging;
    if (!JsonRead::typedPage(body, QLatin1String("requests"), &page.requests, &page.skipped,
                             &paging, error))
        return false;
    page.total = paging.total;
    page.limit = paging.limit;
    page.offset = paging.offset;
    *out = std::move(page);
    return true;
}
