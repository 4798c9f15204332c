#include "inventory/InventoryRoutes.h"

#include <Poco/JSON/Array.h>

#include "core/Actor.h"
#include "core/Validation.h"
#include "inventory/StockRequests.h"
#include "protocol/JsonFields.h"
#include "protocol/Rfc3339.h"

namespace tp::server::inventory {

using http::Access;
using http::Request;
using http::Response;
using http::StaffRole;
using protocol::JsonFields;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

const std::vector<StaffRole> kManagers{StaffRole::Owner, StaffRole::Manager};

Response answer(const MutationOutcome& outcome) {
    return Response::json(outcome.replayed ? 200 : 201, outcome.result);
}

// The body is the mutation's JSON form (StockRequests.h) plus its "mutation_id".
template <typename Request_, typename Read, typename Apply>
Result<Response> postMutation(Request& request, Read read, Apply apply) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    const JsonFields fields(body.value());
    auto mutationId = fields.requiredString("mutation_id", 128);
    if (!mutationId)
        return mutationId.error();
    Result<Request_> mutation = read(fields, mutationId.value());
    if (!mutation)
        return mutation.error();
    Result<MutationOutcome> outcome = apply(mutation.value());
    if (!outcome)
        return outcome.error();
    return answer(outcome.value());
}

Result<Response> getLevels(Request& request, Inventory& inventory) {
    auto page = readPage(request);
    if (!page)
        return page.error();
    LevelQuery query;
    query.page = page.value();
    query.storeId = request.queryValue("store_id").value_or("");
    query.sku = request.queryValue("sku").value_or("");
    const std::string lowStock = request.queryValue("low_stock").value_or("false");
    if (lowStock != "true" && lowStock != "false")
        return makeError("invalid_request", "low_stock must be true or false");
    query.lowStockOnly = lowStock == "true";
    auto levels = inventory.levels(request.principal->tenantId, query);
    if (!levels)
        return levels.error();
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const StockLevel& level : levels.value())
        items->add(level.toJson());
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("levels", items);
    setNextCursor(body, query.page, levels->size(), levels->empty() ? std::string() : levels->back().entityId());
    return Response::json(200, body);
}

Result<Response> getMovements(Request& request, Inventory& inventory) {
    auto page = readPage(request);
    if (!page)
        return page.error();
    MovementQuery query;
    query.page = page.value();
    query.storeId = request.queryValue("store_id").value_or("");
    query.sku = request.queryValue("sku").value_or("");
    auto entries = inventory.movements(request.principal->tenantId, query);
    if (!entries)
        return entries.error();
    Poco::JSON::Array::Ptr items = new Poco::JSON::Array;
    for (const StockEntry& entry : entries.value())
        items->add(entry.toJson());
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set("movements", items);
    setNextCursor(body, query.page, entries->size(),
                  entries->empty() ? std::string()
                                   : std::to_string(entries->back().occurredAt) + ":" + entries->back().id);
    return Response::json(200, body);
}

Result<Response> putThreshold(Request& request, Inventory& inventory) {
    auto body = request.jsonObject();
    if (!body)
        return body.error();
    const JsonFields fields(body.value());
    auto storeId = fields.requiredString("store_id", 64);
    if (!storeId)
        return storeId.error();
    auto sku = fields.requiredString("sku", 64);
    if (!sku)
        return sku.error();
    if (!body.value()->has("low_stock_threshold"))
        return protocol::invalidField("low_stock_threshold", "is required (null clears it)");
    auto threshold = fields.optionalInteger("low_stock_threshold");
    if (!threshold)
        return threshold.error();
    if (threshold.value() && *threshold.value() < 0)
        return protocol::invalidField("low_stock_threshold", "must not be negative");
    auto level = inventory.setThreshold(request.principal->tenantId, storeId.value(), sku.value(), threshold.value());
    if (!level)
        return level.error();
    Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
    answer->set("level", level->toJson());
    return Response::json(200, answer);
}

