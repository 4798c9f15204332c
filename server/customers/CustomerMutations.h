#pragma once

#include "sync/Mutation.h"

namespace tp::server::customers {

// Push mutation "customer.upsert" {"id","name","email"?,"phone"?,"version"?, …}: a register's
// quick-create (id made by the client, no version) or an edit of a stored customer, which must
// carry the version it started from (a stale one is rejected version_conflict with "current",
// ARCHITECTURE.md rule 4). Other fields (tags, addresses, notes) are kept as given. The
// customer goes to the change log as entity "customer". An anonymized customer cannot be edited
// again ("customer_anonymized").
// Push mutation "customer.anonymize" {"id"} (owners and managers): the customer's personal data
// is erased for good; the record stays for the orders that refer to it; audited.
void registerCustomerMutations(sync::MutationRegistry& registry);

} // namespace tp::server::customers
