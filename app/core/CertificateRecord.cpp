#include "core/CertificateRecord.h"

#include "core/JsonRead.h"

bool CertificateRecord::listFromJson(Kind kind, const QByteArray &body,
                                     QList<CertificateRecord> *out, QString *error) {
    QJsonArray items;
    JsonRead::Paging paging;
    if (!JsonRead::page(body, QLatin1String("certificates"), &items, &paging, error))
        return false;
    out->clear();
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject c = value.toObject();
        CertificateRecord r;
        r.kind = kind;
        r.id = JsonRead::integer(c.value(QLatin1String("id")));
        if (r.id <= 0)
            continue;
        r.status = JsonRead::string(c.value(QLatin1String("status")));
        r.commonName = JsonRead::string(c.value(QLatin1String("common_name")));
        r.dnsNames = JsonRead::stringList(c.value(QLatin1String("dns_names")));
        r.dateCreated = JsonRead::dateTime(c.value(QLatin1String("date_created")));
        r.validFrom = JsonRead::date(c.value(QLatin1String("valid_from")));
        r.validTill = JsonRead::date(c.value(QLatin1String("valid_till")));
        r.serialNumber = JsonRead::string(c.value(QLatin1String("serial_number")));
        r.thumbprint = JsonRead::string(c.value(QLatin1String("thumbprint")));
        r.signatureHash = JsonRead::string(c.value(QLatin1String("signature_hash")));
        r.keySize = JsonRead::bounded(c.value(QLatin1String("key_size")), 0, 65536, 0);
        r.serverPlatform = JsonRead::string(
            c.value(QLatin1String("server_platform")).toObject().value(QLatin1String("name")));
        r.dateRevoked = JsonRead::dateTime(c.value(QLatin1String("date_revoked")));
        r.revocationReason = JsonRead::string(c.value(QLatin1String("revocation_reason")));
        out->append(r);
    }
    return true;
}
