#include "db/DatabaseUrl.h"

namespace tp::server::db {

tp::domain::Result<DatabaseUrl> DatabaseUrl::parse(std::string_view url) {
    using tp::domain::makeError;
    if (url == "sqlite::memory:")
        return DatabaseUrl{Backend::Sqlite, ":memory:", true};
    if (url.starts_with("sqlite:")) {
        constexpr std::string_view prefix = "sqlite://";
        if (!url.starts_with(prefix) || url.size() <= prefix.size() + 1 || url[prefix.size()] != '/')
            return makeError("invalid_database_url",
                             "a SQLite database URL is sqlite:///absolute/path.db or sqlite::memory:");
        return DatabaseUrl{Backend::Sqlite, std::string(url.substr(prefix.size())), false};
    }
    if (url.starts_with("postgresql://") || url.starts_with("postgres://"))
        return DatabaseUrl{Backend::Postgres, std::string(url), false};
    if (url.empty())
        return makeError("invalid_database_url", "no database URL is configured");
    return makeError("invalid_database_url",
                     "the database URL must start with sqlite:// , sqlite::memory: , postgresql:// or postgres://");
}

} // namespace tp::server::db
