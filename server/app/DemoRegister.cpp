#include "app/DemoRegister.h"

#include <fstream>

namespace tp::server::app {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

struct DemoIds {
    std::string tenantId;
    std::string slug;
    std::string ownerId;
    bool ownerHasPin = false;
    std::string berlinId;
};

Result<DemoIds> findDemo(ServerContext& context) {
    auto tenant = context.database.transact<std::pair<std::string, std::string>>(
        db::Scope::platformAdmin(), db::TransactionKind::Read,
        [](db::Connection& connection) -> Result<std::pair<std::string, std::string>> {
            auto rows = connection.execute("SELECT id, slug FROM tenants WHERE slug = 'demo'");
            if (!rows)
                return rows.error();
            if (rows->empty())
                return makeError("invalid_state", "the demo tenant does not exist");
            return std::pair(rows->first().text(0), rows->first().text(1));
        });
    if (!tenant)
        return tenant.error();
    const std::string tenantId = tenant->first;
    return context.database.transact<DemoIds>(
        db::Scope::tenant(tenantId), db::TransactionKind::Read, [&](db::Connection& connection) -> Result<DemoIds> {
            auto owner = connection.execute(
                "SELECT id, pin_hash FROM users WHERE tenant_id = ? AND role = 'owner' ORDER BY created_at LIMIT 1",
                {tenantId});
            if (!owner)
                return owner.error();
            auto berlin =
                connection.execute("SELECT id FROM stores WHERE tenant_id = ? AND code = 'berlin'", {tenantId});
            if (!berlin)
                return berlin.error();
            if (owner->empty() || berlin->empty())
                return makeError("invalid_state", "the demo tenant lacks its owner or its Berlin store");
            return DemoIds{tenantId, tenant->second, owner->first().text(0), !owner->first().isNull(1),
                           berlin->first().text(0)};
        });
}

} // namespace

Result<void> prepareDemoRegister(ServerContext& context, identity::Devices& devices, identity::RegisterPins& pins,
                                 const std::filesystem::path& dataDir, std::ostream& out) {
    auto demo = findDemo(context);
    if (!demo)
        return demo.error();
    if (!demo->ownerHasPin) {
        http::Principal owner;
        owner.kind = http::Principal::Kind::Staff;
        owner.tenantId = demo->tenantId;
        owner.tenantSlug = demo->slug;
        owner.userId = demo->ownerId;
        owner.role = http::StaffRole::Owner;
        if (auto set = pins.set(owner, demo->ownerId, kDemoRegisterPin); !set)
            return set.error();
    }
    auto code = devices.makeCode(demo->tenantId, demo->berlinId, "Demo till", "platform_admin");
    if (!code)
        return code.error();
    const std::filesystem::path file = dataDir / "demo-register-code";
    {
        std::ofstream written(file, std::ios::trunc);
        written << code->code << "\n";
        if (!written)
            return makeError("io_error", "cannot write " + file.string());
    }
    std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    out << "tillpoint-server: demo register: enrolment code " << code->code << " for a till in Berlin (valid 24 h, in "
        << file.string() << ")"
        << (demo->ownerHasPin ? std::string() : std::string("; register PIN of demo@example.com: ") + kDemoRegisterPin)
        << "\n";
    return {};
}

} // namespace tp::server::app
