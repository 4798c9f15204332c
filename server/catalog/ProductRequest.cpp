#include "catalog/ProductRequest.h"

#include <algorithm>
#include <set>

#include <Poco/JSON/Array.h>

#include "catalog/CatalogKeys.h"
#include "catalog/ImageStore.h"
#include "core/Validation.h"
#include "protocol/JsonFields.h"

namespace tp::server::catalog {

using protocol::invalidField;
using protocol::JsonFields;
using protocol::readStrings;
using tp::domain::Result;

namespace {

constexpr std::size_t kMaxVariants = 1000;
constexpr std::size_t kMaxBarcodes = 50;
constexpr std::size_t kMaxImages = 20;
constexpr std::size_t kMaxOptions = 10;

std::string indexed(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

// `field` of a variant, named as the client sent it.
std::string fieldOf(const Variant& variant, const std::string& field) {
    if (variant.path.empty())
        return field;
    if (variant.path.rfind("variants[", 0) == 0)
        return variant.path + "." + field;
    return field + " of " + variant.path;
}

bool oneOf(const std::string& value, std::initializer_list<const char*> allowed) {
    return std::any_of(allowed.begin(), allowed.end(), [&](const char* item) { return value == item; });
}

Result<std::vector<ProductOption>> readOptions(const Poco::JSON::Array::Ptr& array) {
    if (array->size() > kMaxOptions)
        return invalidField("options", "may hold at most " + std::to_string(kMaxOptions) + " options");
    std::vector<ProductOption> options;
    std::set<std::string> names;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string path = indexed("options", i);
        auto object = array->getObject(static_cast<unsigned>(i));
        if (!object)
            return invalidField(path, "must be an object {\"name\", \"values\"}");
        const JsonFields option(object, path);
        auto name = option.requiredString("name", 50);
        if (!name)
            return name.error();
        if (auto valid = checkName(name.value(), option.pathOf("name"), 50); !valid)
            return valid.error();
        if (!names.insert(name.value()).second)
            return invalidField(option.pathOf("name"), "repeats the option \"" + name.value() + "\"");
        auto valuesArray = option.optionalArray("values");
        if (!valuesArray)
            return valuesArray.error();
        if (!valuesArray.value() || valuesArray.value()->size() == 0)
            return invalidField(option.pathOf("values"), "must list at least one value");
        auto values = readStrings(valuesArray.value(), option.pathOf("values"), 200, 100);
        if (!values)
            return values.error();
        std::set<std::string> seen;
        for (std::size_t v = 0; v < values->size(); ++v) {
            if (!seen.insert(values.value()[v]).second)
                return invalidField(indexed(option.pathOf("values"), v), "repeats \"" + values.value()[v] + "\"");
        }
        options.push_back({name.value(), values.value()});
    }
    return options;
}

Result<std::map<std::string, std::string>> readVariantOptions(const Poco::JSON::Object::Ptr& object,
                                                              const std::string& path) {
    std::map<std::string, std::string> options;
    for (const auto& [name, value] : *object) {
        if (!value.isString())
            return invalidField(path + "." + name, "must be a string");
        std::string text = value.extract<std::string>();
        if (name.empty() || name.size() > 50 || text.empty() || text.size() > 100)
            return invalidField(path + "." + name, "must be a name of 1 to 50 bytes with a value of 1 to 100 bytes");
        options[name] = std::move(text);
    }
    return options;
}

// Without an explicit "options", the product's options are the stored ones plus whatever
// new names and values its active variants use, in the order first seen.
void extendOptions(std::vector<ProductOption>& options, const std::vector<Variant>& variants) {
    for (const Variant& variant : variants) {
        if (variant.status != "active")
            continue;
        for (const auto& [name, value] : variant.options) {
            auto option =
                std::find_if(options.begin(), options.end(), [&](const ProductOption& o) { return o.name == name; });
            if (option == options.end()) {
                options.push_back({name, {}});
                option = std::prev(options.end());
            }
            if (std::find(option->values.begin(), option->values.end(), value) == option->values.end())
                option->values.push_back(value);
        }
    }
}

// An optional string field that must be one of `allowed`.
Result<void> readChoice(const JsonFields& fields, const std::string& name, const std::vector<std::string>& allowed,
                        std::string& target) {
    auto value = fields.optionalString(name, 20);
    if (!value)
        return value.error();
    if (!value.value())
        return {};
    if (std::find(allowed.begin(), allowed.end(), *value.value()) == allowed.end()) {
        std::string choices;
        for (const std::string& choice : allowed)
            choices += (choices.empty() ? "\"" : ", \"") + choice + "\"";
        return invalidField(name, "must be one of " + choices);
    }
    target = *value.value();
    return {};
}

// sku, name, description, price, tax_class, status, sold_by.
Result<void> readBasics(const JsonFields& fields, ProductFields& base, bool creating) {
    if (creating || fields.has("sku")) {
        auto sku = fields.requiredString("sku", 64);
        if (!sku)
            return sku.error();
        if (auto valid = checkCode(sku.value(), "sku"); !valid)
            return valid.error();
        base.sku = sku.value();
    }
    if (creating || fields.has("name")) {
        auto name = fields.requiredString("name", 200);
        if (!name)
            return name.error();
        if (auto valid = checkName(name.value(), "name"); !valid)
            return valid.error();
        base.name = name.value();
    }
    auto description = fields.optionalString("description", 10000);
    if (!description)
        return description.error();
    if (description.value())
        base.description = *description.value();
    if (creating || fields.has("price")) {
        auto price = fields.requiredMoney("price");
        if (!price)
            return price.error();
        if (price->isNegative())
            return invalidField("price.amount", "must not be negative");
        base.priceAmount = price->minorUnits();
        base.currency = price->currency().code();
    }
    auto taxClass = fields.optionalString("tax_class", 64);
    if (!taxClass)
        return taxClass.error();
    if (taxClass.value()) {
        if (auto valid = checkCode(*taxClass.value(), "tax_class"); !valid)
            return valid.error();
        base.taxClass = *taxClass.value();
    }
    if (auto status = readChoice(fields, "status", {"draft", "active", "archived"}, base.status); !status)
        return status;
    return readChoice(fields, "sold_by", {"piece", "weight"}, base.soldBy);
}

// category_ids, attribute_set_id (null clears it), attributes. Whether they exist and fit is
// checked against the database later (Products).
Result<void> readLinks(const JsonFields& fields, ProductFields& base) {
    auto categories = fields.optionalArray("category_ids");
    if (!categories)
        return categories.error();
    if (categories.value()) {
        auto ids = readStrings(categories.value(), "category_ids", 100, 36);
        if (!ids)
            return ids.error();
        base.categoryIds.clear();
        for (std::size_t i = 0; i < ids->size(); ++i) {
            const std::string& id = ids.value()[i];
            if (!looksLikeId(id))
                return invalidField(indexed("category_ids", i), "must be a category id");
            if (std::find(base.categoryIds.begin(), base.categoryIds.end(), id) == base.categoryIds.end())
                base.categoryIds.push_back(id);
        }
    }
    if (fields.object()->has("attribute_set_id") && fields.object()->isNull("attribute_set_id")) {
        base.attributeSetId.reset();
    } else {
        auto setId = fields.optionalString("attribute_set_id", 36);
        if (!setId)
            return setId.error();
        if (setId.value()) {
            if (!looksLikeId(*setId.value()))
                return invalidField("attribute_set_id", "must be an attribute set id");
            base.attributeSetId = *setId.value();
        }
    }
    auto attributes = fields.optionalObject("attributes");
    if (!attributes)
        return attributes.error();
    if (attributes.value())
        base.attributes = attributes.value();
    if (!base.attributes)
        base.attributes = new Poco::JSON::Object;
    return {};
}

// images: [{"sha256","alt"?}] in order, each an image's SHA-256 (uploaded before or after:
// ImageStore), at most kMaxImages, none twice.
Result<void> readImages(const JsonFields& fields, ProductFields& base) {
    if (!fields.has("images"))
        return {};
    std::vector<ProductImage> images;
    auto count = fields.forEachObject("images", [&](const JsonFields& entry) -> Result<void> {
        if (images.size() == kMaxImages)
            return invalidField("images", "may hold at most " + std::to_string(kMaxImages) + " images");
        auto sha256 = entry.requiredString("sha256", 64);
        if (!sha256)
            return sha256.error();
        if (!ImageStore::isSha256Hex(sha256.value()))
            return invalidField(entry.pathOf("sha256"), "must be the image's SHA-256 as 64 lower-case hex digits");
        auto alt = entry.optionalString("alt", 200);
        if (!alt)
            return alt.error();
        if (std::any_of(images.begin(), images.end(),
                        [&](const ProductImage& image) { return image.sha256 == sha256.value(); }))
            return invalidField(entry.pathOf("sha256"), "is in the list twice");
        images.push_back({sha256.value(), alt.value().value_or("")});
        return {};
    });
    if (!count)
        return count.error();
    base.images = std::move(images);
    return {};
}

// The fields of one entry of "variants" over `variant` (a stored one, or a new one).
Result<void> readVariantEntry(const JsonFields& entry, const std::string& currency, Variant& variant) {
    auto sku = entry.optionalString("sku", 64);
    if (!sku)
        return sku.error();
    if (sku.value()) {
        if (auto valid = checkCode(*sku.value(), entry.pathOf("sku")); !valid)
            return valid.error();
        variant.sku = *sku.value();
    }
    auto barcodes = entry.optionalArray("barcodes");
    if (!barcodes)
        return barcodes.error();
    if (barcodes.value()) {
        auto read = readStrings(barcodes.value(), entry.pathOf("barcodes"), kMaxBarcodes, 64);
        if (!read)
            return read.error();
        variant.barcodes = read.value();
    }
    auto options = entry.optionalObject("options");
    if (!options)
        return options.error();
    if (options.value()) {
        auto read = readVariantOptions(options.value(), entry.pathOf("options"));
        if (!read)
            return read.error();
        variant.options = read.value();
    }
    if (entry.object()->has("price") && entry.object()->isNull("price")) {
        variant.priceAmount.reset();
    } else {
        auto price = entry.optionalMoney("price");
        if (!price)
            return price.error();
        if (price.value()) {
            if (price.value()->isNegative())
                return invalidField(entry.pathOf("price.amount"), "must not be negative");
            if (price.value()->currency().code() != currency)
                return invalidField(entry.pathOf("price.currency"), "must be the product's currency " + currency);
            variant.priceAmount = price.value()->minorUnits();
        }
    }
    auto status = entry.optionalString("status", 20);
    if (!status)
        return status.error();
    if (status.value() && !oneOf(*status.value(), {"active", "archived"}))
        return invalidField(entry.pathOf("status"), "must be \"active\" or \"archived\"");
    variant.status = status.value() ? *status.value() : "active";
    return {};
}

} // namespace

Result<ProductFields> ProductRequest::read(const Poco::JSON::Object::Ptr& body, ProductFields base, bool creating) {
    const JsonFields fields(body);
    const ProductFields before = base;
    const bool wasSimple = !creating && before.variants.size() == 1 && before.variants.front().sku == before.sku &&
                           before.variants.front().options.empty();
    if (auto basics = readBasics(fields, base, creating); !basics)
        return basics.error();
    if (auto links = readLinks(fields, base); !links)
        return links.error();
    if (auto images = readImages(fields, base); !images)
        return images.error();

    auto options = fields.optionalArray("options");
    if (!options)
        return options.error();
    if (options.value()) {
        auto read = readOptions(options.value());
        if (!read)
            return read.error();
        base.options = read.value();
    }
    auto barcodesArray = fields.optionalArray("barcodes");
    if (!barcodesArray)
        return barcodesArray.error();
    std::optional<std::vector<std::string>> barcodes;
    if (barcodesArray.value()) {
        auto read = readStrings(barcodesArray.value(), "barcodes", kMaxBarcodes, 64);
        if (!read)
            return read.error();
        barcodes = read.value();
    }
    auto variants = fields.optionalArray("variants");
    if (!variants)
        return variants.error();
    if (variants.value()) {
        if (barcodes)
            return invalidField("barcodes", "belongs to products without variants; give each variant its barcodes");
        if (auto read = readVariants(variants.value(), before, base); !read)
            return read.error();
    } else if (creating || wasSimple) {
        if (creating && !base.options.empty())
            return invalidField("variants", "are required when the product has options");
        Variant variant = creating ? Variant{} : before.variants.front();
        variant.sku = base.sku;
        variant.path = "";
        if (barcodes)
            variant.barcodes = *barcodes;
        base.variants = {variant};
    } else if (barcodes) {
        return invalidField("barcodes", "belongs to products without variants; give each variant its barcodes");
    }

    if (!options.value())
        extendOptions(base.options, base.variants);
    if (auto checked = checkVariants(base); !checked)
        return checked.error();
    return base;
}

Result<void> ProductRequest::readVariants(const Poco::JSON::Array::Ptr& variants, const ProductFields& before,
                                          ProductFields& fields) {
    if (variants->size() == 0)
        return invalidField("variants", "must list at least one variant (leave it out for one default variant)");
    if (variants->size() > kMaxVariants)
        return invalidField("variants", "may hold at most " + std::to_string(kMaxVariants) + " variants");
    std::vector<bool> matched(before.variants.size(), false);
    std::vector<Variant> result;
    for (std::size_t i = 0; i < variants->size(); ++i) {
        const std::string path = indexed("variants", i);
        auto object = variants->getObject(static_cast<unsigned>(i));
        if (!object)
            return invalidField(path, "must be an object");
        const JsonFields entry(object, path);
        auto id = entry.optionalString("id", 36);
        if (!id)
            return id.error();
        auto sku = entry.optionalString("sku", 64);
        if (!sku)
            return sku.error();
        if (!id.value() && !sku.value())
            return invalidField(entry.pathOf("sku"), "is required");
        // An entry is a stored variant when its id (else its sku) names one.
        std::size_t match = before.variants.size();
        for (std::size_t k = 0; k < before.variants.size() && match == before.variants.size(); ++k) {
            const Variant& stored = before.variants[k];
            if (id.value() ? stored.id == *id.value() : stored.sku == *sku.value())
                match = k;
        }
        if (id.value() && match == before.variants.size())
            return invalidField(entry.pathOf("id"), "names no variant of this product");
        Variant variant;
        if (match < before.variants.size()) {
            if (matched[match])
                return invalidField(path, "lists variant " + before.variants[match].sku + " a second time");
            matched[match] = true;
            variant = before.variants[match];
        }
        variant.path = path;
        if (auto read = readVariantEntry(entry, fields.currency, variant); !read)
            return read.error();
        result.push_back(std::move(variant));
    }
    for (std::size_t k = 0; k < before.variants.size(); ++k) {
        if (matched[k])
            continue;
        Variant archived = before.variants[k];
        archived.status = "archived";
        archived.path = "variant " + archived.sku;
        result.push_back(std::move(archived));
    }
    fields.variants = std::move(result);
    return {};
}

Result<void> ProductRequest::checkVariants(ProductFields& fields) {
    std::set<std::string> skus;
    std::map<std::string, std::string> barcodeKeys; // key → sku of the variant holding it
    std::map<std::map<std::string, std::string>, std::string> combinations;
    for (Variant& variant : fields.variants) {
        if (!skus.insert(variant.sku).second)
            return invalidField(fieldOf(variant, "sku"), "repeats sku " + variant.sku + " of another variant");
        for (std::size_t j = 0; j < variant.barcodes.size(); ++j) {
            const std::string field = indexed(fieldOf(variant, "barcodes"), j);
            auto key = CatalogKeys::barcodeKey(variant.barcodes[j], field);
            if (!key)
                return key.error();
            if (auto [it, added] = barcodeKeys.emplace(key.value(), variant.sku); !added)
                return invalidField(field, "repeats barcode " + variant.barcodes[j] + " of variant " + it->second);
        }
        if (variant.status != "active")
            continue;
        for (const auto& [name, value] : variant.options) {
            const auto option = std::find_if(fields.options.begin(), fields.options.end(),
                                             [&](const ProductOption& o) { return o.name == name; });
            if (option == fields.options.end())
                return invalidField(fieldOf(variant, "options." + name), "is not one of the product's options");
            if (std::find(option->values.begin(), option->values.end(), value) == option->values.end())
                return invalidField(fieldOf(variant, "options." + name),
                                    "\"" + value + "\" is not one of the values of option " + name);
        }
        for (const ProductOption& option : fields.options) {
            if (!variant.options.count(option.name)) {
                if (variant.path.empty())
                    return invalidField("variants", "are required when the product has options");
                return invalidField(fieldOf(variant, "options." + option.name),
                                    "is required: the product varies by " + option.name);
            }
        }
        if (!fields.options.empty()) {
            if (auto [it, added] = combinations.emplace(variant.options, variant.sku); !added)
                return invalidField(fieldOf(variant, "options"), "repeats the options of variant " + it->second);
        }
    }
    return {};
}

} // namespace tp::server::catalog
