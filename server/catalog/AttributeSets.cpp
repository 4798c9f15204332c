#include "catalog/AttributeSets.h"

#include <algorithm>
#include <set>

#include <Poco/JSON/Array.h>

#include "core/Validation.h"
#include "protocol/JsonFields.h"
#include "protocol/JsonText.h"
#include "protocol/Rfc3339.h"
#include "sync/ChangeLog.h"

namespace tp::server::catalog {

using protocol::invalidField;
using protocol::JsonFields;
using tp::domain::makeError;
using tp::domain::Result;

namespace {

constexpr const char* kColumns = "id, name, attributes, version, created_at, updated_at";
constexpr std::size_t kMaxAttributes = 100;

Poco::JSON::Array::Ptr attributesJson(const std::vector<AttributeDefinition>& attributes) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const AttributeDefinition& attribute : attributes) {
        Poco::JSON::Object::Ptr entry = new Poco::JSON::Object;
        entry->set("code", attribute.code);
        entry->set("name", attribute.name);
        entry->set("type", attribute.type);
        if (attribute.type == "enum") {
            Poco::JSON::Array::Ptr values = new Poco::JSON::Array;
            for (const std::string& value : attribute.values)
                values->add(value);
            entry->set("values", values);
        }
        entry->set("required", attribute.required);
        array->add(entry);
    }
    return array;
}

Result<std::vector<AttributeDefinition>> readAttributes(const Poco::JSON::Array::Ptr& array) {
    if (array->size() > kMaxAttributes)
        return invalidField("attributes", "may hold at most " + std::to_string(kMaxAttributes) + " attributes");
    std::vector<AttributeDefinition> attributes;
    std::set<std::string> codes;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const std::string path = "attributes[" + std::to_string(i) + "]";
        auto object = array->getObject(static_cast<unsigned>(i));
        if (!object)
            return invalidField(path, "must be an object {\"code\", \"name\", \"type\"}");
        const JsonFields entry(object, path);
        AttributeDefinition attribute;
        auto code = entry.requiredString("code", 64);
        if (!code)
            return code.error();
        if (auto valid = checkCode(code.value(), entry.pathOf("code")); !valid)
            return valid.error();
        if (!codes.insert(code.value()).second)
            return invalidField(entry.pathOf("code"), "repeats the attribute " + code.value());
        attribute.code = code.value();
        auto name = entry.optionalString("name", 200);
        if (!name)
            return name.error();
        attribute.name = name.value() ? *name.value() : attribute.code;
        if (auto valid = checkName(attribute.name, entry.pathOf("name")); !valid)
            return valid.error();
        auto type = entry.requiredString("type", 20);
        if (!type)
            return type.error();
        if (type.value() != "text" && type.value() != "integer" && type.value() != "boolean" && type.value() != "enum")
            return invalidField(entry.pathOf("type"), "must be \"text\", \"integer\", \"boolean\" or \"enum\"");
        attribute.type = type.value();
        auto values = entry.optionalArray("values");
        if (!values)
            return values.error();
        if (attribute.type == "enum") {
            if (!values.value() || values.value()->size() == 0)
                return invalidField(entry.pathOf("values"), "must list the values of an enum attribute");
            std::set<std::string> seen;
            for (std::size_t v = 0; v < values.value()->size(); ++v) {
                const Poco::Dynamic::Var value = values.value()->get(static_cast<unsigned>(v));
                const std::string valuePath = entry.pathOf("values") + "[" + std::to_string(v) + "]";
                if (!value.isString() || value.extract<std::string>().empty() ||
                    value.extract<std::string>().size() > 100)
                    return invalidField(valuePath, "must be a string of 1 to 100 bytes");
                if (!seen.insert(value.extract<std::string>()).second)
                    return invalidField(valuePath, "repeats \"" + value.extract<std::string>() + "\"");
                attribute.values.push_back(value.extract<std::string>());
            }
        } else if (values.value()) {
            return invalidField(entry.pathOf("values"), "applies to enum attributes only");
        }
        auto required = entry.optionalBool("required");
        if (!required)
            return required.error();
        attribute.required = required.value().value_or(false);
        attributes.push_back(std::move(attribute));
    }
    return attributes;
}

