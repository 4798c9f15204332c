#include "campaigns/CampaignMutations.h"

#include "campaigns/CampaignRequest.h"
#include "control/AuditLog.h"
#include "protocol/JsonText.h"
#include "sync/ChangeLog.h"

namespace tp::server::campaigns {

using protocol::invalidField;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

struct StoredCampaign {
    std::int64_t version = 0;
    std::int64_t createdAt = 0;
    std::string data;
};

Result<std::optional<StoredCampaign>> storedCampaign(db::Connection& connection, const std::string& tenantId,
                                                     const std::string& id) {
    auto rows = connection.execute(
        "SELECT version, created_at, data FROM price_campaigns WHERE tenant_id = ? AND id = ?", {tenantId, id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<StoredCampaign>{};
    const auto& row = rows->first();
    return std::optional(StoredCampaign{row.integer(0), row.integer(1), row.text(2)});
}

// Every store and sku the campaign names must be the tenant's: a price for a sku that does not
// exist would never be sold at and nobody would be told.
Result<void> checkReferences(db::Connection& connection, const std::string& tenantId, const CampaignRequest& campaign) {
    for (std::size_t i = 0; i < campaign.storeIds.size(); ++i) {
        auto store =
            connection.execute("SELECT 1 FROM stores WHERE tenant_id = ? AND id = ?", {tenantId, campaign.storeIds[i]});
        if (!store)
            return store.error();
        if (store->empty())
            return invalidField("data.store_ids[" + std::to_string(i) + "]",
                                "is not a store of this shop: " + campaign.storeIds[i]);
    }
    for (std::size_t i = 0; i < campaign.prices.size(); ++i) {
        auto variant = connection.execute("SELECT 1 FROM product_variants WHERE tenant_id = ? AND sku = ?",
                                          {tenantId, campaign.prices[i].sku});
        if (!variant)
            return variant.error();
        if (variant->empty())
            return invalidField("data.prices[" + std::to_string(i) + "].sku",
                                "is not in the catalog: " + campaign.prices[i].sku);
    }
    return {};
}

Result<Poco::JSON::Object::Ptr> upsertCampaign(sync::MutationScope& scope) {
    const std::string& tenantId = scope.pusher.tenantId;
    if (auto allowed = scope.requireOwnerOrManager("define price campaigns"); !allowed)
        return allowed.error();
    auto campaign = CampaignRequest::read(protocol::JsonFields(scope.mutation.data, "data"));
    if (!campaign)
        return campaign.error();
    auto stored = storedCampaign(scope.connection, tenantId, campaign->id);
    if (!stored)
        return stored.error();
    std::int64_t nextVersion = 1;
    std::int64_t createdAt = scope.now;
    Poco::JSON::Object::Ptr before;
    if (!stored.value()) {
        if (campaign->version && *campaign->version != 0)
            return makeError("not_found", "data.id: no campaign " + campaign->id + " to edit at version " +
                                              std::to_string(*campaign->version));
    } else {
        const StoredCampaign& current = *stored.value();
        auto currentJson = protocol::parseJsonObject(current.data);
        if (!currentJson)
            return currentJson.error();
        before = currentJson.value();
        if (!campaign->version)
            return invalidField("data.version", "is required to edit an existing campaign");
        if (*campaign->version != current.version) {
            scope.current = before;
            return makeError("version_conflict", "the campaign was changed by someone else (version " +
                                                     std::to_string(current.version) + ", you edited " +
                                                     std::to_string(*campaign->version) + ")");
        }
        nextVersion = current.version + 1;
        createdAt = current.createdAt;
    }
    if (auto known = checkReferences(scope.connection, tenantId, campaign.value()); !known)
        return known.error();

    const Poco::JSON::Object::Ptr json = campaign->toJson(nextVersion, createdAt, scope.now);
    const std::string text = protocol::toJsonText(json);
    auto written = scope.connection.execute(
        "INSERT INTO price_campaigns (tenant_id, id, name, status, starts_at, ends_at, data, version, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, id) DO UPDATE SET name = "
        "excluded.name, status = excluded.status, starts_at = excluded.starts_at, ends_at = excluded.ends_at, "
        "data = excluded.data, version = excluded.version, updated_at = excluded.updated_at",
        {tenantId, campaign->id, campaign->name, campaign->status, campaign->startsAt, campaign->endsAt, text,
         nextVersion, createdAt, scope.now});
    if (!written)
        return written.error();
    if (auto published =
            sync::ChangeLog::publishUpsert(scope.connection, tenantId, "campaign", campaign->id, text, scope.now);
        !published)
        return published.error();
    // Prices are what a shop is audited on: who set which sale price when.
    const control::AuditEvent event{
        tenantId, scope.actor, before ? "campaign.update" : "campaign.create", "campaign:" + campaign->id,
        before,   json};
    if (auto audited = control::AuditLog::record(scope.connection, scope.newId(), scope.now, event); !audited)
        return audited.error();
    return sync::versionedResult("campaign_id", campaign->id, nextVersion);
}

} // namespace

void registerCampaignMutations(sync::MutationRegistry& registry) {
    registry.add("campaign.upsert", upsertCampaign);
}

} // namespace tp::server::campaigns
