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

    std::string header(std::string_view name) const; // case-insensitive; "" when absent
    std::optional<std::string> queryValue(std::string_view name) const;
    const std::string& param(const std::string& name) const { return pathParams.at(name); }

    // The body as a JSON object. Malformed JSON, invalid UTF-8, or a non-object → error
    // "invalid_request" with a message saying what is wrong (and where, when the parser knows).
    tp::domain::Result<Poco::JSON::Object::Ptr> jsonObject() const;
};

} // namespace tp::server::http
