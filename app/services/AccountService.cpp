#include "services/AccountService.h"

#include "CertCentralClient.h"
#include "CustomFieldListCall.h"
#include "FilterChoicesCall.h"
#include "ProductListCall.h"
#include "UserCall.h"

Reply<UserInfo> AccountService::me() const {
    return {m_client->start<UserCall>(), &UserCall::received};
}

Reply<QList<Product>> AccountService::products() const {
    return {m_client->start<ProductListCall>(), &ProductListCall::received};
}

Reply<QList<CustomField>> AccountService::customFields() const {
    return {m_client->start<CustomFieldListCall>(), &CustomFieldListCall::received};
}

Reply<FilterChoice::Kind, QList<FilterChoice>>
AccountService::filterChoices(FilterChoice::Kind kind) const {
    return {m_client->start<FilterChoicesCall>(kind), &FilterChoicesCall::received};
}