AttributeSet fromRow(const db::SqlRow& row) {
    AttributeSet set;
    set.id = row.text("id");
    set.fields.name = row.text("name");
    if (auto array = protocol::parseJsonArray(row.text("attributes")))
        set.fields.attributes = readAttributes(array.value()).valueOr({});
    set.version = row.integer("version");
    set.createdAt = row.integer("created_at");
    set.updatedAt = row.integer("updated_at");
    return set;
}

tp::domain::Error nameTaken(const std::string& name) {
    return makeError("conflict", "an attribute set named \"" + name + "\" already exists");
}

} // namespace

Poco::JSON::Object::Ptr AttributeSet::toJson() const {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", id);
    json->set("name", fields.name);
    json->set("attributes", attributesJson(fields.attributes));
    json->set("version", version);
    json->set("created_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(createdAt)));
    json->set("updated_at", protocol::formatRfc3339(tp::domain::timestampFromUnixMillis(updatedAt)));
    return json;
}

Result<void> AttributeSet::check(const Poco::JSON::Object::Ptr& attributes) const {
    const JsonFields values(attributes, "attributes");
    for (const auto& [code, value] : *attributes) {
        (void)value;
        const bool known = std::any_of(fields.attributes.begin(), fields.attributes.end(),
                                       [&](const AttributeDefinition& a) { return a.code == code; });
        if (!known)
            return invalidField(values.pathOf(code), "is not an attribute of the set \"" + fields.name + "\"");
    }
    for (const AttributeDefinition& attribute : fields.attributes) {
        if (!values.has(attribute.code)) {
            if (attribute.required)
                return invalidField(values.pathOf(attribute.code), "is required by the set \"" + fields.name + "\"");
            continue;
        }
        if (attribute.type == "integer") {
            if (auto read = values.requiredInteger(attribute.code); !read)
                return read.error();
        } else if (attribute.type == "boolean") {
            if (auto read = values.requiredBool(attribute.code); !read)
                return read.error();
        } else {
            auto text = values.requiredString(attribute.code, 1000);
            if (!text)
                return text.error();
            if (attribute.type == "enum" &&
                std::find(attribute.values.begin(), attribute.values.end(), text.value()) == attribute.values.end()) {
                std::string allowed;
                for (const std::string& v : attribute.values)
                    allowed += (allowed.empty() ? "" : ", ") + v;
                return invalidField(values.pathOf(attribute.code), "must be one of " + allowed);
            }
        }
    }
    return {};
}

Result<AttributeSetFields> AttributeSets::readFields(const Poco::JSON::Object::Ptr& body, AttributeSetFields base,
                                                     bool creating) {
    const JsonFields fields(body);
    if (creating || fields.has("name")) {
        auto name = fields.requiredString("name", 200);
        if (!name)
            return name.error();
        if (auto valid = checkName(name.value(), "name"); !valid)
            return valid.error();
        base.name = name.value();
    }
    auto attributes = fields.optionalArray("attributes");
    if (!attributes)
        return attributes.error();
    if (attributes.value()) {
        auto read = readAttributes(attributes.value());
        if (!read)
            return read.error();
        base.attributes = read.value();
    }
    return base;
}

Result<AttributeSet> AttributeSets::insert(db::Connection& connection, const std::string& tenantId,
                                           const std::string& id, const AttributeSetFields& fields, std::int64_t now) {
    AttributeSet set{id, fields, 1, now, now};
    auto inserted = connection.execute(
        "INSERT INTO attribute_sets (tenant_id, id, name, attributes, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (tenant_id, name) DO NOTHING RETURNING id",
        {tenantId, id, fields.name, protocol::toJsonText(attributesJson(fields.attributes)), now, now});
    if (!inserted)
        return inserted.error();
    if (inserted->empty())
        return nameTaken(fields.name);
    if (auto published =
            sync::ChangeLog::publishUpsert(connection, tenantId, "attribute_set", set.id, set.toJson(), now);
        !published)
        return published.error();
    return set;
}

Result<AttributeSet> AttributeSets::load(db::Connection& connection, const std::string& tenantId,
                                         const std::string& id) {
    if (!looksLikeId(id))
        return makeError("not_found", "no attribute set with id " + id);
    auto rows = connection.execute(
        std::string("SELECT ") + kColumns + " FROM attribute_sets WHERE tenant_id = ? AND id = ?", {tenantId, id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError("not_found", "no attribute set with id " + id);
    return fromRow(rows->first());
}

Result<AttributeSet> AttributeSets::create(const std::string& tenantId, const AttributeSetFields& fields) {
    const std::string id = m_context.newId();
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<AttributeSet>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write,
        [&](db::Connection& connection) { return insert(connection, tenantId, id, fields, now); });
}

Result<std::vector<AttributeSet>> AttributeSets::list(const std::string& tenantId, const PageRequest& page) {
    return m_context.database.transact<std::vector<AttributeSet>>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) -> Result<std::vector<AttributeSet>> {
            auto rows = connection.execute(std::string("SELECT ") + kColumns +
                                               " FROM attribute_sets WHERE tenant_id = ? AND id > ? ORDER BY id "
                                               "LIMIT ?",
                                           {tenantId, page.cursor.value_or(""), std::int64_t{page.limit}});
            if (!rows)
                return rows.error();
            std::vector<AttributeSet> sets;
            for (const auto& row : rows->rows())
                sets.push_back(fromRow(row));
            return sets;
        });
}

