#pragma once

#include "api/Reply.h"
#include "core/CustomField.h"
#include "core/FilterChoice.h"
#include "core/Product.h"
#include "core/UserInfo.h"

class CertCentralClient;

// What the key's account is and offers: the signed-in user (user/me), the products it may
// order, its custom order fields and the choices for the filters (products, organizations,
// divisions).
class AccountService {
public:
    explicit AccountService(CertCentralClient *client)
        : m_client(client) {}

    Reply<UserInfo> me() const;
    Reply<QList<Product>> products() const;
    Reply<QList<CustomField>> customFields() const;
    Reply<FilterChoice::Kind, QList<FilterChoice>> filterChoices(FilterChoice::Kind kind) const;

private:
    CertCentralClient *m_client;
};