Result<Response> getLevelAsOf(Request& request, Inventory& inventory) {
    const std::string storeId = request.queryValue("store_id").value_or("");
    const std::string sku = request.queryValue("sku").value_or("");
    const std::string atText = request.queryValue("at").value_or("");
    if (storeId.empty() || sku.empty() || atText.empty())
        return makeError("invalid_request", "store_id, sku and at are required");
    auto at = protocol::parseRfc3339(atText, "at");
    if (!at)
        return at.error();
    auto level = inventory.levelAt(request.principal->tenantId, storeId, sku, tp::domain::unixMillis(at.value()));
    if (!level)
        return level.error();
    Poco::JSON::Object::Ptr answer = new Poco::JSON::Object;
    answer->set("store_id", storeId);
    answer->set("sku", sku);
    answer->set("at", protocol::formatRfc3339(at.value()));
    answer->set("on_hand", level.value());
    return Response::json(200, answer);
}

} // namespace

void addInventoryRoutes(http::Router& router, Inventory& inventory) {
    router.add({"GET",
                "/api/v1/inventory",
                Access::StaffOrDevice,
                {},
                {},
                [&](Request& r) { return getLevels(r, inventory); },
                "Stock levels (qty_milli): store_id, sku, low_stock=true, cursor, limit",
                "",
                "StockLevelList"});
    router.add({"POST",
                "/api/v1/inventory/movements",
                Access::Staff,
                {},
                {},
                [&](Request& r) {
                    return postMutation<MovementRequest>(r, readMovement, [&](const MovementRequest& movement) {
                        return inventory.move(r.principal->tenantId, actorOf(*r.principal), movement);
                    });
                },
                "Move stock (receipt, adjustment, damage, sale, refund, transfer_in/out); a repeated mutation_id "
                "answers 200 with the first result and applies nothing",
                "StockMovement",
                "StockMovementResult",
                201});
    router.add({"GET",
                "/api/v1/inventory/movements",
                Access::StaffOrDevice,
                {},
                {},
                [&](Request& r) { return getMovements(r, inventory); },
                "Stock history, newest first by shop time: store_id, sku, cursor, limit",
                "",
                "StockMovementList"});
    router.add({"POST",
                "/api/v1/inventory/transfers",
                Access::Staff,
                kManagers,
                {},
                [&](Request& r) {
                    return postMutation<TransferRequest>(r, readTransfer, [&](const TransferRequest& transfer) {
                        return inventory.transfer(r.principal->tenantId, actorOf(*r.principal), transfer);
                    });
                },
                "Transfer stock between two stores: both movements in one transaction",
                "StockTransfer",
                "StockTransferResult",
                201});
    router.add({"POST",
                "/api/v1/inventory/counts",
                Access::Staff,
                {},
                {},
                [&](Request& r) {
                    return postMutation<CountRequest>(r, readCount, [&](const CountRequest& count) {
                        return inventory.count(r.principal->tenantId, actorOf(*r.principal), count);
                    });
                },
                "Record a physical count as of counted_at: becomes the adjustment that makes the level at that time "
                "the count; movements stamped later still count",
                "StockCount",
                "StockMovementResult",
                201});
    router.add({"PUT",
                "/api/v1/inventory/thresholds",
                Access::Staff,
                kManagers,
                {},
                [&](Request& r) { return putThreshold(r, inventory); },
                "Set (or clear with null) the low-stock threshold of a sku in a store",
                "StockThreshold",
                "StockLevelEnvelope"});
    router.add({"GET",
                "/api/v1/inventory/as-of",
                Access::StaffOrDevice,
                {},
                {},
                [&](Request& r) { return getLevelAsOf(r, inventory); },
                "The stock of a sku in a store as of a past time, recomputed from the ledger: store_id, sku, at",
                "",
                "StockLevelAsOf"});
}

} // namespace tp::server::inventory
