#pragma once

#include "sync/Mutation.h"

namespace tp::server::stores {

// Push mutation "store.update" {"id","version", …the fields PATCH /api/v1/stores/{id} takes}:
// a store's settings edited offline in a backoffice — its name, receipt header and footer,
// loyalty rate. Must carry the version it started from (version_conflict with "current"
// otherwise). Owners and managers only; stores are made online (plan limits are checked there).
void registerStoreMutations(sync::MutationRegistry& registry);

} // namespace tp::server::stores
