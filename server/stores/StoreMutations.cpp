#include "stores/StoreMutations.h"

#include "protocol/JsonFields.h"
#include "stores/Stores.h"

namespace tp::server::stores {

using protocol::invalidField;
using tp::domain::Result;

namespace {

Result<Poco::JSON::Object::Ptr> updateStore(sync::MutationScope& scope) {
    if (auto allowed = scope.requireOwnerOrManager("change store settings"); !allowed)
        return allowed.error();
    const std::string& tenantId = scope.pusher.tenantId;
    const protocol::JsonFields fields(scope.mutation.data, "data");
    auto id = fields.requiredString("id", 64);
    if (!id)
        return id.error();
    auto version = fields.optionalInteger("version");
    if (!version)
        return version.error();
    if (!version.value())
        return invalidField("data.version", "is required to change a store");
    auto stored = Stores::loadStored(scope.connection, tenantId, id.value());
    if (!stored)
        return stored.error();
    auto read = Stores::readFields(scope.mutation.data, stored->fields, false);
    if (!read)
        return read.error();
    auto updated = Stores::applyUpdate(scope.connection, tenantId, id.value(), *version.value(), read.value(),
                                       scope.now, scope.current);
    if (!updated)
        return updated.error();
    return sync::versionedResult("store_id", updated->id, updated->version);
}

} // namespace

void registerStoreMutations(sync::MutationRegistry& registry) {
    registry.add("store.update", updateStore);
}

} // namespace tp::server::stores
