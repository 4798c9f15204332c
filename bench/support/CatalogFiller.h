#pragma once

#include <string>
#include <vector>

#include "core/ServerContext.h"

namespace tp::bench {

// Fills a tenant's catalog straight through the catalog module (batches of products per
// transaction), the way the demo seeding does: building 100,000 products over HTTP would
// measure the setup instead of the reads. Returns the product ids in creation order.
std::vector<std::string> fillCatalog(tp::server::ServerContext& context, const std::string& tenantId, int products,
                                     const std::string& skuPrefix);

} // namespace tp::bench
