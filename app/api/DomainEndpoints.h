#pragma once

#include "api/Endpoint.h"
#include "core/Domain.h"
#include "core/NewDomain.h"

#include <QDateTime>
#include <QStringList>

// The account's domains and their validation. Each function describes one request;
// CertCentralClient::call() sends it. The writes are sent once and never retried.
namespace DomainEndpoints {

// GET domain with limit/offset (and validations): one page of the account's domains matching
// an optional search text.
// Documentation: certcentral-docs.md 7.1 "List domains".
Endpoint<DomainBatch> page(const QString &search, qint64 offset);

// POST domain: adds a domain, optionally submitted for validation. The result is the new
// domain's id and, for the token DCV methods, its random value (else empty).
// Documentation: certcentral-docs.md 7.3 "Add domain".
Endpoint<qint64, QString> create(const NewDomain &domain);

// DELETE domain/{id}: removes a domain from the account (its certificates are unaffected).
// Documentation: not in certcentral-docs.md (7.11 "Not found"); ARCHITECTURE.md says why it is
// kept.
Endpoint<qint64> remove(qint64 domainId);

// POST domain/{id}/validation: submits a domain for OV and/or EV validation with a DCV method.
// types: ov and/or ev; dcvMethod: email, dns-txt-token, dns-cname-token or http-token.
// Documentation: certcentral-docs.md 7.4 "Submit domain for validation".
Endpoint<qint64> submitValidation(qint64 domainId, const QStringList &types,
                                  const QString &dcvMethod);

// DCV on an account domain; each result is the token, when it expires and the DCV status.
// GET domain/{id}?include_dcv=true: the token the domain has now (dcv_token, [inferred]: read
// leniently; empty when there is none), with its status when given. A read.
Endpoint<QString, QDateTime, QString> currentToken(qint64 domainId);
// POST domain/{id}/dcv/token, no body, {token, expiration_date[, http_token_url]}. It replaces
// the domain's previous token.
Endpoint<QString, QDateTime, QString> newToken(qint64 domainId);
// PUT domain/{id}/dcv/validate-token: {token, status} with status active or inactive (the token
// only when the reply names it).
// Documentation: certcentral-docs.md 7.2, 7.5 and 7.6.
Endpoint<QString, QDateTime, QString> checkToken(qint64 domainId);

} // namespace DomainEndpoints
