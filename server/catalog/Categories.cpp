#include "catalog/Categories.h"

#include <set>

#include "catalog/CatalogKeys.h"
#include "core/Validation.h"
#include "protocol/JsonFields.h"
#include "protocol/Rfc3339.h"
#include "sync/ChangeLog.h"

namespace tp::server::catalog {

using protocol::invalidField;
using protocol::JsonFields;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

constexpr const char* kColumns = "id, parent_id, name, slug, position, version, created_at, updated_at";
// Deeper trees are refused; it also bounds the ancestor walk.
constexpr int kMaxDepth = 32;

Category fromRow(const db::SqlRow& row) {
    Category category;
    category.id = row.text("id");
    category.fields.parentId = row.optionalText("parent_id");
    category.fields.name = row.text("name");
    category.fields.slug = row.text("slug");
    category.fields.position = row.integer("position");
    category.version = row.integer("version");
    category.createdAt = row.integer("created_at");
    category.updatedAt = row.integer("updated_at");
    return category;
}

// The parent must exist, and `id` (when editing) must not be among its ancestors.
Result<void> checkParent(db::Connection& connection, const std::string& tenantId, const std::string& parentId,
                         const std::string& id) {
    if (parentId == id)
        return invalidField("parent_id", "cannot be the category itself");
    auto parent = Categories::load(connection, tenantId, parentId);
    if (!parent)
        return makeError("not_found", "parent_id: no category with id " + parentId);
    auto ancestors = connection.execute("WITH RECURSIVE ancestors (id, parent_id, depth) AS ("
                                        " SELECT id, parent_id, 1 FROM categories WHERE tenant_id = ? AND id = ?"
                                        " UNION ALL"
                                        " SELECT c.id, c.parent_id, a.depth + 1 FROM categories c JOIN ancestors a"
                                        " ON c.tenant_id = ? AND c.id = a.parent_id WHERE a.depth <= ?)"
                                        " SELECT id, depth FROM ancestors ORDER BY depth",
                                        {tenantId, parentId, tenantId, std::int64_t{kMaxDepth}});
    if (!ancestors)
        return ancestors.error();
    for (const auto& row : ancestors->rows()) {
        if (row.text(0) == id)
            return invalidField("parent_id", "would make the category " + id + " its own ancestor (a cycle)");
    }
    if (ancestors->rows().size() >= static_cast<std::size_t>(kMaxDepth))
        return invalidField("parent_id", "would nest categories more than " + std::to_string(kMaxDepth) + " deep");
    return {};
}

tp::domain::Error slugTaken(const std::string& slug) {
    return makeError("slug_taken", "a category with slug \"" + slug + "\" already exists");
}

} // namespace

