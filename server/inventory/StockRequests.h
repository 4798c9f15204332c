#pragma once

#include <optional>
#include <string>

#include "domain/core/Result.h"
#include "inventory/Inventory.h"
#include "protocol/JsonFields.h"

namespace tp::server::inventory {

// The JSON forms of stock mutations, shared by the inventory endpoints (where mutation_id is
// in the body) and sync push (where it is in the envelope).
//   movement {"store_id","sku","delta_milli","reason","occurred_at"?}
//   transfer {"from_store_id","to_store_id","sku","qty_milli","occurred_at"?}
//   count    {"store_id","sku","counted_milli","counted_at"?}
// Times are RFC 3339.
tp::domain::Result<MovementRequest> readMovement(const protocol::JsonFields& fields, const std::string& mutationId);
tp::domain::Result<TransferRequest> readTransfer(const protocol::JsonFields& fields, const std::string& mutationId);
tp::domain::Result<CountRequest> readCount(const protocol::JsonFields& fields, const std::string& mutationId);

} // namespace tp::server::inventory
