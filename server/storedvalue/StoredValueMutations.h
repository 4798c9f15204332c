#pragma once

#include "sync/Mutation.h"

namespace tp::server::storedvalue {

// Push mutation "gift_card.issue" {"id","code","amount","currency"} (owners and managers): a
// new card holding `amount` minor units. The code (5 to 32 letters, digits or -, spaces
// ignored, kept upper case) is unique per tenant ("code_taken"). Payments with cards and
// store credit arrive with order.create and order.refund (OrderStoredValue).
void registerStoredValueMutations(sync::MutationRegistry& registry);

} // namespace tp::server::storedvalue
