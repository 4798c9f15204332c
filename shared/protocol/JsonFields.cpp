#include "protocol/JsonFields.h"

#include "protocol/Rfc3339.h"

namespace tp::protocol {

using tp::domain::Error;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

bool isAbsent(const Poco::JSON::Object::Ptr& object, const std::string& name) {
    return !object->has(name) || object->isNull(name);
}

// Poco parses JSON numbers without a fraction or exponent as integers (Int64, or UInt64 when
// they exceed it) and the rest as double.
std::optional<std::int64_t> asInt64(const Poco::Dynamic::Var& value) {
    if (value.type() == typeid(Poco::Int64))
        return value.extract<Poco::Int64>();
    if (value.type() == typeid(Poco::Int32))
        return value.extract<Poco::Int32>();
    if (value.type() == typeid(Poco::UInt64)) {
        const auto unsignedValue = value.extract<Poco::UInt64>();
        if (unsignedValue <= static_cast<Poco::UInt64>(INT64_MAX))
            return static_cast<std::int64_t>(unsignedValue);
    }
    return std::nullopt;
}

std::string describe(const Poco::Dynamic::Var& value) {
    if (value.isEmpty())
        return "null";
    if (value.type() == typeid(bool))
        return "a boolean";
    if (value.isString())
        return "a string";
    if (value.type() == typeid(double) || value.type() == typeid(float))
        return "a decimal number";
    if (asInt64(value))
        return "a number";
    if (value.isNumeric())
        return "a number out of range";
    if (value.type() == typeid(Poco::JSON::Object::Ptr))
        return "an object";
    if (value.type() == typeid(Poco::JSON::Array::Ptr))
        return "an array";
    return "a value of another type";
}

} // namespace

Error invalidField(const std::string& path, const std::string& problem) {
    return makeError("invalid_request", path + " " + problem);
}

JsonFields::JsonFields(Poco::JSON::Object::Ptr object, std::string path)
    : m_object(std::move(object))
    , m_path(std::move(path)) {
    if (!m_object)
        m_object = new Poco::JSON::Object;
}

std::string JsonFields::pathOf(const std::string& name) const {
    return m_path.empty() ? name : m_path + "." + name;
}

Error JsonFields::invalid(const std::string& name, const std::string& problem) const {
    return invalidField(pathOf(name), problem);
}

bool JsonFields::has(const std::string& name) const {
    return !isAbsent(m_object, name);
}

JsonFields JsonFields::nested(Poco::JSON::Object::Ptr object, const std::string& name) const {
    return JsonFields(std::move(object), pathOf(name));
}

Result<std::size_t> JsonFields::forEachObject(const std::string& name,
                                              const std::function<Result<void>(const JsonFields&)>& each) const {
    auto array = optionalArray(name);
    if (!array)
        return array.error();
    if (!array.value())
        return std::size_t{0};
    for (std::size_t i = 0; i < array.value()->size(); ++i) {
        const std::string element = name + "[" + std::to_string(i) + "]";
        auto object = array.value()->getObject(static_cast<unsigned>(i));
        if (!object)
            return invalid(element, "must be an object");
        if (auto done = each(nested(object, element)); !done)
            return done.error();
    }
    return array.value()->size();
}

Result<std::string> JsonFields::requiredString(const std::string& name, std::size_t maxLength) const {
    if (isAbsent(m_object, name))
        return invalid(name, "is required");
    auto value = optionalString(name, maxLength);
    if (!value)
        return value.error();
    return std::move(*value.value());
}

Result<std::optional<std::string>> JsonFields::optionalString(const std::string& name, std::size_t maxLength) const {
    if (isAbsent(m_object, name))
        return std::optional<std::string>{};
    const Poco::Dynamic::Var value = m_object->get(name);
    if (!value.isString())
        return invalid(name, "must be a string, not " + describe(value));
    std::string text = value.extract<std::string>();
    if (text.size() > maxLength)
        return invalid(name, "must be at most " + std::to_string(maxLength) + " bytes long");
    return std::optional<std::string>(std::move(text));
}

Result<std::int64_t> JsonFields::requiredInteger(const std::string& name) const {
    if (isAbsent(m_object, name))
        return invalid(name, "is required");
    auto value = optionalInteger(name);
    if (!value)
        return value.error();
    return *value.value();
}

Result<std::optional<std::int64_t>> JsonFields::optionalInteger(const std::string& name) const {
    if (isAbsent(m_object, name))
        return std::optional<std::int64_t>{};
    const Poco::Dynamic::Var value = m_object->get(name);
    const auto integer = asInt64(value);
    if (!integer)
        return invalid(name, "must be an integer, not " + describe(value));
    return std::optional<std::int64_t>(*integer);
}

