#include "stores/Stores.h"

#include "control/Plans.h"
#include "core/Validation.h"
#include "domain/money/Currency.h"
#include "protocol/JsonFields.h"
#include "protocol/JsonText.h"
#include "protocol/Rfc3339.h"
#include "sync/ChangeLog.h"

namespace tp::server::stores {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

constexpr const char* kColumns =
    "id, code, name, address, currency, locale, timezone, prices_include_tax, tax_rates, "
    "receipt_header, receipt_footer, loyalty_points_per_unit, created_at, updated_at, version";

std::string taxRatesText(const std::map<std::string, std::int32_t>& rates) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    for (const auto& [taxClass, bp] : rates)
        json->set(taxClass, bp);
    return protocol::toJsonText(json);
}

Store storeFromRow(const db::SqlRow& row) {
    Store store;
    store.id = row.text("id");
    store.fields.code = row.text("code");
    store.fields.name = row.text("name");
    if (auto address = protocol::parseJsonObject(row.text("address")))
        store.fields.address = address.value();
    store.fields.currency = row.text("currency");
    store.fields.locale = row.text("locale");
    store.fields.timezone = row.text("timezone");
    store.fields.pricesIncludeTax = row.integer("prices_include_tax") != 0;
    store.fields.taxRates.clear();
    if (auto rates = protocol::parseJsonObject(row.text("tax_rates"))) {
        for (const auto& [taxClass, value] : *rates.value())
            store.fields.taxRates[taxClass] = value.convert<std::int32_t>();
    }
    store.fields.receiptHeader = row.text("receipt_header");
    store.fields.receiptFooter = row.text("receipt_footer");
    store.fields.loyaltyPointsPerUnit = row.integer("loyalty_points_per_unit");
    store.createdAt = row.integer("created_at");
    store.updatedAt = row.integer("updated_at");
    store.version = row.integer("version");
    return store;
}

Result<Store> load(db::Connection& connection, const std::string& tenantId, const std::string& id) {
    if (!looksLikeId(id))
        return makeError("not_found", "no store with id " + id);
    auto rows = connection.execute(std::string("SELECT ") + kColumns + " FROM stores WHERE tenant_id = ? AND id = ?",
                                   {tenantId, id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError("not_found", "no store with id " + id);
    return storeFromRow(rows->first());
}

} // namespace

Poco::JSON::Object::Ptr Store::toJson() const {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", id);
    json->set("code", fields.code);
    json->set("name", fields.name);
    json->set("address", fields.address ? fields.address : Poco::JSON::Object::Ptr(new Poco::JSON::Object));
    json->set("currency", fields.currency);
    json->set("locale", fields.locale);
    json->set("timezone", fields.timezone);
    json->set("prices_include_tax", fields.pricesIncludeTax);
    Poco::JSON::Object::Ptr rates = new Poco::JSON::Object;
    for (const auto& [taxClass, bp] : fields.taxRates)
        rates->set(taxClass, bp);
    json->set("tax_rates", rates);
    json->set("receipt_header", fields.receiptHeader);
    json->set("loyalty_points_per_unit", fields.loyaltyPointsPerUnit);
    json->set("receipt_footer", fields.receiptFooter);
    json->set("version", version);
    json->set("created_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(createdAt)));
    json->set("updated_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(updatedAt)));
    return json;
}

Result<StoreFields> Stores::readFields(const Poco::JSON::Object::Ptr& body, StoreFields base, bool requireCodeAndName) {
    const protocol::JsonFields fields(body);
    if (requireCodeAndName || fields.has("code")) {
        auto code = fields.requiredString("code", 64);
        if (!code)
            return code.error();
        if (auto valid = checkCode(code.value(), "code"); !valid)
            return valid.error();
        base.code = code.value();
    }
    if (requireCodeAndName || fields.has("name")) {
        auto name = fields.requiredString("name", 200);
        if (!name)
            return name.error();
        if (auto valid = checkName(name.value(), "name"); !valid)
            return valid.error();
        base.name = name.value();
    }
    auto address = fields.optionalObject("address");
    if (!address)
        return address.error();
    if (address.value())
        base.address = address.value();
    auto currency = fields.optionalString("currency", 3);
    if (!currency)
        return currency.error();
    if (currency.value()) {
        if (auto known = tp::domain::Currency::fromCode(*currency.value()); !known)
            return protocol::invalidField("currency", "must be an ISO 4217 code: " + known.error().message);
        base.currency = *currency.value();
    }
    for (auto [name, target] :
         {std::pair{"locale", &base.locale}, std::pair{"timezone", &base.timezone},
          std::pair{"receipt_header", &base.receiptHeader}, std::pair{"receipt_footer", &base.receiptFooter}}) {
        auto value = fields.optionalString(name, 2000);
        if (!value)
            return value.error();
        if (value.value())
            *target = *value.value();
    }
    auto loyalty = fields.optionalInteger("loyalty_points_per_unit");
    if (!loyalty)
        return loyalty.error();
    if (loyalty.value()) {
        if (*loyalty.value() < 0 || *loyalty.value() > 1000)
            return protocol::invalidField("loyalty_points_per_unit", "must be 0 (no loyalty points) to 1000");
        base.loyaltyPointsPerUnit = *loyalty.value();
    }
    auto pricesIncludeTax = fields.optionalBool("prices_include_tax");
    if (!pricesIncludeTax)
        return pricesIncludeTax.error();
    if (pricesIncludeTax.value())
        base.pricesIncludeTax = *pricesIncludeTax.value();
    auto rates = fields.optionalObject("tax_rates");
    if (!rates)
        return rates.error();
    if (rates.value()) {
        std::map<std::string, std::int32_t> parsed;
        const protocol::JsonFields rateFields = fields.nested(rates.value(), "tax_rates");
        for (const auto& [taxClass, value] : *rates.value()) {
            (void)value;
            auto bp = rateFields.requiredInteger(taxClass);
            if (!bp)
                return bp.error();
            if (auto valid = checkCode(taxClass, "tax_rates key"); !valid)
                return valid.error();
            if (bp.value() < 0 || bp.value() > 10000)
                return protocol::invalidField(rateFields.pathOf(taxClass),
                                              "must be a rate in basis points from 0 to 10000 (1900 = 19 %)");
            parsed[taxClass] = static_cast<std::int32_t>(bp.value());
        }
        base.taxRates = parsed;
    }
    return base;
}

Result<Store> Stores::insert(db::Connection& connection, const std::string& tenantId, const std::string& id,
                             const StoreFields& fields, std::int64_t now) {
    if (auto within = control::Plans::consume(connection, tenantId, control::UsageMetric::Stores); !within)
        return within.error();
    auto inserted = connection.execute(
        "INSERT INTO stores (tenant_id, id, code, name, address, currency, locale, timezone, prices_include_tax, "
        "tax_rates, receipt_header, receipt_footer, loyalty_points_per_unit, created_at, updated_at, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        {tenantId, id, fields.code, fields.name,
         protocol::toJsonText(fields.address ? fields.address : Poco::JSON::Object::Ptr(new Poco::JSON::Object)),
         fields.currency, fields.locale, fields.timezone, std::int64_t{fields.pricesIncludeTax ? 1 : 0},
         taxRatesText(fields.taxRates), fields.receiptHeader, fields.receiptFooter, fields.loyaltyPointsPerUnit, now,
         now});
    if (!inserted) {
        if (inserted.error().code == "unique_violation")
            return makeError("conflict", "a store with code \"" + fields.code + "\" already exists");
        return inserted.error();
    }
    Store store{id, fields, 1, now, now};
    if (auto published =
            sync::ChangeLog::publishUpsert(connection, tenantId, "store", store.id, store.toJson(), now, store.id);
        !published)
        return published.error();
    return store;
}

Result<Store> Stores::create(const std::string& tenantId, const StoreFields& fields) {
    const std::string id = m_context.newId();
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<Store>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write,
        [&](db::Connection& connection) { return insert(connection, tenantId, id, fields, now); });
}

Result<std::vector<Store>> Stores::list(const std::string& tenantId) {
    return m_context.database.transact<std::vector<Store>>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::vector<Store>> {
            auto rows = connection.execute(
                std::string("SELECT ") + kColumns + " FROM stores WHERE tenant_id = ? ORDER BY code", {tenantId});
            if (!rows)
                return rows.error();
            std::vector<Store> stores;
            for (const auto& row : rows->rows())
                stores.push_back(storeFromRow(row));
            return stores;
        });
}

