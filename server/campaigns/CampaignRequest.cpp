#include "campaigns/CampaignRequest.h"

#include <algorithm>
#include <set>

#include <Poco/JSON/Array.h>

#include "core/Validation.h"
#include "domain/core/Timestamp.h"
#include "protocol/Rfc3339.h"

namespace tp::server::campaigns {

using protocol::invalidField;
using protocol::JsonFields;
using tp::domain::Result;

namespace {

Result<std::int64_t> requiredTime(const JsonFields& fields, const std::string& name) {
    auto time = protocol::optionalTime(fields, name);
    if (!time)
        return time.error();
    if (!time.value())
        return invalidField(fields.pathOf(name), "is required (an RFC 3339 time)");
    return *time.value();
}

Result<std::vector<std::string>> readStores(const JsonFields& fields) {
    auto array = fields.optionalArray("store_ids");
    if (!array)
        return array.error();
    if (!array.value())
        return std::vector<std::string>{};
    auto ids = protocol::readStrings(array.value(), fields.pathOf("store_ids"), CampaignRequest::kMaxStores, 36);
    if (!ids)
        return ids.error();
    std::vector<std::string> unique;
    for (std::size_t i = 0; i < ids->size(); ++i) {
        const std::string& id = ids.value()[i];
        if (!looksLikeId(id))
            return invalidField(fields.pathOf("store_ids") + "[" + std::to_string(i) + "]", "must be a store id");
        if (std::find(unique.begin(), unique.end(), id) == unique.end())
            unique.push_back(id);
    }
    return unique;
}

Result<std::vector<CampaignPrice>> readPrices(const JsonFields& fields) {
    std::vector<CampaignPrice> prices;
    std::set<std::pair<std::string, std::string>> seen; // sku, currency
    auto count = fields.forEachObject("prices", [&](const JsonFields& entry) -> Result<void> {
        if (prices.size() == CampaignRequest::kMaxPrices)
            return invalidField(fields.pathOf("prices"),
                                "may hold at most " + std::to_string(CampaignRequest::kMaxPrices) + " prices");
        auto sku = entry.requiredString("sku", 64);
        if (!sku)
            return sku.error();
        auto price = entry.requiredMoney("price");
        if (!price)
            return price.error();
        if (price->minorUnits() < 0)
            return invalidField(entry.pathOf("price") + ".amount", "must not be below 0");
        CampaignPrice item{sku.value(), price->minorUnits(), price->currency().code()};
        if (!seen.insert({item.sku, item.currency}).second)
            return invalidField(entry.pathOf("sku"),
                                "appears twice in " + item.currency + ": give each sku one campaign price");
        prices.push_back(std::move(item));
        return {};
    });
    if (!count)
        return count.error();
    if (prices.empty())
        return invalidField(fields.pathOf("prices"), "must hold at least one {\"sku\", \"price\"}");
    return prices;
}

} // namespace

Result<CampaignRequest> CampaignRequest::read(const JsonFields& fields) {
    CampaignRequest campaign;
    auto id = fields.requiredString("id", 64);
    if (!id)
        return id.error();
    if (!looksLikeId(id.value()))
        return invalidField(fields.pathOf("id"), "must be an id (UUID text)");
    campaign.id = id.value();
    auto name = fields.requiredString("name", 100);
    if (!name)
        return name.error();
    if (auto valid = checkName(name.value(), fields.pathOf("name")); !valid)
        return valid.error();
    campaign.name = name.value();
    auto starts = requiredTime(fields, "starts_at");
    if (!starts)
        return starts.error();
    auto ends = requiredTime(fields, "ends_at");
    if (!ends)
        return ends.error();
    if (ends.value() <= starts.value())
        return invalidField(fields.pathOf("ends_at"), "must be after starts_at");
    campaign.startsAt = starts.value();
    campaign.endsAt = ends.value();
    auto stores = readStores(fields);
    if (!stores)
        return stores.error();
    campaign.storeIds = std::move(stores).value();
    auto prices = readPrices(fields);
    if (!prices)
        return prices.error();
    campaign.prices = std::move(prices).value();
    auto status = fields.optionalString("status", 16);
    if (!status)
        return status.error();
    campaign.status = status.value().value_or("active");
    if (campaign.status != "active" && campaign.status != "archived")
        return invalidField(fields.pathOf("status"), "must be active or archived");
    auto version = fields.optionalInteger("version");
    if (!version)
        return version.error();
    campaign.version = version.value();
    return campaign;
}

Poco::JSON::Object::Ptr CampaignRequest::toJson(std::int64_t storedVersion, std::int64_t createdAt,
                                                std::int64_t updatedAt) const {
    const auto rfc3339 = [](std::int64_t millis) {
        return protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(millis));
    };
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", id);
    json->set("name", name);
    json->set("starts_at", rfc3339(startsAt));
    json->set("ends_at", rfc3339(endsAt));
    Poco::JSON::Array::Ptr stores = new Poco::JSON::Array;
    for (const std::string& store : storeIds)
        stores->add(store);
    json->set("store_ids", stores);
    Poco::JSON::Array::Ptr list = new Poco::JSON::Array;
    for (const CampaignPrice& item : prices) {
        Poco::JSON::Object::Ptr money = new Poco::JSON::Object;
        money->set("amount", item.amount);
        money->set("currency", item.currency);
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("sku", item.sku);
        entry->set("price", money);
        list->add(entry);
    }
    json->set("prices", list);
    json->set("status", status);
    json->set("version", storedVersion);
    json->set("created_at", rfc3339(createdAt));
    json->set("updated_at", rfc3339(updatedAt));
    return json;
}

} // namespace tp::server::campaigns
