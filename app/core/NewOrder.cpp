#include "core/NewOrder.h"

#include "core/TlsLimits.h"

#include "core/DnsName.h"
#include "core/PlainText.h"
#include "core/Product.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>

QStringList NewOrder::dcvMethods() {
    return {QStringLiteral("email"), QStringLiteral("dns-txt-token"),
            QStringLiteral("dns-cname-token"), QStringLiteral("http-token")};
}

QStringList NewOrder::provisioningMethods() {
    return {QStringLiteral("ship_token"), QStringLiteral("client_app"), QStringLiteral("email"),
            QStringLiteral("keylocker")};
}

QString NewOrder::makeAlternativeOrderId() {
    // Letters and digits only (decisions.md, alternative order id): CertDesk, the time, a
    // random number in hex.
    return QStringLiteral("certdesk%1%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")))
        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}

int NewOrder::orderDays(const QDate &today) const {
    if (customExpirationDate.isValid())
        return int(today.daysTo(customExpirationDate));
    if (validityDays > 0)
        return validityDays;
    return int(today.daysTo(today.addYears(validityYears)));
}

QStringList NewOrder::allNames() const {
    QStringList names{DnsName::normalized(commonName)};
    for (const QString &n : dnsNames) {
        const QString name = DnsName::normalized(n);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

QString NewOrder::validate(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    if (productNameId.isEmpty())
        return fail("product", tr("Choose a product."));
    if (!Product::isNameId(productNameId))
        return fail("product", tr("\"%1\" is not a product name id: those are 1 to 64 "
                                  "lower-case letters, digits and _, for example ssl_basic.")
                                   .arg(productNameId));
    if (codeSigning)
        return validateCodeSigning(field);
    for (const auto check :
         {&NewOrder::validateNames, &NewOrder::validateValidity, &NewOrder::validateDcv}) {
        if (const QString problem = (this->*check)(field); !problem.isEmpty())
            return problem;
    }
    if (organizationRequired && organizationId <= 0)
        return fail("organization.id", tr("Choose the organization the certificate is for."));
    for (const auto check : {&NewOrder::validateDcvEmails, &NewOrder::validateContacts,
                             &NewOrder::validateNotes, &NewOrder::validatePayment}) {
        if (const QString problem = (this->*check)(field); !problem.isEmpty())
            return problem;
    }
    static const QRegularExpression altId(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    if (!alternativeOrderId.isEmpty() && !altId.match(alternativeOrderId).hasMatch())
        return fail("alternative_order_id",
                    tr("An alternative order ID has 1 to 64 letters and digits (A-Z, a-z, "
                       "0-9)."));
    return {};
}

// The common name, the other names, the CSR and the signature hash.
QString NewOrder::validateNames(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    const QString cnProblem = DnsName::problem(commonName, wildcardProduct);
    if (!cnProblem.isEmpty())
        return fail("certificate.common_name", cnProblem);
    if (wildcardProduct && !DnsName::normalized(commonName).startsWith(QStringLiteral("*.")))
        return fail("certificate.common_name",
                    tr("A wildcard product needs a common name that starts with *., for "
                       "example *.example.com"));
    for (const QString &name : dnsNames) {
        const QString problem = DnsName::problem(name, wildcardProduct);
        if (!problem.isEmpty())
            return fail("certificate.dns_names", problem);
    }
    if (allNames().size() > 250)
        return fail(
            "certificate.dns_names",
            tr("An order holds at most 250 names; this one has %1.").arg(allNames().size()));
    if (csr.trimmed().isEmpty())
        return fail("certificate.csr", tr("Add a certificate signing request (CSR)."));
    if (!QStringList{QStringLiteral("sha256"), QStringLiteral("sha384"), QStringLiteral("sha512")}
             .contains(signatureHash))
        return fail("certificate.signature_hash",
                    tr("Signature hash \"%1\" is not offered; use sha256, sha384 or sha512.")
                        .arg(signatureHash));
    return {};
}

// The order's validity (years, days or an end date) and the certificate's, within today's
// limits.
QString NewOrder::validateValidity(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    if (customExpirationDate.isValid()) {
        const qint64 days = QDate::currentDate().daysTo(customExpirationDate);
        if (days < 7 || days > 1095)
            return fail("order_validity.custom_expiration_date",
                        tr("The order's end date must be 7 days to 3 years from today."));
    } else if (validityDays != 0) {
        if (validityDays < 1 || validityDays > 1095)
            return fail("order_validity.days",
                        tr("An order lasts at most 1,095 days; you entered %1.").arg(validityDays));
    } else if (validityYears < 1 || validityYears > 3) {
        return fail("order_validity.years",
                    tr("An order lasts 1 to 3 years; you entered %1.").arg(validityYears));
    }
    if (certValidityDays != 0) {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const int maximum = TlsLimits::maxCertificateDays(today);
        const int limit = qMin(maximum, orderDays(today));
        if (certValidityDays < 1 || certValidityDays > limit)
            return fail("certificate.cert_validity.days",
                        tr("A certificate lasts 1 to %1 days here (at most %2 from today, and "
                           "not past the order); you entered %3.")
                            .arg(limit)
                            .arg(maximum)
                            .arg(certValidityDays));
    }
    return {};
}

QString NewOrder::validateDcv(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    if (!dcvMethods().contains(dcvMethod))
        return fail("dcv_method", tr("DCV method \"%1\" is not known; use one of: %2")
                                      .arg(dcvMethod, dcvMethods().join(QStringLiteral(", "))));
    if (dcvMethod == QLatin1String("http-token")) {
        for (const QString &name : allNames())
            if (name.startsWith(QStringLiteral("*.")))
                return fail("dcv_method",
                            tr("HTTP file DCV cannot prove a wildcard name (%1); use e-mail or "
                               "DNS.")
                                .arg(name));
    }
    if (!dcvScope.isEmpty() && dcvScope != QLatin1String("base_domain") &&
        dcvScope != QLatin1String("fqdn"))
        return fail("certificate_dcv_scope", tr("DCV scope must be base_domain or fqdn."));
    return {};
}

// Who else is told, the comments and the renewal message.
QString NewOrder::validateNotes(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    static const QRegularExpression email(
        QStringLiteral("^[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+\\.[^@\\s\\p{Cc}]+$"));
    for (const QString &address : additionalEmails)
        if (!email.match(address.trimmed()).hasMatch())
            return fail("additional_emails",
                        tr("\"%1\" is not an e-mail address (name@example.com).").arg(address));
    if (additionalEmails.size() > 20)
        return fail("additional_emails", tr("At most 20 more addresses can be notified."));
    if (comments.size() > 1000)
        return fail("comments", tr("Comments have at most 1,000 characters."));
    if (const QString problem = PlainText::problem(comments, true); !problem.isEmpty())
        return fail("comments", problem);
    if (customRenewalMessage.size() > 1000)
        return fail("custom_renewal_message",
                    tr("The renewal message has at most 1,000 characters."));
    if (const QString problem = PlainText::problem(customRenewalMessage, true); !problem.isEmpty())
        return fail("custom_renewal_message", problem);
    return {};
}

QString NewOrder::validateCodeSigning(QString *field) const {
    const auto fail = [field](const char *which, const QString &message) {
        if (field)
            *field = QLatin1String(which);
        return message;
    };
    if (!provisioningMethods().contains(csProvisioningMethod))
        return fail("cs_provisioning_method",
                    tr("Choose how the key is kept: a shipped token, the client app, your own "
                       "HSM (e-mail) or KeyLocker."));
    if (csProvisioningMethod == QLatin1String("email") && csr.trimmed().isEmpty())
        return fail("certificate.csr", tr("Add the CSR made on your HSM (RSA 3072 or more)."));
    if (csProvisioningMethod == QLatin1String("ship_token")) {
        if (const QString problem = shipInfo.validate(field); !problem.isEmpty())
            return problem;
    }
    if (validityDays != 0)
        return fail("order_validity.days",
                    tr("Code-signing orders run for whole years (1 to 3) or to an end date."));
    if (!customExpirationDate.isValid() && (validityYears < 1 || validityYears > 3))
        return fail("order_validity.years",
                    tr("An order lasts 1 to 3 years; you entered %1.").arg(validityYears));
    if (organizationId <= 0)
        return fail("organization.id", tr("Choose the organization the certificate is for."));
    const QString contactProblem = validateContacts(field);
    if (!contactProblem.isEmpty())
        return contactProblem;
    return validatePayment(field);
}

QString NewOrder::validateDcvEmails(QString *field) const {
    if (dcvEmails.isEmpty())
        return {};
    const auto fail = [field](const QString &which, const QString &message) {
        if (field)
            *field = which;
        return message;
    };
    if (dcvMethod != QLatin1String("email"))
        return fail(QStringLiteral("dcv_emails"),
                    tr("DCV e-mail addresses are only used with the e-mail DCV method."));
    static const QRegularExpression email(
        QStringLiteral("^[^@\\s\\p{Cc}]+@([^@\\s\\p{Cc}]+\\.[^@\\s\\p{Cc}]+)$"));
    const QStringList names = allNames();
    QStringList seen;
    for (int i = 0; i < dcvEmails.size(); ++i) {
        const DcvEmail &entry = dcvEmails.at(i);
        const QString prefix = QStringLiteral("dcv_emails[%1].").arg(i);
        const QString name = DnsName::normalized(entry.dnsName);
        if (!names.contains(name))
            return fail(prefix + QLatin1String("dns_name"),
                        tr("%1 is not a name on this order.").arg(entry.dnsName));
        if (seen.contains(name))
            return fail(prefix + QLatin1String("dns_name"),
                        tr("%1 has more than one DCV e-mail address; give one.").arg(name));
        seen << name;
        const auto match = email.match(entry.email.trimmed());
        if (!match.hasMatch())
            return fail(prefix + QLatin1String("email"),
                        tr("\"%1\" is not an e-mail address (name@example.com).").arg(entry.email));
        const QString domain = match.captured(1).toLower();
        const QString bare = name.startsWith(QStringLiteral("*.")) ? name.mid(2) : name;
        if (bare != domain && !bare.endsWith(QLatin1Char('.') + domain))
            return fail(prefix + QLatin1String("email"),
                        tr("DCV e-mail for %1 goes to an address at %1 or at one of its parent "
                           "domains (for example admin@%2); %3 is not.")
                            .arg(name, bare.section(QLatin1Char('.'), -2), entry.email.trimmed()));
    }
    return {};
}

QString NewOrder::validateContacts(QString *field) const {
    const auto fail = [field](const QString &which, const QString &message) {
        if (field)
            *field = which;
        return message;
    };
    if (!organizationContact.isEmpty() && !organizationRequired && !codeSigning)
        return fail(QStringLiteral("organization_contact"),
                    tr("DV orders cannot have an order-level organization contact."));
    if (!organizationContact.isEmpty()) {
        const FieldErrors errors =
            organizationContact.validate(QStringLiteral("organization_contact."), false);
        if (!errors.isEmpty())
            return fail(errors.first().field, errors.first().message);
    }
    if (!technicalContact.isEmpty()) {
        const FieldErrors errors =
            technicalContact.validate(QStringLiteral("technical_contact."), false);
        if (!errors.isEmpty())
            return fail(errors.first().field, errors.first().message);
        // TLS orders need a telephone number for the technical contact; code signing does not.
        if (!codeSigning && technicalContact.telephone.trimmed().isEmpty())
            return fail(QStringLiteral("technical_contact.telephone"),
                        tr("Enter the technical contact's telephone number; TLS orders need "
                           "one."));
    }
    if (!needsVerifiedContacts() &&
        (!verifiedContactIds.isEmpty() || !newVerifiedContacts.isEmpty()))
        return fail(QStringLiteral("organization.contacts"),
                    tr("Only EV and code-signing orders name verified contacts."));
    if (newVerifiedContacts.size() > NewVerifiedContact::kMaxPerRequest)
        return fail(QStringLiteral("organization.contacts"),
                    tr("At most %1 new verified contacts can be added to one order; you "
                       "entered %2.")
                        .arg(NewVerifiedContact::kMaxPerRequest)
                        .arg(newVerifiedContacts.size()));
    for (int i = 0; i < newVerifiedContacts.size(); ++i) {
        const FieldErrors errors = newVerifiedContacts.at(i).contact.validate(
            QStringLiteral("organization.contacts[%1].").arg(verifiedContactIds.size() + i), true);
        if (!errors.isEmpty())
            return fail(errors.first().field, errors.first().message);
    }
    for (int i = 0; i < customFields.size(); ++i) {
        const CustomFieldValue &value = customFields.at(i);
        if (value.metadataId <= 0)
            return fail(QStringLiteral("custom_fields[%1].metadata_id").arg(i),
                        tr("A custom field is named by its positive ID."));
        if (value.value.trimmed().isEmpty() || value.value.size() > 1024)
            return fail(QStringLiteral("custom_fields[%1].value").arg(i),
                        tr("A custom field's value has 1 to 1,024 characters."));
        if (const QString problem = PlainText::problem(value.value, false); !problem.isEmpty())
            return fail(QStringLiteral("custom_fields[%1].value").arg(i), problem);
    }
    return {};
}

QString NewOrder::validatePayment(QString *field) const {
    if (paymentMethod != QLatin1String("balance") && paymentMethod != QLatin1String("card") &&
        paymentMethod != QLatin1String("profile")) {
        if (field)
            *field = QStringLiteral("payment_method");
        return tr("Pay from the balance, by card or with the stored card.");
    }
    static const QRegularExpression vat(QStringLiteral("^[A-Za-z0-9 .-]*$"));
    const QString v = vatNumber.trimmed(); // sent with card and profile payments only
    if (paymentMethod != QLatin1String("balance") &&
        (v.size() > kMaxVatNumber || !vat.match(v).hasMatch())) {
        if (field)
            *field = QStringLiteral("vat_number");
        return tr("A VAT number has at most %1 letters, digits, spaces, dots or dashes; got "
                  "\"%2\".")
            .arg(kMaxVatNumber)
            .arg(v);
    }
    if (paymentMethod == QLatin1String("card"))
        return card.validate(QDate::currentDate(), field);
    return {};
}

QByteArray NewOrder::toJson() const {
    if (codeSigning)
        return codeSigningJson();
    QJsonArray names;
    for (const QString &n : allNames())
        names.append(n);
    QJsonObject certificate{
        {QStringLiteral("common_name"), DnsName::normalized(commonName)},
        {QStringLiteral("dns_names"), names},
        {QStringLiteral("csr"), QString::fromLatin1(csr.trimmed())},
        {QStringLiteral("signature_hash"), signatureHash},
        {QStringLiteral("server_platform"), QJsonObject{{QStringLiteral("id"), serverPlatformId}}}};
    if (certValidityDays > 0)
        certificate.insert(QStringLiteral("cert_validity"),
                           QJsonObject{{QStringLiteral("days"), certValidityDays}});
    QJsonObject root{{QStringLiteral("certificate"), certificate},
                     {QStringLiteral("order_validity"), validityJson()},
                     {QStringLiteral("dcv_method"), dcvMethod},
                     {QStringLiteral("payment_method"), paymentMethod},
                     {QStringLiteral("skip_approval"), skipApproval}};
    if (!dcvScope.isEmpty())
        root.insert(QStringLiteral("certificate_dcv_scope"), dcvScope);
    if (autoReissue)
        root.insert(QStringLiteral("auto_reissue"), 1);
    if (dcvMethod == QLatin1String("email") && !dcvEmails.isEmpty()) {
        QJsonArray emails;
        for (const DcvEmail &e : dcvEmails) {
            const QString address = e.email.trimmed();
            emails.append(QJsonObject{
                {QStringLiteral("dns_name"), DnsName::normalized(e.dnsName)},
                {QStringLiteral("email_domain"), address.section(QLatin1Char('@'), 1).toLower()},
                {QStringLiteral("email"), address}});
        }
        root.insert(QStringLiteral("dcv_emails"), emails);
    }
    insertCommon(&root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray NewOrder::codeSigningJson() const {
    // The documented example sends certificate.server_platform (the token's platform; -1 for
    // other) with the hash (certcentral-docs.md 2.4).
    QJsonObject certificate{
        {QStringLiteral("server_platform"), QJsonObject{{QStringLiteral("id"), serverPlatformId}}},
        {QStringLiteral("signature_hash"), signatureHash}};
    // DigiCert refuses a CSR on code-signing orders unless the key lives on the customer's HSM.
    if (csProvisioningMethod == QLatin1String("email"))
        certificate.insert(QStringLiteral("csr"), QString::fromLatin1(csr.trimmed()));
    QJsonObject root{{QStringLiteral("certificate"), certificate},
                     {QStringLiteral("order_validity"), validityJson()},
                     {QStringLiteral("cs_provisioning_method"), csProvisioningMethod},
                     {QStringLiteral("payment_method"), paymentMethod},
                     {QStringLiteral("skip_approval"), skipApproval}};
    if (csProvisioningMethod == QLatin1String("ship_token")) {
        root.insert(QStringLiteral("ship_info"), shipInfo.toJson());
    }
    insertCommon(&root);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject NewOrder::validityJson() const {
    if (customExpirationDate.isValid())
        // dd MMM yyyy, upper case, English month names whatever the user's language.
        return {{QStringLiteral("custom_expiration_date"),
                 QLocale(QLocale::English)
                     .toString(customExpirationDate, QStringLiteral("dd MMM yyyy"))
                     .toUpper()}};
    // Code-signing orders never have days (validateCodeSigning refuses them).
    if (validityDays > 0)
        return {{QStringLiteral("days"), validityDays}};
    return {{QStringLiteral("years"), validityYears}};
}

QJsonObject NewOrder::organizationJson() const {
    QJsonObject organization{{QStringLiteral("id"), organizationId}};
    QJsonArray contacts;
    for (qint64 id : verifiedContactIds)
        contacts.append(
            QJsonObject{{QStringLiteral("contact_type"), QStringLiteral("verified_contact")},
                        {QStringLiteral("user_id"), id}});
    for (const NewVerifiedContact &c : newVerifiedContacts) {
        QJsonObject entry = c.contact.toJson();
        entry.insert(QStringLiteral("contact_type"), QStringLiteral("verified_contact"));
        contacts.append(entry);
    }
    if (!contacts.isEmpty())
        organization.insert(QStringLiteral("contacts"), contacts);
    return organization;
}

void NewOrder::insertCommon(QJsonObject *rootPtr) const {
    QJsonObject &root = *rootPtr;
    if (paymentMethod == QLatin1String("card")) {
        root.insert(QStringLiteral("credit_card"), card.creditCardJson());
        root.insert(QStringLiteral("billing_address"), card.billingAddressJson());
    }
    if (paymentMethod != QLatin1String("balance") && !vatNumber.trimmed().isEmpty())
        root.insert(QStringLiteral("vat_number"), vatNumber.trimmed());
    if (organizationId > 0)
        root.insert(QStringLiteral("organization"), organizationJson());
    if (!organizationContact.isEmpty())
        root.insert(QStringLiteral("organization_contact"), organizationContact.toJson());
    if (!technicalContact.isEmpty())
        root.insert(QStringLiteral("technical_contact"), technicalContact.toJson());
    if (!customFields.isEmpty()) {
        QJsonArray fields;
        for (const CustomFieldValue &f : customFields)
            fields.append(QJsonObject{{QStringLiteral("metadata_id"), f.metadataId},
                                      {QStringLiteral("value"), f.value.trimmed()}});
        root.insert(QStringLiteral("custom_fields"), fields);
    }
    if (containerId > 0)
        root.insert(QStringLiteral("container"), QJsonObject{{QStringLiteral("id"), containerId}});
    if (autoRenew)
        root.insert(QStringLiteral("auto_renew"), 1);
    if (!comments.trimmed().isEmpty())
        root.insert(QStringLiteral("comments"), comments.trimmed());
    if (!additionalEmails.isEmpty()) {
        QJsonArray emails;
        for (const QString &e : additionalEmails)
            emails.append(e.trimmed());
        root.insert(QStringLiteral("additional_emails"), emails);
    }
    if (!customRenewalMessage.trimmed().isEmpty())
        root.insert(QStringLiteral("custom_renewal_message"), customRenewalMessage.trimmed());
    if (!alternativeOrderId.isEmpty())
        root.insert(QStringLiteral("alternative_order_id"), alternativeOrderId);
}
