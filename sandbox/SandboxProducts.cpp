#include "sandbox/SandboxProducts.h"

#include <QJsonArray>

namespace {

using F = SandboxProducts::Family;

// Prices are per year in cents. The last column is the product's share of seeded orders in
// percent (the weights sum to 100).
const SandboxProducts::Product kProducts[] = {
    {"ssl_basic", "Basic OV", "ssl_certificate", "ov", 21800, F::Ov, false, 18},
    {"ssl_plus", "Standard SSL", "ssl_certificate", "ov", 17500, F::Ov, false, 7},
    {"ssl_ev_basic", "Basic EV", "ssl_certificate", "ev", 34400, F::Ev, false, 9},
    {"ssl_ev_plus", "EV SSL Plus", "ssl_certificate", "ev", 29900, F::Ev, false, 4},
    {"ssl_securesite_flex", "Secure Site OV", "ssl_certificate", "ov", 39900, F::Ov, false, 9},
    {"ssl_ev_securesite_flex", "Secure Site EV", "ssl_certificate", "ev", 99500, F::Ev, false, 5},
    {"ssl_dv_geotrust", "GeoTrust Standard DV SSL", "ssl_certificate", "dv", 12500, F::Dv, false,
     13},
    {"ssl_dv_rapidssl", "RapidSSL Standard DV SSL", "ssl_certificate", "dv", 5900, F::Dv, false,
     11},
    {"wildcard_dv_geotrust", "GeoTrust Wildcard DV SSL", "ssl_certificate", "dv", 29900, F::Dv,
     true, 5},
    {"wildcard_dv_rapidssl", "RapidSSL Wildcard DV SSL", "ssl_certificate", "dv", 19900, F::Dv,
     true, 5},
    {"cloud_dv_geotrust", "GeoTrust Cloud DV", "ssl_certificate", "dv", 13000, F::Dv, false, 4},
    {"code_signing", "Code Signing", "code_signing_certificate", "cs", 47400, F::CodeSigning, false,
     6},
    {"code_signing_ev", "EV Code Signing", "code_signing_certificate", "ev_cs", 66400,
     F::EvCodeSigning, false, 4},
};
constexpr int kProductCount = int(sizeof(kProducts) / sizeof(kProducts[0]));

} // namespace

int SandboxProducts::count() {
    return kProductCount;
}

const SandboxProducts::Product &SandboxProducts::at(int index) {
    return kProducts[index];
}

int SandboxProducts::indexOf(const QString &nameId) {
    for (int i = 0; i < kProductCount; ++i) {
        if (nameId == QLatin1String(kProducts[i].nameId))
            return i;
    }
    return -1;
}

QString SandboxProducts::organizationValidation(const Product &p) {
    return p.family == Family::Dv ? QString() : QString::fromLatin1(p.validationType);
}

const QList<SandboxProducts::ValidationType> &SandboxProducts::validationTypes() {
    // Organization validation lasts 825 days for OV and 13 months (397 days) for EV.
    static const QList<ValidationType> types = {
        {"ov", "OV", "Normal Organization Validation", 825},
        {"ev", "EV", "Extended Organization Validation (EV)", 397},
        {"cs", "CS", "Code Signing Organization Validation", 825},
        {"ev_cs", "EV CS", "Code Signing Organization Extended Validation (EV CS)", 397},
    };
    return types;
}

bool SandboxProducts::isValidationType(const QString &type) {
    for (const ValidationType &t : validationTypes()) {
        if (type == QLatin1String(t.type))
            return true;
    }
    return false;
}

QString SandboxProducts::validationName(const QString &type) {
    for (const ValidationType &t : validationTypes()) {
        if (type == QLatin1String(t.type))
            return QString::fromLatin1(t.name);
    }
    return type == QLatin1String("dv") ? QStringLiteral("DV") : type.toUpper();
}

QString SandboxProducts::validationDescription(const QString &type) {
    for (const ValidationType &t : validationTypes()) {
        if (type == QLatin1String(t.type))
            return QString::fromLatin1(t.description);
    }
    return type == QLatin1String("dv") ? QStringLiteral("Domain Validation") : QString();
}

int SandboxProducts::validationDays(const QString &type) {
    for (const ValidationType &t : validationTypes()) {
        if (type == QLatin1String(t.type))
            return t.validDays;
    }
    return 397;
}

