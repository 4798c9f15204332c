#pragma once

#include <string>
#include <string_view>

namespace tp::server::http {

// Percent-decoding for path segments and query strings (RFC 3986). Poco::URI::decode lets bad
// escapes through and cannot tell "+" in a query from "+" in a path, hence our own.

// Appends the decoded `text` to `out`. `plusIsSpace` for query strings (form encoding). Returns
// false on a malformed escape ("%4", "%zz"); `out` then holds a partial result.
bool appendPercentDecoded(std::string& out, std::string_view text, bool plusIsSpace);

// True when decoded text is fit to hand to handlers: valid UTF-8 and no NUL byte (which C APIs
// such as libpq and sqlite3 would cut the text at).
bool isCleanText(std::string_view text);

} // namespace tp::server::http
