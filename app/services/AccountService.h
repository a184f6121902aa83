#pragma once

#include "CustomField.h"
#include "FilterChoice.h"
#include "Product.h"
#include "Reply.h"
#include "UserInfo.h"

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
