#include "coupons/CouponRequest.h"

#include <algorithm>
#include <cctype>

#include <Poco/JSON/Array.h>

#include "core/Validation.h"
#include "domain/money/Currency.h"
#include "protocol/Rfc3339.h"

namespace tp::server::coupons {

using protocol::invalidField;
using protocol::JsonFields;
using protocol::optionalTime;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

constexpr std::size_t kMaxSkus = 500;
constexpr std::size_t kMaxCategories = 100;

bool isCodeCharacter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

Result<std::optional<std::int64_t>> optionalLimit(const JsonFields& fields, const std::string& name) {
    auto limit = fields.optionalInteger(name);
    if (!limit)
        return limit.error();
    if (limit.value() && *limit.value() < 1)
        return invalidField(fields.pathOf(name), "must be at least 1 (leave it out for no limit)");
    return limit.value();
}

Result<std::vector<std::string>> optionalStrings(const JsonFields& fields, const std::string& name,
                                                 std::size_t maxItems, std::size_t maxLength) {
    auto array = fields.optionalArray(name);
    if (!array)
        return array.error();
    if (!array.value())
        return std::vector<std::string>{};
    auto items = protocol::readStrings(array.value(), fields.pathOf(name), maxItems, maxLength);
    if (!items)
        return items.error();
    std::vector<std::string> unique;
    for (std::string& item : items.value())
        if (std::find(unique.begin(), unique.end(), item) == unique.end())
            unique.push_back(std::move(item));
    return unique;
}

Poco::JSON::Array::Ptr stringArray(const std::vector<std::string>& items) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const std::string& item : items)
        array->add(item);
    return array;
}

// Reads the scalar rules: type, value, currency, minimum order, validity and limits.
Result<void> readRules(const JsonFields& fields, CouponRequest& coupon) {
    auto type = fields.requiredString("type", 16);
    if (!type)
        return type.error();
    if (type.value() != "percent" && type.value() != "fixed")
        return invalidField("data.type", "must be percent or fixed");
    coupon.type = type.value();
    auto value = fields.requiredInteger("value");
    if (!value)
        return value.error();
    if (value.value() <= 0)
        return invalidField("data.value", "must be more than 0");
    if (coupon.type == "percent" && value.value() > 10000)
        return invalidField("data.value", "is in basis points and may be at most 10000 (100 %)");
    coupon.value = value.value();
    auto currency = fields.optionalString("currency", 3);
    if (!currency)
        return currency.error();
    if (currency.value()) {
        if (auto known = tp::domain::Currency::fromCode(*currency.value()); !known)
            return invalidField("data.currency", "must be an ISO 4217 code such as EUR");
        coupon.currency = currency.value();
    }
    auto minimum = fields.optionalInteger("minimum_order");
    if (!minimum)
        return minimum.error();
    coupon.minimumOrder = minimum.value().value_or(0);
    if (coupon.minimumOrder < 0)
        return invalidField("data.minimum_order", "must not be below 0");
    if (!coupon.currency && coupon.type == "fixed")
        return invalidField("data.currency", "is required for a fixed amount off");
    if (!coupon.currency && coupon.minimumOrder > 0)
        return invalidField("data.currency", "is required with a minimum order");
    auto from = optionalTime(fields, "valid_from");
    if (!from)
        return from.error();
    auto until = optionalTime(fields, "valid_until");
    if (!until)
        return until.error();
    if (from.value() && until.value() && *until.value() <= *from.value())
        return invalidField("data.valid_until", "must be after valid_from");
    coupon.validFrom = from.value();
    coupon.validUntil = until.value();
    auto total = optionalLimit(fields, "max_redemptions");
    if (!total)
        return total.error();
    auto perCustomer = optionalLimit(fields, "max_redemptions_per_customer");
    if (!perCustomer)
        return perCustomer.error();
    coupon.maxRedemptions = total.value();
    coupon.maxRedemptionsPerCustomer = perCustomer.value();
    return {};
}

} // namespace

std::string normaliseCouponCode(std::string_view typed) {
    std::size_t begin = 0;
    std::size_t end = typed.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(typed[begin])))
        ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(typed[end - 1])))
        --end;
    std::string code(typed.substr(begin, end - begin));
    std::transform(code.begin(), code.end(), code.begin(),
                   [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); });
    return code;
}

