#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "http/Request.h"
#include "http/Response.h"

namespace tp::server::http {

// Which browser origins may call the API (the web shop page, a backoffice served from another
// host), and the CORS headers that say so. Bearer tokens travel in a header, not in cookies, so
// credentials are never allowed and "*" is safe for public deployments.
//
// A preflight (OPTIONS with Origin and Access-Control-Request-Method) from an allowed origin is
// answered 204 here, before routing and authentication, because browsers send it without the
// token. Actual responses to an allowed origin carry Access-Control-Allow-Origin. A disallowed
// origin gets no CORS header at all, so the browser blocks the answer; its preflight is handled
// as a plain OPTIONS request.
class CorsPolicy {
public:
    explicit CorsPolicy(std::vector<std::string> allowedOrigins);

    // The Access-Control-Allow-Origin value for a request's Origin header: "*" when every origin
    // is allowed, the origin itself when it is listed, "" when it is absent or not allowed.
    std::string_view allowOriginFor(std::string_view origin) const;

    static bool isPreflight(const Request& request);
    Response preflight(std::string_view allowOrigin) const;
    // Adds the CORS headers of an actual (non-preflight) response.
    void decorate(Response& response, std::string_view allowOrigin) const;

private:
    std::vector<std::string> m_origins;
    bool m_anyOrigin = false;
};

} // namespace tp::server::http
