#pragma once

#include <string>
#include <string_view>

#include "http/Response.h"

namespace tp::server::http {

// Appends a whole HTTP/1.x answer — status line, Date, Server, framing, the response's own
// headers, then the body — to `wire`, so that it leaves in one send.
//   version:   the request's ("HTTP/1.1" or "HTTP/1.0"; "HTTP/1.1" when it was unreadable)
//   sendBody:  false for HEAD, which gets the GET answer's headers without its body
//   keepAlive: false adds "Connection: close"; an HTTP/1.0 client kept alive is told so
// 1xx, 204 and 304 answers carry neither body nor Content-Length (RFC 9110, 8.6).
void appendResponse(std::string& wire, std::string_view version, const Response& response, bool sendBody,
                    bool keepAlive);

// The reason phrase for a status ("Not Found"); "Unknown" for codes the server never sends.
std::string_view reasonPhrase(int status);

// The current time as an HTTP date ("Sun, 06 Nov 1994 08:49:37 GMT"), formatted once a second
// per thread.
std::string_view httpDateNow();

} // namespace tp::server::http
