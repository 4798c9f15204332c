#include "http/EventLoop.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tp::server::http {

namespace {

using Clock = std::chrono::steady_clock;
using tp::domain::makeError;

constexpr std::size_t readChunk = 64 * 1024;
constexpr auto sweepEvery = std::chrono::milliseconds(100);
// After an answer to a body we refused (413), the client may still be sending it: up to this
// much more is read and dropped, for at most drainTime since the last bytes, before the
// socket closes — closing on unread data makes the kernel send a reset, which can destroy the
// 413 before the client reads it.
constexpr std::size_t chunkedDrainBytes = 64 * 1024;
constexpr std::uint64_t declaredDrainBytes = 16 * 1024 * 1024;
constexpr auto drainTime = std::chrono::milliseconds(250);
constexpr std::string_view continueLine = "HTTP/1.1 100 Continue\r\n\r\n";

} // namespace

struct EventLoop::Connection {
    enum class Phase { Head, Body, ChunkedBody, Draining };

    int socket = -1;
    std::uint64_t id = 0;
    std::string remoteAddress;
    bool closed = false;
    // Its answer comes later (DeferredAnswer): the socket is out of the epoll set meanwhile, so
    // nothing is read and no timeout applies.
    bool awaiting = false;

    std::string in;
    std::size_t inUsed = 0; // bytes of `in` already consumed
    std::string out;
    std::size_t outSent = 0;
    bool writeWatched = false;

    Phase phase = Phase::Head;
    IncomingRequest request;
    std::uint64_t bodyRemaining = 0;
    ChunkedBodyDecoder chunks;
    int served = 0;
    bool closeAfterWrite = false;
    std::uint64_t drainBudget = 0; // bytes to read and drop after the final answer
    Clock::time_point deadline;

    bool outputPending() const { return outSent < out.size(); }
    std::string_view unread() const { return std::string_view(in).substr(inUsed); }
};

EventLoop::EventLoop(EventLoopSettings settings, RequestHandler handler)
    : m_settings(settings)
    , m_handler(std::move(handler))
    , m_readBuffer(readChunk) {}

EventLoop::~EventLoop() {
    quit();
    if (m_thread.joinable())
        m_thread.join();
    for (auto& connection : m_connections)
        close(*connection);
    if (m_wake >= 0)
        ::close(m_wake);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

tp::domain::Result<void> EventLoop::start() {
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_epoll < 0 || m_wake < 0)
        return makeError("listen_failed", std::string("cannot create the event loop: ") + std::strerror(errno));
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.ptr = nullptr; // the wake-up descriptor
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event);
    m_nextSweep = Clock::now() + sweepEvery;
    m_thread = std::thread([this] { run(); });
    return {};
}

void EventLoop::adopt(int socket, std::string remoteAddress) {
    {
        const std::lock_guard lock(m_mailboxMutex);
        m_adopted.emplace_back(socket, std::move(remoteAddress));
    }
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
}

void EventLoop::drain() {
    {
        const std::lock_guard lock(m_mailboxMutex);
        m_drainRequested = true;
    }
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
}

void EventLoop::quit() {
    {
        const std::lock_guard lock(m_mailboxMutex);
        m_quitRequested = true;
    }
    if (m_wake >= 0) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
    }
}

void DeferredAnswer::deliver(OutgoingAnswer answer) const {
    m_loop->complete(m_connection, std::move(answer));
}

void EventLoop::complete(std::uint64_t connection, OutgoingAnswer answer) {
    {
        const std::lock_guard lock(m_mailboxMutex);
        m_completed.emplace_back(connection, std::move(answer));
    }
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto written = ::write(m_wake, &one, sizeof one);
}

void EventLoop::abortAll() {
    const std::lock_guard lock(m_socketsMutex);
    for (const int socket : m_sockets)
        ::shutdown(socket, SHUT_RDWR);
}

