#pragma once

#include <QString>

#include "domain/core/Result.h"

namespace tp::pos {

// Checks a PIN against the hash the server made of it, offline:
//     pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>
// (server/auth/PasswordHasher's encoding; PBKDF2-HMAC-SHA256, a 32-byte key), compared in
// constant time. Error "pin_hash_invalid" when the text is not such a hash, or claims more
// iterations than kMaxIterations (a damaged or tampered row must not freeze the till).
class PinHash {
public:
    static constexpr int kMaxIterations = 2'000'000;

    static domain::Result<bool> matches(const QString& pin, const QString& encoded);
};

} // namespace tp::pos
