#pragma once

#include <string>

namespace tp::server::http {

// Where whole log lines can go without a Poco::Message each (a message costs a getpid() and
// the thread's name under a lock). A Poco channel that also implements this — the server's
// BufferedLineChannel — gets the access log's lines directly.
class LineSink {
public:
    virtual ~LineSink() = default;
    virtual void writeLine(std::string line) = 0;
};

} // namespace tp::server::http
