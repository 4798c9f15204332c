#include "control/FeatureFlags.h"

#include "control/Plans.h"

namespace tp::server::control {

bool FeatureFlags::isEnabled(const std::string& tenantId, const std::string& feature) {
    auto enabled =
        m_database.transact<bool>(db::Scope::tenant(tenantId), db::TransactionKind::Read,
                                  [&](db::Connection& connection) { return enabledIn(connection, tenantId, feature); });
    // A database failure closes the feature rather than opening it.
    return enabled.ok() && enabled.value();
}

tp::domain::Result<bool> FeatureFlags::enabledIn(db::Connection& connection, const std::string& tenantId,
                                                 const std::string& feature) {
    auto overridden = connection.execute(
        "SELECT enabled FROM tenant_feature_overrides WHERE tenant_id = ? AND feature = ?", {tenantId, feature});
    if (!overridden)
        return overridden.error();
    if (!overridden->empty())
        return overridden->first().integer(0) != 0;
    auto planId = connection.execute("SELECT plan_id FROM tenants WHERE id = ?", {tenantId});
    if (!planId)
        return planId.error();
    if (planId->empty())
        return false;
    auto plan = Plans::load(connection, planId->first().text(0));
    if (!plan)
        return plan.error();
    return plan->features.count(feature) > 0;
}

tp::domain::Result<std::map<std::string, bool>> FeatureFlags::effective(db::Connection& connection,
                                                                        const std::string& tenantId) {
    std::map<std::string, bool> features;
    auto plans = Plans::all(connection);
    if (!plans)
        return plans.error();
    for (const Plan& plan : plans.value())
        for (const std::string& feature : plan.features)
            features[feature] = false;
    auto overrides = connection.execute("SELECT feature FROM tenant_feature_overrides WHERE tenant_id = ?", {tenantId});
    if (!overrides)
        return overrides.error();
    for (const auto& row : overrides->rows())
        features[row.text(0)] = false;
    for (auto& [feature, enabled] : features) {
        auto on = enabledIn(connection, tenantId, feature);
        if (!on)
            return on.error();
        enabled = on.value();
    }
    return features;
}

tp::domain::Result<void> FeatureFlags::setOverride(db::Connection& connection, const std::string& tenantId,
                                                   const std::string& feature, bool enabled) {
    auto written =
        connection.execute("INSERT INTO tenant_feature_overrides (tenant_id, feature, enabled) VALUES (?, ?, ?) "
                           "ON CONFLICT (tenant_id, feature) DO UPDATE SET enabled = excluded.enabled",
                           {tenantId, feature, std::int64_t{enabled ? 1 : 0}});
    if (!written)
        return written.error();
    return {};
}

} // namespace tp::server::control
