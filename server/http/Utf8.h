#pragma once

#include <cstddef>
#include <string_view>

namespace tp::server::http {

// UTF-8 validation for what arrives on the wire. Poco's JSON parser passes any byte through, so
// a body with broken UTF-8 would parse, be stored, and later break every client that reads it
// back. Strict RFC 3629: overlong forms, surrogates (U+D800..U+DFFF) and code points above
// U+10FFFF are invalid too.

// The offset of the first byte that starts an invalid sequence, or std::string_view::npos when
// `text` is valid UTF-8.
std::size_t findInvalidUtf8(std::string_view text);

inline bool isValidUtf8(std::string_view text) {
    return findInvalidUtf8(text) == std::string_view::npos;
}

// The length of the valid sequence starting at `text[0]`, or 0 when it is not one (used by
// writers that replace broken bytes instead of rejecting them).
std::size_t validUtf8SequenceLength(std::string_view text);

} // namespace tp::server::http
