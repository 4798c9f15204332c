#include "auth/AccessTokens.h"

#include <climits>
#include <exception>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>

#include "auth/Base64.h"
#include "auth/ConstantTime.h"
#include "auth/SecureRandom.h"

namespace tp::server::auth {

using tp::domain::Error;
using tp::domain::makeError;
using tp::domain::Result;
using tp::domain::Timestamp;
using tp::server::http::Principal;
using tp::server::http::StaffRole;

namespace {

constexpr std::size_t kTokenIdBytes = 16;

Error refused(std::string reason) {
    return makeError("unauthorized", "access token refused: " + std::move(reason));
}

std::optional<StaffRole> parseRole(std::string_view name) {
    if (name == "owner")
        return StaffRole::Owner;
    if (name == "manager")
        return StaffRole::Manager;
    if (name == "cashier")
        return StaffRole::Cashier;
    return std::nullopt;
}

long long unixSeconds(Timestamp t) {
    return std::chrono::floor<std::chrono::seconds>(t).time_since_epoch().count();
}

Timestamp fromUnixSeconds(long long seconds) {
    return Timestamp{std::chrono::seconds{seconds}};
}

// Exactly three non-empty dot-separated segments.
std::optional<std::vector<std::string_view>> splitSegments(std::string_view token) {
    std::vector<std::string_view> segments;
    std::size_t start = 0;
    for (int i = 0; i < 2; ++i) {
        const std::size_t dot = token.find('.', start);
        if (dot == std::string_view::npos)
            return std::nullopt;
        segments.push_back(token.substr(start, dot - start));
        start = dot + 1;
    }
    segments.push_back(token.substr(start));
    for (const std::string_view segment : segments) {
        if (segment.empty() || segment.find('.') != std::string_view::npos)
            return std::nullopt;
    }
    return segments;
}

// A base64url segment holding a JSON object, or nothing. Poco exceptions stay in here.
Poco::JSON::Object::Ptr decodeObject(std::string_view segment) {
    const std::optional<std::string> json = decodeBase64Url(segment);
    if (!json)
        return nullptr;
    try {
        // Reused per thread: a Poco parser costs more to build than a token's claims to parse.
        thread_local Poco::JSON::Parser parser;
        parser.reset();
        const Poco::Dynamic::Var parsed = parser.parse(*json);
        if (parsed.type() != typeid(Poco::JSON::Object::Ptr))
            return nullptr;
        return parsed.extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception&) {
        return nullptr;
    } catch (const std::exception&) {
        return nullptr;
    }
}

std::optional<std::string> stringClaim(const Poco::JSON::Object& object, const std::string& name) {
    if (!object.has(name))
        return std::nullopt;
    const Poco::Dynamic::Var value = object.get(name);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<long long> integerClaim(const Poco::JSON::Object& object, const std::string& name) {
    if (!object.has(name))
        return std::nullopt;
    const Poco::Dynamic::Var value = object.get(name);
    if (!value.isInteger())
        return std::nullopt;
    try {
        return value.convert<Poco::Int64>();
    } catch (const Poco::Exception&) {
        return std::nullopt; // out of range
    }
}

// The unpadded base64url HMAC-SHA256 of `signingInput`, or nothing if OpenSSL fails.
std::optional<std::string> hs256(std::string_view secret, std::string_view signingInput) {
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (secret.size() > static_cast<std::size_t>(INT_MAX))
        return std::nullopt;
    if (HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
             reinterpret_cast<const unsigned char*>(signingInput.data()), signingInput.size(), mac, &length) == nullptr)
        return std::nullopt;
    return encodeBase64Url(std::string_view(reinterpret_cast<const char*>(mac), length));
}

bool signatureMatches(std::string_view secret, std::string_view signingInput, std::string_view signature) {
    const std::optional<std::string> expected = hs256(secret, signingInput);
    return expected && constantTimeEquals(*expected, signature);
}

} // namespace

std::string_view staffRoleName(StaffRole role) {
    switch (role) {
    case StaffRole::Owner:
        return "owner";
    case StaffRole::Manager:
        return "manager";
    case StaffRole::Cashier:
        return "cashier";
    }
    return "cashier";
}

AccessTokens::AccessTokens(Settings settings, Clock clock)
    : m_settings(std::move(settings))
    , m_clock(std::move(clock))
    , m_verified(std::make_shared<VerifiedTokenCache<AccessTokenClaims>>()) {}

Result<AccessTokens> AccessTokens::create(Settings settings, Clock clock) {
    using namespace std::chrono_literals;
    if (settings.secret.size() < kMinimumSecretBytes)
        return makeError("invalid_config",
                         "the access token secret must be at least " + std::to_string(kMinimumSecretBytes) + " bytes");
    if (!settings.previousSecret.empty() && settings.previousSecret.size() < kMinimumSecretBytes)
        return makeError("invalid_config", "the previous access token secret must be at least " +
                                               std::to_string(kMinimumSecretBytes) + " bytes");
    if (settings.lifetime <= 0s || settings.lifetime > 24h)
        return makeError("invalid_config", "the access token lifetime must be between 1 second and 24 hours");
    if (settings.leeway < 0s || settings.leeway > 5min)
        return makeError("invalid_config", "the access token leeway must be between 0 and 5 minutes");
    if (!clock)
        return makeError("invalid_config", "access tokens need a clock");
    return AccessTokens(std::move(settings), std::move(clock));
}

Result<IssuedAccessToken> AccessTokens::issue(const Principal& staff) const {
    if (staff.kind != Principal::Kind::Staff || staff.userId.empty() || staff.tenantId.empty() ||
        staff.tenantSlug.empty())
        return makeError("invalid_principal", "access tokens are issued to staff with a user, tenant id and slug");
    Result<std::string> idBytes = secureRandomBytes(kTokenIdBytes);
    if (!idBytes)
        return idBytes.error();

    IssuedAccessToken issued;
    issued.tokenId = encodeBase64Url(*idBytes);
    const long long issuedAt = unixSeconds(m_clock());
    const long long expiresAt = issuedAt + m_settings.lifetime.count();
    issued.issuedAt = fromUnixSeconds(issuedAt);
    issued.expiresAt = fromUnixSeconds(expiresAt);
    issued.expiresInSeconds = m_settings.lifetime.count();
    try {
        Poco::JWT::Token token;
        token.setType("JWT");
        Poco::JSON::Object& payload = token.payload();
        payload.set("sub", staff.userId);
        payload.set("tid", staff.tenantId);
        payload.set("tslug", staff.tenantSlug);
        payload.set("role", std::string(staffRoleName(staff.role)));
        payload.set("typ", std::string(kTokenType));
        payload.set("iat", static_cast<Poco::Int64>(issuedAt));
        payload.set("exp", static_cast<Poco::Int64>(expiresAt));
        payload.set("jti", issued.tokenId);
        const Poco::JWT::Signer signer(m_settings.secret);
        issued.token = signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
    } catch (const Poco::Exception& e) {
        return makeError("crypto_failure", "signing the access token failed: " + e.displayText());
    } catch (const std::exception& e) {
        return makeError("crypto_failure", std::string("signing the access token failed: ") + e.what());
    }
    return issued;
}

Result<AccessTokenClaims> AccessTokens::verify(std::string_view token) const {
    if (token.empty())
        return refused("empty");
    if (token.size() > kMaximumTokenLength)
        return refused("too long");
    if (auto known = m_verified->find(token)) {
        if (auto inTime = checkTime(*known); !inTime)
            return inTime.error();
        return *known;
    }
    const std::optional<std::vector<std::string_view>> segments = splitSegments(token);
    if (!segments)
        return refused("not a JWT (expected header.payload.signature)");
    const std::string_view headerSegment = (*segments)[0];
    const std::string_view payloadSegment = (*segments)[1];
    const std::string_view signature = (*segments)[2];

    const Poco::JSON::Object::Ptr header = decodeObject(headerSegment);
    if (!header)
        return refused("malformed header");
    const std::optional<std::string> algorithm = stringClaim(*header, "alg");
    if (!algorithm || *algorithm != kAlgorithm)
        return refused("algorithm \"" + algorithm.value_or("") + "\" is not accepted");
    if (header->has("crit"))
        return refused("critical header extensions are not supported");

    // The signature covers the segments exactly as received.
    const std::string_view signingInput = token.substr(0, headerSegment.size() + 1 + payloadSegment.size());
    const bool signedByCurrent = signatureMatches(m_settings.secret, signingInput, signature);
    const bool signedByPrevious = !signedByCurrent && !m_settings.previousSecret.empty() &&
                                  signatureMatches(m_settings.previousSecret, signingInput, signature);
    if (!signedByCurrent && !signedByPrevious)
        return refused("signature is invalid");

    const Poco::JSON::Object::Ptr payload = decodeObject(payloadSegment);
    if (!payload)
        return refused("malformed payload");
    const std::optional<std::string> type = stringClaim(*payload, "typ");
    if (!type || *type != kTokenType)
        return refused("not an access token");

    AccessTokenClaims claims;
    Principal& principal = claims.principal;
    principal.kind = Principal::Kind::Staff;
    const std::optional<std::string> userId = stringClaim(*payload, "sub");
    const std::optional<std::string> tenantId = stringClaim(*payload, "tid");
    const std::optional<std::string> tenantSlug = stringClaim(*payload, "tslug");
    const std::optional<std::string> tokenId = stringClaim(*payload, "jti");
    const std::optional<std::string> roleName = stringClaim(*payload, "role");
    const std::optional<long long> issuedAt = integerClaim(*payload, "iat");
    const std::optional<long long> expiresAt = integerClaim(*payload, "exp");
    if (!userId || userId->empty() || !tenantId || tenantId->empty() || !tenantSlug || tenantSlug->empty() ||
        !tokenId || tokenId->empty() || !roleName || !issuedAt || !expiresAt)
        return refused("a required claim is missing or has the wrong type");
    const std::optional<StaffRole> role = parseRole(*roleName);
    if (!role)
        return refused("unknown role");
    // Bounds keep the millisecond arithmetic below far from overflow.
    constexpr long long kYear9999 = 253402300799;
    if (*issuedAt < 0 || *expiresAt <= *issuedAt || *expiresAt > kYear9999)
        return refused("issue and expiry times are inconsistent");

    claims.issuedAt = fromUnixSeconds(*issuedAt);
    claims.expiresAt = fromUnixSeconds(*expiresAt);
    if (auto inTime = checkTime(claims); !inTime)
        return inTime.error();

    principal.userId = *userId;
    principal.tenantId = *tenantId;
    principal.tenantSlug = *tenantSlug;
    principal.role = *role;
    claims.tokenId = *tokenId;
    m_verified->remember(token, claims);
    return claims;
}

Result<void> AccessTokens::checkTime(const AccessTokenClaims& claims) const {
    const Timestamp now = m_clock();
    if (now >= claims.expiresAt + m_settings.leeway)
        return refused("expired");
    if (claims.issuedAt > now + m_settings.leeway)
        return refused("issued in the future");
    return {};
}

} // namespace tp::server::auth
