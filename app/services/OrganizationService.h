#pragma once

#include "api/Reply.h"
#include "core/NewOrganization.h"
#include "core/Organization.h"
#include "core/OrganizationBatch.h"
#include "core/OrganizationValidation.h"
#include "core/VerifiedContact.h"

class CertCentralClient;
struct NewVerifiedContact;
struct OrganizationContact;

// Organizations, their validations and verified contacts (the Organizations and Verified
// contacts screens, the order wizard, the command line).
class OrganizationService {
public:
    explicit OrganizationService(CertCentralClient *client)
        : m_client(client) {}

    // Every organization (with its validations) matching an optional name, page by page.
    Reply<QList<Organization>, qint64, qint64> list(const QString &search = {}) const;
    Reply<OrganizationBatch> page(const QString &search, qint64 offset) const;
    Reply<Organization> info(qint64 organizationId) const;
    Reply<qint64, QList<OrganizationValidation>> validations(qint64 organizationId) const;
    Reply<qint64> create(const NewOrganization &organization) const;
    // Each type (ov, ev, cs, ev_cs) with the verified contacts who approve it.
    Reply<qint64> submitValidation(qint64 organizationId,
                                   const QList<NewOrganization::Validation> &validations) const;
    Reply<qint64> changeContacts(qint64 organizationId, const OrganizationContact &organization,
                                 const OrganizationContact &technical) const;
    Reply<qint64> remove(qint64 organizationId) const;
    Reply<qint64, QList<VerifiedContact>> verifiedContacts(qint64 organizationId) const;
    // The organization and the new contacts' ids.
    Reply<qint64, QList<qint64>>
    addVerifiedContacts(qint64 organizationId, const QList<NewVerifiedContact> &contacts) const;

private:
    CertCentralClient *m_client;
};
