#include "catalog/Products.h"

#include <algorithm>

#include "catalog/AttributeSets.h"
#include "catalog/Categories.h"
#include "catalog/ProductDocuments.h"
#include "catalog/ProductRecords.h"
#include "catalog/ProductRequest.h"
#include "control/AuditLog.h"
#include "control/Plans.h"
#include "core/Validation.h"
#include "protocol/JsonFields.h"

namespace tp::server::catalog {

using protocol::invalidField;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

// What needs the database: the categories exist, and the attributes fit the attribute set.
Result<void> checkReferences(db::Connection& connection, const std::string& tenantId, const ProductFields& fields) {
    if (auto categories = Categories::checkExist(connection, tenantId, fields.categoryIds, "category_ids"); !categories)
        return categories.error();
    if (!fields.attributeSetId) {
        if (fields.attributes && fields.attributes->size() > 0)
            return invalidField("attributes", "need an attribute_set_id whose attributes they are");
        return {};
    }
    auto set = AttributeSets::load(connection, tenantId, *fields.attributeSetId);
    if (!set)
        return makeError("not_found", "attribute_set_id: no attribute set with id " + *fields.attributeSetId);
    return set->check(fields.attributes ? fields.attributes : Poco::JSON::Object::Ptr(new Poco::JSON::Object));
}

// The prices of a product for the audit log: the base price and each variant's own price.
Poco::JSON::Object::Ptr pricesOf(const Product& product) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("sku", product.fields.sku);
    json->set("price", moneyJson(product.fields.priceAmount, product.fields.currency));
    Poco::JSON::Object::Ptr variants = new Poco::JSON::Object;
    for (const Variant& variant : product.fields.variants) {
        if (variant.priceAmount)
            variants->set(variant.sku, moneyJson(*variant.priceAmount, product.fields.currency));
    }
    json->set("variant_prices", variants);
    return json;
}

bool pricesDiffer(const Product& before, const Product& after) {
    if (before.fields.priceAmount != after.fields.priceAmount || before.fields.currency != after.fields.currency)
        return true;
    for (const Variant& variant : after.fields.variants) {
        for (const Variant& old : before.fields.variants) {
            if (old.id == variant.id && old.priceAmount != variant.priceAmount)
                return true;
        }
    }
    return false;
}

// The currency of one of the tenant's stores, or not_found.
Result<std::string> storeCurrency(db::Connection& connection, const std::string& tenantId, const std::string& storeId) {
    if (!looksLikeId(storeId))
        return makeError("not_found", "no store with id " + storeId);
    auto store = connection.execute("SELECT currency FROM stores WHERE tenant_id = ? AND id = ?", {tenantId, storeId});
    if (!store)
        return store.error();
    if (store->empty())
        return makeError("not_found", "no store with id " + storeId);
    return store->first().text(0);
}

// Sets the price `body` holds (in the store's currency) or, without a body, removes it.
// Returns the new price as money JSON (null when removed).
Result<Poco::JSON::Object::Ptr> writeStorePrice(db::Connection& connection, const std::string& tenantId,
                                                const std::string& productId, const std::string& variantId,
                                                const std::string& storeId, const std::string& currency,
                                                const Poco::JSON::Object::Ptr& body, std::int64_t now) {
    if (!body) {
        auto removed = connection.execute(
            "DELETE FROM variant_store_prices WHERE tenant_id = ? AND variant_id = ? AND store_id = ?",
            {tenantId, variantId, storeId});
        if (!removed)
            return removed.error();
        return Poco::JSON::Object::Ptr();
    }
    auto price = protocol::JsonFields(body).requiredMoney("price");
    if (!price)
        return price.error();
    if (price->isNegative())
        return invalidField("price.amount", "must not be negative");
    if (price->currency().code() != currency)
        return invalidField("price.currency",
                            "must be the store's currency " + currency + ", not " + price->currency().code());
    auto written = connection.execute(
        "INSERT INTO variant_store_prices (tenant_id, variant_id, store_id, product_id, amount, currency, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, variant_id, store_id) DO UPDATE "
        "SET amount = excluded.amount, currency = excluded.currency, updated_at = excluded.updated_at",
        {tenantId, variantId, storeId, productId, price->minorUnits(), currency, now});
    if (!written)
        return written.error();
    return moneyJson(price->minorUnits(), currency);
}

std::string prefixEnd(const std::string& prefix) {
    // Keys (skus, barcodes) are printable ASCII, all below 0x7f: [prefix, prefix + "\x7f")
    // holds exactly the keys starting with prefix, compared bytewise.
    return prefix + "\x7f";
}

std::string likePattern(const std::string& text) {
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            pattern.push_back('\\');
        pattern.push_back(c);
    }
    pattern.push_back('%');
    return pattern;
}

} // namespace

