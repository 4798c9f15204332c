#pragma once

#include <string>
#include <string_view>

namespace tp::server::http {

// Appends `text` to `out` as a quoted JSON string. Quotes, backslashes and control characters
// are escaped; bytes that are not valid UTF-8 become U+FFFD. The edge writes error envelopes
// and access log lines with this instead of Poco::JSON because their text often comes from
// the client (a path, a parser message quoting a stray byte) and must still yield valid JSON.
void appendJsonString(std::string& out, std::string_view text);

} // namespace tp::server::http
