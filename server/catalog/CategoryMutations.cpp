#include "catalog/CategoryMutations.h"

#include "catalog/Categories.h"
#include "core/Validation.h"
#include "protocol/JsonFields.h"

namespace tp::server::catalog {

using protocol::invalidField;
using tp::domain::Result;

namespace {

Result<Poco::JSON::Object::Ptr> upsertCategory(sync::MutationScope& scope) {
    if (auto allowed = scope.requireOwnerOrManager("edit the categories"); !allowed)
        return allowed.error();
    const std::string& tenantId = scope.pusher.tenantId;
    const protocol::JsonFields fields(scope.mutation.data, "data");
    auto id = fields.requiredString("id", 64);
    if (!id)
        return id.error();
    if (!looksLikeId(id.value()))
        return invalidField("data.id", "must be an id (UUID text)");
    auto exists =
        scope.connection.execute("SELECT 1 FROM categories WHERE tenant_id = ? AND id = ?", {tenantId, id.value()});
    if (!exists)
        return exists.error();
    bool slugGiven = false;
    Result<Category> written = tp::domain::makeError("internal_error", "unreachable");
    if (exists->empty()) {
        auto read = Categories::readFields(scope.mutation.data, CategoryFields{}, true, slugGiven);
        if (!read)
            return read.error();
        written = Categories::insert(scope.connection, tenantId, id.value(), read.value(), slugGiven, scope.now);
    } else {
        auto version = fields.optionalInteger("version");
        if (!version)
            return version.error();
        if (!version.value())
            return invalidField("data.version", "is required to edit an existing category");
        auto stored = Categories::load(scope.connection, tenantId, id.value());
        if (!stored)
            return stored.error();
        auto read = Categories::readFields(scope.mutation.data, stored->fields, false, slugGiven);
        if (!read)
            return read.error();
        written = Categories::applyUpdate(scope.connection, tenantId, id.value(), *version.value(), read.value(),
                                          scope.now, scope.current);
    }
    if (!written)
        return written.error();
    return sync::versionedResult("category_id", written->id, written->version);
}

} // namespace

void registerCategoryMutations(sync::MutationRegistry& registry) {
    registry.add("category.upsert", upsertCategory);
}

} // namespace tp::server::catalog
