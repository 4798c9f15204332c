#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "domain/core/Result.h"
#include "http/RequestHead.h"

namespace tp::server::http {

// A request as it came off a connection, framed but not yet routed.
struct IncomingRequest {
    RequestHead head;
    std::string body;
    std::string_view remoteAddress;
    // Set when the request could not be read as sent (malformed head or chunk framing: 400;
    // body over the limit: 413). The answer says so and the connection closes after it.
    std::optional<tp::domain::Error> framingError;
    // False when this is the last request the connection may carry (the client asked to close,
    // or the per-connection request limit is reached): the answer says "Connection: close".
    bool mayKeepAlive = true;
};

// What the pipeline answers: the whole response on the wire, and whether the connection ends
// after it.
struct OutgoingAnswer {
    std::string wire;
    bool close = false;
};

class EventLoop;

// How a handler answers later, from another thread (a CPU-heavy route on a worker pool): it
// keeps this and returns no answer; deliver() then sends the answer on the connection, which
// reads nothing more until it has. Delivering to a connection that closed meanwhile does
// nothing. Must be delivered exactly once, before the loop is destroyed.
class DeferredAnswer {
public:
    DeferredAnswer(EventLoop& loop, std::uint64_t connection)
        : m_loop(&loop)
        , m_connection(connection) {}
    void deliver(OutgoingAnswer answer) const;

private:
    EventLoop* m_loop;
    std::uint64_t m_connection;
};

// Answers a request now, or returns nullopt after arranging to deliver through the
// DeferredAnswer (taking what it needs from the request: it is reused once this returns).
using RequestHandler = std::function<std::optional<OutgoingAnswer>(IncomingRequest&, const DeferredAnswer&)>;

struct EventLoopSettings {
    std::size_t maxBodyBytes = 1 << 20;
    std::chrono::milliseconds keepAliveTimeout{15000}; // idle between requests
    std::chrono::milliseconds ioTimeout{30000};        // a request arriving or an answer leaving
    int maxRequestsPerConnection = 1000;
    const std::atomic<bool>* draining = nullptr; // set by a stop: every answer closes its connection
};

// One thread serving many connections through epoll: it reads what arrives, frames requests
// (head, Content-Length or chunked body, "Expect: 100-continue"), runs the handler for each
// complete request on this thread, in order per connection, and writes the answers,
// pipelined requests included. A connection whose answer cannot be written at once waits for
// the socket to drain before its next request is read.
//
// Why not a thread per connection: on these machines a blocking read per request costs a
// context switch in and out, a quarter of a cached product read's CPU; a loop that finds
// several connections ready per wake-up pays it far less often. The price: a slow handler
// holds up the other connections of its loop, so the server runs several loops.
//
// adopt(), drain() and abortAll() may be called from any thread.
class EventLoop {
public:
    EventLoop(EventLoopSettings settings, RequestHandler handler);
    ~EventLoop(); // quits and joins

    tp::domain::Result<void> start();
    // Serves an accepted, non-blocking socket from now on; the loop owns and closes it.
    void adopt(int socket, std::string remoteAddress);
    // For a stop: closes connections idle between requests now and each other one after its
    // current answer.
    void drain();
    // For a stop whose grace ran out: shuts every socket down at once, under running handlers too.
    void abortAll();
    void quit();
    // A deferred answer, from any thread (DeferredAnswer::deliver).
    void complete(std::uint64_t connection, OutgoingAnswer answer);

private:
    struct Connection;
    void run();
    void takeMailbox();
    void onEvents(Connection& connection, std::uint32_t events);
    void readFrom(Connection& connection);
    void process(Connection& connection);
    void answer(Connection& connection, IncomingRequest& request);
    void send(Connection& connection, bool keepAlive, OutgoingAnswer outgoing);
    void flush(Connection& connection);
    void watch(Connection& connection, bool forWriting);
    void close(Connection& connection);
    void sweep(std::chrono::steady_clock::time_point now);
    bool isIdle(const Connection& connection) const;

    EventLoopSettings m_settings;
    RequestHandler m_handler;
    int m_epoll = -1;
    int m_wake = -1; // eventfd: the mailbox has something
    std::thread m_thread;

    std::mutex m_mailboxMutex;
    std::vector<std::pair<int, std::string>> m_adopted;
    std::vector<std::pair<std::uint64_t, OutgoingAnswer>> m_completed;
    bool m_drainRequested = false;
    bool m_quitRequested = false;

    // Sockets open on this loop, for abortAll() from another thread; the loop closes a socket
    // only under this mutex, so a shutdown never hits a reused descriptor.
    std::mutex m_socketsMutex;
    std::vector<int> m_sockets;

    std::vector<std::unique_ptr<Connection>> m_connections;    // the loop thread's alone
    std::unordered_map<std::uint64_t, Connection*> m_awaiting; // connections whose answer is deferred
    std::uint64_t m_nextConnectionId = 1;
    std::vector<char> m_readBuffer;
    bool m_draining = false;
    bool m_someClosed = false; // m_connections holds closed ones to free
    std::chrono::steady_clock::time_point m_nextSweep;
};

} // namespace tp::server::http
