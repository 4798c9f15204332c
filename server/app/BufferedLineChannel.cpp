#include "app/BufferedLineChannel.h"

#include <Poco/Message.h>

namespace tp::server::app {

namespace {
// Past this much buffered text the thread is woken early, which bounds memory under a burst.
constexpr std::size_t kEagerFlushBytes = 64 * 1024;
} // namespace

BufferedLineChannel::BufferedLineChannel(std::ostream& out, std::chrono::milliseconds flushInterval)
    : m_out(out)
    , m_flushInterval(flushInterval)
    , m_thread([this] { run(); }) {}

BufferedLineChannel::~BufferedLineChannel() {
    close();
}

void BufferedLineChannel::open() {}

void BufferedLineChannel::close() {
    {
        const std::lock_guard lock(m_mutex);
        if (m_closed)
            return;
        m_closed = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BufferedLineChannel::log(const Poco::Message& message) {
    append(message.getText(), message.getPriority() <= Poco::Message::PRIO_ERROR);
}

void BufferedLineChannel::writeLine(std::string line) {
    append(line, false);
}

void BufferedLineChannel::append(const std::string& text, bool urgent) {
    std::unique_lock lock(m_mutex);
    if (m_closed) { // after close() nobody flushes later: write now
        lock.unlock();
        std::string line = text + "\n";
        writeOut(line);
        return;
    }
    m_pending.append(text);
    m_pending.push_back('\n');
    if (urgent)
        m_urgent = true;
    if (urgent || m_pending.size() >= kEagerFlushBytes) {
        lock.unlock();
        m_wake.notify_one();
    }
}

void BufferedLineChannel::run() {
    std::string batch;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait_for(lock, m_flushInterval,
                        [this] { return m_closed || m_urgent || m_pending.size() >= kEagerFlushBytes; });
        batch.swap(m_pending);
        m_urgent = false;
        const bool closed = m_closed;
        lock.unlock();
        writeOut(batch);
        batch.clear();
        if (closed)
            return;
        lock.lock();
    }
}

void BufferedLineChannel::writeOut(std::string& lines) {
    if (lines.empty())
        return;
    const std::lock_guard lock(m_writeMutex);
    m_out.write(lines.data(), static_cast<std::streamsize>(lines.size()));
    m_out.flush();
}

} // namespace tp::server::app
