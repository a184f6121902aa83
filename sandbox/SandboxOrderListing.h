#pragma once

#include "sandbox/SandboxStore.h"

#include <vector>

class SandboxSearch;

// The order list behind GET order/certificate: the orders sorted by one key, and one page of
// those that pass a query's filters.
class SandboxOrderListing {
public:
    using Order = SandboxStore::Order;

    // Indexes into orders, sorted by key. Orders without a value for the key (no valid_till) go
    // last in both directions; ties are always broken by ascending id, the index order.
    static std::vector<int> sortedIndexes(const std::vector<Order> &orders,
                                          SandboxStore::SortKey key, bool descending);
    // The query's page (limit, offset) of the sorted orders that pass its filters.
    static SandboxStore::ListResult page(const std::vector<Order> &orders,
                                         const std::vector<int> &sorted,
                                         const SandboxStore::ListQuery &query);

private:
    // Each order's rank by the key: orders with equal keys share a rank.
    static std::vector<qint64> commonNameRanks(const std::vector<Order> &orders);
    static std::vector<qint64> statusRanks(const std::vector<Order> &orders);
    static std::vector<qint64> productRanks(const std::vector<Order> &orders);
    static bool matches(const Order &order, const SandboxStore::ListQuery &query,
                        const SandboxSearch &search);
};
