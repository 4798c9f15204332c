#include "db/PostgresPlaceholders.h"

namespace tp::server::db {

namespace {

bool identifierChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// Index just past a quoted run that opened at `open` with `quote`; a doubled quote inside is
// an escaped one, and in E'…' strings so is a backslash-escaped character.
std::size_t skipQuoted(std::string_view sql, std::size_t open, char quote, bool backslashEscapes) {
    std::size_t at = open + 1;
    while (at < sql.size()) {
        const char c = sql[at];
        if (backslashEscapes && c == '\\') {
            at += 2;
            continue;
        }
        if (c == quote) {
            if (at + 1 < sql.size() && sql[at + 1] == quote) {
                at += 2;
                continue;
            }
            return at + 1;
        }
        ++at;
    }
    return sql.size();
}

// Block comments nest in PostgreSQL.
std::size_t skipBlockComment(std::string_view sql, std::size_t open) {
    int depth = 0;
    std::size_t at = open;
    while (at < sql.size()) {
        if (sql.compare(at, 2, "/*") == 0) {
            ++depth;
            at += 2;
        } else if (sql.compare(at, 2, "*/") == 0) {
            at += 2;
            if (--depth == 0)
                return at;
        } else {
            ++at;
        }
    }
    return sql.size();
}

// The length of a dollar-quote opening tag ($$ or $name$) at `at`, or 0 when there is none.
std::size_t dollarTagLength(std::string_view sql, std::size_t at) {
    std::size_t end = at + 1;
    if (end < sql.size() && sql[end] >= '0' && sql[end] <= '9')
        return 0; // $1: a positional parameter, not a tag
    while (end < sql.size() && sql[end] != '$') {
        if (!identifierChar(sql[end]))
            return 0;
        ++end;
    }
    return end < sql.size() ? end - at + 1 : 0;
}

} // namespace

PostgresPlaceholders PostgresPlaceholders::rewrite(std::string_view sql) {
    PostgresPlaceholders out;
    out.sql.reserve(sql.size() + 16);
    std::size_t at = 0;
    while (at < sql.size()) {
        const char c = sql[at];
        const bool afterIdentifier = at > 0 && identifierChar(sql[at - 1]);
        std::size_t end = at + 1;
        if (c == '\'') {
            const bool escapes =
                at > 0 && (sql[at - 1] == 'E' || sql[at - 1] == 'e') && !(at > 1 && identifierChar(sql[at - 2]));
            end = skipQuoted(sql, at, '\'', escapes);
        } else if (c == '"') {
            end = skipQuoted(sql, at, '"', false);
        } else if (c == '-' && sql.compare(at, 2, "--") == 0) {
            end = sql.find('\n', at);
            end = end == std::string_view::npos ? sql.size() : end;
        } else if (c == '/' && sql.compare(at, 2, "/*") == 0) {
            end = skipBlockComment(sql, at);
        } else if (c == '$' && !afterIdentifier) {
            if (const std::size_t tagLength = dollarTagLength(sql, at); tagLength > 0) {
                const std::string_view tag = sql.substr(at, tagLength);
                const std::size_t close = sql.find(tag, at + tagLength);
                end = close == std::string_view::npos ? sql.size() : close + tagLength;
            }
        } else if (c == '?') {
            out.sql += '$';
            out.sql += std::to_string(++out.count);
            ++at;
            continue;
        }
        out.sql.append(sql.substr(at, end - at));
        at = end;
    }
    return out;
}

} // namespace tp::server::db
