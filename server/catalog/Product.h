#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

namespace tp::server::catalog {

// One axis a product varies along ("size": S, M, L); its variants pick one value of each.
struct ProductOption {
    std::string name;
    std::vector<std::string> values;
};

// A variant's price in one store, in that store's currency (currency checked on write).
struct StorePrice {
    std::string storeId;
    std::int64_t amount = 0;
    std::string currency;
};

// What is sold, scanned and stocked. A product without explicit variants has one, the
// default variant, carrying the product's sku.
struct Variant {
    std::string id; // empty until stored
    std::string sku;
    std::vector<std::string> barcodes; // as given; unique per tenant
    std::map<std::string, std::string> options;
    std::optional<std::int64_t> priceAmount; // none: the product's price (in its currency)
    std::string status = "active";           // "active" | "archived" (never deleted: orders refer to it)
    std::vector<StorePrice> storePrices;     // read-only here: edited through the price endpoints
    // Where the variant's fields came from, for messages: "variants[2]" in a request's list,
    // "" for the product's own sku and barcodes, "variant <sku>" for a stored one left as is.
    std::string path;
};

// The editable content of a product.
// An image of a product (ImageStore names it by its bytes' SHA-256), with its alt text.
struct ProductImage {
    std::string sha256;
    std::string alt;
};

struct ProductFields {
    std::string sku;
    std::string name;
    std::string description;
    std::string status = "active"; // "draft" | "active" | "archived"
    std::int64_t priceAmount = 0;  // minor units of `currency`
    std::string currency = "EUR";
    std::string taxClass = "standard";
    std::string soldBy = "piece"; // "piece" | "weight" (price per kilogram, qty in grams)
    std::vector<std::string> categoryIds;
    std::optional<std::string> attributeSetId;
    Poco::JSON::Object::Ptr attributes; // never null once read
    std::vector<ProductOption> options;
    std::vector<Variant> variants;
    std::vector<ProductImage> images; // in order: the first is the product's main image
};

// [{"sha256","alt"}], as products carry them on the wire and in the products.images column.
Poco::JSON::Array::Ptr imagesJson(const std::vector<ProductImage>& images);

struct Product {
    std::string id;
    ProductFields fields;
    std::int64_t version = 1;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;

    // The wire form (API.md): the product, its "variants" with their effective "price",
    // barcodes and per-store prices, and "barcodes" of the default variant for simple products.
    Poco::JSON::Object::Ptr toJson() const;

    // A product whose only variant is its default one (the variant carries the product's sku
    // and no options): product-level sku and barcodes edits apply to that variant.
    bool isSimple() const;
};

// {"amount": …, "currency": "…"} from stored parts.
Poco::JSON::Object::Ptr moneyJson(std::int64_t amount, const std::string& currency);

} // namespace tp::server::catalog
