#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/ServerContext.h"
#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::stores {

// The editable settings of a store: what a register needs to price and print a sale.
struct StoreFields {
    std::string code;
    std::string name;
    Poco::JSON::Object::Ptr address; // free-form: line1, line2, city, postal_code, country
    std::string currency = "EUR";
    std::string locale = "en";
    std::string timezone = "UTC";
    bool pricesIncludeTax = true;
    std::map<std::string, std::int32_t> taxRates{{"zero", 0}}; // tax class → basis points
    std::string receiptHeader;
    std::string receiptFooter;
    // Loyalty: points a customer earns for each whole unit of the currency paid (0: none).
    std::int64_t loyaltyPointsPerUnit = 0;
};

struct Store {
    std::string id;
    StoreFields fields;
    std::int64_t version = 1;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;

    Poco::JSON::Object::Ptr toJson() const;
};

// A tenant's stores (several per tenant; tenant state T3). Each write counts against the
// plan's store limit and appends to the change log, so registers learn prices, taxes and
// receipt texts.
class Stores {
public:
    explicit Stores(ServerContext& context)
        : m_context(context) {}

    // Inside the caller's transaction (tenant creation makes the first store this way).
    static tp::domain::Result<Store> insert(db::Connection& connection, const std::string& tenantId,
                                            const std::string& id, const StoreFields& fields, std::int64_t now);

    tp::domain::Result<Store> create(const std::string& tenantId, const StoreFields& fields);
    tp::domain::Result<std::vector<Store>> list(const std::string& tenantId);
    tp::domain::Result<Store> get(const std::string& tenantId, const std::string& id);
    // Optimistic concurrency: `expectedVersion` must be the current one, else 409
    // version_conflict whose "current" is the stored copy (returned through `current`).
    tp::domain::Result<Store> update(const std::string& tenantId, const std::string& id, std::int64_t expectedVersion,
                                     const StoreFields& fields, Poco::JSON::Object::Ptr& current);

    // update() inside the caller's transaction.
    static tp::domain::Result<Store> applyUpdate(db::Connection& connection, const std::string& tenantId,
                                                 const std::string& id, std::int64_t expectedVersion,
                                                 const StoreFields& fields, std::int64_t now,
                                                 Poco::JSON::Object::Ptr& current);
    // The stored store, inside the caller's transaction ("not_found" when the tenant has none).
    static tp::domain::Result<Store> loadStored(db::Connection& connection, const std::string& tenantId,
                                                const std::string& id);

    // Reads the writable fields of a request body over `base` (PATCH semantics: absent fields
    // keep their value). Validates codes, currency, rates.
    static tp::domain::Result<StoreFields> readFields(const Poco::JSON::Object::Ptr& body, StoreFields base,
                                                      bool requireCodeAndName);

private:
    ServerContext& m_context;
};

} // namespace tp::server::stores