Result<Store> Stores::get(const std::string& tenantId, const std::string& id) {
    return m_context.database.transact<Store>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) { return load(connection, tenantId, id); });
}

Result<Store> Stores::update(const std::string& tenantId, const std::string& id, std::int64_t expectedVersion,
                             const StoreFields& fields, Poco::JSON::Object::Ptr& current) {
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<Store>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<Store> {
            return applyUpdate(connection, tenantId, id, expectedVersion, fields, now, current);
        });
}

Result<Store> Stores::loadStored(db::Connection& connection, const std::string& tenantId, const std::string& id) {
    return load(connection, tenantId, id);
}

Result<Store> Stores::applyUpdate(db::Connection& connection, const std::string& tenantId, const std::string& id,
                                  std::int64_t expectedVersion, const StoreFields& fields, std::int64_t now,
                                  Poco::JSON::Object::Ptr& current) {
    auto stored = load(connection, tenantId, id);
    if (!stored)
        return stored.error();
    if (stored->version != expectedVersion) {
        current = stored->toJson();
        return makeError("version_conflict", "the store was changed by someone else (version " +
                                                 std::to_string(stored->version) + ", you edited " +
                                                 std::to_string(expectedVersion) + ")");
    }
    Store updated{id, fields, stored->version + 1, stored->createdAt, now};
    auto written = connection.execute(
        "UPDATE stores SET code = ?, name = ?, address = ?, currency = ?, locale = ?, timezone = ?, "
        "prices_include_tax = ?, tax_rates = ?, receipt_header = ?, receipt_footer = ?, "
        "loyalty_points_per_unit = ?, updated_at = ?, version = ? WHERE tenant_id = ? AND id = ? AND version = "
        "?",
        {fields.code, fields.name,
         protocol::toJsonText(fields.address ? fields.address : Poco::JSON::Object::Ptr(new Poco::JSON::Object)),
         fields.currency, fields.locale, fields.timezone, std::int64_t{fields.pricesIncludeTax ? 1 : 0},
         taxRatesText(fields.taxRates), fields.receiptHeader, fields.receiptFooter, fields.loyaltyPointsPerUnit, now,
         updated.version, tenantId, id, expectedVersion});
    if (!written) {
        if (written.error().code == "unique_violation")
            return makeError("conflict", "a store with code \"" + fields.code + "\" already exists");
        return written.error();
    }
    if (auto published = sync::ChangeLog::publishUpsert(connection, tenantId, "store", updated.id, updated.toJson(),
                                                        now, updated.id);
        !published)
        return published.error();
    return updated;
}

} // namespace tp::server::stores
