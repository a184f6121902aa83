#include "sandbox/SandboxOrderListing.h"

#include "sandbox/SandboxSearch.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>

using Status = SandboxStore::Status;
using SortKey = SandboxStore::SortKey;

std::vector<qint64> SandboxOrderListing::commonNameRanks(const std::vector<Order> &orders) {
    std::vector<qint64> primary(orders.size());
    std::vector<int> byName(orders.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::sort(byName.begin(), byName.end(), [&orders](int a, int b) {
        return QString::compare(orders[size_t(a)].commonName, orders[size_t(b)].commonName,
                                Qt::CaseInsensitive) < 0;
    });
    qint64 rank = 0;
    for (size_t i = 0; i < byName.size(); ++i) {
        if (i > 0 &&
            QString::compare(orders[size_t(byName[i - 1])].commonName,
                             orders[size_t(byName[i])].commonName, Qt::CaseInsensitive) != 0)
            ++rank;
        primary[size_t(byName[i])] = rank;
    }
    return primary;
}

std::vector<qint64> SandboxOrderListing::statusRanks(const std::vector<Order> &orders) {
    // Alphabetical by the wire name.
    constexpr int kCount = SandboxStore::kStatusCount;
    std::array<qint64, kCount> rank{};
    std::array<int, kCount> order{};
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [](int a, int b) {
        return SandboxStore::statusName(Status(a)) < SandboxStore::statusName(Status(b));
    });
    for (int i = 0; i < kCount; ++i)
        rank[size_t(order[size_t(i)])] = i;
    std::vector<qint64> primary(orders.size());
    for (size_t i = 0; i < orders.size(); ++i)
        primary[i] = rank[size_t(orders[i].status)];
    return primary;
}

std::vector<qint64> SandboxOrderListing::productRanks(const std::vector<Order> &orders) {
    const int count = SandboxProducts::count();
    std::vector<qint64> rank(static_cast<size_t>(count), 0);
    std::vector<int> order(static_cast<size_t>(count), 0);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [](int a, int b) {
        return std::strcmp(SandboxProducts::at(a).nameId, SandboxProducts::at(b).nameId) < 0;
    });
    for (int i = 0; i < count; ++i)
        rank[size_t(order[size_t(i)])] = i;
    std::vector<qint64> primary(orders.size());
    for (size_t i = 0; i < orders.size(); ++i)
        primary[i] = rank[orders[i].product];
    return primary;
}

std::vector<int> SandboxOrderListing::sortedIndexes(const std::vector<Order> &orders, SortKey key,
                                                    bool descending) {
    std::vector<int> sorted(orders.size());
    std::iota(sorted.begin(), sorted.end(), 0);

    // Ranks turn string keys into integers once, so the sort itself compares numbers.
    std::vector<qint64> primary(orders.size());
    std::vector<char> missing; // only for keys some orders lack
    switch (key) {
    case SortKey::Id:
        for (size_t i = 0; i < orders.size(); ++i)
            primary[i] = orders[i].id;
        break;
    case SortKey::DateCreated:
        for (size_t i = 0; i < orders.size(); ++i)
            primary[i] = orders[i].dateCreated;
        break;
    case SortKey::ValidTill:
        missing.resize(orders.size());
        for (size_t i = 0; i < orders.size(); ++i) {
            primary[i] = orders[i].validTillDay;
            missing[i] = orders[i].validTillDay == 0 ? 1 : 0;
        }
        break;
    case SortKey::CommonName:
        primary = commonNameRanks(orders);
        break;
    case SortKey::Status:
        primary = statusRanks(orders);
        break;
    case SortKey::ProductNameId:
        primary = productRanks(orders);
        break;
    }

    const bool hasMissing = !missing.empty();
    std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
        if (hasMissing && missing[size_t(a)] != missing[size_t(b)])
            return missing[size_t(a)] < missing[size_t(b)];
        const qint64 pa = primary[size_t(a)];
        const qint64 pb = primary[size_t(b)];
        if (pa != pb)
            return descending ? pa > pb : pa < pb;
        return a < b;
    });
    return sorted;
}

bool SandboxOrderListing::matches(const Order &order, const SandboxStore::ListQuery &query,
                                  const SandboxSearch &search) {
    if (query.status && order.status != *query.status &&
        !(*query.status == Status::Issued && order.status == Status::Expired))
        return false;
    if (query.ownerUserId != 0 && order.ownerUserId != query.ownerUserId)
        return false;
    if (query.product && int(order.product) != *query.product)
        return false;
    if (query.organization && int(order.organization) != *query.organization)
        return false;
    if (query.container && int(order.container) != *query.container)
        return false;
    if (query.validTillFilter &&
        (!SandboxStore::showsValidTill(order) ||
         (query.validTillFrom != 0 && order.validTillDay < query.validTillFrom) ||
         (query.validTillTo != 0 && order.validTillDay > query.validTillTo)))
        return false;
    // List orders searches the common name and the e-mail address (certcentral-docs.md 3.2);
    // the sandbox's orders carry no e-mail address of their own, so only the common name.
    return search.isEmpty() || search.matches(order.commonName);
}

SandboxStore::ListResult SandboxOrderListing::page(const std::vector<Order> &orders,
                                                   const std::vector<int> &sorted,
                                                   const SandboxStore::ListQuery &query) {
    SandboxStore::ListResult result;
    const qint64 first = query.offset;
    const qint64 last = first + query.limit; // exclusive

    const SandboxSearch search(query.search);
    const bool filtering = query.status.has_value() || !query.search.isEmpty() ||
                           query.ownerUserId != 0 || query.product || query.organization ||
                           query.container || query.validTillFilter;
    if (!filtering) {
        result.total = int(sorted.size());
        for (qint64 i = first; i < last && i < qint64(sorted.size()); ++i)
            result.orders.push_back(&orders[size_t(sorted[size_t(i)])]);
        return result;
    }
    qint64 matched = 0;
    for (const int index : sorted) {
        const Order &order = orders[size_t(index)];
        if (!matches(order, query, search))
            continue;
        if (matched >= first && matched < last)
            result.orders.push_back(&order);
        ++matched;
    }
    result.total = int(matched);
    return result;
}
