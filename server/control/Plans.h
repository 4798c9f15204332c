#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "db/Connection.h"
#include "domain/core/Result.h"

namespace tp::server::control {

// What a tenant's usage is counted in, for plan limits and for billing.
enum class UsageMetric { Products, Stores, Registers, Staff, Orders };
const char* metricName(UsageMetric metric);

// A subscription plan: limits (none = unlimited) and the features it includes.
struct Plan {
    std::string id;
    std::string name;
    std::map<UsageMetric, std::int64_t> limits;
    std::set<std::string> features;

    Poco::JSON::Object::Ptr toJson() const;
};

// Plans and per-tenant usage (Center Control C3). Usage lives in tenant_usage and changes in
// the same transaction as the rows it counts, so a limit check is one atomic upsert — no
// COUNT(*) over a hundred thousand products, and no race between two concurrent inserts.
class Plans {
public:
    // Unknown plan → "invalid_request" listing the plans that exist.
    static tp::domain::Result<Plan> load(db::Connection& connection, const std::string& planId);
    static tp::domain::Result<std::vector<Plan>> all(db::Connection& connection);

    // Adds `delta` to the tenant's `metric`; when that takes it over the tenant's plan limit the
    // answer is 403 "plan_limit" (and the caller's transaction rolls back, undoing the add).
    static tp::domain::Result<std::int64_t> consume(db::Connection& connection, const std::string& tenantId,
                                                    UsageMetric metric, std::int64_t delta = 1);
    static tp::domain::Result<std::map<std::string, std::int64_t>> usage(db::Connection& connection,
                                                                         const std::string& tenantId);
};

} // namespace tp::server::control
