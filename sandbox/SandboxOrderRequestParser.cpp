#include "sandbox/SandboxOrderRequestParser.h"

#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxCertificateRequestReader.h"
#include "sandbox/SandboxDcv.h"
#include "sandbox/SandboxOrganizationReader.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxValidityReader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

using Reader = SandboxBodyReader;

// The request fields shown again in order info exactly as sent.
void echoRequestFields(const QJsonObject &json, const SandboxProducts::Product &product,
                       SandboxOrderRequestParser::NewOrder *order) {
    for (const char *key :
         {"comments", "custom_fields", "additional_emails", "locale", "disable_ct", "auto_renew",
          "auto_reissue", "custom_renewal_message", "disable_renewal_notifications",
          "renewal_of_order_id", "renewed_thumbprint", "subject", "enable_guest_access"}) {
        const QString name = QLatin1String(key);
        if (json.contains(name) && !json.value(name).isNull())
            order->echo.insert(name, json.value(name));
    }
    if (SandboxProducts::isCodeSigning(product) &&
        product.family == SandboxProducts::Family::EvCodeSigning)
        order->echo.remove(QStringLiteral("subject")); // subject.email is CS only
}

} // namespace

SandboxOrderRequestParser::SandboxOrderRequestParser(SandboxStore &store,
                                                     const SandboxAccount::User &user,
                                                     bool uniqueAlternativeOrderIds)
    : m_store(store)
    , m_user(user)
    , m_uniqueAlternativeOrderIds(uniqueAlternativeOrderIds) {}

void SandboxOrderRequestParser::readProvisioning(Reader &body, NewOrder *order) {
    order->csProvisioningMethod =
        body.oneOf(QStringLiteral("cs_provisioning_method"),
                   {QStringLiteral("ship_token"), QStringLiteral("client_app"),
                    QStringLiteral("email"), QStringLiteral("keylocker")});
    if (order->csProvisioningMethod.isEmpty())
        order->csProvisioningMethod = QStringLiteral("ship_token"); // the account default
    Reader ship = body.child(QStringLiteral("ship_info"));
    if (ship.present()) {
        for (const char *key : {"name", "addr1", "city", "state", "zip", "country"})
            ship.string(QLatin1String(key), Reader::Required, 128);
        ship.string(QStringLiteral("addr2"), Reader::Optional, 128);
        ship.oneOf(QStringLiteral("method"),
                   {QStringLiteral("STANDARD"), QStringLiteral("EXPEDITED")}, Reader::Required);
        if (body.ok())
            order->echo.insert(QStringLiteral("ship_info"), ship.json());
    }
}

bool SandboxOrderRequestParser::readNames(Reader &body, Reader &certificate,
                                          const SandboxProducts::Product &product, NewOrder *order,
                                          SandboxReply *error) {
    const QString cn = certificate.string(QStringLiteral("common_name"), Reader::Required, 253);
    if (!body.ok()) {
        *error = body.error();
        return false;
    }
    const bool wildcardAllowed = product.wildcard || !SandboxProducts::isDomainValidated(product);
    order->commonName = SandboxCertificateRequestReader::readDnsName(
        certificate, QStringLiteral("common_name"), cn, wildcardAllowed);
    if (body.ok() && product.wildcard && !SandboxDcv::isWildcard(order->commonName))
        certificate.invalid(QStringLiteral("common_name"),
                            QStringLiteral("%1 needs a wildcard common name such as "
                                           "*.example.com")
                                .arg(QLatin1String(product.nameId)));
    order->dnsNames << order->commonName;
    SandboxCertificateRequestReader::appendDnsNames(certificate, wildcardAllowed, &order->dnsNames);
    return true;
}

void SandboxOrderRequestParser::readOrderCsr(Reader &body, Reader &certificate,
                                             const SandboxProducts::Product &product,
                                             NewOrder *order) {
    const bool codeSigning = SandboxProducts::isCodeSigning(product);
    const QString csr = certificate.string(QStringLiteral("csr"));
    const bool csrWanted = !codeSigning || order->csProvisioningMethod == QLatin1String("email");
    if (body.ok() && csrWanted && csr.isEmpty())
        certificate.missing(QStringLiteral("csr"));
    if (body.ok() && !csrWanted && !csr.isEmpty() &&
        product.family == SandboxProducts::Family::CodeSigning)
        certificate.invalid(QStringLiteral("csr"),
                            QStringLiteral("a CSR is accepted only with cs_provisioning_method "
                                           "email"));
    if (body.ok() && csrWanted &&
        SandboxCertificateRequestReader::checkCsr(body, csr, codeSigning ? 3072 : 2048,
                                                  &order->csrInfo))
        order->csr = csr.trimmed();
}

