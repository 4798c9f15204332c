#include "CatalogFiller.h"

#include <stdexcept>

#include "catalog/Products.h"

namespace tp::bench {

std::vector<std::string> fillCatalog(tp::server::ServerContext& context, const std::string& tenantId, int products,
                                     const std::string& skuPrefix) {
    static const char* const kWords[] = {"Organic", "Classic", "Linen",  "Merino",  "Espresso", "Walnut",
                                         "Alpine",  "Harbour", "Copper", "Juniper", "Velvet",   "Granite"};
    std::vector<std::string> ids;
    ids.reserve(static_cast<std::size_t>(products));
    constexpr int kBatch = 500;
    for (int start = 0; start < products; start += kBatch) {
        const int end = std::min(products, start + kBatch);
        std::vector<std::string> made; // per attempt: a retried transaction starts it over
        auto batch = context.database.transaction(
            tp::server::db::Scope::tenant(tenantId), tp::server::db::TransactionKind::Write,
            [&](tp::server::db::Connection& connection) -> tp::domain::Result<void> {
                made.clear();
                for (int i = start; i < end; ++i) {
                    tp::server::catalog::ProductFields fields;
                    fields.sku = skuPrefix + std::to_string(i);
                    fields.name = std::string(kWords[i % 12]) + " " + kWords[(i / 12) % 12] + " " + std::to_string(i);
                    fields.priceAmount = 199 + (i % 5000);
                    fields.currency = "EUR";
                    fields.taxClass = i % 3 == 0 ? "reduced" : "standard";
                    fields.attributes = new Poco::JSON::Object;
                    // Its default variant, as the API gives a product created without variants:
                    // stock, orders and scans all go through variants.
                    tp::server::catalog::Variant variant;
                    variant.sku = fields.sku;
                    fields.variants.push_back(variant);
                    auto product = tp::server::catalog::Products::insert(
                        connection, context.productDocuments.get(), tenantId, [&] { return context.newId(); }, fields,
                        context.nowMillis());
                    if (!product)
                        return product.error();
                    made.push_back(product->id);
                }
                return {};
            });
        if (!batch)
            throw std::runtime_error("filling the catalog failed: " + batch.error().message);
        ids.insert(ids.end(), made.begin(), made.end());
    }
    return ids;
}

} // namespace tp::bench
