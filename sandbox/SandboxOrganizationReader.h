#pragma once

#include "sandbox/SandboxOrganizations.h"

#include <QList>
#include <QString>

#include <optional>

class SandboxBodyReader;

// Reads organizations and their contacts from request bodies, for new orders (organization)
// and the organization routes: the fields of a new organization, one contact's details and the
// contacts array with its verified contacts. It changes nothing; problems are recorded on the
// reader.
class SandboxOrganizationReader {
public:
    struct NewVerifiedContact {
        SandboxOrganizations::Contact contact;
    };

    // Reads organization.contacts: verified contacts by user_id or full details, at most 30 new
    // ones.
    static void readContacts(SandboxBodyReader &organization, const QString &key,
                             SandboxOrganizations::Organization *org,
                             QList<NewVerifiedContact> *newVerified, QList<int> *existingVerified,
                             bool organizationExists);
    // Checks the fields of a new organization (name limits, address, country...).
    static void readNewOrganization(SandboxBodyReader &reader,
                                    SandboxOrganizations::Organization *org);
    static std::optional<SandboxOrganizations::Contact> readContact(SandboxBodyReader &reader,
                                                                    bool verified);

private:
    // The contact behind an account user id (the user's name, e-mail, title and telephone).
    static SandboxOrganizations::Contact userContact(int userId);
};