Result<AttributeSet> AttributeSets::get(const std::string& tenantId, const std::string& id) {
    return m_context.database.transact<AttributeSet>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read,
        [&](db::Connection& connection) { return load(connection, tenantId, id); });
}

Result<AttributeSet> AttributeSets::update(const std::string& tenantId, const std::string& id,
                                           std::int64_t expectedVersion, const AttributeSetFields& fields,
                                           Poco::JSON::Object::Ptr& current) {
    const std::int64_t now = m_context.nowMillis();
    return m_context.database.transact<AttributeSet>(
        db::Scope::tenant(tenantId), db::TransactionKind::Write,
        [&](db::Connection& connection) -> Result<AttributeSet> {
            auto stored = load(connection, tenantId, id);
            if (!stored)
                return stored.error();
            if (stored->version != expectedVersion) {
                current = stored->toJson();
                return makeError("version_conflict", "the attribute set was changed by someone else (version " +
                                                         std::to_string(stored->version) + ", you edited " +
                                                         std::to_string(expectedVersion) + ")");
            }
            if (fields.name != stored->fields.name) {
                auto clash = connection.execute("SELECT 1 FROM attribute_sets WHERE tenant_id = ? AND name = ?",
                                                {tenantId, fields.name});
                if (!clash)
                    return clash.error();
                if (!clash->empty())
                    return nameTaken(fields.name);
            }
            AttributeSet updated{id, fields, stored->version + 1, stored->createdAt, now};
            auto written =
                connection.execute("UPDATE attribute_sets SET name = ?, attributes = ?, version = ?, updated_at = ? "
                                   "WHERE tenant_id = ? AND id = ? AND version = ?",
                                   {fields.name, protocol::toJsonText(attributesJson(fields.attributes)),
                                    updated.version, now, tenantId, id, expectedVersion});
            if (!written)
                return written.error().code == "unique_violation" ? nameTaken(fields.name) : written.error();
            if (auto published = sync::ChangeLog::publishUpsert(connection, tenantId, "attribute_set", updated.id,
                                                                updated.toJson(), now);
                !published)
                return published.error();
            return updated;
        });
}

} // namespace tp::server::catalog
