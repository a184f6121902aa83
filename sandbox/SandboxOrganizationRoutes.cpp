#include "sandbox/SandboxOrganizationRoutes.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxBodyReader.h"
#include "sandbox/SandboxOrganizationReader.h"
#include "sandbox/SandboxWorkflow.h"

#include <QJsonArray>

namespace {
using Reader = SandboxBodyReader;
using Org = SandboxOrganizations::Organization;
using Contact = SandboxOrganizations::Contact;

// One entry of validations[]: the type, who approves it and who is new.
struct WantedValidation {
    QString type;
    QList<int> approvers;
    QList<Contact> newPeople; // verified_users entries without an id
};

// Reads entry.verified_users into wanted; stops at the first problem, recorded on entry.
void readVerifiedUsers(Reader &entry, SandboxOrganizations &organizations, Org &org,
                       WantedValidation *wanted) {
    const QJsonArray users = entry.array(QStringLiteral("verified_users"));
    for (int u = 0; entry.ok() && u < users.size(); ++u) {
        Reader user = entry.element(QStringLiteral("verified_users"), users, u);
        // Each entry is {id} of someone CertCentral knows, or a new person with
        // first_name, last_name, job_title, telephone and email (certcentral-docs.md 8.4).
        if (!users.at(u).toObject().contains(QStringLiteral("id"))) {
            const auto person = SandboxOrganizationReader::readContact(user, true);
            if (!user.ok() || !person)
                return;
            wanted->newPeople << *person;
            continue;
        }
        const auto id = user.integer(QStringLiteral("id"), 1, 999999999, Reader::Required);
        if (!user.ok())
            return;
        const auto *contact = organizations.findVerifiedContact(org, int(*id));
        if (!contact) {
            user.invalid(QStringLiteral("id"),
                         QStringLiteral("%1 is not a verified contact of organization %2; "
                                        "name a new one by first_name, last_name, "
                                        "job_title, telephone and email")
                             .arg(*id)
                             .arg(org.id));
            return;
        }
        wanted->approvers << contact->contact.id;
    }
}

// Reads validations[{type, verified_users[...]}]; problems are recorded on body.
QList<WantedValidation> readWantedValidations(Reader &body, SandboxOrganizations &organizations,
                                              Org &org) {
    const QJsonArray validations = body.array(QStringLiteral("validations"));
    QList<WantedValidation> wanted;
    for (int i = 0; body.ok() && i < validations.size(); ++i) {
        Reader entry = body.element(QStringLiteral("validations"), validations, i);
        const QString type =
            entry.oneOf(QStringLiteral("type"),
                        {QStringLiteral("ov"), QStringLiteral("ev"), QStringLiteral("cs"),
                         QStringLiteral("ev_cs"), QStringLiteral("ds"), QStringLiteral("smime")},
                        Reader::Required);
        WantedValidation w{type, {}, {}};
        readVerifiedUsers(entry, organizations, org, &w);
        // EV and code-signing validations need someone who can approve.
        const bool needsApprover = type == QLatin1String("ev") || type == QLatin1String("cs") ||
                                   type == QLatin1String("ev_cs");
        if (entry.ok() && needsApprover && w.approvers.isEmpty() && w.newPeople.isEmpty() &&
            org.verifiedContacts.empty())
            entry.missing(QStringLiteral("verified_users"));
        wanted << w;
    }
    return wanted;
}

// New people become verified contacts for the type; someone already known by e-mail gains the
// type. Either way they join the approvers.
void addNewApprovers(SandboxOrganizations &organizations, Org &org, WantedValidation *wanted,
                     qint64 now) {
    for (const Contact &person : std::as_const(wanted->newPeople)) {
        SandboxOrganizations::VerifiedContact *known = nullptr;
        for (auto &existing : org.verifiedContacts)
            if (existing.contact.email.compare(person.email, Qt::CaseInsensitive) == 0)
                known = &existing;
        if (known) {
            if (!known->validations.contains(wanted->type))
                known->validations.insert(wanted->type, QStringLiteral("pending"));
            wanted->approvers << known->contact.id;
        } else {
            wanted->approvers
                << organizations.addVerifiedContact(org, person, {wanted->type}, now).contact.id;
        }
    }
}

} // namespace

