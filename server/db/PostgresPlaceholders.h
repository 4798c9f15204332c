#pragma once

#include <string>
#include <string_view>

namespace tp::server::db {

// A statement written with `?` placeholders, renumbered the way PostgreSQL wants them: $1, $2, …
//
// A `?` counts only where SQL would read it as a token: inside '…' (and E'…') string
// literals, "…" quoted identifiers, $tag$…$tag$ dollar-quoted bodies, -- line comments and
// /* … */ block comments it is left alone. PostgreSQL's own jsonb `?` operators cannot be
// written through this layer; use jsonb_exists() and friends instead.
struct PostgresPlaceholders {
    std::string sql;
    int count = 0;

    static PostgresPlaceholders rewrite(std::string_view sql);
};

} // namespace tp::server::db
