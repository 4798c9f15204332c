#pragma once

#include <string>

namespace tp::server::http {

// Roles a staff user can hold in a tenant, from most to least powerful.
enum class StaffRole { Owner, Manager, Cashier };

// Who is calling: established by the authenticator from the bearer token, never from a header
// the client chose. The tenant of every tenant-scoped query comes from here.
struct Principal {
    enum class Kind { PlatformAdmin, Staff, Device };

    Kind kind = Kind::Staff;
    std::string tenantId; // empty for the platform admin
    std::string tenantSlug;
    std::string userId; // Staff
    StaffRole role = StaffRole::Cashier;
    std::string deviceId; // Device
    std::string storeId;  // Device: the one store it may act for
};

} // namespace tp::server::http
