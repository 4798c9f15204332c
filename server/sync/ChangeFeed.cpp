#include "sync/ChangeFeed.h"

#include <algorithm>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "http/JsonString.h"
#include "protocol/JsonText.h"

namespace tp::server::sync {

using tp::domain::Result;

namespace {

// A product as a register of `storeId` should hold it: per-store prices of other stores are
// none of its business (and could be many).
std::string productForStore(std::string data, const std::string& storeId) {
    // Only per-store price entries carry a store_id: a product without any (most of them) goes
    // out as stored, without a parse and a re-serialisation that cost more than the rest of
    // the page.
    if (data.find("\"store_id\"") == std::string::npos)
        return data;
    auto product = protocol::parseJsonObject(data);
    if (!product)
        return data;
    auto variants = product.value()->getArray("variants");
    if (!variants)
        return data;
    for (std::size_t i = 0; i < variants->size(); ++i) {
        auto variant = variants->getObject(static_cast<unsigned>(i));
        auto prices = variant ? variant->getArray("store_prices") : nullptr;
        if (!prices)
            continue;
        Poco::JSON::Array::Ptr kept = new Poco::JSON::Array;
        for (std::size_t p = 0; p < prices->size(); ++p) {
            auto price = prices->getObject(static_cast<unsigned>(p));
            if (price && price->optValue<std::string>("store_id", "") == storeId)
                kept->add(price);
        }
        variant->set("store_prices", kept);
    }
    return protocol::toJsonText(product.value());
}

} // namespace

Result<std::string> ChangeFeed::page(const http::Principal& caller, std::int64_t since, int limit) {
    const bool device = caller.kind == http::Principal::Kind::Device;
    return m_context.database.transact<std::string>(
        db::Scope::tenant(caller.tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::string> {
            std::string sql = "SELECT seq, entity, entity_id, op, data FROM change_log WHERE tenant_id = ? AND seq > ?";
            db::SqlParams params{caller.tenantId, since};
            if (device) {
                sql += " AND (store_id IS NULL OR store_id = ?)";
                params.emplace_back(caller.storeId);
            } else {
                // PIN hashes are for the registers that check them offline, not for every login
                // of the backoffice (a cashier could otherwise try PINs against a manager's).
                sql += " AND entity <> 'register_staff'";
            }
            sql += " ORDER BY seq LIMIT ?";
            params.emplace_back(std::int64_t{limit} + 1); // one more tells whether there is more
            auto rows = connection.execute(sql, params);
            if (!rows)
                return rows.error();
            const bool hasMore = rows->rows().size() > static_cast<std::size_t>(limit);
            const std::size_t count = hasMore ? static_cast<std::size_t>(limit) : rows->rows().size();
            std::int64_t cursor = since;
            std::string body = "{\"changes\":[";
            for (std::size_t i = 0; i < count; ++i) {
                const auto& row = rows->rows()[i];
                cursor = row.integer(0);
                const std::string entity = row.text(1);
                std::string data = row.isNull(4) ? std::string("{}") : row.text(4);
                if (device && entity == "product")
                    data = productForStore(std::move(data), caller.storeId);
                if (i > 0)
                    body.push_back(',');
                body.append("{\"data\":").append(data).append(",\"entity\":");
                http::appendJsonString(body, entity);
                body.append(",\"id\":");
                http::appendJsonString(body, row.text(2));
                body.append(",\"op\":");
                http::appendJsonString(body, row.text(3));
                body.append(",\"seq\":").append(std::to_string(cursor)).push_back('}');
            }
            // How far the log reaches as this page is read: a client's first sync shows how far
            // along it is (an upper bound for a register, which skips other stores' entries).
            auto latest = connection.execute("SELECT change_seq FROM tenant_counters WHERE tenant_id = ?",
                                             {caller.tenantId});
            if (!latest)
                return latest.error();
            const std::int64_t newest = latest->empty() ? cursor : std::max(cursor, latest->first().integer(0));
            body.append("],\"cursor\":\"").append(std::to_string(cursor)).append("\",\"has_more\":");
            body.append(hasMore ? "true" : "false");
            body.append(",\"latest\":\"").append(std::to_string(newest)).append("\"}");
            return body;
        });
}

} // namespace tp::server::sync
