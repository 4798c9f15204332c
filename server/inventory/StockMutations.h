#pragma once

#include "sync/Mutation.h"

namespace tp::server::inventory {

// Push mutations "stock.move" (a movement's JSON form) and "stock.count" (a count's, as of
// counted_at — ARCHITECTURE.md, Sync rule 3), applied through the same ledger code as the
// inventory endpoints. A register may only move its own store's stock.
void registerStockMutations(sync::MutationRegistry& registry);

} // namespace tp::server::inventory
