#include "http/Response.h"

#include <sstream>

#include <Poco/JSON/Stringifier.h>

#include "http/JsonString.h"

namespace tp::server::http {

namespace {

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// The envelope is written by hand: it is on every failure path, and its message may quote
// client bytes that Poco's stringifier would pass through unescaped.
std::string envelope(std::string_view code, std::string_view message, const Poco::JSON::Object::Ptr& extra) {
    std::string body;
    body.reserve(48 + code.size() + message.size());
    body.append(R"({"error":{"code":)");
    appendJsonString(body, code);
    body.append(R"(,"message":)");
    appendJsonString(body, message);
    body.push_back('}');
    if (extra) {
        std::ostringstream value;
        for (const auto& [key, member] : *extra) {
            if (key == "error")
                continue;
            body.push_back(',');
            appendJsonString(body, key);
            body.push_back(':');
            value.str({});
            Poco::JSON::Stringifier::stringify(member, value, 0, -1);
            body.append(value.str());
        }
    }
    body.push_back('}');
    return body;
}

Response internal(const tp::domain::Error& error) {
    Response response;
    response.status = 500;
    // The edge replaces this body with one naming the request id; this one is what a response
    // built outside the edge (a unit test) shows.
    response.body = envelope("internal_error", "internal error", nullptr);
    response.internalError = error;
    return response;
}

} // namespace

int statusForError(const tp::domain::Error& error) {
    const std::string_view code = error.code;
    if (code == "invalid_request")
        return 400;
    if (code == "unauthorized")
        return 401;
    if (code == "forbidden" || code == "tenant_suspended" || code == "plan_limit" || code == "feature_disabled")
        return 403;
    if (code == "not_found" || code == "enrolment_code_invalid")
        return 404;
    if (code == "method_not_allowed")
        return 405;
    if (code == "conflict" || endsWith(code, "_taken") || code == "version_conflict" || code == "out_of_stock" ||
        code == "illegal_transition" || code == "customer_anonymized")
        return 409;
    if (code == "payload_too_large")
        return 413;
    if (startsWith(code, "coupon_"))
        return 422;
    if (code == "rate_limited")
        return 429;
    return 500;
}

std::string wireCodeForError(const tp::domain::Error& error) {
    const int status = statusForError(error);
    if (status == 500)
        return "internal_error";
    if (status == 422)
        return "coupon_invalid";
    return error.code;
}

Response Response::json(int status, const Poco::JSON::Object::Ptr& object) {
    Response response;
    response.status = status;
    if (object) {
        std::ostringstream out;
        object->stringify(out);
        response.body = out.str();
    } else {
        response.body = "{}";
    }
    return response;
}

Response Response::jsonText(int status, std::string body) {
    return text(status, std::move(body), "application/json");
}

Response Response::text(int status, std::string body, std::string contentType) {
    Response response;
    response.status = status;
    response.body = std::move(body);
    response.contentType = std::move(contentType);
    return response;
}

Response Response::error(const tp::domain::Error& error) {
    const int status = statusForError(error);
    if (status == 500)
        return internal(error);
    Response response;
    response.status = status;
    response.body = envelope(wireCodeForError(error), error.message, nullptr);
    return response;
}

Response Response::error(int status, const tp::domain::Error& error, Poco::JSON::Object::Ptr extra) {
    if (status == 500)
        return internal(error);
    Response response;
    response.status = status;
    response.body = envelope(error.code, error.message, extra);
    return response;
}

} // namespace tp::server::http
