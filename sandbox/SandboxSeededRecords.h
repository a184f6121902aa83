#pragma once

#include "sandbox/SandboxStore.h"

#include <QByteArray>

// The records a compact seeded order stands for until its first write materializes them: its
// primary certificate, with a serial number and thumbprint that are stable per order and seed,
// and its request (the new_request, or the pending reissue of a reissue_pending order).
class SandboxSeededRecords {
public:
    static SandboxStore::Certificate certificate(quint32 seed, const SandboxStore::Order &order);
    static SandboxStore::Request request(const SandboxStore::Order &order);
    // 16 bytes, a positive DER integer without a leading zero byte.
    static QByteArray serialNumber(quint32 seed, const SandboxStore::Order &order);
    // 20 bytes.
    static QByteArray thumbprint(quint32 seed, const SandboxStore::Order &order);

private:
    // size bytes from a generator seeded by the seed, the order id and salt.
    static QByteArray derivedBytes(quint32 seed, const SandboxStore::Order &order, quint64 salt,
                                   int size);
};
