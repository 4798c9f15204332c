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
// and a Zurich store with their VAT rates, and a catalog of about 300 products generated in
// code, the same every time: apparel in size × colour variants (one attribute set), groceries
// with valid EAN-13 barcodes, deli items sold by weight, a category tree, Zurich prices in
// francs, and stock in both stores. Once, on first start: later starts change nothing (the
// password is printed again from its file), except seeding the catalog if it is missing.
tp::domain::Result<void> seedDemoShop(ServerContext& context, control::Tenants& tenants, stores::Stores& stores,
                                      const auth::PasswordHasher& hasher, const std::filesystem::path& dataDir,
                                      std::ostream& out);

} // namespace tp::server::app