Result<CouponRequest> CouponRequest::read(const JsonFields& fields) {
    CouponRequest coupon;
    auto id = fields.requiredString("id", 64);
    if (!id)
        return id.error();
    if (!looksLikeId(id.value()))
        return invalidField("data.id", "must be an id (UUID text)");
    coupon.id = id.value();
    auto code = fields.requiredString("code", 64);
    if (!code)
        return code.error();
    coupon.code = normaliseCouponCode(code.value());
    if (coupon.code.size() < 3 || coupon.code.size() > 32 ||
        !std::all_of(coupon.code.begin(), coupon.code.end(), isCodeCharacter))
        return invalidField("data.code", "must be 3 to 32 letters, digits, - or _");
    auto name = fields.optionalString("name", 100);
    if (!name)
        return name.error();
    coupon.name = name.value().value_or(coupon.code);
    if (coupon.name.empty())
        return invalidField("data.name", "must not be empty");
    if (auto rules = readRules(fields, coupon); !rules)
        return rules.error();
    auto skus = optionalStrings(fields, "skus", kMaxSkus, 64);
    if (!skus)
        return skus.error();
    coupon.skus = std::move(skus).value();
    auto categories = optionalStrings(fields, "category_ids", kMaxCategories, 36);
    if (!categories)
        return categories.error();
    for (std::size_t i = 0; i < categories->size(); ++i)
        if (!looksLikeId(categories.value()[i]))
            return invalidField("data.category_ids[" + std::to_string(i) + "]", "must be a category id");
    coupon.categoryIds = std::move(categories).value();
    auto status = fields.optionalString("status", 16);
    if (!status)
        return status.error();
    coupon.status = status.value().value_or("active");
    if (coupon.status != "active" && coupon.status != "archived")
        return invalidField("data.status", "must be active or archived");
    auto version = fields.optionalInteger("version");
    if (!version)
        return version.error();
    coupon.version = version.value();
    return coupon;
}

Poco::JSON::Object::Ptr CouponRequest::toJson(std::int64_t storedVersion, std::int64_t createdAt,
                                              std::int64_t updatedAt) const {
    const auto rfc3339 = [](std::int64_t millis) {
        return protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(millis));
    };
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", id);
    json->set("code", code);
    json->set("name", name);
    json->set("type", type);
    json->set("value", value);
    if (currency)
        json->set("currency", *currency);
    if (validFrom)
        json->set("valid_from", rfc3339(*validFrom));
    if (validUntil)
        json->set("valid_until", rfc3339(*validUntil));
    json->set("minimum_order", minimumOrder);
    if (maxRedemptions)
        json->set("max_redemptions", *maxRedemptions);
    if (maxRedemptionsPerCustomer)
        json->set("max_redemptions_per_customer", *maxRedemptionsPerCustomer);
    json->set("skus", stringArray(skus));
    json->set("category_ids", stringArray(categoryIds));
    json->set("status", status);
    json->set("version", storedVersion);
    json->set("created_at", rfc3339(createdAt));
    json->set("updated_at", rfc3339(updatedAt));
    return json;
}

Result<tp::domain::Coupon> domainCoupon(const Poco::JSON::Object::Ptr& stored) {
    // The stored JSON was written by toJson above, so reading it again cannot fail on a field;
    // JsonFields still refuses anything that is not, rather than guessing.
    const JsonFields fields(stored, "coupon");
    tp::domain::Coupon coupon;
    auto code = fields.requiredString("code", 64);
    auto type = fields.requiredString("type", 16);
    auto value = fields.requiredInteger("value");
    auto minimum = fields.optionalInteger("minimum_order");
    auto total = fields.optionalInteger("max_redemptions");
    auto perCustomer = fields.optionalInteger("max_redemptions_per_customer");
    auto from = optionalTime(fields, "valid_from");
    auto until = optionalTime(fields, "valid_until");
    auto skus = optionalStrings(fields, "skus", kMaxSkus, 64);
    auto categories = optionalStrings(fields, "category_ids", kMaxCategories, 36);
    if (!code || !type || !value || !minimum || !total || !perCustomer || !from || !until || !skus || !categories)
        return makeError("internal_error", "a stored coupon could not be read back");
    coupon.code = code.value();
    coupon.type = type.value() == "fixed" ? tp::domain::Coupon::Type::Fixed : tp::domain::Coupon::Type::Percent;
    coupon.value = value.value();
    coupon.minimumOrder = minimum.value().value_or(0);
    coupon.maxRedemptions = total.value();
    coupon.maxRedemptionsPerCustomer = perCustomer.value();
    if (from.value())
        coupon.validFrom = tp::domain::timestampFromUnixMillis(*from.value());
    if (until.value())
        coupon.validUntil = tp::domain::timestampFromUnixMillis(*until.value());
    coupon.skus = std::move(skus).value();
    coupon.categoryIds = std::move(categories).value();
    return coupon;
}

} // namespace tp::server::coupons
