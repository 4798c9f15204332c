#pragma once

#include <string>
#include <string_view>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "domain/core/Result.h"

namespace tp::protocol {

// Compact JSON text of an object or array (what goes on the wire and into TEXT columns).
std::string toJsonText(const Poco::JSON::Object::Ptr& object);
std::string toJsonText(const Poco::JSON::Array::Ptr& array);

// Parses JSON text that must be an object (stored documents, request bodies). Errors are
// "invalid_request" with the parser's words.
tp::domain::Result<Poco::JSON::Object::Ptr> parseJsonObject(std::string_view text);
tp::domain::Result<Poco::JSON::Array::Ptr> parseJsonArray(std::string_view text);

} // namespace tp::protocol
