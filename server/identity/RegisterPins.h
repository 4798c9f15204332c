#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <Poco/JSON/Object.h>

#include "auth/PasswordHasher.h"
#include "core/ServerContext.h"
#include "domain/core/Result.h"
#include "http/Principal.h"

namespace tp::server::identity {

// A register PIN: 4 to 8 digits, not one digit repeated ("0000") and not a straight run up or
// down ("1234", "8765"), the guesses tried first at a till. invalid_request naming `field`.
tp::domain::Result<void> checkRegisterPin(std::string_view pin, const std::string& field);

// Sets the PIN with which a staff member logs in at the tenant's registers (and approves
// there, as a manager). The hash goes to the registers through the change feed as entity
// "register_staff" {id, email, role, status, pin_hash}, which only device callers receive.
//
// Who may set whose: everybody their own; a manager also a cashier's; the owner anybody's.
class RegisterPins {
public:
    RegisterPins(ServerContext& context, auth::PasswordHasher hasher)
        : m_context(context)
        , m_hasher(hasher) {}

    // The staff member as the API shows them, or not_found / forbidden / invalid_request.
    tp::domain::Result<Poco::JSON::Object::Ptr> set(const http::Principal& caller, const std::string& staffId,
                                                    const std::string& pin);

private:
    ServerContext& m_context;
    auth::PasswordHasher m_hasher;
};

} // namespace tp::server::identity