void EventLoop::run() {
    std::vector<epoll_event> events(256);
    std::vector<std::unique_ptr<Connection>> closing;
    for (;;) {
        const int ready =
            ::epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), static_cast<int>(sweepEvery.count()));
        for (int i = 0; i < ready; ++i) {
            if (events[i].data.ptr == nullptr) {
                takeMailbox();
                continue;
            }
            auto& connection = *static_cast<Connection*>(events[i].data.ptr);
            if (!connection.closed)
                onEvents(connection, events[i].events);
        }
        {
            const std::lock_guard lock(m_mailboxMutex);
            if (m_quitRequested)
                return;
        }
        const auto now = Clock::now();
        if (now >= m_nextSweep) {
            sweep(now);
            m_nextSweep = now + sweepEvery;
        }
        // Closed connections are freed only here: a later event of the same batch may point at one.
        // Only when some closed: walking every connection on every wake-up would cost a loop with
        // thousands of idle keep-alive connections on each request.
        if (m_someClosed) {
            const auto firstClosed = std::stable_partition(m_connections.begin(), m_connections.end(),
                                                           [](const auto& connection) { return !connection->closed; });
            m_connections.erase(firstClosed, m_connections.end());
            m_someClosed = false;
        }
    }
}

void EventLoop::takeMailbox() {
    std::uint64_t count = 0;
    [[maybe_unused]] const auto read = ::read(m_wake, &count, sizeof count);
    std::vector<std::pair<int, std::string>> adopted;
    std::vector<std::pair<std::uint64_t, OutgoingAnswer>> completed;
    bool drainNow = false;
    {
        const std::lock_guard lock(m_mailboxMutex);
        adopted.swap(m_adopted);
        completed.swap(m_completed);
        drainNow = m_drainRequested && !m_draining;
    }
    for (auto& [id, outgoing] : completed) {
        const auto found = m_awaiting.find(id);
        if (found == m_awaiting.end())
            continue; // closed meanwhile (a stop's abort)
        Connection& connection = *found->second;
        m_awaiting.erase(found);
        connection.awaiting = false;
        epoll_event event{};
        event.events = EPOLLIN | EPOLLRDHUP;
        event.data.ptr = &connection;
        connection.writeWatched = false;
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, connection.socket, &event) != 0) {
            close(connection);
            continue;
        }
        send(connection, connection.request.mayKeepAlive, std::move(outgoing));
        if (!connection.closed && !connection.outputPending())
            process(connection); // requests pipelined behind the deferred one
    }
    for (auto& [socket, remote] : adopted) {
        auto connection = std::make_unique<Connection>();
        connection->socket = socket;
        connection->id = m_nextConnectionId++;
        connection->remoteAddress = std::move(remote);
        connection->deadline = Clock::now() + m_settings.ioTimeout;
        epoll_event event{};
        event.events = EPOLLIN | EPOLLRDHUP;
        event.data.ptr = connection.get();
        if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, socket, &event) != 0) {
            ::close(socket);
            continue;
        }
        {
            const std::lock_guard lock(m_socketsMutex);
            m_sockets.push_back(socket);
        }
        m_connections.push_back(std::move(connection));
    }
    if (drainNow) {
        m_draining = true;
        for (auto& connection : m_connections) {
            if (!connection->closed && isIdle(*connection))
                close(*connection);
        }
    }
}

bool EventLoop::isIdle(const Connection& connection) const {
    return !connection.awaiting && connection.phase == Connection::Phase::Head && connection.unread().empty() &&
           !connection.outputPending();
}

