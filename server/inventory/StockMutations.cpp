#include "inventory/StockMutations.h"

#include "inventory/Inventory.h"
#include "inventory/StockRequests.h"

namespace tp::server::inventory {

using tp::domain::Result;

void registerStockMutations(sync::MutationRegistry& registry) {
    registry.add("stock.move", [](sync::MutationScope& scope) -> Result<Poco::JSON::Object::Ptr> {
        const protocol::JsonFields fields(scope.mutation.data, "data");
        auto movement = readMovement(fields, scope.mutation.id);
        if (!movement)
            return movement.error();
        if (auto allowed = scope.checkStoreAllowed(movement->storeId, "data.store_id"); !allowed)
            return allowed.error();
        auto outcome = Inventory::applyMovement(
            scope.connection, scope.pusher.tenantId, scope.actor, movement.value(), [&scope] { return scope.newId(); },
            scope.now);
        if (!outcome)
            return outcome.error();
        return outcome->result;
    });
    registry.add("stock.count", [](sync::MutationScope& scope) -> Result<Poco::JSON::Object::Ptr> {
        const protocol::JsonFields fields(scope.mutation.data, "data");
        auto count = readCount(fields, scope.mutation.id);
        if (!count)
            return count.error();
        if (auto allowed = scope.checkStoreAllowed(count->storeId, "data.store_id"); !allowed)
            return allowed.error();
        auto outcome = Inventory::applyCount(
            scope.connection, scope.pusher.tenantId, scope.actor, count.value(), [&scope] { return scope.newId(); },
            scope.now);
        if (!outcome)
            return outcome.error();
        return outcome->result;
    });
}

} // namespace tp::server::inventory
