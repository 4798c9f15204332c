#pragma once

#include <map>
#include <string>

#include "db/Database.h"
#include "domain/core/Result.h"
#include "http/Authenticator.h"

namespace tp::server::control {

// Feature flags (Center Control C3): a plan includes features; the platform admin may turn
// any feature on or off for one tenant, and that override wins. The HTTP edge asks through
// the FeatureGate interface before running a route that names a feature.
class FeatureFlags : public http::FeatureGate {
public:
    explicit FeatureFlags(db::Database& database)
        : m_database(database) {}

    bool isEnabled(const std::string& tenantId, const std::string& feature) override;

    static tp::domain::Result<bool> enabledIn(db::Connection& connection, const std::string& tenantId,
                                              const std::string& feature);
    // Every feature any plan knows or the tenant overrides, with its effective state.
    static tp::domain::Result<std::map<std::string, bool>> effective(db::Connection& connection,
                                                                     const std::string& tenantId);
    static tp::domain::Result<void> setOverride(db::Connection& connection, const std::string& tenantId,
                                                const std::string& feature, bool enabled);

private:
    db::Database& m_database;
};

} // namespace tp::server::control
