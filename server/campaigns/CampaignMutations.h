#pragma once

#include "sync/Mutation.h"

namespace tp::server::campaigns {

// Push mutation "campaign.upsert" (owners and managers; CampaignRequest has the fields): a new
// price campaign (no version) or an edit of a stored one, which must carry the version it
// started from (a stale one is rejected version_conflict with "current"). Its stores must be
// the tenant's and its skus in the catalog (invalid_request naming the entry otherwise).
// Ending a campaign early is an edit of ends_at; archiving one (status "archived") withdraws
// it; campaigns are never deleted. The campaign goes to the change log as entity "campaign".
void registerCampaignMutations(sync::MutationRegistry& registry);

} // namespace tp::server::campaigns
