#include "catalog/ProductRecords.h"

#include <map>

#include <Poco/JSON/Array.h>

#include "catalog/CatalogKeys.h"
#include "core/Validation.h"
#include "protocol/JsonText.h"

namespace tp::server::catalog {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

constexpr const char* kProductColumns = "id, sku, name, description, status, price_amount, price_currency, tax_class, "
                                        "sold_by, attribute_set_id, attributes, options, images, version, "
                                        "created_at, updated_at";

// An IN list padded to one of a few lengths (repeating the last id), so lists of any length
// share a handful of cached statements.
struct IdList {
    std::string sql;
    db::SqlParams params;
};

IdList idList(const std::string& tenantId, const std::vector<std::string>& ids) {
    std::size_t padded = 1;
    while (padded < ids.size())
        padded *= 8;
    IdList list{"(" + placeholders(padded) + ")", {tenantId}};
    for (std::size_t i = 0; i < padded; ++i)
        list.params.push_back(ids[std::min(i, ids.size() - 1)]);
    return list;
}

std::string optionsText(const std::vector<ProductOption>& options) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const ProductOption& option : options) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("name", option.name);
        Poco::JSON::Array::Ptr values = new Poco::JSON::Array;
        for (const std::string& value : option.values)
            values->add(value);
        entry->set("values", values);
        array->add(entry);
    }
    return protocol::toJsonText(array);
}

std::vector<ProductOption> optionsFromText(const std::string& text) {
    std::vector<ProductOption> options;
    auto array = protocol::parseJsonArray(text);
    if (!array)
        return options;
    for (std::size_t i = 0; i < array.value()->size(); ++i) {
        auto entry = array.value()->getObject(static_cast<unsigned>(i));
        if (!entry)
            continue;
        ProductOption option{entry->optValue<std::string>("name", ""), {}};
        if (auto values = entry->getArray("values")) {
            for (std::size_t v = 0; v < values->size(); ++v)
                option.values.push_back(values->getElement<std::string>(static_cast<unsigned>(v)));
        }
        options.push_back(std::move(option));
    }
    return options;
}

std::string variantOptionsText(const std::map<std::string, std::string>& options) {
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object;
    for (const auto& [name, value] : options)
        object->set(name, value);
    return protocol::toJsonText(object);
}

Product productFromRow(const db::SqlRow& row) {
    Product product;
    product.id = row.text("id");
    ProductFields& fields = product.fields;
    fields.sku = row.text("sku");
    fields.name = row.text("name");
    fields.description = row.text("description");
    fields.status = row.text("status");
    fields.priceAmount = row.integer("price_amount");
    fields.currency = row.text("price_currency");
    fields.taxClass = row.text("tax_class");
    fields.soldBy = row.text("sold_by");
    fields.attributeSetId = row.optionalText("attribute_set_id");
    auto attributes = protocol::parseJsonObject(row.text("attributes"));
    fields.attributes = attributes ? attributes.value() : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    fields.options = optionsFromText(row.text("options"));
    if (auto images = protocol::parseJsonArray(row.text("images"))) {
        for (std::size_t i = 0; i < images.value()->size(); ++i) {
            const auto image = images.value()->getObject(static_cast<unsigned>(i));
            if (image)
                fields.images.push_back(
                    {image->optValue<std::string>("sha256", ""), image->optValue<std::string>("alt", "")});
        }
    }
    product.version = row.integer("version");
    product.createdAt = row.integer("created_at");
    product.updatedAt = row.integer("updated_at");
    return product;
}

