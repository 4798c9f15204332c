#include "db/SqlResult.h"

#include <cassert>
#include <charconv>

namespace tp::server::db {

namespace {

// Integer reading of a text value: the whole text must be a base-10 int64, else 0 (the
// schema stores numbers as integers; a text column read as a number is a caller's slip).
std::int64_t parseInteger(const std::string& text) {
    std::int64_t value = 0;
    const auto* end = text.data() + text.size();
    const auto [where, error] = std::from_chars(text.data(), end, value);
    return error == std::errc{} && where == end ? value : 0;
}

} // namespace

SqlRow::SqlRow(const std::vector<std::string>* columns, std::vector<SqlValue> values)
    : m_columns(columns)
    , m_values(std::move(values)) {}

bool SqlRow::isNull(std::size_t index) const {
    return std::holds_alternative<std::monostate>(m_values.at(index));
}

std::int64_t SqlRow::integer(std::size_t index) const {
    return optionalInteger(index).value_or(0);
}

std::string SqlRow::text(std::size_t index) const {
    return optionalText(index).value_or(std::string{});
}

std::optional<std::int64_t> SqlRow::optionalInteger(std::size_t index) const {
    const SqlValue& value = m_values.at(index);
    if (const auto* number = std::get_if<std::int64_t>(&value))
        return *number;
    if (const auto* text = std::get_if<std::string>(&value))
        return parseInteger(*text);
    return std::nullopt;
}

std::optional<std::string> SqlRow::optionalText(std::size_t index) const {
    const SqlValue& value = m_values.at(index);
    if (const auto* text = std::get_if<std::string>(&value))
        return *text;
    if (const auto* number = std::get_if<std::int64_t>(&value))
        return std::to_string(*number);
    return std::nullopt;
}

std::size_t SqlRow::indexOf(std::string_view column) const {
    assert(m_columns != nullptr);
    for (std::size_t index = 0; index < m_columns->size(); ++index) {
        if ((*m_columns)[index] == column)
            return index;
    }
    assert(false && "SqlRow: no column of that name in the result");
    return m_values.size(); // out of range: value() and friends throw in release builds
}

SqlResult::SqlResult(std::vector<std::string> columns, std::vector<std::vector<SqlValue>> rows,
                     std::int64_t affectedRows)
    : m_columns(std::move(columns))
    , m_affectedRows(affectedRows) {
    m_rows.reserve(rows.size());
    for (auto& values : rows)
        m_rows.emplace_back(&m_columns, std::move(values));
}

SqlResult::SqlResult(const SqlResult& other)
    : m_columns(other.m_columns)
    , m_rows(other.m_rows)
    , m_affectedRows(other.m_affectedRows) {
    rebind();
}

SqlResult& SqlResult::operator=(const SqlResult& other) {
    if (this != &other) {
        m_columns = other.m_columns;
        m_rows = other.m_rows;
        m_affectedRows = other.m_affectedRows;
        rebind();
    }
    return *this;
}

SqlResult::SqlResult(SqlResult&& other) noexcept
    : m_columns(std::move(other.m_columns))
    , m_rows(std::move(other.m_rows))
    , m_affectedRows(other.m_affectedRows) {
    rebind();
}

SqlResult& SqlResult::operator=(SqlResult&& other) noexcept {
    if (this != &other) {
        m_columns = std::move(other.m_columns);
        m_rows = std::move(other.m_rows);
        m_affectedRows = other.m_affectedRows;
        rebind();
    }
    return *this;
}

// Rows point at their result's column names, so a copied or moved result re-points them.
void SqlResult::rebind() {
    for (auto& row : m_rows)
        row.m_columns = &m_columns;
}

} // namespace tp::server::db