void SandboxOrganizationRoutes::registerRoutes(SandboxRouteTable &table) {
    const QString get = QStringLiteral("GET");
    const QString post = QStringLiteral("POST");
    table.add(get, QStringLiteral("organization"), [this](SandboxCall &c) { return list(c); });
    table.add(post, QStringLiteral("organization"), [this](SandboxCall &c) { return create(c); });
    table.add(get, QStringLiteral("organization/{}"), [this](SandboxCall &c) { return info(c); });
    table.add(QStringLiteral("DELETE"), QStringLiteral("organization/{}"),
              [this](SandboxCall &c) { return remove(c); });
    table.add(get, QStringLiteral("organization/{}/validation"),
              [this](SandboxCall &c) { return validation(c); });
    table.add(post, QStringLiteral("organization/{}/validation"),
              [this](SandboxCall &c) { return submit(c); });
    table.add(QStringLiteral("PUT"), QStringLiteral("organization/{}/contact"),
              [this](SandboxCall &c) { return updateContacts(c); });
    // Verified contacts have no routes of their own on CertCentral: they are read from
    // Organization info and added with POST organization/{id}/validation (8.2, 8.4).
}

Org *SandboxOrganizationRoutes::organization(const SandboxCall &call, SandboxReply *error) const {
    const auto id = SandboxCall::parseId(call.arg(0));
    Org *org = id ? store().organizations().find(*id) : nullptr;
    if (!org || org->deleted) {
        *error = notFound(QStringLiteral("organization"), QStringLiteral("Organization not found"));
        return nullptr;
    }
    return org;
}

bool SandboxOrganizationRoutes::submitValidations(const QJsonObject &json, Org &org,
                                                  SandboxReply *error) {
    Reader body(json);
    QList<WantedValidation> wanted = readWantedValidations(body, store().organizations(), org);
    if (!body.ok()) {
        *error = body.error();
        return false;
    }
    const qint64 now = store().now();
    for (WantedValidation &w : wanted) {
        addNewApprovers(store().organizations(), org, &w, now);
        store().organizations().submitValidation(org, w.type, w.approvers, now);
    }
    if (!wanted.isEmpty() && workflow().autoComplete())
        store().organizations().completeValidations(org, now);
    return true;
}

SandboxReply SandboxOrganizationRoutes::list(SandboxCall &call) {
    int limit = 0;
    int offset = 0;
    SandboxReply error;
    if (!paging(call, &limit, &offset, &error))
        return error;
    const QString search = call.queryValue(QStringLiteral("filters[search]"));
    const bool includeValidation = call.queryFlag(QStringLiteral("include_validation"));
    QJsonArray list;
    int total = 0;
    for (int i = 0; i < store().organizations().count(); ++i) {
        const Org &org = store().organizations().at(i);
        if (org.deleted)
            continue;
        if (!search.isEmpty() && !org.name.contains(search, Qt::CaseInsensitive) &&
            !org.assumedName.contains(search, Qt::CaseInsensitive))
            continue;
        if (total >= offset && total < offset + limit) {
            QJsonObject json = store().organizations().summaryJson(org);
            if (includeValidation)
                json.insert(QStringLiteral("validations"),
                            store().organizations().validationsJson(org, store().todayJulianDay()));
            list.append(json);
        }
        ++total;
    }
    QJsonObject body{{QStringLiteral("page"), page(total, limit, offset)}};
    if (!list.isEmpty())
        body.insert(QStringLiteral("organizations"), list);
    return SandboxReply::json(200, body);
}

