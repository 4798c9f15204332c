#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/Pagination.h"
#include "core/ServerContext.h"
#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::catalog {

struct CategoryFields {
    std::string name;
    std::string slug; // unique per tenant; made from the name when not given
    std::optional<std::string> parentId;
    std::int64_t position = 0; // order among siblings
};

struct Category {
    std::string id;
    CategoryFields fields;
    std::int64_t version = 1;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;

    Poco::JSON::Object::Ptr toJson() const;
};

// The category tree of a tenant. A category's parent must exist, and an edit that would make a
// category its own ancestor is refused (400 naming parent_id), so the tree never has a cycle.
// Products belong to any number of categories (Products writes that link). Writes bump the
// version and append "category" to the change log.
class Categories {
public:
    explicit Categories(ServerContext& context)
        : m_context(context) {}

    tp::domain::Result<Category> create(const std::string& tenantId, const CategoryFields& fields, bool slugGiven);
    // Ordered by id, keyset pages; `parentId` "" lists the roots, none lists every category.
    tp::domain::Result<std::vector<Category>> list(const std::string& tenantId,
                                                   const std::optional<std::string>& parentId, const PageRequest& page);
    tp::domain::Result<Category> get(const std::string& tenantId, const std::string& id);
    tp::domain::Result<Category> update(const std::string& tenantId, const std::string& id,
                                        std::int64_t expectedVersion, const CategoryFields& fields,
                                        Poco::JSON::Object::Ptr& current);

    // Inside the caller's transaction. Without `slugGiven` a taken slug gets "-2", "-3", …
    static tp::domain::Result<Category> insert(db::Connection& connection, const std::string& tenantId,
                                               const std::string& id, CategoryFields fields, bool slugGiven,
                                               std::int64_t now);
    static tp::domain::Result<Category> load(db::Connection& connection, const std::string& tenantId,
                                             const std::string& id);
    // update() inside the caller's transaction.
    static tp::domain::Result<Category> applyUpdate(db::Connection& connection, const std::string& tenantId,
                                                    const std::string& id, std::int64_t expectedVersion,
                                                    const CategoryFields& fields, std::int64_t now,
                                                    Poco::JSON::Object::Ptr& current);
    // "not_found" naming `field[i]` for the first id that is no category of the tenant.
    static tp::domain::Result<void> checkExist(db::Connection& connection, const std::string& tenantId,
                                               const std::vector<std::string>& ids, const std::string& field);

    // PATCH semantics over `base`; "parent_id": null makes a root.
    static tp::domain::Result<CategoryFields> readFields(const Poco::JSON::Object::Ptr& body, CategoryFields base,
                                                         bool creating, bool& slugGiven);
    // "Summer Shoes & Socks" → "summer-shoes-socks" (ASCII letters and digits; "category" if none).
    static std::string slugOf(const std::string& name);

private:
    ServerContext& m_context;
};

} // namespace tp::server::catalog
