#pragma once

#include "sandbox/SandboxCall.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRouteTable.h"
#include "sandbox/SandboxServices.h"
#include "sandbox/SandboxStore.h"

#include <QJsonObject>
#include <QString>

class SandboxAccount;
class SandboxCertificateIssuer;
class SandboxWorkflow;

// Base of the per-area route classes: access to the shared services and the checks and reply
// shapes every area uses (403 missing_permission, 404 not_found|..., paging parameters, which
// orders a limited user may see).
class SandboxRoutes {
public:
    explicit SandboxRoutes(const SandboxServices &services)
        : m_services(services) {}
    virtual ~SandboxRoutes() = default;
    SandboxRoutes(const SandboxRoutes &) = delete;
    SandboxRoutes &operator=(const SandboxRoutes &) = delete;

    virtual void registerRoutes(SandboxRouteTable &table) = 0;

    static constexpr int kMaxPageSize = 1000;

protected:
    SandboxStore &store() const { return m_services.store(); }
    SandboxAccount &account() const { return m_services.account(); }
    SandboxWorkflow &workflow() const { return m_services.workflow(); }
    SandboxCertificateIssuer &issuer() const { return m_services.issuer(); }
    const SandboxServices::Settings &settings() const { return m_services.settings(); }

    static SandboxReply forbidden(const QString &message);
    static SandboxReply notFound(const QString &what, const QString &message);
    static SandboxReply badRequest(const QString &code, const QString &message);
    static SandboxReply invalidValue(const QString &field, const QString &message);

    // limit (1 to 1000, default 1000) and offset (0 or more) from the query.
    static bool paging(const SandboxCall &call, int *limit, int *offset, SandboxReply *error);
    static QJsonObject page(int total, int limit, int offset);

    // Limited users see their own orders only; everyone else sees every order.
    static bool canSee(const SandboxCall &call, const SandboxStore::Order &order);
    // The order named by a path segment, for reading or changing; 404 not_found|order when it
    // does not exist or the caller may not see it.
    const SandboxStore::Order *visibleOrder(const SandboxCall &call, const QString &idText,
                                            SandboxReply *error) const;
    SandboxStore::Order *editableOrder(const SandboxCall &call, const QString &idText,
                                       SandboxReply *error) const;

private:
    const SandboxServices &m_services;
};