void SandboxOrderRequestParser::readCertificateDetails(Reader &body, Reader &certificate,
                                                       bool codeSigning, NewOrder *order) {
    const QString hash = certificate.oneOf(
        QStringLiteral("signature_hash"),
        {QStringLiteral("sha256"), QStringLiteral("sha384"), QStringLiteral("sha512")},
        codeSigning ? Reader::Required : Reader::Optional);
    order->signatureHash = hash.isEmpty() ? 0 : SandboxStore::signatureHashIndex(hash);
    Reader platform = certificate.child(QStringLiteral("server_platform"));
    if (platform.present()) {
        const auto platformId =
            platform.integer(QStringLiteral("id"), -1, 999999, Reader::Required);
        if (platformId)
            order->serverPlatformId = int(*platformId);
        // Code-signing hardware platforms 51 to 57 become -1 (other), as DigiCert does.
        if (codeSigning && order->serverPlatformId >= 51 && order->serverPlatformId <= 57)
            order->serverPlatformId = -1;
    }
    const QString profileOption = certificate.string(QStringLiteral("profile_option"));
    if (body.ok() && !codeSigning && !profileOption.isEmpty()) {
        if (profileOption == QLatin1String("basic_constraints_critical_true"))
            body.fail(400, QStringLiteral("invalid_profile_option"),
                      QStringLiteral("Basic constraints are always critical on public TLS "
                                     "certificates; leave profile_option out"));
        else if (profileOption == QLatin1String("data_encipherment") ||
                 profileOption == QLatin1String("non_repudiation") ||
                 profileOption == QLatin1String("non_repudiation_and_data_enciph"))
            body.fail(400, QStringLiteral("profile_option_not_allowed"),
                      QStringLiteral("Public TLS certificates cannot carry the %1 key usage")
                          .arg(profileOption));
    }
    certificate.stringList(QStringLiteral("organization_units")); // deprecated, ignored
}

void SandboxOrderRequestParser::readValidity(Reader &body, bool codeSigning, NewOrder *order) {
    SandboxValidityReader::OrderValidity validity;
    SandboxValidityReader::readOrderValidity(body, codeSigning, m_store.todayJulianDay(),
                                             &validity);
    order->orderValidity = validity.json;
    order->orderEndDay = validity.endDay;
    order->validityYears = validity.years;
}

void SandboxOrderRequestParser::readCertValidity(Reader &certificate, NewOrder *order) {
    SandboxValidityReader::CertValidity validity;
    SandboxValidityReader::readCertValidity(certificate, m_store.todayJulianDay(),
                                            order->orderEndDay, &validity);
    order->certValidity = validity.json;
    order->certValidityDays = validity.days;
}

void SandboxOrderRequestParser::readDcv(Reader &body, bool dv, NewOrder *order) {
    const QString method =
        body.string(QStringLiteral("dcv_method"), dv ? Reader::Required : Reader::Optional);
    if (!body.ok())
        return;
    order->dcvMethod = method.isEmpty() ? QStringLiteral("email") : method;
    const QString problem = SandboxDcv::methodProblem(order->dcvMethod);
    if (!problem.isEmpty()) {
        body.invalid(QStringLiteral("dcv_method"), problem);
        return;
    }
    if (order->dcvMethod == QLatin1String("http-token")) {
        for (const QString &name : order->dnsNames) {
            if (SandboxDcv::isWildcard(name)) {
                body.invalid(QStringLiteral("dcv_method"),
                             QStringLiteral("http-token cannot prove control of the wildcard "
                                            "name %1; use email, dns-txt-token or "
                                            "dns-cname-token")
                                 .arg(name));
                return;
            }
        }
    }
    const QString scope = body.oneOf(QStringLiteral("certificate_dcv_scope"),
                                     {QStringLiteral("base_domain"), QStringLiteral("fqdn")});
    if (!scope.isEmpty())
        order->dcvScope = scope;
    const QJsonArray emails = body.array(QStringLiteral("dcv_emails"));
    for (int i = 0; body.ok() && i < emails.size(); ++i) {
        Reader entry = body.element(QStringLiteral("dcv_emails"), emails, i);
        const QString dnsName = entry.string(QStringLiteral("dns_name"), Reader::Required, 253);
        const QString emailDomain =
            entry.string(QStringLiteral("email_domain"), Reader::Required, 253).toLower();
        const QString email = entry.string(QStringLiteral("email"), Reader::Optional, 255);
        if (!entry.ok())
            return;
        const QString name = SandboxDcv::normalizedName(dnsName, true);
        if (!order->dnsNames.contains(name)) {
            entry.invalid(QStringLiteral("dns_name"),
                          QStringLiteral("%1 is not a name on this order").arg(dnsName));
            return;
        }
        if (SandboxDcv::baseDomain(name) != emailDomain &&
            !SandboxDcv::isSameOrSubdomain(name, emailDomain)) {
            entry.invalid(QStringLiteral("email_domain"),
                          QStringLiteral("must match the base domain of %1").arg(dnsName));
            return;
        }
        // The sandbox's WHOIS knows every address at the e-mail domain.
        if (!email.isEmpty() && !email.toLower().endsWith(QLatin1Char('@') + emailDomain)) {
            entry.invalid(QStringLiteral("email"),
                          QStringLiteral("must be an address at %1 (the WHOIS record or one of "
                                         "admin, administrator, webmaster, hostmaster, "
                                         "postmaster)")
                              .arg(emailDomain));
            return;
        }
    }
    if (!emails.isEmpty())
        order->echo.insert(QStringLiteral("dcv_emails"), emails);
}

