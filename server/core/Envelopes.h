#pragma once

#include <string>
#include <string_view>

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>

#include "domain/core/Result.h"
#include "http/Response.h"

namespace tp::server {

// {"<key>": value}: the shape of every single-object answer ({"product": …}, {"store": …}).
inline Poco::JSON::Object::Ptr wrap(const std::string& key, const Poco::Dynamic::Var& value) {
    Poco::JSON::Object::Ptr body = new Poco::JSON::Object;
    body->set(key, value);
    return body;
}

// {"<key>": <json>} around a value serialised already (a stored document). `key` is one of
// the API's own names, never client text, so it needs no escaping.
inline std::string wrapJsonText(std::string_view key, std::string_view json) {
    std::string body;
    body.reserve(json.size() + key.size() + 8);
    body.append("{\"").append(key).append("\":").append(json).push_back('}');
    return body;
}

// What an edit that failed answers: a stale version is 409 version_conflict carrying the
// server's copy as "current" (API.md); every other error goes through the usual envelope.
inline tp::domain::Result<http::Response> editFailure(const tp::domain::Error& error,
                                                      const Poco::JSON::Object::Ptr& current) {
    if (error.code == "version_conflict" && current)
        return http::Response::error(409, error, wrap("current", current));
    return error;
}

} // namespace tp::server
