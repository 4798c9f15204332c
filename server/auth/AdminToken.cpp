#include "auth/AdminToken.h"

#include <string>
#include <utility>

#include "auth/ConstantTime.h"
#include "auth/OpaqueTokens.h"

namespace tp::server::auth {

using tp::domain::makeError;
using tp::domain::Result;

AdminToken::AdminToken(std::string token)
    : m_token(std::move(token)) {}

Result<AdminToken> AdminToken::fromConfiguration(std::string configured) {
    if (configured.size() < kMinimumLength)
        return makeError("invalid_config", "the admin token must be at least " + std::to_string(kMinimumLength) +
                                               " characters; generate one with a random source");
    return AdminToken(std::move(configured));
}

Result<std::string> AdminToken::generate() {
    return OpaqueTokens::generate(OpaqueTokens::kAdminPrefix);
}

bool AdminToken::matches(std::string_view presented) const {
    return constantTimeEquals(m_token, presented);
}

} // namespace tp::server::auth
