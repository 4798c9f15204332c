#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>

#include <Poco/Channel.h>

#include "http/LineSink.h"

namespace tp::server::app {

// A Poco channel writing each message's text as one line to a stream, in batches from a
// background thread: the server logs a JSON line per request, and a write and flush per line
// on the request's own thread cost more than answering a cached read. Lines reach the stream
// within `flushInterval`, at once for errors, and all of them on close() or destruction.
class BufferedLineChannel : public Poco::Channel, public http::LineSink {
public:
    explicit BufferedLineChannel(std::ostream& out,
                                 std::chrono::milliseconds flushInterval = std::chrono::milliseconds(100));
    ~BufferedLineChannel() override;

    void open() override;
    void close() override; // writes what is buffered and stops the thread; log() then writes directly
    void log(const Poco::Message& message) override;
    // A line at information level, without a Poco::Message (the access log's path).
    void writeLine(std::string line) override;

private:
    void append(const std::string& text, bool urgent);
    void run();
    void writeOut(std::string& lines);

    std::ostream& m_out;
    const std::chrono::milliseconds m_flushInterval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::string m_pending;
    bool m_urgent = false;
    bool m_closed = false;
    std::mutex m_writeMutex; // keeps batches whole and in order on the stream
    std::thread m_thread;
};

} // namespace tp::server::app
