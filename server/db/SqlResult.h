#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/SqlValue.h"

namespace tp::server::db {

// One row of a result. Columns are read by position or by name; asking for an integer of a
// text column (or the reverse) converts, NULL reads as 0 / "" unless read as optional.
class SqlRow {
public:
    SqlRow(const std::vector<std::string>* columns, std::vector<SqlValue> values);

    std::size_t size() const { return m_values.size(); }
    bool isNull(std::size_t index) const;
    std::int64_t integer(std::size_t index) const;
    std::string text(std::size_t index) const;
    std::optional<std::int64_t> optionalInteger(std::size_t index) const;
    std::optional<std::string> optionalText(std::size_t index) const;

    // By column name; an unknown name is a programming error (asserts).
    bool isNull(std::string_view column) const { return isNull(indexOf(column)); }
    std::int64_t integer(std::string_view column) const { return integer(indexOf(column)); }
    std::string text(std::string_view column) const { return text(indexOf(column)); }
    std::optional<std::int64_t> optionalInteger(std::string_view column) const {
        return optionalInteger(indexOf(column));
    }
    std::optional<std::string> optionalText(std::string_view column) const { return optionalText(indexOf(column)); }

    const SqlValue& value(std::size_t index) const { return m_values.at(index); }

private:
    friend class SqlResult; // re-points m_columns when the result is copied or moved

    std::size_t indexOf(std::string_view column) const;

    const std::vector<std::string>* m_columns;
    std::vector<SqlValue> m_values;
};

// The rows a statement returned (SELECT, or INSERT/UPDATE … RETURNING) and how many rows it
// changed.
class SqlResult {
public:
    SqlResult() = default;
    SqlResult(std::vector<std::string> columns, std::vector<std::vector<SqlValue>> rows, std::int64_t affectedRows);
    SqlResult(const SqlResult& other);
    SqlResult& operator=(const SqlResult& other);
    SqlResult(SqlResult&&) noexcept;
    SqlResult& operator=(SqlResult&&) noexcept;

    const std::vector<std::string>& columns() const { return m_columns; }
    const std::vector<SqlRow>& rows() const { return m_rows; }
    bool empty() const { return m_rows.empty(); }
    const SqlRow& first() const { return m_rows.front(); }
    std::int64_t affectedRows() const { return m_affectedRows; }

private:
    void rebind();

    std::vector<std::string> m_columns;
    std::vector<SqlRow> m_rows;
    std::int64_t m_affectedRows = 0;
};

} // namespace tp::server::db
