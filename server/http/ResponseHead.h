#pragma once

#include <string>
#include <string_view>

namespace Poco::Net {
class HTTPResponse;
class StreamSocket;
} // namespace Poco::Net

namespace tp::server::http {

// The status line and headers of `response`, ending with the empty line, as Poco would write
// them, so that the edge can send head and body in one system call.
std::string formatResponseHead(const Poco::Net::HTTPResponse& response);

// Writes all of `bytes` to a blocking socket; false when the peer is gone or the send timed out.
bool sendAll(Poco::Net::StreamSocket& socket, std::string_view bytes);

} // namespace tp::server::http