Result<bool> JsonFields::requiredBool(const std::string& name) const {
    if (isAbsent(m_object, name))
        return invalid(name, "is required");
    auto value = optionalBool(name);
    if (!value)
        return value.error();
    return *value.value();
}

Result<std::optional<bool>> JsonFields::optionalBool(const std::string& name) const {
    if (isAbsent(m_object, name))
        return std::optional<bool>{};
    const Poco::Dynamic::Var value = m_object->get(name);
    if (value.type() != typeid(bool))
        return invalid(name, "must be true or false, not " + describe(value));
    return std::optional<bool>(value.extract<bool>());
}

Result<Poco::JSON::Object::Ptr> JsonFields::requiredObject(const std::string& name) const {
    if (isAbsent(m_object, name))
        return invalid(name, "is required");
    return optionalObject(name);
}

Result<Poco::JSON::Object::Ptr> JsonFields::optionalObject(const std::string& name) const {
    if (isAbsent(m_object, name))
        return Poco::JSON::Object::Ptr{};
    const Poco::Dynamic::Var value = m_object->get(name);
    if (value.type() != typeid(Poco::JSON::Object::Ptr))
        return invalid(name, "must be an object, not " + describe(value));
    return value.extract<Poco::JSON::Object::Ptr>();
}

Result<Poco::JSON::Array::Ptr> JsonFields::optionalArray(const std::string& name) const {
    if (isAbsent(m_object, name))
        return Poco::JSON::Array::Ptr{};
    const Poco::Dynamic::Var value = m_object->get(name);
    if (value.type() != typeid(Poco::JSON::Array::Ptr))
        return invalid(name, "must be an array, not " + describe(value));
    return value.extract<Poco::JSON::Array::Ptr>();
}

Result<tp::domain::Money> JsonFields::requiredMoney(const std::string& name) const {
    if (isAbsent(m_object, name))
        return invalid(name, "is required");
    auto money = optionalMoney(name);
    if (!money)
        return money.error();
    return *money.value();
}

Result<std::optional<tp::domain::Money>> JsonFields::optionalMoney(const std::string& name) const {
    auto object = optionalObject(name);
    if (!object)
        return object.error();
    if (!object.value())
        return std::optional<tp::domain::Money>{};
    const JsonFields money = nested(object.value(), name);
    const Poco::Dynamic::Var amountValue =
        object.value()->has("amount") ? object.value()->get("amount") : Poco::Dynamic::Var();
    if (!amountValue.isEmpty() && !asInt64(amountValue))
        return money.invalid("amount",
                             "must be an integer number of minor units (cents), not " + describe(amountValue));
    auto amount = money.requiredInteger("amount");
    if (!amount)
        return amount.error();
    auto code = money.requiredString("currency", 3);
    if (!code)
        return code.error();
    auto currency = tp::domain::Currency::fromCode(code.value());
    if (!currency)
        return money.invalid("currency", "must be an ISO 4217 code such as EUR: " + currency.error().message);
    return std::optional<tp::domain::Money>(tp::domain::Money(amount.value(), currency.value()));
}

Result<std::vector<std::string>> readStrings(const Poco::JSON::Array::Ptr& array, const std::string& path,
                                             std::size_t maxItems, std::size_t maxLength) {
    if (array->size() > maxItems)
        return invalidField(path, "may hold at most " + std::to_string(maxItems) + " entries");
    std::vector<std::string> items;
    items.reserve(array->size());
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string element = path + "[" + std::to_string(i) + "]";
        const Poco::Dynamic::Var item = array->get(static_cast<unsigned>(i));
        if (!item.isString())
            return invalidField(element, "must be a string");
        std::string text = item.extract<std::string>();
        if (text.empty() || text.size() > maxLength)
            return invalidField(element, "must be 1 to " + std::to_string(maxLength) + " bytes long");
        items.push_back(std::move(text));
    }
    return items;
}

Result<std::optional<std::int64_t>> optionalTime(const JsonFields& fields, const std::string& name) {
    auto text = fields.optionalString(name, 64);
    if (!text)
        return text.error();
    if (!text.value())
        return std::optional<std::int64_t>{};
    auto at = parseRfc3339(*text.value(), fields.pathOf(name));
    if (!at)
        return at.error();
    return std::optional<std::int64_t>(tp::domain::unixMillis(at.value()));
}

} // namespace tp::protocol
