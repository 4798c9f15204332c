#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <Poco/JSON/Object.h>

#include "domain/core/Result.h"

namespace tp::server::http {

// What a handler answers. JSON by default.
struct Response {
    int status = 200;
    std::string body;
    std::string contentType = "application/json";
    std::vector<std::pair<std::string, std::string>> headers;
    // Set by error() when the status is 500: the real error, which the edge logs with the request
    // id while the client only gets "internal error; request id <id>". Never sent.
    std::optional<tp::domain::Error> internalError;

    static Response json(int status, const Poco::JSON::Object::Ptr& object);
    // A body that is JSON already (stored documents, hand-written lists).
    static Response jsonText(int status, std::string body);
    static Response text(int status, std::string body, std::string contentType = "text/plain; charset=utf-8");
    // {"error": {"code", "message"}} with the status statusForError(error) gives.
    static Response error(const tp::domain::Error& error);
    // The envelope with an explicit status, e.g. 409 version_conflict plus "current". The code is
    // sent as given; `extra`'s members go beside "error" at the top level. A 500 still hides the
    // code and message (internal_error, see internalError).
    static Response error(int status, const tp::domain::Error& error, Poco::JSON::Object::Ptr extra = nullptr);
};

// The HTTP status for an error code (API.md): invalid_request 400, unauthorized 401,
// forbidden / tenant_suspended / plan_limit / feature_disabled 403, not_found 404,
// method_not_allowed 405, conflict / *_taken / version_conflict / out_of_stock / illegal_transition 409,
// payload_too_large 413, coupon_* 422, rate_limited 429, anything else 500.
int statusForError(const tp::domain::Error& error);

// The code sent on the wire: coupon_* become "coupon_invalid" (422) with the precise message;
// codes that would be 500 become "internal_error" (the detail goes to the log, not the client).
std::string wireCodeForError(const tp::domain::Error& error);

} // namespace tp::server::http
