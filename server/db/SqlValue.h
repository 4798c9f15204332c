#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace tp::server::db {

// A value bound to a `?` placeholder or read from a column. Only what the schema uses:
// integers (money in minor units, qty_milli, unix-millisecond times, booleans as 0/1), text
// (ids, names, JSON documents) and NULL. No floating point, by design.
using SqlValue = std::variant<std::monostate, std::int64_t, std::string>;
using SqlParams = std::vector<SqlValue>;

inline SqlValue sqlNull() { return std::monostate{}; }
inline SqlValue sqlText(std::optional<std::string> text)
{
    return text ? SqlValue(std::move(*text)) : SqlValue(std::monostate{});
}
inline SqlValue sqlInt(std::optional<std::int64_t> value) { return value ? SqlValue(*value) : SqlValue(std::monostate{}); }

} // namespace tp::server::db
