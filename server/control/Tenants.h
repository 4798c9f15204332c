#pragma once

#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "core/Pagination.h"
#include "core/ServerContext.h"
#include "domain/core/Result.h"

namespace tp::server::control {

// A merchant on the platform (tenant state T1; Center Control C1–C2).
struct Tenant {
    std::string id;
    std::string slug;
    std::string name;
    std::string status; // active | suspended | deleted
    std::string planId;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;

    Poco::JSON::Object::Ptr toJson() const;
};

// What creating a tenant needs. The owner's password arrives already hashed: the slow KDF
// runs before the transaction, never while holding the database's write lock.
struct NewTenant {
    std::string slug;
    std::string name;
    std::string planId;
    std::string ownerEmail;
    std::string ownerPasswordHash;
    std::string storeCurrency = "EUR";
};

struct TenantChanges {
    std::optional<std::string> status; // "active" | "suspended"
    std::optional<std::string> planId;
    std::optional<std::string> name;
};

// The tenants directory of the control plane. Every change is audited in its own transaction.
class Tenants {
public:
    explicit Tenants(ServerContext& context)
        : m_context(context) {}

    // Creates the tenant, its change-log counter, its owner and its first store ("main").
    // 409 slug_taken when the slug is in use (deleted tenants keep theirs).
    tp::domain::Result<Tenant> create(const NewTenant& tenant, const std::string& actor);
    tp::domain::Result<std::vector<Tenant>> list(const PageRequest& page);
    tp::domain::Result<Tenant> get(const std::string& id);
    tp::domain::Result<Tenant> findBySlug(const std::string& slug);
    // Suspend, reactivate, change plan (recorded in the plan history), rename. A deleted tenant
    // refuses every change (409 conflict).
    tp::domain::Result<Tenant> update(const std::string& id, const TenantChanges& changes, const std::string& actor);
    // Soft delete: the tenant is blocked at once (no login, tokens dead) and its data kept.
    tp::domain::Result<Tenant> remove(const std::string& id, const std::string& actor);
    tp::domain::Result<void> setFeature(const std::string& id, const std::string& feature, bool enabled,
                                        const std::string& actor);

private:
    ServerContext& m_context;
};

} // namespace tp::server::control
