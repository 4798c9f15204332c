#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::catalog {

// The keys a tenant's catalog must keep unique: skus (products' and variants' alike) and
// barcodes. Both are claimed with INSERT … ON CONFLICT DO NOTHING RETURNING inside the
// product's write transaction, so two concurrent writers can never take the same key, and a
// failed claim leaves the transaction usable for the error answer.
class CatalogKeys {
public:
    // The unique key of a barcode, after checking its form: 1–64 printable ASCII characters;
    // one of 8, 12, 13 or 14 digits is a GTIN and must carry a valid GS1 check digit (its key is
    // the GTIN-14 form, so UPC-A and its EAN-13 spelling are one item). Errors name `field`.
    static tp::domain::Result<std::string> barcodeKey(std::string_view barcode, const std::string& field);

    // Makes `skus` exactly the skus `productId` holds: releases its others, claims these.
    // A sku another product holds → 409 "sku_taken" naming it.
    static tp::domain::Result<void> claimSkus(db::Connection& connection, const std::string& tenantId,
                                              const std::string& productId, const std::vector<std::string>& skus);

    struct BarcodeOwner {
        std::string barcode;
        std::string variantId;
    };
    // Makes `barcodes` exactly the barcodes of `productId`'s variants. A barcode another
    // product holds → 409 "conflict" naming the barcode and the sku that has it.
    static tp::domain::Result<void> claimBarcodes(db::Connection& connection, const std::string& tenantId,
                                                  const std::string& productId,
                                                  const std::vector<BarcodeOwner>& barcodes);
};

// "?, ?, ?" for `count` placeholders: used for IN lists and multi-row VALUES.
std::string placeholders(std::size_t count);

} // namespace tp::server::catalog
