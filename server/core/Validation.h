#pragma once

#include <string>
#include <string_view>

#include "domain/core/Result.h"

namespace tp::server {

// Checks on values beyond their JSON type, each failing with "invalid_request" that names the field.

// Tenant slugs: [a-z0-9-]{3,40} (API.md), not starting or ending with '-'.
tp::domain::Result<void> checkSlug(std::string_view slug, const std::string& field);
// A plausible e-mail address: one '@', something on both sides, a dot in the domain, ≤ 254 bytes.
tp::domain::Result<void> checkEmail(std::string_view email, const std::string& field);
// Passwords: at least 10 characters (NIST 800-63B minimum is 8; we ask a little more).
tp::domain::Result<void> checkPassword(std::string_view password, const std::string& field);
// Non-empty after trimming, at most `maxLength` bytes, no control characters.
tp::domain::Result<void> checkName(std::string_view name, const std::string& field, std::size_t maxLength = 200);
// A code such as a store code or a SKU: 1–64 of [A-Za-z0-9._-].
tp::domain::Result<void> checkCode(std::string_view code, const std::string& field);
// UUID text as this server makes them (lowercase 8-4-4-4-12).
bool looksLikeId(std::string_view text);

std::string lowercase(std::string_view text);

} // namespace tp::server