void SandboxOrderRequestParser::readPayment(Reader &body, NewOrder *order,
                                            SandboxFinance::CardRefusal *refusal) {
    *refusal = SandboxFinance::CardRefusal();
    const QString method =
        body.oneOf(QStringLiteral("payment_method"),
                   {QStringLiteral("balance"), QStringLiteral("card"), QStringLiteral("profile")});
    if (!method.isEmpty())
        order->paymentMethod = method;
    const QString vat = body.string(QStringLiteral("vat_number"), Reader::Optional, 32);
    if (!body.ok())
        return;
    if (order->paymentMethod == QLatin1String("card")) {
        if (!SandboxFinance::validateCard(body, m_store.todayJulianDay(), &order->card, refusal))
            return;
    }
    // VAT numbers are kept for card and profile payments only.
    if (!vat.isEmpty() && order->paymentMethod != QLatin1String("balance"))
        order->echo.insert(QStringLiteral("vat_number"), vat);
}

void SandboxOrderRequestParser::readRootContact(Reader &body, const QString &key,
                                                bool phoneRequired, NewOrder *order) {
    Reader contact = body.child(key);
    if (!contact.present())
        return;
    contact.string(QStringLiteral("first_name"), Reader::Required, 128);
    contact.string(QStringLiteral("last_name"), Reader::Required, 128);
    contact.string(QStringLiteral("email"), Reader::Required, 255);
    contact.string(QStringLiteral("telephone"), phoneRequired ? Reader::Required : Reader::Optional,
                   32);
    contact.string(QStringLiteral("job_title"), Reader::Optional, 64);
    contact.string(QStringLiteral("telephone_extension"), Reader::Optional, 16);
    if (body.ok())
        order->echo.insert(key, contact.json());
}

