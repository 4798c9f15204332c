#pragma once

#include <string>
#include <string_view>

namespace tp::server::http {

// The id that ties a request's access log line, its error log lines and the answer together.
// A caller's X-Request-Id (a proxy's, a register's retry) is kept when it is a sane token, so
// one id follows the request across systems; anything else is replaced, since the id is
// echoed into headers and logs and must not carry what a client chose to inject.
struct RequestId {
    static constexpr std::size_t maxLength = 64;

    // At most 64 of [A-Za-z0-9._-], not empty.
    static bool isSane(std::string_view candidate);
    // 32 random hex digits (128 bits): unique without coordination between server processes.
    static std::string generate();
};

} // namespace tp::server::http
