#include "protocol/JsonText.h"

#include <sstream>

#include <Poco/JSON/JSONException.h>
#include <Poco/JSON/Parser.h>

namespace tp::protocol {

std::string toJsonText(const Poco::JSON::Object::Ptr& object) {
    std::ostringstream out;
    object->stringify(out);
    return out.str();
}

std::string toJsonText(const Poco::JSON::Array::Ptr& array) {
    std::ostringstream out;
    array->stringify(out);
    return out.str();
}

namespace {

tp::domain::Result<Poco::Dynamic::Var> parse(std::string_view text) {
    try {
        // One parser per thread, reset between documents: constructing a Poco parser costs more
        // than parsing a small stored document (a store's tax rates, a variant's options).
        thread_local Poco::JSON::Parser parser;
        parser.reset();
        return parser.parse(std::string(text));
    } catch (const Poco::Exception& e) {
        return tp::domain::makeError("invalid_request", "the body is not valid JSON: " + e.message());
    }
}

} // namespace

tp::domain::Result<Poco::JSON::Object::Ptr> parseJsonObject(std::string_view text) {
    auto parsed = parse(text);
    if (!parsed)
        return parsed.error();
    if (parsed.value().type() != typeid(Poco::JSON::Object::Ptr))
        return tp::domain::makeError("invalid_request", "the body must be a JSON object");
    return parsed.value().extract<Poco::JSON::Object::Ptr>();
}

tp::domain::Result<Poco::JSON::Array::Ptr> parseJsonArray(std::string_view text) {
    auto parsed = parse(text);
    if (!parsed)
        return parsed.error();
    if (parsed.value().type() != typeid(Poco::JSON::Array::Ptr))
        return tp::domain::makeError("invalid_request", "the document must be a JSON array");
    return parsed.value().extract<Poco::JSON::Array::Ptr>();
}

} // namespace tp::protocol
