#include "auth/OpaqueTokens.h"

#include <algorithm>
#include <array>

#include <openssl/evp.h>

#include "auth/Base64.h"
#include "auth/ConstantTime.h"
#include "auth/SecureRandom.h"

namespace tp::server::auth {

using tp::domain::makeError;
using tp::domain::Result;

Result<std::string> OpaqueTokens::generate(std::string_view prefix) {
    Result<std::string> bytes = secureRandomBytes(kRandomBytes);
    if (!bytes)
        return bytes.error();
    std::string token(prefix);
    token += encodeBase64Url(*bytes);
    return token;
}

bool OpaqueTokens::hasShape(std::string_view token, std::string_view prefix) {
    if (token.size() != prefix.size() + kEncodedLength || !token.starts_with(prefix))
        return false;
    const std::string_view body = token.substr(prefix.size());
    const bool alphabetOk = std::all_of(body.begin(), body.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
    // The canonical-bits check rejects the few spellings generate() can never produce.
    return alphabetOk && decodeBase64Url(body).has_value();
}

Result<std::string> OpaqueTokens::hashToken(std::string_view token) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(token.data(), token.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1 || length != 32)
        return makeError("crypto_failure", "SHA-256 digest failed");
    static constexpr std::string_view kHex = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 0x0F];
    }
    return hex;
}

bool OpaqueTokens::matchesHash(std::string_view presented, std::string_view storedHash) {
    const Result<std::string> hash = hashToken(presented);
    return hash.ok() && constantTimeEquals(storedHash, *hash);
}

} // namespace tp::server::auth