const QList<SandboxProducts::Platform> &SandboxProducts::platforms() {
    // The sandbox's own platform table; the ids that appear in the seeds (-1, 2, 23, 45) are
    // in it. Code-signing hardware ids 51 to 57 are turned into -1 on orders.
    static const QList<Platform> list = {
        {-1, "OTHER", "default"},
        {2, "Apache", "apache"},
        {3, "Apache + ModSSL", "apache"},
        // Each platform downloads as one of the Glossary's format_type values.
        {14, "Microsoft IIS 8 and later", "p7b"},
        {23, "SafeNet eToken (existing token)", "default"},
        {24, "Tomcat", "p7b"},
        {45, "nginx", "pem_noroot"},
    };
    return list;
}

const SandboxProducts::Platform *SandboxProducts::platform(int id) {
    for (const Platform &p : platforms()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QJsonObject SandboxProducts::caCertJson(const Product &p) {
    const bool cs = isCodeSigning(p);
    return {{QStringLiteral("id"),
             cs ? QStringLiteral("5A1DB0C05E1D0C51") : QStringLiteral("5A1DB0C05E1D7151")},
            {QStringLiteral("name"), cs ? QStringLiteral("CertDesk Sandbox Code Signing CA")
                                        : QStringLiteral("CertDesk Sandbox TLS CA")}};
}

QString SandboxProducts::groupName(const Product &p) {
    // The Product list's group_name (certcentral-docs.md 1.1 and 2.1).
    if (isCodeSigning(p))
        return QStringLiteral("code_signing_certificate");
    if (p.family == Family::Dv)
        return QStringLiteral("dv_ssl_certificate");
    return QStringLiteral("ssl_certificate");
}

QJsonObject SandboxProducts::hashTypesJson() {
    QJsonArray hashes;
    for (const char *hash : {"sha256", "sha384", "sha512"})
        hashes.append(QJsonObject{
            {QStringLiteral("id"), QLatin1String(hash)},
            {QStringLiteral("name"), QStringLiteral("SHA-") + QString::fromLatin1(hash).mid(3)}});
    return {{QStringLiteral("allowed_hash_types"), hashes},
            {QStringLiteral("default_hash_type_id"), QStringLiteral("sha256")}};
}

QJsonObject SandboxProducts::summaryJson(const Product &p) {
    // Exactly the documented Product list fields: no validation_type here (certcentral-docs.md
    // 1.1); that is in Product info.
    QJsonArray years;
    for (int y = 1; y <= 3; ++y)
        years.append(y);
    QJsonArray containers;
    for (const int id : {100, 101, 102, 103, 104})
        containers.append(id);
    return {{QStringLiteral("group_name"), groupName(p)},
            {QStringLiteral("name_id"), QLatin1String(p.nameId)},
            {QStringLiteral("name"), QLatin1String(p.name)},
            {QStringLiteral("type"), QLatin1String(p.type)},
            {QStringLiteral("allowed_container_ids"), containers},
            {QStringLiteral("allowed_validity_years"), QJsonArray{1}},
            {QStringLiteral("allowed_order_validity_years"), years},
            {QStringLiteral("signature_hash_types"), hashTypesJson()},
            {QStringLiteral("csr_required"), isTls(p)}};
}

QString SandboxProducts::documentedValidationType(const Product &p) {
    // Product info's validation_type, upper case: DV, OV, EV, CS, EV CS.
    QString type = QString::fromLatin1(p.validationType).toUpper();
    type.replace(QLatin1Char('_'), QLatin1Char(' '));
    return type;
}

QJsonObject SandboxProducts::detailJson(const Product &p) {
    // The documented Product info fields (certcentral-docs.md 1.2).
    QJsonObject json = summaryJson(p);
    const bool tls = isTls(p);
    json.remove(QStringLiteral("allowed_container_ids"));
    json.insert(QStringLiteral("validation_type"), documentedValidationType(p));
    json.insert(QStringLiteral("duplicates_allowed"), tls);
    json.insert(QStringLiteral("max_multi_year_order_validity_years"), 3);
    json.insert(QStringLiteral("additional_dns_names_allowed"), tls && !p.wildcard);
    json.insert(QStringLiteral("increased_compatibility_allowed"), false);
    json.insert(QStringLiteral("custom_expiration_date_allowed"), true);
    json.insert(QStringLiteral("allow_auto_renew"), true);
    const QJsonObject ca = caCertJson(p);
    json.insert(QStringLiteral("allowed_ca_certs"), QJsonArray{ca});
    json.insert(QStringLiteral("default_intermediate"), ca.value(QStringLiteral("id")));
    return json;
}
