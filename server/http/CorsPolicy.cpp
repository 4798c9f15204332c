#include "http/CorsPolicy.h"

#include <algorithm>

namespace tp::server::http {

namespace {

// The methods the API uses and the request headers it reads. A fixed list rather than the
// route's methods: a preflight that fails on the method would hide the 405 the actual request
// gets, which is the error a developer can act on.
constexpr std::string_view allowedMethods = "GET, POST, PUT, PATCH, DELETE";
constexpr std::string_view allowedHeaders = "Authorization, Content-Type, Idempotency-Key, X-Request-Id, X-Tenant";
constexpr std::string_view preflightMaxAgeSeconds = "600";

} // namespace

CorsPolicy::CorsPolicy(std::vector<std::string> allowedOrigins)
    : m_origins(std::move(allowedOrigins))
    , m_anyOrigin(std::find(m_origins.begin(), m_origins.end(), "*") != m_origins.end()) {}

std::string_view CorsPolicy::allowOriginFor(std::string_view origin) const {
    if (origin.empty())
        return {};
    if (m_anyOrigin)
        return "*";
    if (std::find(m_origins.begin(), m_origins.end(), origin) != m_origins.end())
        return origin;
    return {};
}

bool CorsPolicy::isPreflight(const Request& request) {
    return request.method == "OPTIONS" && request.headers.count("origin") != 0 &&
           request.headers.count("access-control-request-method") != 0;
}

Response CorsPolicy::preflight(std::string_view allowOrigin) const {
    Response response;
    response.status = 204;
    response.contentType.clear();
    response.headers = {
        {"Access-Control-Allow-Origin", std::string(allowOrigin)},
        {"Access-Control-Allow-Methods", std::string(allowedMethods)},
        {"Access-Control-Allow-Headers", std::string(allowedHeaders)},
        {"Access-Control-Max-Age", std::string(preflightMaxAgeSeconds)},
    };
    if (!m_anyOrigin)
        response.headers.emplace_back("Vary", "Origin");
    return response;
}

void CorsPolicy::decorate(Response& response, std::string_view allowOrigin) const {
    if (!m_anyOrigin && !m_origins.empty())
        response.headers.emplace_back("Vary", "Origin"); // the answer depends on the Origin header
    if (allowOrigin.empty())
        return;
    response.headers.emplace_back("Access-Control-Allow-Origin", std::string(allowOrigin));
    // Lets browser code read the id a support person asks for.
    response.headers.emplace_back("Access-Control-Expose-Headers", "X-Request-Id");
}

} // namespace tp::server::http