SandboxReply SandboxOrganizationRoutes::info(SandboxCall &call) {
    SandboxReply error;
    const Org *org = organization(call, &error);
    if (!org)
        return error;
    return SandboxReply::json(200,
                              store().organizations().detailJson(*org, store().todayJulianDay()));
}

SandboxReply SandboxOrganizationRoutes::create(SandboxCall &call) {
    if (!SandboxAccount::canManageValidation(call.user.role))
        return forbidden(QStringLiteral("Only administrators and managers may add "
                                        "organizations"));
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    Reader body(json);
    Org org;
    SandboxOrganizationReader::readNewOrganization(body, &org);
    Reader orgContact = body.child(QStringLiteral("organization_contact"), Reader::Required);
    if (orgContact.present()) {
        if (const auto contact = SandboxOrganizationReader::readContact(orgContact, false))
            org.organizationContact = *contact;
    }
    Reader techContact = body.child(QStringLiteral("technical_contact"));
    if (techContact.present()) {
        if (const auto contact = SandboxOrganizationReader::readContact(techContact, false))
            org.technicalContact = *contact;
    }
    QList<SandboxOrganizationReader::NewVerifiedContact> newVerified;
    QList<int> existing;
    SandboxOrganizationReader::readContacts(body, QStringLiteral("contacts"), &org, &newVerified,
                                            &existing, false);
    const bool skipDuplicateCheck =
        body.boolean(QStringLiteral("skip_duplicate_org_check")).value_or(false);
    org.containerId = call.user.containerId;
    Reader container = body.child(QStringLiteral("container"));
    if (container.present()) {
        const auto id = container.integer(QStringLiteral("id"), 1, 999999999, Reader::Required);
        if (id && !SandboxAccount::container(int(*id)))
            container.invalid(QStringLiteral("id"), QStringLiteral("no such container"));
        else if (id)
            org.containerId = int(*id);
    }
    if (!body.ok())
        return body.error();
    if (!skipDuplicateCheck) {
        if (const Org *duplicate = store().organizations().findDuplicate(org.name, org.assumedName))
            return badRequest(QStringLiteral("duplicate_organization"),
                              QStringLiteral("Organization %1 already has this name and assumed "
                                             "name; use it, or send skip_duplicate_org_check")
                                  .arg(duplicate->id));
    }
    const qint64 now = store().now();
    if (org.organizationContact)
        org.organizationContact->id = store().organizations().nextContactId();
    if (org.technicalContact)
        org.technicalContact->id = store().organizations().nextContactId();
    Org &created = store().organizations().create(org, now);
    for (const auto &contact : newVerified)
        store().organizations().addVerifiedContact(created, contact.contact, {QStringLiteral("ev")},
                                                   now);
    const int id = created.id;
    if (!submitValidations(json, created, &error)) {
        // A refused request leaves nothing behind: a client that corrects the validations and
        // sends again must not meet duplicate_organization. (The record is withdrawn, as a
        // deletion would; its id is not reused.)
        created.deleted = true;
        return error;
    }
    return SandboxReply::json(201, QJsonObject{{QStringLiteral("id"), id}});
}

SandboxReply SandboxOrganizationRoutes::validation(SandboxCall &call) {
    SandboxReply error;
    const Org *org = organization(call, &error);
    if (!org)
        return error;
    return SandboxReply::json(
        200, QJsonObject{{QStringLiteral("validations"), store().organizations().validationsJson(
                                                             *org, store().todayJulianDay())}});
}

SandboxReply SandboxOrganizationRoutes::submit(SandboxCall &call) {
    if (!SandboxAccount::canManageValidation(call.user.role))
        return forbidden(QStringLiteral("Only administrators and managers may submit "
                                        "organizations for validation"));
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    Org *org = organization(call, &error);
    if (!org)
        return error;
    if (!json.contains(QStringLiteral("validations")))
        return badRequest(QStringLiteral("missing_param|validations"),
                          QStringLiteral("validations is required, for example "
                                         "[{\"type\": \"ov\"}]"));
    if (!submitValidations(json, *org, &error))
        return error;
    if (workflow().autoComplete())
        workflow().evaluatePendingForOrganization(org->id);
    return SandboxReply::noContent();
}

