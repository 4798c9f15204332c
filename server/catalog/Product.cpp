#include "catalog/Product.h"

#include <Poco/JSON/Array.h>

#include "domain/core/Timestamp.h"
#include "protocol/Rfc3339.h"

namespace tp::server::catalog {

namespace {

Poco::JSON::Array::Ptr stringArray(const std::vector<std::string>& items) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const std::string& item : items)
        array->add(item);
    return array;
}

std::string rfc3339(std::int64_t millis) {
    return protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(millis));
}

Poco::JSON::Object::Ptr variantJson(const Variant& variant, const ProductFields& product) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", variant.id);
    json->set("sku", variant.sku);
    json->set("barcodes", stringArray(variant.barcodes));
    Poco::JSON::Object::Ptr options = new Poco::JSON::Object;
    for (const auto& [name, value] : variant.options)
        options->set(name, value);
    json->set("options", options);
    json->set("price", moneyJson(variant.priceAmount.value_or(product.priceAmount), product.currency));
    json->set("inherits_price", !variant.priceAmount.has_value());
    json->set("status", variant.status);
    Poco::JSON::Array::Ptr storePrices = new Poco::JSON::Array;
    for (const StorePrice& price : variant.storePrices) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("store_id", price.storeId);
        entry->set("price", moneyJson(price.amount, price.currency));
        storePrices->add(entry);
    }
    json->set("store_prices", storePrices);
    return json;
}

} // namespace

Poco::JSON::Object::Ptr moneyJson(std::int64_t amount, const std::string& currency) {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("amount", amount);
    json->set("currency", currency);
    return json;
}

Poco::JSON::Array::Ptr imagesJson(const std::vector<ProductImage>& images) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const ProductImage& image : images) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("sha256", image.sha256);
        entry->set("alt", image.alt);
        array->add(entry);
    }
    return array;
}

bool Product::isSimple() const {
    return fields.variants.size() == 1 && fields.variants.front().sku == fields.sku &&
           fields.variants.front().options.empty();
}

Poco::JSON::Object::Ptr Product::toJson() const {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", id);
    json->set("sku", fields.sku);
    json->set("name", fields.name);
    json->set("description", fields.description);
    json->set("status", fields.status);
    json->set("price", moneyJson(fields.priceAmount, fields.currency));
    json->set("tax_class", fields.taxClass);
    json->set("sold_by", fields.soldBy);
    json->set("barcodes", stringArray(isSimple() ? fields.variants.front().barcodes : std::vector<std::string>{}));
    json->set("category_ids", stringArray(fields.categoryIds));
    json->set("attribute_set_id",
              fields.attributeSetId ? Poco::Dynamic::Var(*fields.attributeSetId) : Poco::Dynamic::Var());
    json->set("attributes", fields.attributes ? fields.attributes : Poco::JSON::Object::Ptr(new Poco::JSON::Object));
    json->set("images", imagesJson(fields.images));
    Poco::JSON::Array::Ptr options = new Poco::JSON::Array;
    for (const ProductOption& option : fields.options) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("name", option.name);
        entry->set("values", stringArray(option.values));
        options->add(entry);
    }
    json->set("options", options);
    Poco::JSON::Array::Ptr variants = new Poco::JSON::Array;
    for (const Variant& variant : fields.variants)
        variants->add(variantJson(variant, fields));
    json->set("variants", variants);
    json->set("version", version);
    json->set("created_at", rfc3339(createdAt));
    json->set("updated_at", rfc3339(updatedAt));
    return json;
}

} // namespace tp::server::catalog