// Adds to loaded products their variants (with barcodes and store prices) and categories.
Result<void> attachParts(db::Connection& connection, const IdList& list, std::map<std::string, Product>& byId) {
    auto variants = connection.execute("SELECT id, product_id, sku, options, price_amount, status "
                                       "FROM product_variants WHERE tenant_id = ? AND product_id IN " +
                                           list.sql + " ORDER BY product_id, position",
                                       list.params);
    if (!variants)
        return variants.error();
    for (const auto& row : variants->rows()) {
        auto product = byId.find(row.text("product_id"));
        if (product == byId.end())
            continue;
        Variant variant;
        variant.id = row.text("id");
        variant.sku = row.text("sku");
        if (auto options = protocol::parseJsonObject(row.text("options"))) {
            for (const auto& [name, value] : *options.value())
                variant.options[name] = value.toString();
        }
        variant.priceAmount = row.optionalInteger("price_amount");
        variant.status = row.text("status");
        product->second.fields.variants.push_back(std::move(variant));
    }
    std::map<std::string, Variant*> variantsById;
    for (auto& [id, product] : byId) {
        for (Variant& variant : product.fields.variants)
            variantsById[variant.id] = &variant;
    }

    auto barcodes =
        connection.execute("SELECT variant_id, barcode FROM variant_barcodes WHERE tenant_id = ? AND product_id IN " +
                               list.sql + " ORDER BY position",
                           list.params);
    if (!barcodes)
        return barcodes.error();
    for (const auto& row : barcodes->rows()) {
        if (auto variant = variantsById.find(row.text(0)); variant != variantsById.end())
            variant->second->barcodes.push_back(row.text(1));
    }
    auto prices = connection.execute("SELECT variant_id, store_id, amount, currency FROM variant_store_prices "
                                     "WHERE tenant_id = ? AND product_id IN " +
                                         list.sql + " ORDER BY store_id",
                                     list.params);
    if (!prices)
        return prices.error();
    for (const auto& row : prices->rows()) {
        if (auto variant = variantsById.find(row.text(0)); variant != variantsById.end())
            variant->second->storePrices.push_back({row.text(1), row.integer(2), row.text(3)});
    }
    auto categories = connection.execute("SELECT product_id, category_id FROM product_categories "
                                         "WHERE tenant_id = ? AND product_id IN " +
                                             list.sql + " ORDER BY category_id",
                                         list.params);
    if (!categories)
        return categories.error();
    for (const auto& row : categories->rows()) {
        if (auto product = byId.find(row.text(0)); product != byId.end())
            product->second.fields.categoryIds.push_back(row.text(1));
    }
    return {};
}

Result<void> writeCategories(db::Connection& connection, const std::string& tenantId, const Product& product) {
    auto cleared = connection.execute("DELETE FROM product_categories WHERE tenant_id = ? AND product_id = ?",
                                      {tenantId, product.id});
    if (!cleared)
        return cleared.error();
    if (product.fields.categoryIds.empty())
        return {};
    std::string sql = "INSERT INTO product_categories (tenant_id, product_id, category_id) VALUES ";
    db::SqlParams params;
    for (std::size_t i = 0; i < product.fields.categoryIds.size(); ++i) {
        sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
        params.insert(params.end(), {tenantId, product.id, product.fields.categoryIds[i]});
    }
    auto inserted = connection.execute(sql, params);
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> writeVariants(db::Connection& connection, const std::string& tenantId, Product& product, bool isNew,
                           const std::function<std::string()>& newId) {
    std::map<std::string, std::string> storedSkus; // id → sku
    if (!isNew) {
        auto stored = connection.execute("SELECT id, sku FROM product_variants WHERE tenant_id = ? AND product_id = ?",
                                         {tenantId, product.id});
        if (!stored)
            return stored.error();
        for (const auto& row : stored->rows())
            storedSkus[row.text(0)] = row.text(1);
        // Variants trading skus within the product: park the changed ones on a sku no real one
        // can have ('~' is not a sku character) before setting the new skus.
        for (const Variant& variant : product.fields.variants) {
            const auto found = storedSkus.find(variant.id);
            if (found == storedSkus.end() || found->second == variant.sku)
                continue;
            auto parked = connection.execute("UPDATE product_variants SET sku = ? WHERE tenant_id = ? AND id = ?",
                                             {"~" + variant.id, tenantId, variant.id});
            if (!parked)
                return parked.error();
        }
    }
    std::int64_t position = 0;
    for (Variant& variant : product.fields.variants) {
        const bool stored = !variant.id.empty() && storedSkus.count(variant.id);
        if (!stored) {
            variant.id = newId();
            auto inserted = connection.execute(
                "INSERT INTO product_variants (tenant_id, id, product_id, sku, sku_search, options, price_amount, "
                "status, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                {tenantId, variant.id, product.id, variant.sku, lowercase(variant.sku),
                 variantOptionsText(variant.options), db::sqlInt(variant.priceAmount), variant.status, position,
                 product.updatedAt, product.updatedAt});
            if (!inserted)
                return inserted.error();
        } else {
            auto updated = connection.execute(
                "UPDATE product_variants SET sku = ?, sku_search = ?, options = ?, price_amount = ?, status = ?, "
                "position = ?, updated_at = ? WHERE tenant_id = ? AND id = ?",
                {variant.sku, lowercase(variant.sku), variantOptionsText(variant.options),
                 db::sqlInt(variant.priceAmount), variant.status, position, product.updatedAt, tenantId, variant.id});
            if (!updated)
                return updated.error();
        }
        ++position;
    }
    return {};
}

} // namespace