void SandboxOrderRequestParser::readOrganization(Reader &body, bool codeSigning, NewOrder *order) {
    Reader organization = body.child(QStringLiteral("organization"), Reader::Required);
    if (!body.ok())
        return;
    const auto id = organization.integer(QStringLiteral("id"), 1, 999999999);
    const bool skipDuplicateCheck =
        organization.boolean(QStringLiteral("skip_duplicate_org_check")).value_or(false);
    if (!body.ok())
        return;
    SandboxOrganizations &orgs = m_store.organizations();
    if (id) {
        const int index = orgs.indexOf(*id);
        if (index < 0 || orgs.at(index).deleted) {
            organization.invalid(QStringLiteral("id"),
                                 QStringLiteral("no organization %1 in this account").arg(*id));
            return;
        }
        if (!orgs.at(index).active) {
            organization.invalid(QStringLiteral("id"),
                                 QStringLiteral("organization %1 is deactivated").arg(*id));
            return;
        }
        order->organizationIndex = index;
        SandboxOrganizations::Organization copy = orgs.at(index);
        SandboxOrganizationReader::readContacts(organization, QStringLiteral("contacts"), &copy,
                                                &order->newVerifiedContacts,
                                                &order->existingVerifiedContactIds, true);
        return;
    }
    SandboxOrganizations::Organization org;
    SandboxOrganizationReader::readNewOrganization(organization, &org);
    // The OV/EV example nests organization_contact and container inside organization.
    Reader nestedContact = organization.child(QStringLiteral("organization_contact"));
    if (nestedContact.present()) {
        if (const auto contact = SandboxOrganizationReader::readContact(nestedContact, false))
            org.organizationContact = *contact;
    }
    Reader nestedContainer = organization.child(QStringLiteral("container"));
    if (nestedContainer.present()) {
        const auto containerId =
            nestedContainer.integer(QStringLiteral("id"), 1, 999999999, Reader::Required);
        if (containerId && SandboxAccount::container(int(*containerId)))
            order->containerId = int(*containerId);
        else if (containerId)
            nestedContainer.invalid(QStringLiteral("id"), QStringLiteral("no such container"));
    }
    SandboxOrganizationReader::readContacts(organization, QStringLiteral("contacts"), &org,
                                            &order->newVerifiedContacts,
                                            &order->existingVerifiedContactIds, false);
    if (!body.ok())
        return;
    if (codeSigning && !org.organizationContact) {
        organization.missing(QStringLiteral("contacts"));
        return;
    }
    if (!skipDuplicateCheck) {
        if (const auto *existing = orgs.findDuplicate(org.name, org.assumedName)) {
            order->organizationIndex = orgs.indexOf(existing->id);
            return;
        }
    }
    order->newOrganization = org;
}

void SandboxOrderRequestParser::readContainer(Reader &body, NewOrder *order) {
    // The given one, else the organization's, else the caller's.
    Reader container = body.child(QStringLiteral("container"));
    if (container.present()) {
        const auto containerId =
            container.integer(QStringLiteral("id"), 1, 999999999, Reader::Required);
        if (containerId && !SandboxAccount::container(int(*containerId)))
            container.invalid(QStringLiteral("id"),
                              QStringLiteral("no container %1 in this account").arg(*containerId));
        else if (containerId)
            order->containerId = int(*containerId);
    } else if (order->organizationIndex >= 0) {
        order->containerId = m_store.organizations().at(order->organizationIndex).containerId;
    } else if (!order->newOrganization || order->containerId == 100) {
        order->containerId = m_user.containerId;
    }
}

void SandboxOrderRequestParser::readAlternativeOrderId(Reader &body, NewOrder *order) {
    order->alternativeOrderId = body.string(QStringLiteral("alternative_order_id"));
    if (!body.ok() || order->alternativeOrderId.isEmpty())
        return;
    // Letters and digits only, at most 64 (decisions.md, alternative order id).
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    if (!pattern.match(order->alternativeOrderId).hasMatch())
        body.invalid(QStringLiteral("alternative_order_id"),
                     QStringLiteral("must be 1 to 64 letters and digits"));
    else if (m_uniqueAlternativeOrderIds &&
             !m_store.byAlternativeId(order->alternativeOrderId).empty())
        body.fail(400, QStringLiteral("duplicate_alternative_order_id"),
                  QStringLiteral("The alternative order ID %1 is already used by an order in "
                                 "this account")
                      .arg(order->alternativeOrderId));
}

void SandboxOrderRequestParser::readCustomFields(Reader &body) {
    const QJsonArray customFields = body.array(QStringLiteral("custom_fields"));
    for (int i = 0; body.ok() && i < customFields.size(); ++i) {
        Reader field = body.element(QStringLiteral("custom_fields"), customFields, i);
        field.integer(QStringLiteral("metadata_id"), 1, 999999999, Reader::Required);
        field.string(QStringLiteral("value"), Reader::Required, 1024);
    }
    if (!body.ok())
        return;
    const QString problem = m_store.customFields().problem(customFields);
    if (problem.isEmpty())
        return;
    const QString field = problem.section(QLatin1Char('|'), 0, 0);
    const QString message = problem.section(QLatin1Char('|'), 1);
    body.fail(400,
              (field == QLatin1String("custom_fields") ? QStringLiteral("missing_param|")
                                                       : QStringLiteral("invalid_value|")) +
                  field,
              message);
}

