#include "catalog/CatalogKeys.h"

#include <algorithm>
#include <set>

#include "domain/barcode/Gtin.h"
#include "protocol/JsonFields.h"

namespace tp::server::catalog {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

// Rows per multi-row INSERT: a few statement shapes for the statement cache, and well under
// SQLite's 32,766 parameters.
constexpr std::size_t kBatch = 64;

bool isGtinShaped(std::string_view text) {
    const bool digits = std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    return digits && (text.size() == 8 || text.size() == 12 || text.size() == 13 || text.size() == 14);
}

} // namespace

std::string placeholders(std::size_t count) {
    std::string text;
    text.reserve(count * 3);
    for (std::size_t i = 0; i < count; ++i)
        text.append(i == 0 ? "?" : ", ?");
    return text;
}

Result<std::string> CatalogKeys::barcodeKey(std::string_view barcode, const std::string& field) {
    if (barcode.empty() || barcode.size() > 64 ||
        std::any_of(barcode.begin(), barcode.end(), [](unsigned char c) { return c < 0x21 || c > 0x7e; }))
        return protocol::invalidField(field, "must be 1 to 64 printable ASCII characters without spaces");
    if (!isGtinShaped(barcode))
        return std::string(barcode);
    auto gtin = tp::domain::Gtin::parse(barcode);
    if (!gtin) {
        auto expected = tp::domain::Gtin::checkDigit(barcode.substr(0, barcode.size() - 1));
        return protocol::invalidField(field, "\"" + std::string(barcode) + "\" is not a valid GTIN: its check digit " +
                                                 "should be " + (expected ? std::to_string(expected.value()) : "?"));
    }
    return gtin->gtin14();
}

Result<void> CatalogKeys::claimSkus(db::Connection& connection, const std::string& tenantId,
                                    const std::string& productId, const std::vector<std::string>& skus) {
    auto released =
        connection.execute("DELETE FROM catalog_skus WHERE tenant_id = ? AND product_id = ?", {tenantId, productId});
    if (!released)
        return released.error();
    std::set<std::string> unique(skus.begin(), skus.end());
    std::vector<std::string> wanted(unique.begin(), unique.end());
    for (std::size_t start = 0; start < wanted.size(); start += kBatch) {
        const std::size_t count = std::min(kBatch, wanted.size() - start);
        std::string sql = "INSERT INTO catalog_skus (tenant_id, sku, product_id) VALUES ";
        db::SqlParams params;
        for (std::size_t i = 0; i < count; ++i) {
            sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
            params.insert(params.end(), {tenantId, wanted[start + i], productId});
        }
        sql.append(" ON CONFLICT (tenant_id, sku) DO NOTHING RETURNING sku");
        auto claimed = connection.execute(sql, params);
        if (!claimed)
            return claimed.error();
        if (claimed->rows().size() == count)
            continue;
        std::set<std::string> got;
        for (const auto& row : claimed->rows())
            got.insert(row.text(0));
        for (std::size_t i = 0; i < count; ++i) {
            if (!got.count(wanted[start + i]))
                return makeError("sku_taken", "sku \"" + wanted[start + i] + "\" is already used by another product");
        }
    }
    return {};
}

Result<void> CatalogKeys::claimBarcodes(db::Connection& connection, const std::string& tenantId,
                                        const std::string& productId, const std::vector<BarcodeOwner>& barcodes) {
    auto released = connection.execute("DELETE FROM variant_barcodes WHERE tenant_id = ? AND product_id = ?",
                                       {tenantId, productId});
    if (!released)
        return released.error();
    for (std::size_t start = 0; start < barcodes.size(); start += kBatch) {
        const std::size_t count = std::min(kBatch, barcodes.size() - start);
        std::string sql =
            "INSERT INTO variant_barcodes (tenant_id, barcode_key, barcode, variant_id, product_id, position) VALUES ";
        db::SqlParams params;
        std::vector<std::string> keys;
        for (std::size_t i = 0; i < count; ++i) {
            const BarcodeOwner& owner = barcodes[start + i];
            auto key = barcodeKey(owner.barcode, "barcodes");
            if (!key)
                return key.error();
            keys.push_back(key.value());
            sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?)");
            params.insert(params.end(), {tenantId, key.value(), owner.barcode, owner.variantId, productId,
                                         static_cast<std::int64_t>(start + i)});
        }
        sql.append(" ON CONFLICT (tenant_id, barcode_key) DO NOTHING RETURNING barcode_key");
        auto claimed = connection.execute(sql, params);
        if (!claimed)
            return claimed.error();
        if (claimed->rows().size() == count)
            continue;
        std::set<std::string> got;
        for (const auto& row : claimed->rows())
            got.insert(row.text(0));
        for (std::size_t i = 0; i < count; ++i) {
            if (got.count(keys[i]))
                continue;
            auto holder = connection.execute("SELECT v.sku FROM variant_barcodes b JOIN product_variants v "
                                             "ON v.tenant_id = b.tenant_id AND v.id = b.variant_id "
                                             "WHERE b.tenant_id = ? AND b.barcode_key = ?",
                                             {tenantId, keys[i]});
            if (!holder)
                return holder.error();
            const std::string sku = holder->empty() ? std::string("another product") : holder->first().text(0);
            return makeError("conflict",
                             "barcode " + barcodes[start + i].barcode + " is already used by sku \"" + sku + "\"");
        }
    }
    return {};
}

} // namespace tp::server::catalog
