#pragma once

#include "api/Endpoint.h"
#include "core/NewOrganization.h"
#include "core/NewVerifiedContact.h"
#include "core/Organization.h"
#include "core/OrganizationBatch.h"
#include "core/OrganizationContact.h"
#include "core/OrganizationValidation.h"
#include "core/VerifiedContact.h"

// Organizations, their validations and verified contacts. Each function describes one request;
// CertCentralClient::call() sends it. The writes are sent once and never retried; those answered
// without a body give the organization's id as their result.
namespace OrganizationEndpoints {

// GET organization with limit/offset and validations: one page of the account's organizations
// (the search as typed: an exact id or a name containing it).
// Documentation: certcentral-docs.md 8.1 "List organizations".
Endpoint<OrganizationBatch> page(const QString &search, qint64 offset);

// GET organization/{id}: the organization with its contacts, validations and verified contacts.
// Documentation: certcentral-docs.md 8.2 "Organization info".
Endpoint<Organization> info(qint64 organizationId);

// GET organization/{id}/validation: the organization's validations and who approves them.
// Documentation: the older "List organization validations" page (not in certcentral-docs.md;
// ARCHITECTURE.md).
Endpoint<qint64, QList<OrganizationValidation>> validations(qint64 organizationId);

// POST organization: adds an organization, optionally with verified contacts and validations
// to submit in the same request. The result is the new organization's id (0 if the reply did
// not say: the organization exists once CertCentral said 201, whatever the body).
// Documentation: certcentral-docs.md 8.3 "Create organization".
Endpoint<qint64> create(const NewOrganization &organization);

// POST organization/{id}/validation: submits an organization for OV, EV, CS and/or EV CS
// validation.
// Documentation: certcentral-docs.md 8.4 "Submit organization for validation".
Endpoint<qint64> submitValidation(qint64 organizationId,
                                  const QList<NewOrganization::Validation> &validations);

// PUT organization/{id}/contact: sets the organization contact and the technical contact
// (an empty technical contact removes it).
// Documentation: not in certcentral-docs.md, seen in third-party clients (ARCHITECTURE.md).
Endpoint<qint64> changeContacts(qint64 organizationId,
                                const OrganizationContact &organizationContact,
                                const OrganizationContact &technicalContact);

// DELETE organization/{id}: hides the organization and deletes its domains (its certificates
// stay valid). Refused while it has pending orders.
// Documentation: not in certcentral-docs.md (7.11 "Not found"); ARCHITECTURE.md says why it is
// kept.
Endpoint<qint64> remove(qint64 organizationId);

// Who may approve the organization's EV and code-signing orders: verified_contacts[] of
// Organization info, GET organization/{id} (there is no verified-contact endpoint).
// Documentation: certcentral-docs.md 8.2 "Organization info".
Endpoint<qint64, QList<VerifiedContact>> verifiedContacts(qint64 organizationId);

// POST organization/{id}/validation with validations[]{type, verified_users[]}: adds up to 30
// people as verified contacts for their validation types, each starting pending. The reply is
// usually empty: the result's ids are those it names, and the new contacts are read from
// Organization info afterwards.
// Documentation: certcentral-docs.md 8.4 "Submit organization for validation".
Endpoint<qint64, QList<qint64>> addVerifiedContacts(qint64 organizationId,
                                                    const QList<NewVerifiedContact> &contacts);

} // namespace OrganizationEndpoints