void SandboxOrderRequestParser::readRenewal(Reader &body, NewOrder *order) {
    const auto renewal = body.integer(QStringLiteral("renewal_of_order_id"), 1, 999999999);
    if (renewal) {
        const SandboxStore::Order *previous = m_store.findOrder(*renewal);
        if (!previous ||
            (!SandboxAccount::seesAllOrders(m_user.role) && previous->ownerUserId != m_user.id))
            body.invalid(QStringLiteral("renewal_of_order_id"),
                         QStringLiteral("no order %1 in this account").arg(*renewal));
        else
            order->renewalOfOrderId = int(*renewal);
    }
    const QString thumbprint = body.string(QStringLiteral("renewed_thumbprint"));
    static const QRegularExpression sha1(QStringLiteral("^[0-9A-Fa-f]{40}$"));
    if (body.ok() && !thumbprint.isEmpty() && !sha1.match(thumbprint).hasMatch())
        body.invalid(QStringLiteral("renewed_thumbprint"),
                     QStringLiteral("must be a SHA-1 thumbprint (40 hex digits)"));
}

void SandboxOrderRequestParser::readOrderOptions(Reader &body, NewOrder *order) {
    order->skipApproval = body.boolean(QStringLiteral("skip_approval")).value_or(false);
    order->comments = body.string(QStringLiteral("comments"), Reader::Optional, 1024);
    readAlternativeOrderId(body, order);
    readCustomFields(body);
    readRenewal(body, order);
    // Checked but not used.
    body.boolean(QStringLiteral("disable_ct"));
    body.boolean(QStringLiteral("disable_renewal_notifications"));
    body.boolean(QStringLiteral("apply_cr_discount"));
    body.boolean(QStringLiteral("use_auth_key"));
    body.integer(QStringLiteral("auto_renew"), 0, 99);
    body.integer(QStringLiteral("auto_reissue"), 0, 1);
    body.integer(QStringLiteral("enable_guest_access"), 0, 1);
    body.string(QStringLiteral("locale"), Reader::Optional, 8);
    body.string(QStringLiteral("custom_renewal_message"), Reader::Optional, 1024);
    body.stringList(QStringLiteral("additional_emails"), Reader::Optional, 100);
}

bool SandboxOrderRequestParser::parse(const QString &productNameId, const QJsonObject &json,
                                      NewOrder *order, SandboxReply *error) {
    order->productIndex = SandboxProducts::indexOf(productNameId);
    if (order->productIndex < 0) {
        *error = SandboxReply::error(
            404, QStringLiteral("not_found|product"),
            QStringLiteral("No orderable product with name_id '%1'; see GET /product")
                .arg(productNameId));
        return false;
    }
    const SandboxProducts::Product &product = SandboxProducts::at(order->productIndex);
    const bool codeSigning = SandboxProducts::isCodeSigning(product);
    const bool dv = SandboxProducts::isDomainValidated(product);
    Reader body(json);
    Reader certificate = body.child(QStringLiteral("certificate"), Reader::Required);

    // Provisioning first: it decides whether a CSR is wanted on code-signing orders.
    if (codeSigning)
        readProvisioning(body, order);
    if (!codeSigning && !readNames(body, certificate, product, order, error))
        return false;
    readOrderCsr(body, certificate, product, order);
    readCertificateDetails(body, certificate, codeSigning, order);

    if (body.ok())
        readValidity(body, codeSigning, order);
    if (body.ok() && !codeSigning)
        readCertValidity(certificate, order);
    // DCV (TLS only).
    if (body.ok() && !codeSigning)
        readDcv(body, dv, order);

    // Organization (OV, EV and code signing).
    if (body.ok() && !dv)
        readOrganization(body, codeSigning, order);
    if (body.ok() && dv && body.has(QStringLiteral("organization_contact")))
        body.invalid(QStringLiteral("organization_contact"),
                     QStringLiteral("DV orders cannot have an order-level organization "
                                    "contact"));
    if (body.ok()) {
        readRootContact(body, QStringLiteral("technical_contact"), !codeSigning, order);
        readRootContact(body, QStringLiteral("organization_contact"), false, order);
    }
    readContainer(body, order);
    readOrderOptions(body, order);

    SandboxFinance::CardRefusal refusal;
    if (body.ok())
        readPayment(body, order, &refusal);
    if (refusal.isRefused()) {
        *error = SandboxReply::error(402, refusal.code, refusal.message);
        return false;
    }
    if (!body.ok()) {
        *error = body.error();
        return false;
    }

    echoRequestFields(json, product, order);
    const qint64 days = order->orderEndDay - m_store.todayJulianDay();
    order->priceCents = order->orderValidity.contains(QStringLiteral("years"))
                            ? qint64(product.pricePerYearCents) * order->validityYears
                            : (qint64(product.pricePerYearCents) * days * 2 + 365) / (2 * 365);
    return true;
}
