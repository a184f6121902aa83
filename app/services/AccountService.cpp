#include "services/AccountService.h"

#include "api/AccountEndpoints.h"
#include "api/CertCentralClient.h"

Reply<UserInfo> AccountService::me() const {
    return m_client->call(AccountEndpoints::me());
}

Reply<QList<Product>> AccountService::products() const {
    return m_client->call(AccountEndpoints::products());
}

Reply<QList<CustomField>> AccountService::customFields() const {
    return m_client->call(AccountEndpoints::customFields());
}

Reply<FilterChoice::Kind, QList<FilterChoice>>
AccountService::filterChoices(FilterChoice::Kind kind) const {
    return m_client->call(AccountEndpoints::filterChoices(kind));
}