void EventLoop::onEvents(Connection& connection, std::uint32_t events) {
    if (events & EPOLLOUT) {
        flush(connection);
        if (connection.closed || connection.outputPending())
            return;
        // Requests that arrived while the answer was leaving (pipelining) are served now.
        process(connection);
        if (connection.closed || connection.outputPending())
            return;
    }
    if (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
        readFrom(connection);
}

void EventLoop::readFrom(Connection& connection) {
    for (;;) {
        if (connection.outputPending())
            return; // back-pressure: the next request waits until this answer has left
        // Into the loop's buffer, then appended: growing the connection's string first would
        // zero 64 KiB per read.
        const ssize_t received = ::recv(connection.socket, m_readBuffer.data(), m_readBuffer.size(), 0);
        if (received > 0)
            connection.in.append(m_readBuffer.data(), static_cast<std::size_t>(received));
        if (received < 0) {
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                close(connection);
            return;
        }
        if (received == 0) { // the client closed (or half-closed) its side
            close(connection);
            return;
        }
        process(connection);
        if (connection.closed || static_cast<std::size_t>(received) < m_readBuffer.size())
            return;
    }
}

void EventLoop::process(Connection& connection) {
    using Phase = Connection::Phase;
    const auto now = Clock::now();
    while (!connection.closed && !connection.awaiting && !connection.outputPending()) {
        if (connection.phase == Phase::Draining) {
            const std::uint64_t dropped = std::min<std::uint64_t>(connection.drainBudget, connection.unread().size());
            connection.drainBudget -= dropped;
            connection.inUsed = connection.in.size();
            if (connection.drainBudget == 0)
                close(connection);
            else
                connection.deadline = now + drainTime;
            break;
        }
        if (connection.phase == Phase::Head) {
            if (connection.unread().empty())
                break;
            HeadParse parse = parseRequestHead(connection.unread());
            if (parse.outcome == HeadParse::Outcome::NeedMore) {
                connection.deadline = now + m_settings.ioTimeout;
                break;
            }
            connection.request = IncomingRequest{};
            connection.request.remoteAddress = connection.remoteAddress;
            if (parse.outcome == HeadParse::Outcome::Malformed) {
                connection.request.framingError = makeError("invalid_request", parse.problem);
                answer(connection, connection.request);
                break;
            }
            connection.inUsed += parse.consumed;
            connection.request.head = std::move(parse.head);
            const RequestHead& head = connection.request.head;
            const std::uint64_t declared = head.contentLength.value_or(0);
            if (declared > m_settings.maxBodyBytes) {
                // Refused before reading: a client waiting for "100 Continue" sends nothing more;
                // one already sending gets its body read and dropped, within bounds.
                connection.request.framingError =
                    makeError("payload_too_large", "the request body is larger than the limit of " +
                                                       std::to_string(m_settings.maxBodyBytes) + " bytes");
                connection.drainBudget = head.expectContinue || declared > declaredDrainBytes ? 0 : declared;
                answer(connection, connection.request);
                break;
            }
            if (head.chunked) {
                connection.phase = Phase::ChunkedBody;
                connection.chunks = ChunkedBodyDecoder();
            } else if (declared > 0) {
                connection.phase = Phase::Body;
                connection.bodyRemaining = declared;
                connection.request.body.reserve(static_cast<std::size_t>(declared));
            } else {
                answer(connection, connection.request);
                continue;
            }
            if (head.expectContinue && connection.unread().empty()) {
                connection.out.append(continueLine);
                flush(connection);
            }
            continue;
        }
        if (connection.phase == Phase::Body) {
            const std::string_view available = connection.unread();
            const std::size_t take =
                static_cast<std::size_t>(std::min<std::uint64_t>(connection.bodyRemaining, available.size()));
            connection.request.body.append(available.substr(0, take));
            connection.inUsed += take;
            connection.bodyRemaining -= take;
            if (connection.bodyRemaining > 0) {
                connection.deadline = now + m_settings.ioTimeout;
                break;
            }
            answer(connection, connection.request);
            continue;
        }
        // Phase::ChunkedBody
        std::size_t consumed = 0;
        const auto outcome = connection.chunks.feed(connection.unread(), consumed, connection.request.body);
        connection.inUsed += consumed;
        if (connection.request.body.size() > m_settings.maxBodyBytes) {
            connection.request.framingError =
                makeError("payload_too_large", "the request body is larger than the limit of " +
                                                   std::to_string(m_settings.maxBodyBytes) + " bytes");
            connection.request.body.clear();
            connection.drainBudget = chunkedDrainBytes;
            answer(connection, connection.request);
            break;
        }
        if (outcome == ChunkedBodyDecoder::Outcome::Malformed) {
            connection.request.framingError =
                makeError("invalid_request", "the chunked request body is malformed; it could not be read in full");
            answer(connection, connection.request);
            break;
        }
        if (outcome == ChunkedBodyDecoder::Outcome::NeedMore) {
            connection.deadline = now + m_settings.ioTimeout;
            break;
        }
        answer(connection, connection.request);
    }
    // Keep the buffer from growing with every pipelined request.
    if (connection.inUsed == connection.in.size()) {
        connection.in.clear();
        connection.inUsed = 0;
    } else if (connection.inUsed > readChunk) {
        connection.in.erase(0, connection.inUsed);
        connection.inUsed = 0;
    }
}

void EventLoop::answer(Connection& connection, IncomingRequest& request) {
    ++connection.served;
    const bool failed = request.framingError.has_value();
    request.mayKeepAlive = !failed && request.head.keepAlive &&
                           connection.served < m_settings.maxRequestsPerConnection &&
                           !(m_settings.draining != nullptr && m_settings.draining->load());
    if (!failed || request.framingError->code != "payload_too_large")
        connection.drainBudget = 0;
    std::optional<OutgoingAnswer> outgoing = m_handler(request, DeferredAnswer(*this, connection.id));
    if (!outgoing) {
        // Answered later: out of the epoll set until then (see Connection::awaiting).
        connection.awaiting = true;
        m_awaiting.emplace(connection.id, &connection);
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, connection.socket, nullptr);
        return;
    }
    send(connection, request.mayKeepAlive, std::move(*outgoing));
}

