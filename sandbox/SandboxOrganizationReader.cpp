#include "sandbox/SandboxOrganizationReader.h"

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxBodyReader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

using Reader = SandboxBodyReader;

bool isCountryCode(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z]{2}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

std::optional<SandboxOrganizations::Contact> SandboxOrganizationReader::readContact(Reader &reader,
                                                                                    bool verified) {
    SandboxOrganizations::Contact contact;
    contact.firstName = reader.string(QStringLiteral("first_name"), Reader::Required, 128);
    contact.lastName = reader.string(QStringLiteral("last_name"), Reader::Required, 128);
    contact.email = reader.string(QStringLiteral("email"), Reader::Required, 255);
    contact.jobTitle = reader.string(QStringLiteral("job_title"),
                                     verified ? Reader::Required : Reader::Optional, 64);
    contact.telephone = reader.string(QStringLiteral("telephone"),
                                      verified ? Reader::Required : Reader::Optional, 32);
    contact.telephoneExtension =
        reader.string(QStringLiteral("telephone_extension"), Reader::Optional, 16);
    if (reader.ok() && !contact.email.contains(QLatin1Char('@')))
        reader.invalid(QStringLiteral("email"), QStringLiteral("is not an e-mail address"));
    if (!reader.ok())
        return std::nullopt;
    return contact;
}

void SandboxOrganizationReader::readNewOrganization(Reader &reader,
                                                    SandboxOrganizations::Organization *org) {
    org->name = reader.string(QStringLiteral("name"), Reader::Required, 64);
    org->assumedName = reader.string(QStringLiteral("assumed_name"), Reader::Optional, 64);
    if (reader.ok() && !org->assumedName.isEmpty() &&
        org->name.size() + org->assumedName.size() > 61)
        reader.invalid(QStringLiteral("assumed_name"),
                       QStringLiteral("name and assumed_name together may have at most 61 "
                                      "characters"));
    org->country = reader.string(QStringLiteral("country"), Reader::Required, 2).toLower();
    if (reader.ok() && !isCountryCode(org->country))
        reader.invalid(QStringLiteral("country"),
                       QStringLiteral("must be an ISO 3166-1 alpha-2 country code"));
    org->address = reader.string(QStringLiteral("address"), Reader::Required, 64);
    org->address2 = reader.string(QStringLiteral("address2"), Reader::Optional, 64);
    org->city = reader.string(QStringLiteral("city"), Reader::Required, 64);
    org->state = reader.string(QStringLiteral("state"), Reader::Required, 64);
    org->zip = reader.string(QStringLiteral("zip"), Reader::Required, 128);
    org->telephone = reader.string(QStringLiteral("telephone"), Reader::Required, 32);
}

SandboxOrganizations::Contact SandboxOrganizationReader::userContact(int userId) {
    SandboxOrganizations::Contact contact;
    contact.userId = userId;
    const SandboxAccount::User user = SandboxAccount::makeUser(
        userId - SandboxAccount::kFirstUserId, SandboxAccount::Role::Admin);
    contact.firstName = user.firstName;
    contact.lastName = user.lastName;
    contact.email = user.email;
    contact.jobTitle = user.jobTitle;
    contact.telephone = user.telephone;
    return contact;
}

void SandboxOrganizationReader::readContacts(Reader &organization, const QString &key,
                                             SandboxOrganizations::Organization *org,
                                             QList<NewVerifiedContact> *newVerified,
                                             QList<int> *existingVerified,
                                             bool organizationExists) {
    const QJsonArray contacts = organization.array(key);
    int newCount = 0;
    for (int i = 0; organization.ok() && i < contacts.size(); ++i) {
        Reader entry = organization.element(key, contacts, i);
        const QString type = entry.oneOf(
            QStringLiteral("contact_type"),
            {QStringLiteral("organization_contact"), QStringLiteral("technical_contact"),
             QStringLiteral("verified_contact"), QStringLiteral("ev_approver")},
            Reader::Required);
        const auto userId = entry.integer(QStringLiteral("user_id"), 1, 999999999);
        if (!entry.ok())
            return;
        const bool verified =
            type == QLatin1String("verified_contact") || type == QLatin1String("ev_approver");
        SandboxOrganizations::Contact contact;
        if (userId) {
            // An existing user, or an existing verified contact of this organization.
            if (verified && organizationExists) {
                bool known = false;
                for (const auto &existing : org->verifiedContacts)
                    known = known || existing.contact.id == *userId ||
                            existing.contact.userId == *userId;
                if (known) {
                    existingVerified->append(int(*userId));
                    continue;
                }
            }
            contact = userContact(int(*userId));
        } else {
            const auto details = readContact(entry, verified);
            if (!details)
                return;
            contact = *details;
        }
        if (verified) {
            if (++newCount > SandboxOrganizations::kMaxNewVerifiedContacts) {
                organization.fail(400, QStringLiteral("too_many_verified_contacts"),
                                  QStringLiteral("At most %1 new verified contacts may be added "
                                                 "in one request")
                                      .arg(SandboxOrganizations::kMaxNewVerifiedContacts));
                return;
            }
            newVerified->append(NewVerifiedContact{contact});
        } else if (type == QLatin1String("organization_contact")) {
            org->organizationContact = contact;
        } else {
            org->technicalContact = contact;
        }
    }
}
