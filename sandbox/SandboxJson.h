#pragma once

#include "SandboxStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Builds the JSON bodies the sandbox sends, from the store's records. Written independently of
// the client's decoders on purpose, so the two cannot share a mistake.
class SandboxJson {
public:
    // {"errors":[{"code":...,"message":...}]}
    static QJsonObject error(const QString &code, const QString &message);
    static QJsonObject user(const SandboxStore &store, const SandboxStore::User &user);
    // One entry of GET /order/certificate.
    static QJsonObject orderSummary(const SandboxStore &store, const SandboxStore::Order &order);
    // GET /order/certificate/{order_id}.
    static QJsonObject orderInfo(const SandboxStore &store, const SandboxStore::Order &order);
    static QByteArray compact(const QJsonObject &object);

private:
    static QJsonObject certificate(const SandboxStore &store, const SandboxStore::Order &order,
                                   bool detailed);
    static QString price(const SandboxStore::Order &order);
};
