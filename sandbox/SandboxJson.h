#pragma once

#include "sandbox/SandboxAccount.h"
#include "sandbox/SandboxStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Builds the JSON bodies for orders, certificates, requests and users from the store's records.
// Written independently of the client's decoders on purpose, so the two cannot share a mistake.
class SandboxJson {
public:
    static QJsonObject user(const SandboxAccount::User &user);
    // {id, first_name, last_name, email}
    static QJsonObject person(const SandboxAccount::User &user);
    // One entry of GET /order/certificate.
    static QJsonObject orderSummary(const SandboxStore &store, const SandboxStore::Order &order);
    // GET /order/certificate/{order_id}.
    static QJsonObject orderInfo(const SandboxStore &store, const SandboxAccount &account,
                                 const SandboxStore::Order &order);
    // A certificate as List reissues / List duplicates show it.
    static QJsonObject certificateEntry(const SandboxStore &store,
                                        const SandboxStore::Certificate &certificate);
    // A request as GET /request lists it (detailed adds the order's certificate and CSR).
    static QJsonObject request(const SandboxStore &store, const SandboxAccount &account,
                               const SandboxStore::Request &request, bool detailed);
    static QJsonObject containerRef(int containerIndex);
    static QString price(const SandboxStore &store, const SandboxStore::Order &order);
    static QByteArray compact(const QJsonObject &object);

private:
    static QJsonObject certificate(const SandboxStore &store, const SandboxStore::Order &order,
                                   bool detailed);
};
