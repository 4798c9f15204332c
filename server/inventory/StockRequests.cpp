#include "inventory/StockRequests.h"

#include "protocol/Rfc3339.h"

namespace tp::server::inventory {

using protocol::JsonFields;
using protocol::optionalTime;
using tp::domain::Result;

Result<MovementRequest> readMovement(const JsonFields& fields, const std::string& mutationId) {
    auto storeId = fields.requiredString("store_id", 64);
    if (!storeId)
        return storeId.error();
    auto sku = fields.requiredString("sku", 64);
    if (!sku)
        return sku.error();
    auto delta = fields.requiredInteger("delta_milli");
    if (!delta)
        return delta.error();
    auto reason = fields.requiredString("reason", 32);
    if (!reason)
        return reason.error();
    auto occurredAt = optionalTime(fields, "occurred_at");
    if (!occurredAt)
        return occurredAt.error();
    return MovementRequest{mutationId, storeId.value(), sku.value(), delta.value(), reason.value(), occurredAt.value()};
}

Result<TransferRequest> readTransfer(const JsonFields& fields, const std::string& mutationId) {
    auto from = fields.requiredString("from_store_id", 64);
    if (!from)
        return from.error();
    auto to = fields.requiredString("to_store_id", 64);
    if (!to)
        return to.error();
    auto sku = fields.requiredString("sku", 64);
    if (!sku)
        return sku.error();
    auto qty = fields.requiredInteger("qty_milli");
    if (!qty)
        return qty.error();
    auto occurredAt = optionalTime(fields, "occurred_at");
    if (!occurredAt)
        return occurredAt.error();
    return TransferRequest{mutationId, from.value(), to.value(), sku.value(), qty.value(), occurredAt.value()};
}

Result<CountRequest> readCount(const JsonFields& fields, const std::string& mutationId) {
    auto storeId = fields.requiredString("store_id", 64);
    if (!storeId)
        return storeId.error();
    auto sku = fields.requiredString("sku", 64);
    if (!sku)
        return sku.error();
    auto counted = fields.requiredInteger("counted_milli");
    if (!counted)
        return counted.error();
    auto countedAt = optionalTime(fields, "counted_at");
    if (!countedAt)
        return countedAt.error();
    return CountRequest{mutationId, storeId.value(), sku.value(), counted.value(), countedAt.value()};
}

} // namespace tp::server::inventory
