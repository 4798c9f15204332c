#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "domain/core/Result.h"
#include "protocol/JsonFields.h"

namespace tp::server::campaigns {

// One sale price of a campaign: a variant (by sku) at `amount` minor units of `currency`,
// used in the stores of that currency.
struct CampaignPrice {
    std::string sku;
    std::int64_t amount = 0;
    std::string currency;
};

// A price campaign as the owner or a manager defines it (mutation "campaign.upsert"), checked
// field by field. On the wire and in the change feed it is
//   {"id","name","starts_at","ends_at","store_ids":[…],"prices":[{"sku","price":{"amount",
//    "currency"}}],"status":"active"|"archived","version","created_at","updated_at"}
// An empty store_ids means every store. The prices apply from starts_at (inclusive) to ends_at
// (exclusive); where campaigns overlap, a register sells at the lowest of their prices.
struct CampaignRequest {
    std::string id;
    std::string name;
    std::int64_t startsAt = 0; // unix ms
    std::int64_t endsAt = 0;
    std::vector<std::string> storeIds;
    std::vector<CampaignPrice> prices;
    std::string status = "active";
    std::optional<std::int64_t> version; // the version an edit started from

    static constexpr std::size_t kMaxPrices = 5000;
    static constexpr std::size_t kMaxStores = 500;

    static tp::domain::Result<CampaignRequest> read(const protocol::JsonFields& fields);
    Poco::JSON::Object::Ptr toJson(std::int64_t storedVersion, std::int64_t createdAt, std::int64_t updatedAt) const;
};

} // namespace tp::server::campaigns
