#pragma once

#include "api/Endpoint.h"
#include "core/CustomField.h"
#include "core/FilterChoice.h"
#include "core/Product.h"
#include "core/UserInfo.h"

// What the key's account is and offers: the signed-in user, the products it may order, its
// custom order fields and the choices for the filters. Each function describes one read;
// CertCentralClient::call() sends it.
namespace AccountEndpoints {

// GET user/me: who owns the API key, with access roles.
// Documentation: certcentral-docs.md 10.1 "My user info".
Endpoint<UserInfo> me();

// GET product: what the account may order.
// Documentation: certcentral-docs.md 1.1 "Product list".
Endpoint<QList<Product>> products();

// GET product/{name_id}: the product's validation_type (DV, OV, EV, CS, EV CS, DS, Private SSL;
// not for every product) and its rules.
// Documentation: certcentral-docs.md 1.2 "Product info".
Endpoint<Product> product(const QString &nameId);

// GET account/metadata: the account's custom order fields.
// Documentation: certcentral-docs.md 3.11 "Custom order fields".
Endpoint<QList<CustomField>> customFields();

// GET product, organization or container (organizations: the first 1000): the choices of the
// Orders page's server filters, with the kind asked for.
// Documentation: certcentral-docs.md 1.1, 8.1 and 9 (products, organizations, containers).
Endpoint<FilterChoice::Kind, QList<FilterChoice>> filterChoices(FilterChoice::Kind kind);

} // namespace AccountEndpoints
