#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/Pagination.h"
#include "core/ServerContext.h"
#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::catalog {

// One typed attribute of a product template: "material" (text), "weight_g" (integer),
// "organic" (boolean), "fit" (enum of "slim", "regular").
struct AttributeDefinition {
    std::string code;
    std::string name;
    std::string type;                // "text" | "integer" | "boolean" | "enum"
    std::vector<std::string> values; // enum only
    bool required = false;
};

struct AttributeSetFields {
    std::string name;
    std::vector<AttributeDefinition> attributes;
};

struct AttributeSet {
    std::string id;
    AttributeSetFields fields;
    std::int64_t version = 1;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;

    Poco::JSON::Object::Ptr toJson() const;

    // Checks a product's "attributes" against the set: every key an attribute of the set, each
    // value of its type (an enum's one of its values), every required attribute present.
    // Refusals are "invalid_request" naming "attributes.<code>".
    tp::domain::Result<void> check(const Poco::JSON::Object::Ptr& attributes) const;
};

// Attribute sets: the product templates of a tenant (clothing vs groceries), each grouping
// typed attributes. Writes bump the version and append "attribute_set" to the change log.
class AttributeSets {
public:
    explicit AttributeSets(ServerContext& context)
        : m_context(context) {}

    tp::domain::Result<AttributeSet> create(const std::string& tenantId, const AttributeSetFields& fields);
    tp::domain::Result<std::vector<AttributeSet>> list(const std::string& tenantId, const PageRequest& page);
    tp::domain::Result<AttributeSet> get(const std::string& tenantId, const std::string& id);
    // Optimistic concurrency as for stores: 409 version_conflict with the stored copy in `current`.
    tp::domain::Result<AttributeSet> update(const std::string& tenantId, const std::string& id,
                                            std::int64_t expectedVersion, const AttributeSetFields& fields,
                                            Poco::JSON::Object::Ptr& current);

    // Inside the caller's transaction.
    static tp::domain::Result<AttributeSet> insert(db::Connection& connection, const std::string& tenantId,
                                                   const std::string& id, const AttributeSetFields& fields,
                                                   std::int64_t now);
    static tp::domain::Result<AttributeSet> load(db::Connection& connection, const std::string& tenantId,
                                                 const std::string& id);

    // PATCH semantics over `base`; "attributes", when given, is the whole list.
    static tp::domain::Result<AttributeSetFields> readFields(const Poco::JSON::Object::Ptr& body,
                                                             AttributeSetFields base, bool creating);

private:
    ServerContext& m_context;
};

} // namespace tp::server::catalog
