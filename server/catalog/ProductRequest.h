#pragma once

#include <Poco/JSON/Object.h>

#include "catalog/Product.h"
#include "domain/core/Result.h"

namespace tp::server::catalog {

// Reads a product body (POST or PATCH) into ProductFields and checks everything that needs no
// database: types, codes, money, statuses, options and the variants against them, barcodes
// and their GTIN check digits, duplicates within the product. Every refusal is
// "invalid_request" naming the field by its path ("variants[2].price.amount").
//
// PATCH semantics: absent fields keep the value of `base`. "variants", when present, is the
// whole list: entries match stored variants by "id", else by "sku"; unmatched entries are new
// variants; stored variants left out are archived, never deleted (orders refer to them).
// Without "variants", a product gets (on create) or keeps its default variant, which follows
// the product's "sku" and "barcodes".
class ProductRequest {
public:
    static tp::domain::Result<ProductFields> read(const Poco::JSON::Object::Ptr& body, ProductFields base,
                                                  bool creating);

private:
    static tp::domain::Result<void> readVariants(const Poco::JSON::Array::Ptr& variants, const ProductFields& before,
                                                 ProductFields& fields);
    static tp::domain::Result<void> checkVariants(ProductFields& fields);
};

} // namespace tp::server::catalog