Result<std::vector<Product>> ProductRecords::load(db::Connection& connection, const std::string& tenantId,
                                                  const std::vector<std::string>& ids) {
    std::vector<Product> products;
    if (ids.empty())
        return products;
    if (ids.size() > 512) {
        for (std::size_t start = 0; start < ids.size(); start += 512) {
            auto part = load(
                connection, tenantId,
                std::vector<std::string>(ids.begin() + static_cast<std::ptrdiff_t>(start),
                                         ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), start + 512))));
            if (!part)
                return part.error();
            products.insert(products.end(), part->begin(), part->end());
        }
        return products;
    }
    const IdList list = idList(tenantId, ids);
    auto rows = connection.execute(std::string("SELECT ") + kProductColumns +
                                       " FROM products WHERE tenant_id = ? AND id IN " + list.sql,
                                   list.params);
    if (!rows)
        return rows.error();
    std::map<std::string, Product> byId;
    for (const auto& row : rows->rows()) {
        Product product = productFromRow(row);
        byId.emplace(product.id, std::move(product));
    }
    if (auto attached = attachParts(connection, list, byId); !attached)
        return attached.error();
    for (const std::string& id : ids) {
        auto found = byId.find(id);
        if (found != byId.end())
            products.push_back(found->second);
    }
    return products;
}

Result<Product> ProductRecords::loadOne(db::Connection& connection, const std::string& tenantId,
                                        const std::string& id) {
    if (!looksLikeId(id))
        return makeError("not_found", "no product with id " + id);
    auto products = load(connection, tenantId, {id});
    if (!products)
        return products.error();
    if (products->empty())
        return makeError("not_found", "no product with id " + id);
    return products->front();
}

Result<void> ProductRecords::write(db::Connection& connection, const std::string& tenantId, Product& product,
                                   std::int64_t previousVersion, const std::function<std::string()>& newId) {
    const ProductFields& f = product.fields;
    const bool isNew = previousVersion == 0;
    const db::SqlParams values{
        f.sku,
        f.name,
        lowercase(f.name),
        f.description,
        f.status,
        f.priceAmount,
        f.currency,
        f.taxClass,
        f.soldBy,
        db::sqlText(f.attributeSetId),
        protocol::toJsonText(f.attributes ? f.attributes : Poco::JSON::Object::Ptr(new Poco::JSON::Object)),
        optionsText(f.options),
        protocol::toJsonText(imagesJson(f.images)),
        product.version,
        product.updatedAt};
    Result<db::SqlResult> written = db::SqlResult{};
    if (isNew) {
        db::SqlParams params{tenantId, product.id};
        params.insert(params.end(), values.begin(), values.end());
        params.push_back(product.createdAt);
        written = connection.execute(
            "INSERT INTO products (tenant_id, id, sku, name, name_search, description, status, price_amount, "
            "price_currency, tax_class, sold_by, attribute_set_id, attributes, options, images, version, updated_at, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            params);
    } else {
        db::SqlParams params = values;
        params.insert(params.end(), {tenantId, product.id, previousVersion});
        written = connection.execute(
            "UPDATE products SET sku = ?, name = ?, name_search = ?, description = ?, status = ?, price_amount = ?, "
            "price_currency = ?, tax_class = ?, sold_by = ?, attribute_set_id = ?, attributes = ?, options = ?, "
            "images = ?, version = ?, updated_at = ? WHERE tenant_id = ? AND id = ? AND version = ?",
            params);
    }
    if (!written) {
        if (written.error().code == "unique_violation")
            return makeError("sku_taken", "sku \"" + f.sku + "\" is already used by another product");
        return written.error();
    }
    if (!isNew && written->affectedRows() == 0)
        return makeError("version_conflict", "the product was changed by someone else meanwhile");

    std::vector<std::string> skus{f.sku};
    for (const Variant& variant : f.variants)
        skus.push_back(variant.sku);
    if (auto claimed = CatalogKeys::claimSkus(connection, tenantId, product.id, skus); !claimed)
        return claimed.error();
    if (auto variants = writeVariants(connection, tenantId, product, isNew, newId); !variants)
        return variants.error();
    std::vector<CatalogKeys::BarcodeOwner> barcodes;
    for (const Variant& variant : product.fields.variants) {
        for (const std::string& barcode : variant.barcodes)
            barcodes.push_back({barcode, variant.id});
    }
    if (auto claimed = CatalogKeys::claimBarcodes(connection, tenantId, product.id, barcodes); !claimed)
        return claimed.error();
    return writeCategories(connection, tenantId, product);
}

} // namespace tp::server::catalog
