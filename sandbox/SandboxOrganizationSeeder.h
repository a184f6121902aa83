#pragma once

#include "sandbox/SandboxOrganizations.h"

#include <vector>

// Generates the seeded organizations: thirty fictional ones (a few with non-ASCII names and
// domains) with addresses, contacts, verified contacts and validations, all derived from their
// place in the list.
class SandboxOrganizationSeeder {
public:
    // now is the seed's "now"; contact ids are taken from *nextContactId, which moves on.
    static std::vector<SandboxOrganizations::Organization> generate(qint64 now, int *nextContactId);
};
