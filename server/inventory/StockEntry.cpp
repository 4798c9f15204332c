#include "inventory/StockEntry.h"

#include <array>

#include "domain/core/Timestamp.h"
#include "protocol/Rfc3339.h"

namespace tp::server::inventory {

namespace {

struct ReasonSign {
    std::string_view name;
    int sign;
};

constexpr std::array<ReasonSign, 7> kMovementReasons{{
    {"receipt", 1},
    {"refund", 1},
    {"transfer_in", 1},
    {"sale", -1},
    {"damage", -1},
    {"transfer_out", -1},
    {"adjustment", 0},
}};

std::string rfc3339(std::int64_t millis) {
    return protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(millis));
}

} // namespace

bool isMovementReason(std::string_view reason) {
    for (const ReasonSign& known : kMovementReasons) {
        if (known.name == reason)
            return true;
    }
    return false;
}

int signOfReason(std::string_view reason) {
    for (const ReasonSign& known : kMovementReasons) {
        if (known.name == reason)
            return known.sign;
    }
    return 0;
}

Poco::JSON::Object::Ptr StockEntry::toJson() const {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", id);
    json->set("mutation_id", mutationId);
    json->set("store_id", storeId);
    json->set("variant_id", variantId);
    json->set("sku", sku);
    json->set("reason", reason);
    json->set("delta_milli", deltaMilli);
    if (countedMilli)
        json->set("counted_milli", *countedMilli);
    json->set("occurred_at", rfc3339(occurredAt));
    json->set("created_at", rfc3339(createdAt));
    json->set("actor", actor);
    if (transferId)
        json->set("transfer_id", *transferId);
    return json;
}

} // namespace tp::server::inventory
