#pragma once

#include "sandbox/SandboxOrganizations.h"
#include "sandbox/SandboxStore.h"

#include <vector>

// Generates the seeded orders: products, statuses, names, dates and owners from one seed, with
// std::mt19937 and hand-written range reduction so every standard library gives the same
// orders. The organizations must be seeded first; their names and domains are used.
class SandboxOrderSeeder {
public:
    // now is the seed's "now" (12:00:00 UTC of --now); every date stays at or before it.
    static std::vector<SandboxStore::Order> generate(quint32 seed, int orderCount, qint64 now,
                                                     const SandboxOrganizations &organizations);
};