SandboxReply SandboxOrganizationRoutes::updateContacts(SandboxCall &call) {
    if (!SandboxAccount::canManageValidation(call.user.role))
        return forbidden(QStringLiteral("Only administrators and managers may change "
                                        "organization contacts"));
    QJsonObject json;
    SandboxReply error;
    if (!call.jsonBody(&json, &error))
        return error;
    Org *org = organization(call, &error);
    if (!org)
        return error;
    Reader body(json);
    const QJsonArray contacts = body.array(QStringLiteral("contacts"), Reader::Required);
    std::optional<Contact> organizationContact = org->organizationContact;
    std::optional<Contact> technicalContact = org->technicalContact;
    QStringList seen;
    for (int i = 0; body.ok() && i < contacts.size(); ++i) {
        Reader entry = body.element(QStringLiteral("contacts"), contacts, i);
        const QString type = entry.oneOf(
            QStringLiteral("contact_type"),
            {QStringLiteral("organization_contact"), QStringLiteral("technical_contact")},
            Reader::Required);
        if (!entry.ok())
            break;
        if (seen.contains(type)) {
            body.fail(
                400, QStringLiteral("contact_type_duplicate"),
                QStringLiteral("Each contact type may appear once; %1 is repeated").arg(type));
            break;
        }
        seen << type;
        const bool technical = type == QLatin1String("technical_contact");
        // {"contact_type": "technical_contact"} alone removes the technical contact.
        if (entry.json().size() == 1) {
            if (!technical) {
                entry.invalid(QStringLiteral("contact_type"),
                              QStringLiteral("the organization contact cannot be removed"));
                break;
            }
            technicalContact.reset();
            continue;
        }
        const auto details = SandboxOrganizationReader::readContact(entry, false);
        if (!details)
            break;
        Contact contact = *details;
        std::optional<Contact> &slot = technical ? technicalContact : organizationContact;
        // The same person is updated in place; anyone else replaces the contact. Optional
        // fields left out are cleared.
        const bool samePerson = slot && slot->firstName == contact.firstName &&
                                slot->lastName == contact.lastName &&
                                slot->email.compare(contact.email, Qt::CaseInsensitive) == 0;
        contact.id = samePerson ? slot->id : store().organizations().nextContactId();
        slot = contact;
    }
    if (!body.ok())
        return body.error();
    org->organizationContact = organizationContact;
    org->technicalContact = technicalContact;
    return SandboxReply::noContent();
}

SandboxReply SandboxOrganizationRoutes::remove(SandboxCall &call) {
    SandboxReply error;
    Org *org = organization(call, &error);
    if (!org)
        return error;
    if (!SandboxAccount::canDelete(call.user.role))
        return forbidden(QStringLiteral("Only administrators may delete organizations"));
    if (org->id == SandboxOrganizations::kFirstId)
        return badRequest(QStringLiteral("organization_protected"),
                          QStringLiteral("The account's first organization cannot be deleted"));
    const int index = store().organizations().indexOf(org->id);
    for (const SandboxStore::Order &order : store().orders()) {
        if (order.organization != index)
            continue;
        if (order.status == SandboxStore::Status::Pending ||
            order.status == SandboxStore::Status::ReissuePending)
            return badRequest(QStringLiteral("organization_in_use"),
                              QStringLiteral("Organization %1 is on pending order %2; cancel or "
                                             "finish that order first")
                                  .arg(org->id)
                                  .arg(order.id));
    }
    org->deleted = true;
    for (int i = 0; i < store().domains().count(); ++i) {
        SandboxDomains::Domain &domain = store().domains().at(i);
        if (domain.organizationId == org->id)
            domain.deleted = true;
    }
    return SandboxReply::noContent();
}
