#include "control/Plans.h"

#include "protocol/JsonText.h"

namespace tp::server::control {

namespace {

constexpr UsageMetric kLimitedMetrics[] = {UsageMetric::Products, UsageMetric::Stores, UsageMetric::Registers,
                                           UsageMetric::Staff};

const char* limitColumn(UsageMetric metric) {
    switch (metric) {
    case UsageMetric::Products:
        return "max_products";
    case UsageMetric::Stores:
        return "max_stores";
    case UsageMetric::Registers:
        return "max_registers";
    case UsageMetric::Staff:
        return "max_staff";
    case UsageMetric::Orders:
        return nullptr;
    }
    return nullptr;
}

Plan planFromRow(const db::SqlRow& row) {
    Plan plan;
    plan.id = row.text("id");
    plan.name = row.text("name");
    for (const UsageMetric metric : kLimitedMetrics) {
        if (const auto limit = row.optionalInteger(limitColumn(metric)))
            plan.limits[metric] = *limit;
    }
    if (auto features = protocol::parseJsonArray(row.text("features"))) {
        for (std::size_t i = 0; i < features.value()->size(); ++i)
            plan.features.insert(features.value()->getElement<std::string>(static_cast<unsigned>(i)));
    }
    return plan;
}

constexpr const char* kPlanColumns = "id, name, max_products, max_stores, max_registers, max_staff, features";

} // namespace

const char* metricName(UsageMetric metric) {
    switch (metric) {
    case UsageMetric::Products:
        return "products";
    case UsageMetric::Stores:
        return "stores";
    case UsageMetric::Registers:
        return "registers";
    case UsageMetric::Staff:
        return "staff";
    case UsageMetric::Orders:
        return "orders";
    }
    return "unknown";
}

Poco::JSON::Object::Ptr Plan::toJson() const {
    Poco::JSON::Object::Ptr json = new Poco::JSON::Object;
    json->set("id", id);
    json->set("name", name);
    Poco::JSON::Object::Ptr limitsJson = new Poco::JSON::Object;
    for (const UsageMetric metric : kLimitedMetrics) {
        const auto found = limits.find(metric);
        limitsJson->set(metricName(metric),
                        found == limits.end() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(found->second));
    }
    json->set("limits", limitsJson);
    Poco::JSON::Array::Ptr featuresJson = new Poco::JSON::Array;
    for (const std::string& feature : features)
        featuresJson->add(feature);
    json->set("features", featuresJson);
    return json;
}

tp::domain::Result<Plan> Plans::load(db::Connection& connection, const std::string& planId) {
    auto rows = connection.execute(std::string("SELECT ") + kPlanColumns + " FROM plans WHERE id = ?", {planId});
    if (!rows)
        return rows.error();
    if (rows->empty()) {
        std::string known;
        if (auto plans = all(connection)) {
            for (const Plan& plan : plans.value())
                known += (known.empty() ? "" : ", ") + plan.id;
        }
        return tp::domain::makeError("invalid_request", "plan \"" + planId + "\" does not exist; plans: " + known);
    }
    return planFromRow(rows->first());
}

tp::domain::Result<std::vector<Plan>> Plans::all(db::Connection& connection) {
    auto rows = connection.execute(std::string("SELECT ") + kPlanColumns + " FROM plans ORDER BY id");
    if (!rows)
        return rows.error();
    std::vector<Plan> plans;
    for (const auto& row : rows->rows())
        plans.push_back(planFromRow(row));
    return plans;
}

tp::domain::Result<std::int64_t> Plans::consume(db::Connection& connection, const std::string& tenantId,
                                                UsageMetric metric, std::int64_t delta) {
    auto updated = connection.execute(
        "INSERT INTO tenant_usage (tenant_id, metric, value) VALUES (?, ?, ?) "
        "ON CONFLICT (tenant_id, metric) DO UPDATE SET value = tenant_usage.value + excluded.value RETURNING value",
        {tenantId, std::string(metricName(metric)), delta});
    if (!updated)
        return updated.error();
    const std::int64_t value = updated->first().integer(0);
    const char* column = limitColumn(metric);
    if (delta <= 0 || column == nullptr)
        return value;
    auto plan = connection.execute(std::string("SELECT p.id, p.") + column +
                                       " FROM tenants t JOIN plans p ON p.id = t.plan_id WHERE t.id = ?",
                                   {tenantId});
    if (!plan)
        return plan.error();
    if (plan->empty())
        return tp::domain::makeError("not_found", "tenant not found");
    const auto limit = plan->first().optionalInteger(1);
    if (limit && value > *limit) {
        return tp::domain::makeError("plan_limit", "the " + plan->first().text(0) + " plan allows " +
                                                       std::to_string(*limit) + " " + metricName(metric) +
                                                       "; change to a larger plan to add more");
    }
    return value;
}

tp::domain::Result<std::map<std::string, std::int64_t>> Plans::usage(db::Connection& connection,
                                                                     const std::string& tenantId) {
    std::map<std::string, std::int64_t> usage;
    for (const UsageMetric metric :
         {UsageMetric::Products, UsageMetric::Stores, UsageMetric::Registers, UsageMetric::Staff, UsageMetric::Orders})
        usage[metricName(metric)] = 0;
    auto rows = connection.execute("SELECT metric, value FROM tenant_usage WHERE tenant_id = ?", {tenantId});
    if (!rows)
        return rows.error();
    for (const auto& row : rows->rows())
        usage[row.text(0)] = row.integer(1);
    return usage;
}

} // namespace tp::server::control
