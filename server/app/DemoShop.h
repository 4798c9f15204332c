#pragma once

#include <filesystem>
#include <ostream>

#include "auth/PasswordHasher.h"
#include "control/Tenants.h"
#include "core/ServerContext.h"
#include "stores/Stores.h"

namespace tp::server::app {

// `--demo`: the demo shop a first run shows. Creates tenant "demo" with owner
// demo@example.com (password generated into <data-dir>/demo-password and printed), a Berlin
// and a Zurich store with their VAT rates, and — once, on first start — nothing more is
// changed on later starts (the password is printed again from its file).
tp::domain::Result<void> seedDemoShop(ServerContext& context, control::Tenants& tenants, stores::Stores& stores,
                                      const auth::PasswordHasher& hasher, const std::filesystem::path& dataDir,
                                      std::ostream& out);

} // namespace tp::server::app