Result<Product> Products::insert(db::Connection& connection, ProductDocumentCache* cache, const std::string& tenantId,
                                 const std::function<std::string()>& newId, const ProductFields& fields,
                                 std::int64_t now, const std::string& id) {
    if (auto references = checkReferences(connection, tenantId, fields); !references)
        return references.error();
    if (auto within = control::Plans::consume(connection, tenantId, control::UsageMetric::Products); !within)
        return within.error();
    Product product{id.empty() ? newId() : id, fields, 1, now, now};
    if (auto written = ProductRecords::write(connection, tenantId, product, 0, newId); !written)
        return written.error();
    for (const Variant& variant : product.fields.variants) {
        for (const StorePrice& price : variant.storePrices) {
            auto inserted = connection.execute(
                "INSERT INTO variant_store_prices (tenant_id, variant_id, store_id, product_id, amount, currency, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                {tenantId, variant.id, price.storeId, product.id, price.amount, price.currency, now});
            if (!inserted)
                return inserted.error();
        }
    }
    return ProductDocuments::refresh(connection, cache, tenantId, product.id, now);
}

Result<Product> Products::create(const std::string& tenantId, const ProductFields& fields) {
    const std::int64_t now = m_context.nowMillis();
    ProductDocumentCache* cache = m_context.productDocuments.get();
    return m_context.database.transact<Product>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) {
            return insert(
                connection, cache, tenantId, [this] { return m_context.newId(); }, fields, now);
        });
}

Result<ProductPage> Products::list(const std::string& tenantId, const ProductQuery& query) {
    return m_context.database.transact<ProductPage>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read, [&](db::Connection& connection) -> Result<ProductPage> {
            // PostgreSQL compares text by the database's collation, which may ignore '-' or '.';
            // the prefix ranges need bytewise order (and 0006's indexes provide it there).
            const std::string bytewise = connection.backend() == db::Backend::Postgres ? " COLLATE \"C\"" : "";
            std::string sql = "SELECT p.id, p.document FROM products p WHERE p.tenant_id = ? AND p.id > ?";
            db::SqlParams params{tenantId, query.page.cursor.value_or("")};
            if (!query.status.empty()) {
                sql += " AND p.status = ?";
                params.push_back(query.status);
            }
            if (!query.categoryId.empty()) {
                sql += " AND EXISTS (SELECT 1 FROM product_categories pc WHERE pc.tenant_id = p.tenant_id "
                       "AND pc.product_id = p.id AND pc.category_id = ?)";
                params.push_back(query.categoryId);
            }
            if (!query.q.empty()) {
                const std::string lower = lowercase(query.q);
                sql += " AND (p.name_search LIKE ? ESCAPE '\\'"
                       " OR p.id IN (SELECT v.product_id FROM product_variants v WHERE v.tenant_id = ?"
                       " AND v.sku_search" +
                       bytewise + " >= ? AND v.sku_search" + bytewise +
                       " < ?)"
                       " OR p.id IN (SELECT b.product_id FROM variant_barcodes b WHERE b.tenant_id = ?"
                       " AND b.barcode" +
                       bytewise + " >= ? AND b.barcode" + bytewise + " < ?))";
                params.insert(params.end(), {likePattern(lower), tenantId, lower, prefixEnd(lower), tenantId, query.q,
                                             prefixEnd(query.q)});
            }
            sql += " ORDER BY p.id LIMIT ?";
            params.push_back(std::int64_t{query.page.limit});
            auto rows = connection.execute(sql, params);
            if (!rows)
                return rows.error();
            auto documents = ProductDocuments::fromRows(connection, tenantId, rows.value());
            if (!documents)
                return documents.error();
            return ProductPage{std::move(documents.value()),
                               rows->empty() ? std::string() : rows->rows().back().text(0)};
        });
}

Result<ProductDocumentCache::Document> Products::get(const std::string& tenantId, const std::string& id) {
    ProductDocumentCache* cache = m_context.productDocuments.get();
    ProductDocumentCache::Lookup cached;
    if (cache) {
        cached = cache->find(tenantId, id);
        if (cached.document)
            return cached.document;
    }
    // The generation was taken above, before this read began (ProductDocumentCache.h).
    auto read = m_context.database.transact<std::string>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) { return ProductDocuments::one(connection, tenantId, id); });
    if (!read)
        return read.error();
    auto document = std::make_shared<const std::string>(std::move(read).value());
    if (cache)
        cache->remember(tenantId, id, document, cached.generation);
    return document;
}

Result<Product> Products::update(const std::string& tenantId, const std::string& id,
                                 const Poco::JSON::Object::Ptr& body, const std::string& actor,
                                 Poco::JSON::Object::Ptr& current) {
    const std::int64_t now = m_context.nowMillis();
    ProductDocumentCache* cache = m_context.productDocuments.get();
    return m_context.database.transact<Product>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) {
            return applyUpdate(
                connection, cache, tenantId, id, body, actor, [this] { return m_context.newId(); }, now, current);
        });
}

