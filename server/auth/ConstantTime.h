#pragma once

#include <string_view>

namespace tp::server::auth {

// Compares a secret with what a client presented without leaking, through timing, how many
// leading bytes matched (CRYPTO_memcmp). The length check is not hidden: every secret this
// module compares has a fixed, public length (hashes, tokens of a known shape), so a length
// mismatch only tells an attacker what the format already does. The work done depends only
// on `presented`, never on the secret's content.
bool constantTimeEquals(std::string_view secret, std::string_view presented);

} // namespace tp::server::auth
