#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <Poco/JSON/Object.h>

#include "domain/core/Result.h"
#include "http/Principal.h"

namespace tp::server::http {

// An HTTP request as handlers see it: already read in full (within the body limit), routed,
// and — for routes that need it — authenticated.
struct Request {
    std::string method;
    std::string path;                              // without the query string
    std::map<std::string, std::string> pathParams; // {id} → value
    std::multimap<std::string, std::string> query; // decoded
    std::map<std::string, std::string> headers;    // names lower-cased
    std::string body;
    std::string requestId;
    std::string remoteAddress; // "ip" without port
    std::optional<Principal> principal;
    // The tenant slug the request names through its Host subdomain (`<slug>.<baseDomain>`) or,
    // when the Host names none, its X-Tenant header; "" when neither does. For authenticated
    // routes it always equals principal->tenantSlug (a different one is answered 404 before the
    // handler runs). Public storefront handlers resolve it to their tenant.
    std::string tenantHint;
    // The tenant the request acts for, for the access log and per-tenant metrics: the edge sets
    // it from the principal; a public handler that resolved tenantHint should set it too.
    std::string tenantId;

    std::string header(std::string_view name) const; // case-insensitive; "" when absent
    std::optional<std::string> queryValue(std::string_view name) const;
    const std::string& param(const std::string& name) const { return pathParams.at(name); }

    // The body as a JSON object. Malformed JSON, invalid UTF-8, or a non-object → error
    // "invalid_request" with a message saying what is wrong (and where, when the parser knows).
    tp::domain::Result<Poco::JSON::Object::Ptr> jsonObject() const;
};

} // namespace tp::server::http
