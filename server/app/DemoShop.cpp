#include "app/DemoShop.h"

#include "app/SecretFile.h"
#include "auth/OpaqueTokens.h"

namespace tp::server::app {

using tp::domain::Result;

tp::domain::Result<void> seedDemoShop(ServerContext& /*context*/, control::Tenants& tenants, stores::Stores& stores,
                                      const auth::PasswordHasher& hasher, const std::filesystem::path& dataDir,
                                      std::ostream& out) {
    bool created = false;
    auto password = loadOrCreateSecret(
        dataDir / "demo-password",
        []() -> Result<std::string> {
            auto token = auth::OpaqueTokens::generate("demo-");
            if (!token)
                return token.error();
            return token.value().substr(0, 17); // "demo-" + 12 random characters
        },
        created);
    if (!password)
        return password.error();

    if (tenants.findBySlug("demo").ok()) {
        out << "tillpoint-server: demo shop \"demo\": log in as demo@example.com with password " << password.value()
            << "\n";
        return {};
    }
    auto hash = hasher.hash(password.value());
    if (!hash)
        return hash.error();
    control::NewTenant tenant{"demo", "Tillpoint Demo", "enterprise", "demo@example.com", hash.value(), "EUR"};
    auto demo = tenants.create(tenant, "platform_admin");
    if (!demo)
        return demo.error();

    // The first store becomes Berlin; Zurich is added with Swiss VAT and francs.
    auto all = stores.list(demo->id);
    if (!all)
        return all.error();
    stores::Store berlin = all->front();
    stores::StoreFields berlinFields = berlin.fields;
    berlinFields.code = "berlin";
    berlinFields.name = "Tillpoint Demo Berlin";
    berlinFields.locale = "de_DE";
    berlinFields.timezone = "Europe/Berlin";
    berlinFields.taxRates = {{"standard", 1900}, {"reduced", 700}, {"zero", 0}};
    berlinFields.receiptHeader = "Tillpoint Demo · Friedrichstraße 1 · 10117 Berlin";
    berlinFields.receiptFooter = "Danke für Ihren Einkauf!";
    Poco::JSON::Object::Ptr current;
    if (auto updated = stores.update(demo->id, berlin.id, berlin.version, berlinFields, current); !updated)
        return updated.error();

    stores::StoreFields zurich;
    zurich.code = "zurich";
    zurich.name = "Tillpoint Demo Zürich";
    zurich.currency = "CHF";
    zurich.locale = "de_CH";
    zurich.timezone = "Europe/Zurich";
    zurich.taxRates = {{"standard", 810}, {"reduced", 260}, {"zero", 0}};
    zurich.receiptHeader = "Tillpoint Demo · Bahnhofstrasse 1 · 8001 Zürich";
    zurich.receiptFooter = "Merci vielmal!";
    if (auto createdStore = stores.create(demo->id, zurich); !createdStore)
        return createdStore.error();

    out << "tillpoint-server: created the demo shop \"demo\": log in as demo@example.com with password "
        << password.value() << " (also in " << (dataDir / "demo-password").string() << ")\n";
    return {};
}

} // namespace tp::server::app