Result<Product> Products::applyUpdate(db::Connection& connection, ProductDocumentCache* cache,
                                      const std::string& tenantId, const std::string& id,
                                      const Poco::JSON::Object::Ptr& body, const std::string& actor,
                                      const std::function<std::string()>& newId, std::int64_t now,
                                      Poco::JSON::Object::Ptr& current) {
    auto stored = ProductRecords::loadOne(connection, tenantId, id);
    if (!stored)
        return stored.error();
    auto version = protocol::JsonFields(body).requiredInteger("version");
    if (!version)
        return version.error();
    if (stored->version != version.value()) {
        current = stored->toJson();
        return makeError("version_conflict", "the product was changed by someone else (version " +
                                                 std::to_string(stored->version) + ", you edited " +
                                                 std::to_string(version.value()) + ")");
    }
    auto fields = ProductRequest::read(body, stored->fields, false);
    if (!fields)
        return fields.error();
    if (auto references = checkReferences(connection, tenantId, fields.value()); !references)
        return references.error();
    Product updated{id, fields.value(), stored->version + 1, stored->createdAt, now};
    if (auto written = ProductRecords::write(connection, tenantId, updated, stored->version, newId); !written)
        return written.error();
    if (pricesDiffer(stored.value(), updated)) {
        control::AuditEvent event{
            tenantId, actor, "product.price_change", "product:" + id, pricesOf(stored.value()), pricesOf(updated)};
        if (auto audited = control::AuditLog::record(connection, newId(), now, event); !audited)
            return audited.error();
    }
    return ProductDocuments::refresh(connection, cache, tenantId, id, now);
}

Result<Product> Products::setStorePrice(const std::string& tenantId, const std::string& productId,
                                        const std::string& variantId, const std::string& storeId,
                                        const Poco::JSON::Object::Ptr& body, const std::string& actor,
                                        Poco::JSON::Object::Ptr& current) {
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<Product>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<Product> {
            return applyStorePrice(
                connection, m_context.productDocuments.get(), [this] { return m_context.newId(); }, tenantId, productId,
                variantId, storeId, body, actor, now, current);
        });
}

Result<Product> Products::applyStorePrice(db::Connection& connection, ProductDocumentCache* cache,
                                          const std::function<std::string()>& newId, const std::string& tenantId,
                                          const std::string& productId, const std::string& variantId,
                                          const std::string& storeId, const Poco::JSON::Object::Ptr& body,
                                          const std::string& actor, std::int64_t now,
                                          Poco::JSON::Object::Ptr& current) {
    auto stored = ProductRecords::loadOne(connection, tenantId, productId);
    if (!stored)
        return stored.error();
    const auto variant = std::find_if(stored->fields.variants.begin(), stored->fields.variants.end(),
                                      [&](const Variant& v) { return v.id == variantId; });
    if (variant == stored->fields.variants.end())
        return makeError("not_found", "product " + productId + " has no variant " + variantId);
    auto currency = storeCurrency(connection, tenantId, storeId);
    if (!currency)
        return currency.error();
    if (body) {
        auto version = protocol::JsonFields(body).optionalInteger("version");
        if (!version)
            return version.error();
        if (version.value() && *version.value() != stored->version) {
            current = stored->toJson();
            return makeError("version_conflict", "the product was changed by someone else (version " +
                                                     std::to_string(stored->version) + ", you edited " +
                                                     std::to_string(*version.value()) + ")");
        }
    }
    Poco::JSON::Object::Ptr before;
    for (const StorePrice& price : variant->storePrices) {
        if (price.storeId == storeId)
            before = moneyJson(price.amount, price.currency);
    }
    auto after = writeStorePrice(connection, tenantId, productId, variantId, storeId, currency.value(), body, now);
    if (!after)
        return after.error();
    auto bumped = connection.execute("UPDATE products SET version = version + 1, updated_at = ? WHERE "
                                     "tenant_id = ? AND id = ? AND version = ?",
                                     {now, tenantId, productId, stored->version});
    if (!bumped)
        return bumped.error();
    if (bumped->affectedRows() == 0)
        return makeError("version_conflict", "the product was changed by someone else meanwhile");
    control::AuditEvent event{tenantId,
                              actor,
                              body ? "product.store_price_set" : "product.store_price_remove",
                              "product:" + productId + "/variant:" + variantId + "/store:" + storeId,
                              before,
                              after.value()};
    if (auto audited = control::AuditLog::record(connection, newId(), now, event); !audited)
        return audited.error();
    return ProductDocuments::refresh(connection, cache, tenantId, productId, now);
}

} // namespace tp::server::catalog
