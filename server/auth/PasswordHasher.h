#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "domain/core/Result.h"

namespace tp::server::auth {

// What checking a password against a stored hash found out.
struct PasswordCheck {
    bool matches = false;
    // The stored hash used fewer iterations than the current policy: after a successful login,
    // hash the password again and store the new encoding.
    bool needsRehash = false;
};

// Hashes staff passwords with PBKDF2-HMAC-SHA256 (OpenSSL PKCS5_PBKDF2_HMAC), as OWASP
// recommends for a FIPS-friendly KDF: 600,000 iterations, a fresh 16-byte random salt per hash
// and a 32-byte derived key. The stored form names its own parameters,
//
//     pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>
//
// so raising the iteration count later only affects new hashes, and old ones are upgraded on
// the next successful login (PasswordCheck::needsRehash). Keys are compared in constant time.
//
// Login paths must call verifyDummy() when no user matched, so that "no such user" costs the
// same time as "wrong password" and response times do not reveal which emails exist.
//
// Immutable after construction and therefore safe to share between threads.
class PasswordHasher {
public:
    static constexpr int kDefaultIterations = 600'000;
    // Production configuration may raise the count but never go below the default.
    static constexpr int kMinimumIterations = kDefaultIterations;
    // Stored hashes claiming more iterations than this are refused as malformed, so a tampered
    // row cannot make one login burn minutes of CPU.
    static constexpr int kMaximumIterations = 20'000'000;
    static constexpr std::size_t kSaltBytes = 16;
    static constexpr std::size_t kKeyBytes = 32;
    static constexpr std::string_view kScheme = "pbkdf2-sha256";

    // Register PINs are checked offline by every register of the tenant, on modest hardware,
    // at each login and manager approval: a quarter of a second there is too long. What keeps
    // a PIN safe is the register's lockout and who may read the hashes (registers only), not
    // the hash: ten thousand four-digit PINs fall to any count. So fewer iterations.
    static constexpr int kRegisterPinIterations = 100'000;
    static PasswordHasher forRegisterPins() { return PasswordHasher(kRegisterPinIterations, WeakForTests{}); }

    // The production policy: kDefaultIterations.
    PasswordHasher();

    // A configured policy. Error "invalid_config" below kMinimumIterations or above
    // kMaximumIterations.
    static tp::domain::Result<PasswordHasher> withIterations(int iterations);

    // Test suites only: any positive count (clamped to [1, kMaximumIterations]), so suites
    // that create many users stay fast. Never use it in the server.
    struct WeakForTests {};
    PasswordHasher(int iterations, WeakForTests);

    int iterations() const { return m_iterations; }

    // The encoded hash of `password` with a fresh salt. Error "crypto_failure" when OpenSSL
    // cannot provide randomness or derive the key.
    tp::domain::Result<std::string> hash(std::string_view password) const;

    // Whether `password` matches `encoded`. Error "invalid_password_hash" when `encoded` is not
    // a well-formed hash of this scheme (the stored row is damaged: treat as a failed login and
    // log it), "crypto_failure" when OpenSSL fails.
    tp::domain::Result<PasswordCheck> verify(std::string_view password, std::string_view encoded) const;

    // Spends the time of a verify() at the current policy on a fixed dummy hash and discards
    // the result. Call it when the user does not exist.
    void verifyDummy(std::string_view password) const;

    // Raw PBKDF2-HMAC-SHA256, exposed for published test vectors. Error "crypto_failure" on
    // invalid parameters or an OpenSSL failure.
    static tp::domain::Result<std::string> deriveKey(std::string_view password, std::string_view salt, int iterations,
                                                     std::size_t keyBytes);

private:
    int m_iterations;
};

} // namespace tp::server::auth