Poco::JSON::Object::Ptr Category::toJson() const {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", id);
    json->set("name", fields.name);
    json->set("slug", fields.slug);
    json->set("parent_id", fields.parentId ? Poco::Dynamic::Var(*fields.parentId) : Poco::Dynamic::Var());
    json->set("position", fields.position);
    json->set("version", version);
    json->set("created_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(createdAt)));
    json->set("updated_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(updatedAt)));
    return json;
}

std::string Categories::slugOf(const std::string& name) {
    std::string slug;
    for (const char c : lowercase(name)) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            slug.push_back(c);
        else if (!slug.empty() && slug.back() != '-')
            slug.push_back('-');
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    if (slug.size() > 60)
        slug.resize(60);
    return slug.empty() ? std::string("category") : slug;
}

Result<CategoryFields> Categories::readFields(const Poco::JSON::Object::Ptr& body, CategoryFields base, bool creating,
                                              bool& slugGiven) {
    const JsonFields fields(body);
    if (creating || fields.has("name")) {
        auto name = fields.requiredString("name", 200);
        if (!name)
            return name.error();
        if (auto valid = checkName(name.value(), "name"); !valid)
            return valid.error();
        base.name = name.value();
    }
    auto slug = fields.optionalString("slug", 64);
    if (!slug)
        return slug.error();
    slugGiven = slug.value().has_value();
    if (slug.value()) {
        if (slug.value()->empty() ||
            slug.value()->find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
            return invalidField("slug", "must be 1 to 64 lowercase letters, digits or '-'");
        base.slug = *slug.value();
    } else if (creating) {
        base.slug = slugOf(base.name);
    }
    if (body->has("parent_id") && body->isNull("parent_id")) {
        base.parentId.reset();
    } else {
        auto parent = fields.optionalString("parent_id", 36);
        if (!parent)
            return parent.error();
        if (parent.value()) {
            if (!looksLikeId(*parent.value()))
                return invalidField("parent_id", "must be a category id");
            base.parentId = *parent.value();
        }
    }
    auto position = fields.optionalInteger("position");
    if (!position)
        return position.error();
    if (position.value())
        base.position = *position.value();
    return base;
}

Result<Category> Categories::insert(db::Connection& connection, const std::string& tenantId, const std::string& id,
                                    CategoryFields fields, bool slugGiven, std::int64_t now) {
    if (fields.parentId) {
        if (auto parent = checkParent(connection, tenantId, *fields.parentId, id); !parent)
            return parent.error();
    }
    const std::string stem = fields.slug;
    for (int attempt = 1;; ++attempt) {
        auto inserted = connection.execute(
            "INSERT INTO categories (tenant_id, id, parent_id, name, slug, position, version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT (tenant_id, slug) DO NOTHING RETURNING id",
            {tenantId, id, db::sqlText(fields.parentId), fields.name, fields.slug, fields.position, now, now});
        if (!inserted)
            return inserted.error();
        if (!inserted->empty())
            break;
        if (slugGiven || attempt >= 50)
            return slugTaken(fields.slug);
        fields.slug = stem + "-" + std::to_string(attempt + 1);
    }
    Category category{id, fields, 1, now, now};
    if (auto published =
            sync::ChangeLog::publishUpsert(connection, tenantId, "category", category.id, category.toJson(), now);
        !published)
        return published.error();
    return category;
}

Result<Category> Categories::load(db::Connection& connection, const std::string& tenantId, const std::string& id) {
    if (!looksLikeId(id))
        return makeError("not_found", "no category with id " + id);
    auto rows = connection.execute(
        std::string("SELECT ") + kColumns + " FROM categories WHERE tenant_id = ? AND id = ?", {tenantId, id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError("not_found", "no category with id " + id);
    return fromRow(rows->first());
}

Result<void> Categories::checkExist(db::Connection& connection, const std::string& tenantId,
                                    const std::vector<std::string>& ids, const std::string& field) {
    if (ids.empty())
        return {};
    db::SqlParams params{tenantId};
    params.insert(params.end(), ids.begin(), ids.end());
    auto rows = connection.execute(
        "SELECT id FROM categories WHERE tenant_id = ? AND id IN (" + placeholders(ids.size()) + ")", params);
    if (!rows)
        return rows.error();
    std::set<std::string> found;
    for (const auto& row : rows->rows())
        found.insert(row.text(0));
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (!found.count(ids[i]))
            return makeError("not_found", field + "[" + std::to_string(i) + "]: no category with id " + ids[i]);
    }
    return {};
}

Result<Category> Categories::create(const std::string& tenantId, const CategoryFields& fields, bool slugGiven) {
    const std::string id = m_context.newId();
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<Category>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write,
        [&](db::Connection& connection) { return insert(connection, tenantId, id, fields, slugGiven, now); });
}

Result<std::vector<Category>> Categories::list(const std::string& tenantId, const std::optional<std::string>& parentId,
                                               const PageRequest& page) {
    return m_context.database.transact<std::vector<Category>>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::vector<Category>> {
            std::string sql = std::string("SELECT ") + kColumns + " FROM categories WHERE tenant_id = ? AND id > ?";
            db::SqlParams params{tenantId, page.cursor.value_or("")};
            if (parentId && parentId->empty()) {
                sql += " AND parent_id IS NULL";
            } else if (parentId) {
                sql += " AND parent_id = ?";
                params.push_back(*parentId);
            }
            sql += " ORDER BY id LIMIT ?";
            params.push_back(std::int64_t{page.limit});
            auto rows = connection.execute(sql, params);
            if (!rows)
                return rows.error();
            std::vector<Category> categories;
            for (const auto& row : rows->rows())
                categories.push_back(fromRow(row));
            return categories;
        });
}

Result<Category> Categories::get(const std::string& tenantId, const std::string& id) {
    return m_context.database.transact<Category>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) { return load(connection, tenantId, id); });
}

Result<Category> Categories::update(const std::string& tenantId, const std::string& id, std::int64_t expectedVersion,
                                    const CategoryFields& fields, Poco::JSON::Object::Ptr& current) {
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<Category>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write, [&](db::Connection& connection) -> Result<Category> {
            return applyUpdate(connection, tenantId, id, expectedVersion, fields, now, current);
        });
}

Result<Category> Categories::applyUpdate(db::Connection& connection, const std::string& tenantId, const std::string& id,
                                         std::int64_t expectedVersion, const CategoryFields& fields, std::int64_t now,
                                         Poco::JSON::Object::Ptr& current) {
    auto stored = load(connection, tenantId, id);
    if (!stored)
        return stored.error();
    if (stored->version != expectedVersion) {
        current = stored->toJson();
        return makeError("version_conflict", "the category was changed by someone else (version " +
                                                 std::to_string(stored->version) + ", you edited " +
                                                 std::to_string(expectedVersion) + ")");
    }
    if (fields.parentId && fields.parentId != stored->fields.parentId) {
        if (auto parent = checkParent(connection, tenantId, *fields.parentId, id); !parent)
            return parent.error();
    }
    if (fields.slug != stored->fields.slug) {
        auto clash =
            connection.execute("SELECT 1 FROM categories WHERE tenant_id = ? AND slug = ?", {tenantId, fields.slug});
        if (!clash)
            return clash.error();
        if (!clash->empty())
            return slugTaken(fields.slug);
    }
    Category updated{id, fields, stored->version + 1, stored->createdAt, now};
    auto written = connection.execute(
        "UPDATE categories SET parent_id = ?, name = ?, slug = ?, position = ?, version = ?, updated_at = ? "
        "WHERE tenant_id = ? AND id = ? AND version = ?",
        {db::sqlText(fields.parentId), fields.name, fields.slug, fields.position, updated.version, now, tenantId, id,
         expectedVersion});
    if (!written)
        return written.error().code == "unique_violation" ? slugTaken(fields.slug) : written.error();
    if (auto published =
            sync::ChangeLog::publishUpsert(connection, tenantId, "category", updated.id, updated.toJson(), now);
        !published)
        return published.error();
    return updated;
}

} // namespace tp::server::catalog
