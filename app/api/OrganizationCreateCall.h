#pragma once

#include "ApiCall.h"
#include "NewOrganization.h"

// POST organization: adds an organization, optionally with verified contacts and validations
// to submit in the same request. A write, never retried.
// Documentation: certcentral-docs.md 8.3 "Create organization".
class OrganizationCreateCall : public ApiCall {
    Q_OBJECT
public:
    OrganizationCreateCall(CertCentralClient *client, const NewOrganization &organization);
    // The new organization's id in the 201 reply; 0 when the reply does not name one.
    static qint64 idFromReply(const QByteArray &body);

signals:
    // The new organization's id (0 if the reply did not say).
    void created(qint64 organizationId);

protected:
    QString decode(const QByteArray &body, int httpStatus) override;
    void deliver() override { emit created(m_id); }

private:
    qint64 m_id = 0;
};
