// Domains and organizations: one domain (Qt object), List domains, Organization info, List
// organizations, an organization's validations, its contacts, and verified contacts.
#include "FuzzInput.h"
#include "core/Domain.h"
#include "core/Organization.h"
#include "core/OrganizationBatch.h"
#include "core/OrganizationContact.h"
#include "core/OrganizationValidation.h"
#include "core/VerifiedContact.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const FuzzInput in(data, size);
    QString error;
    switch (in.selector % 7) {
    case 0: {
        Domain domain;
        (void)Domain::fromJson(fuzzObject(in.body), &domain, &error);
        break;
    }
    case 1: {
        DomainBatch page;
        (void)DomainBatch::fromJson(in.body, &page, &error);
        break;
    }
    case 2: {
        Organization organization;
        (void)Organization::fromBody(in.body, &organization, &error);
        break;
    }
    case 3: {
        OrganizationBatch page;
        (void)OrganizationBatch::fromJson(in.body, &page, &error);
        break;
    }
    case 4: {
        QList<OrganizationValidation> validations;
        (void)OrganizationValidation::listFromBody(in.body, &validations, &error);
        break;
    }
    case 5: {
        const OrganizationContact contact = OrganizationContact::fromJson(fuzzObject(in.body));
        (void)contact;
        break;
    }
    case 6: {
        QList<VerifiedContact> contacts;
        (void)VerifiedContact::listFromBody(in.body, &contacts, &error);
        break;
    }
    }
    return 0;
}
