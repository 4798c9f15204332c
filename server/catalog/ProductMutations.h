#pragma once

#include "sync/Mutation.h"

namespace tp::server::catalog {

// Push mutation "product.upsert": a product's JSON as POST/PATCH /api/v1/products take it, plus
// "id". An id the tenant does not have yet creates the product under that (client-made) id,
// so a backoffice can create offline and refer to it before it syncs; a known id is an edit
// that must carry the "version" it started from — a stale one is rejected version_conflict
// with the server's copy as "current" (ARCHITECTURE.md rule 4). Owners and managers only.
void registerProductMutations(sync::MutationRegistry& registry);

} // namespace tp::server::catalog
