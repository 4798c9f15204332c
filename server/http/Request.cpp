#include "http/Request.h"

#include <Poco/Exception.h>
#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

#include "http/Utf8.h"

namespace tp::server::http {

namespace {

std::string lowerCased(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return lower;
}

// Poco prefixes every message with the exception's name ("JSON Exception: ..."), which tells a
// client developer nothing.
std::string parserMessage(const Poco::Exception& exception) {
    const std::string& message = exception.message();
    return message.empty() ? exception.displayText() : message;
}

constexpr const char* notAnObject = "the request body must be a JSON object ({...})";

} // namespace

std::string Request::header(std::string_view name) const {
    const auto it = headers.find(lowerCased(name));
    return it == headers.end() ? std::string() : it->second;
}

std::optional<std::string> Request::queryValue(std::string_view name) const {
    // lower_bound: the first of repeated parameters, in the order the client sent them.
    const auto it = query.lower_bound(std::string(name));
    if (it == query.end() || it->first != name)
        return std::nullopt;
    return it->second;
}

tp::domain::Result<Poco::JSON::Object::Ptr> Request::jsonObject() const {
    using tp::domain::makeError;
    const std::size_t start = body.find_first_not_of(" \t\r\n");
    if (start == std::string::npos)
        return makeError("invalid_request", "the request body is empty; a JSON object is expected");
    // Checked before parsing: Poco reports a top-level scalar as "Attempt to set value on an
    // empty stack", which helps nobody.
    if (body[start] != '{')
        return makeError("invalid_request", notAnObject);
    if (const std::size_t offset = findInvalidUtf8(body); offset != std::string::npos)
        return makeError("invalid_request", "the request body is not valid UTF-8 (first bad byte at offset " +
                                                std::to_string(offset) + ")");
    Poco::Dynamic::Var parsed;
    try {
        // Reused per thread: building a Poco parser costs more than parsing a typical body.
        thread_local Poco::JSON::Parser parser;
        parser.reset();
        parsed = parser.parse(body);
    } catch (const Poco::Exception& exception) {
        return makeError("invalid_request", "the request body is not valid JSON: " + parserMessage(exception));
    }
    if (parsed.type() != typeid(Poco::JSON::Object::Ptr))
        return makeError("invalid_request", notAnObject);
    return parsed.extract<Poco::JSON::Object::Ptr>();
}

} // namespace tp::server::http