void EventLoop::send(Connection& connection, bool keepAlive, OutgoingAnswer outgoing) {
    connection.closeAfterWrite = outgoing.close || !keepAlive;
    connection.phase = Connection::Phase::Head;
    connection.request = IncomingRequest{};
    if (connection.out.empty())
        connection.out = std::move(outgoing.wire);
    else
        connection.out.append(outgoing.wire);
    flush(connection);
}

void EventLoop::flush(Connection& connection) {
    while (connection.outputPending()) {
        const ssize_t sent = ::send(connection.socket, connection.out.data() + connection.outSent,
                                    connection.out.size() - connection.outSent, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                connection.deadline = Clock::now() + m_settings.ioTimeout;
                watch(connection, true);
                return;
            }
            close(connection); // the peer is gone
            return;
        }
        connection.outSent += static_cast<std::size_t>(sent);
    }
    connection.out.clear();
    connection.outSent = 0;
    watch(connection, false);
    if (connection.closeAfterWrite) {
        if (connection.drainBudget > 0) {
            // Our side is done: the client sees the end after the answer while we drop the rest.
            ::shutdown(connection.socket, SHUT_WR);
            connection.phase = Connection::Phase::Draining;
            connection.deadline = Clock::now() + drainTime;
            connection.closeAfterWrite = false;
        } else {
            close(connection);
        }
        return;
    }
    if (m_draining && isIdle(connection)) {
        close(connection);
        return;
    }
    connection.deadline =
        Clock::now() + (connection.unread().empty() ? m_settings.keepAliveTimeout : m_settings.ioTimeout);
}

void EventLoop::watch(Connection& connection, bool forWriting) {
    if (connection.writeWatched == forWriting || connection.closed)
        return;
    epoll_event event{};
    // While an answer is leaving, only writability matters: reading waits (see readFrom).
    event.events = forWriting ? EPOLLOUT : EPOLLIN | EPOLLRDHUP;
    event.data.ptr = &connection;
    ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, connection.socket, &event);
    connection.writeWatched = forWriting;
}

void EventLoop::close(Connection& connection) {
    if (connection.closed)
        return;
    connection.closed = true;
    m_someClosed = true;
    if (connection.awaiting)
        m_awaiting.erase(connection.id);
    else
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, connection.socket, nullptr);
    const std::lock_guard lock(m_socketsMutex);
    m_sockets.erase(std::remove(m_sockets.begin(), m_sockets.end(), connection.socket), m_sockets.end());
    ::close(connection.socket);
}

void EventLoop::sweep(Clock::time_point now) {
    for (auto& connection : m_connections) {
        if (!connection->closed && !connection->awaiting && now >= connection->deadline)
            close(*connection); // idle past the keep-alive timeout, or a stalled request or answer
    }
}

} // namespace tp::server::http
