#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "domain/core/Result.h"
#include "domain/money/Money.h"

namespace tp::protocol {

// Typed reading of a request body's fields. Every refusal is "invalid_request" with a message
// that names the field by its full path ("variants[2].price.amount must be an integer number
// of minor units"), so a client developer can fix the call from the message alone.
//
// Types are strict: a string is not a number, 12.0 is not an integer (money and quantities
// are integers on the wire, never decimals), and null counts as absent for optional fields.
class JsonFields {
public:
    explicit JsonFields(Poco::JSON::Object::Ptr object, std::string path = {});

    tp::domain::Result<std::string> requiredString(const std::string& name, std::size_t maxLength = 1000) const;
    tp::domain::Result<std::optional<std::string>> optionalString(const std::string& name,
                                                                  std::size_t maxLength = 1000) const;
    tp::domain::Result<std::int64_t> requiredInteger(const std::string& name) const;
    tp::domain::Result<std::optional<std::int64_t>> optionalInteger(const std::string& name) const;
    tp::domain::Result<bool> requiredBool(const std::string& name) const;
    tp::domain::Result<std::optional<bool>> optionalBool(const std::string& name) const;
    tp::domain::Result<Poco::JSON::Object::Ptr> requiredObject(const std::string& name) const;
    // Absent or null → a null pointer.
    tp::domain::Result<Poco::JSON::Object::Ptr> optionalObject(const std::string& name) const;
    tp::domain::Result<Poco::JSON::Array::Ptr> optionalArray(const std::string& name) const;
    // {"amount": <integer minor units>, "currency": "EUR"}
    tp::domain::Result<tp::domain::Money> requiredMoney(const std::string& name) const;
    tp::domain::Result<std::optional<tp::domain::Money>> optionalMoney(const std::string& name) const;

    bool has(const std::string& name) const;
    // Fields of a nested object, whose errors carry the nested path.
    JsonFields nested(Poco::JSON::Object::Ptr object, const std::string& name) const;
    // Calls `each` with the fields of every object in the array `name` (absent or null: none),
    // in order, with paths like "lines[2]"; stops at the first error, its own or an element
    // that is not an object. Returns how many there were.
    tp::domain::Result<std::size_t>
    forEachObject(const std::string& name,
                  const std::function<tp::domain::Result<void>(const JsonFields&)>& each) const;
    // The path of a field for messages: "price.amount", "variants[2].sku".
    std::string pathOf(const std::string& name) const;

    const Poco::JSON::Object::Ptr& object() const { return m_object; }

private:
    tp::domain::Error invalid(const std::string& name, const std::string& problem) const;

    Poco::JSON::Object::Ptr m_object;
    std::string m_path;
};

// An optional RFC 3339 time field as unix milliseconds (absent or null: none); a malformed
// one is refused naming the field.
tp::domain::Result<std::optional<std::int64_t>> optionalTime(const JsonFields& fields, const std::string& name);

// The strings of a JSON array at `path`: each a non-empty string of at most `maxLength` bytes,
// at most `maxItems` of them; refusals name the element ("barcodes[3] must be a string").
tp::domain::Result<std::vector<std::string>> readStrings(const Poco::JSON::Array::Ptr& array, const std::string& path,
                                                         std::size_t maxItems, std::size_t maxLength);

// The error for a problem with a field at `path` (used where a value is checked beyond its
// type, e.g. a slug's pattern).
tp::domain::Error invalidField(const std::string& path, const std::string& problem);

} // namespace tp::protocol
