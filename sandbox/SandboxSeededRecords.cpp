#include "sandbox/SandboxSeededRecords.h"

#include "sandbox/SandboxAccount.h"

namespace {

using Status = SandboxStore::Status;
using CertificateKind = SandboxStore::CertificateKind;
using CertificateStatus = SandboxStore::CertificateStatus;
using RequestType = SandboxStore::RequestType;
using RequestStatus = SandboxStore::RequestStatus;

quint64 splitMix(quint64 &state) {
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

qint64 startOfDay(qint64 julianDay) {
    return SandboxClock::startOfDay(julianDay);
}

} // namespace

SandboxStore::Certificate SandboxSeededRecords::certificate(quint32 seed,
                                                            const SandboxStore::Order &order) {
    SandboxStore::Certificate c;
    c.id = order.certificateId;
    c.orderId = order.id;
    c.kind = CertificateKind::Primary;
    c.commonName = order.commonName;
    c.dnsNames = order.dnsNames;
    c.signatureHash = order.signatureHash;
    c.keySize = order.keySize;
    c.dateCreated = order.certificateCreated;
    c.serial = serialNumber(seed, order);
    c.thumbprint = thumbprint(seed, order);
    c.requestId = order.requestId;
    switch (order.status) {
    case Status::Issued:
    case Status::ReissuePending:
    case Status::Expired:
        c.status = CertificateStatus::Issued;
        break;
    case Status::Revoked:
        c.status = CertificateStatus::Revoked;
        c.dateRevoked = order.lastStatusChange;
        c.revocationReason = QStringLiteral("unspecified");
        break;
    case Status::Rejected:
    case Status::Canceled:
        c.status = CertificateStatus::Rejected;
        break;
    case Status::Pending:
    case Status::WaitingPickup:
        c.status = CertificateStatus::Pending;
        break;
    }
    if (order.validFromDay > 0) {
        // Certificates start at the hour they were issued and end at the last second of the
        // valid_till day.
        c.validFrom = qMax(startOfDay(order.validFromDay), order.certificateCreated);
        c.validTill = startOfDay(order.validTillDay + 1) - 1;
    }
    return c;
}

SandboxStore::Request SandboxSeededRecords::request(const SandboxStore::Order &order) {
    SandboxStore::Request r;
    r.id = order.requestId;
    r.orderId = order.id;
    r.certificateId = order.certificateId;
    r.date = order.dateCreated;
    r.requesterId = order.ownerUserId;
    if (order.status == Status::ReissuePending) {
        // The seeded reissue waits for approval; its certificate is made when approved.
        r.type = RequestType::Reissue;
        r.status = RequestStatus::Pending;
        r.date = order.lastStatusChange;
        r.certificateId = 0;
        return r;
    }
    r.type = RequestType::NewRequest;
    r.status = order.requestStatus;
    if (r.status != RequestStatus::Pending) {
        r.dateProcessed = order.dateCreated + 1800;
        r.processorId = SandboxAccount::kFirstUserId;
        if (r.status == RequestStatus::Rejected)
            r.processorComment = order.status == Status::Canceled
                                     ? QStringLiteral("Canceled by the requester")
                                     : QStringLiteral("Not approved");
    }
    return r;
}

QByteArray SandboxSeededRecords::derivedBytes(quint32 seed, const SandboxStore::Order &order,
                                              quint64 salt, int size) {
    quint64 state = (quint64(seed) << 32) ^ quint64(order.id) ^ salt;
    QByteArray bytes;
    bytes.reserve(size);
    while (bytes.size() < size) {
        const quint64 word = splitMix(state);
        for (int i = 0; i < 8 && bytes.size() < size; ++i)
            bytes.append(char((word >> (8 * i)) & 0xff));
    }
    return bytes;
}

QByteArray SandboxSeededRecords::serialNumber(quint32 seed, const SandboxStore::Order &order) {
    QByteArray bytes = derivedBytes(seed, order, 0x5e71a1ULL << 40, 16);
    // A positive DER integer without a leading zero byte, as CAs issue them.
    bytes[0] = char((bytes.at(0) & 0x7f) | 0x01);
    return bytes;
}

QByteArray SandboxSeededRecords::thumbprint(quint32 seed, const SandboxStore::Order &order) {
    return derivedBytes(seed, order, 0x7b0b1ULL << 40, 20);
}
