#include "inventory/StockMutations.h"

#include "inventory/Inventory.h"
#include "inventory/StockRequests.h"

namespace tp::server::inventory {

using tp::domain::Result;

namespace {

// One stock mutation: read its JSON form, keep a register to its own store, apply it through
// the ledger inside the push's transaction. MovementRequest and CountRequest both name their
// store `storeId`.
template <typename Request_, typename Read, typename Apply>
sync::MutationHandler stockHandler(Read read, Apply apply) {
    return [read, apply](sync::MutationScope& scope) -> Result<Poco::JSON::Object::Ptr> {
        const protocol::JsonFields fields(scope.mutation.data, "data");
        Result<Request_> request = read(fields, scope.mutation.id);
        if (!request)
            return request.error();
        if (auto allowed = scope.checkStoreAllowed(request->storeId, "data.store_id"); !allowed)
            return allowed.error();
        auto outcome = apply(
            scope.connection, scope.pusher.tenantId, scope.actor, request.value(), [&scope] { return scope.newId(); },
            scope.now);
        if (!outcome)
            return outcome.error();
        return outcome->result;
    };
}

} // namespace

void registerStockMutations(sync::MutationRegistry& registry) {
    registry.add("stock.move", stockHandler<MovementRequest>(readMovement, Inventory::applyMovement));
    registry.add("stock.count", stockHandler<CountRequest>(readCount, Inventory::applyCount));
}

} // namespace tp::server::inventory
