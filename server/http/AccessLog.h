#pragma once

#include <chrono>
#include <cstddef>
#include <string_view>

namespace Poco {
class Logger;
}

#include "http/LineSink.h"

namespace tp::server::http {

// One JSON line per answered request through the Poco logger "tillpoint.http.access", at
// information level, for log shippers:
//   {"time":"2024-05-01T09:30:00.123Z","request_id":"…","method":"GET","path":"/api/v1/stores",
//    "route":"/api/v1/stores","status":200,"bytes":512,"duration_ms":1.25,"tenant_id":"…",
//    "remote":"10.0.0.7"}
// "route" is the matched pattern ("" when none matched), "bytes" the body sent. Nothing is
// formatted when the logger's level is below information. When the logger's channel is a
// LineSink, lines go to it directly.
class AccessLog {
public:
    static constexpr std::string_view loggerName = "tillpoint.http.access";

    struct Entry {
        std::chrono::system_clock::time_point time;
        std::string_view requestId;
        std::string_view method;
        std::string_view path;
        std::string_view route;
        int status = 0;
        std::size_t bytes = 0;
        std::chrono::nanoseconds duration{0};
        std::string_view tenantId;
        std::string_view remote;
    };

    AccessLog();
    void write(const Entry& entry) const;

private:
    Poco::Logger& m_logger;
    LineSink* m_directSink; // the logger's channel, when it takes lines directly
};

} // namespace tp::server::http
