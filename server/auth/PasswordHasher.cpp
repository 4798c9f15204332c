#include "auth/PasswordHasher.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <openssl/evp.h>

#include "auth/Base64.h"
#include "auth/ConstantTime.h"
#include "auth/SecureRandom.h"

namespace tp::server::auth {

using tp::domain::makeError;
using tp::domain::Result;

namespace {

// Salts shorter than this were not written by us and are too weak to trust.
constexpr std::size_t kMinimumStoredSaltBytes = 8;
constexpr std::size_t kMaximumStoredSaltBytes = 64;

struct ParsedHash {
    int iterations = 0;
    std::string salt;
    std::string key;
};

std::vector<std::string_view> splitFields(std::string_view text, char separator) {
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        if (end == std::string_view::npos) {
            fields.push_back(text.substr(start));
            return fields;
        }
        fields.push_back(text.substr(start, end - start));
        start = end + 1;
    }
}

Result<ParsedHash> parse(std::string_view encoded) {
    const auto malformed = [](const char* what) {
        return makeError("invalid_password_hash", std::string("stored password hash is malformed: ") + what);
    };
    const std::vector<std::string_view> fields = splitFields(encoded, '$');
    if (fields.size() != 4)
        return malformed("expected scheme$iterations$salt$key");
    if (fields[0] != PasswordHasher::kScheme)
        return malformed("unknown scheme");

    const std::string_view digits = fields[1];
    // Digits only, without a sign or leading zeros, so each hash has exactly one spelling.
    if (digits.empty() || digits.front() == '0' ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return malformed("iterations is not a positive decimal number");
    ParsedHash parsed;
    const auto [end, errc] = std::from_chars(digits.data(), digits.data() + digits.size(), parsed.iterations);
    if (errc != std::errc{} || end != digits.data() + digits.size() ||
        parsed.iterations > PasswordHasher::kMaximumIterations)
        return malformed("iterations out of range");

    std::optional<std::string> salt = decodeBase64(fields[2]);
    if (!salt || salt->size() < kMinimumStoredSaltBytes || salt->size() > kMaximumStoredSaltBytes)
        return malformed("salt is not valid base64 of a sensible length");
    std::optional<std::string> key = decodeBase64(fields[3]);
    if (!key || key->size() != PasswordHasher::kKeyBytes)
        return malformed("key is not valid base64 of 32 bytes");
    parsed.salt = std::move(*salt);
    parsed.key = std::move(*key);
    return parsed;
}

std::string encode(int iterations, std::string_view salt, std::string_view key) {
    std::string out(PasswordHasher::kScheme);
    out += '$';
    out += std::to_string(iterations);
    out += '$';
    out += encodeBase64(salt);
    out += '$';
    out += encodeBase64(key);
    return out;
}

} // namespace

PasswordHasher::PasswordHasher()
    : m_iterations(kDefaultIterations) {}

PasswordHasher::PasswordHasher(int iterations, WeakForTests)
    : m_iterations(std::clamp(iterations, 1, kMaximumIterations)) {}

Result<PasswordHasher> PasswordHasher::withIterations(int iterations) {
    if (iterations < kMinimumIterations || iterations > kMaximumIterations)
        return makeError("invalid_config", "password hash iterations must be between " +
                                               std::to_string(kMinimumIterations) + " and " +
                                               std::to_string(kMaximumIterations));
    return PasswordHasher(iterations, WeakForTests{});
}

Result<std::string> PasswordHasher::deriveKey(std::string_view password, std::string_view salt, int iterations,
                                              std::size_t keyBytes) {
    if (iterations < 1 || keyBytes == 0 || keyBytes > 1024 || password.size() > static_cast<std::size_t>(INT_MAX) ||
        salt.size() > static_cast<std::size_t>(INT_MAX))
        return makeError("crypto_failure", "invalid PBKDF2 parameters");
    std::string key(keyBytes, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                                     reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                                     iterations, EVP_sha256(), static_cast<int>(keyBytes),
                                     reinterpret_cast<unsigned char*>(key.data()));
    if (ok != 1)
        return makeError("crypto_failure", "PBKDF2 key derivation failed");
    return key;
}

Result<std::string> PasswordHasher::hash(std::string_view password) const {
    Result<std::string> salt = secureRandomBytes(kSaltBytes);
    if (!salt)
        return salt.error();
    Result<std::string> key = deriveKey(password, *salt, m_iterations, kKeyBytes);
    if (!key)
        return key.error();
    return encode(m_iterations, *salt, *key);
}

Result<PasswordCheck> PasswordHasher::verify(std::string_view password, std::string_view encoded) const {
    Result<ParsedHash> parsed = parse(encoded);
    if (!parsed)
        return parsed.error();
    Result<std::string> key = deriveKey(password, parsed->salt, parsed->iterations, kKeyBytes);
    if (!key)
        return key.error();
    PasswordCheck check;
    check.matches = constantTimeEquals(parsed->key, *key);
    check.needsRehash = parsed->iterations < m_iterations;
    return check;
}

void PasswordHasher::verifyDummy(std::string_view password) const {
    // A fixed salt is fine here: the result is never stored or compared with anything real.
    static constexpr std::string_view kDummySalt = "tillpoint-dummy!";
    static_assert(kDummySalt.size() == kSaltBytes);
    const Result<std::string> key = deriveKey(password, kDummySalt, m_iterations, kKeyBytes);
    // Compare as verify() would, so the two paths do the same work end to end.
    const std::string zeros(kKeyBytes, '\0');
    volatile bool sink = key.ok() && constantTimeEquals(zeros, *key);
    (void)sink;
}

} // namespace tp::server::auth
