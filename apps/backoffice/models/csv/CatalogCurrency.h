#pragma once

#include "domain/money/Currency.h"

namespace tp::client {
class ReplicaDatabase;
}

namespace tp::backoffice {

// The currency the catalog's prices are written in when a file does not say: the shop's first
// store's (the feed brings the stores), euros before the first sync.
domain::Currency catalogCurrency(client::ReplicaDatabase& db);

} // namespace tp::backoffice
