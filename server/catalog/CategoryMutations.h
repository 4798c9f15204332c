#pragma once

#include "sync/Mutation.h"

namespace tp::server::catalog {

// Push mutation "category.upsert" {"id","name"?,"parent_id"?,"slug"?,"position"?,"version"?}:
// the category tree edited offline in a backoffice. An id the tenant does not have yet creates
// the category under that (client-made) id; a known id is an edit that must carry the version
// it started from (version_conflict with "current" otherwise). Moving a category under one of
// its own descendants is refused naming parent_id, so the tree never has a cycle; "parent_id":
// null makes it a root. Owners and managers only.
void registerCategoryMutations(sync::MutationRegistry& registry);

} // namespace tp::server::catalog
