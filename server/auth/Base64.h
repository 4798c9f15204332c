#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tp::server::auth {

// Strict Base64 (RFC 4648) for secrets and stored hashes. Decoding accepts exactly one spelling
// per byte string — no whitespace, no missing or extra padding, no stray bits in the last
// character — so a stored hash or a token cannot be altered into a second form that still
// decodes to the same bytes. Malformed input yields std::nullopt, never an exception.

// Standard alphabet (+ /) with '=' padding: the salt and hash fields of a password hash.
std::string encodeBase64(std::string_view bytes);
std::optional<std::string> decodeBase64(std::string_view text);

// URL-safe alphabet (- _) without padding: opaque tokens and JWT segments.
std::string encodeBase64Url(std::string_view bytes);
std::optional<std::string> decodeBase64Url(std::string_view text);

} // namespace tp::server::auth
