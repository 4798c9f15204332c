#include "auth/OpaqueTokens.h"

#include <algorithm>
#include <array>

#include <openssl/evp.h>

#include "auth/Base64.h"
#include "auth/ConstantTime.h"
#include "auth/SecureRandom.h"
#include "auth/Sha256.h"

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
    return sha256Hex(token);
}

bool OpaqueTokens::matchesHash(std::string_view presented, std::string_view storedHash) {
    const Result<std::string> hash = hashToken(presented);
    return hash.ok() && constantTimeEquals(storedHash, *hash);
}

} // namespace tp::server::auth
